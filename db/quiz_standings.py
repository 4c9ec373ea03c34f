"""Points and streak dates read from the stored quiz answers: leaderboards, a round's
scores, a player's totals, and the local dates on which a chat's daily quiz was held and a
player got one of its questions right."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from db.quiz import KIND_DAILY
from knowledge.quiz_scores import shared_ranks


@dataclass(frozen=True, slots=True)
class Standing:
    user_id: int
    name: str
    points: int
    rank: int


def leaderboard(
    db: Database, chat_id: int, *, since: str | None = None, limit: int | None = 10
) -> list[Standing]:
    """Players by points (correct answers) in a chat, optionally since a moment."""
    rows = list(
        db.query(
            "SELECT a.user_id, COALESCE(p.name, a.user_id) AS name, SUM(a.correct) AS points, "
            "MIN(a.answered_at) AS first FROM quiz_answers a LEFT JOIN players p USING (user_id) "
            "WHERE a.chat_id = ? AND (? IS NULL OR a.answered_at >= ?) "
            "GROUP BY a.user_id HAVING points > 0 ORDER BY points DESC, first ASC",
            [chat_id, since, since],
        )
    )
    ranks = shared_ranks([row["points"] for row in rows])
    standings = [
        Standing(row["user_id"], str(row["name"]), row["points"], rank)
        for rank, row in zip(ranks, rows, strict=True)
    ]
    return standings if limit is None else standings[:limit]


def player_totals(db: Database, chat_id: int, user_id: int) -> tuple[int, int]:
    """(answers given, correct answers) of a player in a chat."""
    row = next(
        db.query(
            "SELECT COUNT(*) AS answered, COALESCE(SUM(correct), 0) AS correct "
            "FROM quiz_answers WHERE chat_id = ? AND user_id = ?",
            [chat_id, user_id],
        )
    )
    return row["answered"], row["correct"]


def player_chats(db: Database, user_id: int) -> list[tuple[str | None, int, int]]:
    """(chat title, answers, correct answers) of a player in every chat, best first."""
    rows = db.query(
        "SELECT c.title AS title, COUNT(*) AS answered, SUM(a.correct) AS correct "
        "FROM quiz_answers a LEFT JOIN chats c ON c.chat_id = a.chat_id WHERE a.user_id = ? "
        "GROUP BY a.chat_id ORDER BY correct DESC, answered DESC, a.chat_id",
        [user_id],
    )
    return [(row["title"], row["answered"], row["correct"]) for row in rows]


def daily_correct_dates(db: Database, chat_id: int, user_id: int) -> set[str]:
    """Local dates of daily quizzes in which the player answered at least one correctly."""
    rows = db.query(
        "SELECT DISTINCT r.run_date FROM quiz_answers a JOIN quiz_runs r ON r.id = a.run_id "
        "WHERE a.chat_id = ? AND a.user_id = ? AND a.correct = 1 AND r.kind = ?",
        [chat_id, user_id, KIND_DAILY],
    )
    return {row["run_date"] for row in rows if row["run_date"]}


def round_scores(db: Database, run_id: int) -> list[Standing]:
    """Everyone who answered in a run, best first, with shared ranks (0 points included)."""
    rows = list(
        db.query(
            "SELECT a.user_id, COALESCE(p.name, a.user_id) AS name, SUM(a.correct) AS points, "
            "MIN(a.answered_at) AS first FROM quiz_answers a LEFT JOIN players p USING (user_id) "
            "WHERE a.run_id = ? GROUP BY a.user_id ORDER BY points DESC, first ASC",
            [run_id],
        )
    )
    ranks = shared_ranks([row["points"] for row in rows])
    return [
        Standing(row["user_id"], str(row["name"]), row["points"], rank)
        for rank, row in zip(ranks, rows, strict=True)
    ]


def held_daily_dates(db: Database, chat_id: int) -> set[str]:
    """Local dates on which the chat's daily quiz really reached the group (a poll went out)."""
    rows = db.query(
        "SELECT DISTINCT r.run_date FROM quiz_runs r JOIN quiz_polls p ON p.run_id = r.id "
        "WHERE r.chat_id = ? AND r.kind = ?",
        [chat_id, KIND_DAILY],
    )
    return {row["run_date"] for row in rows if row["run_date"]}
