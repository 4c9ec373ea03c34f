"""Quiz texts built from scores: the round summary, /top and /myscore, each within one message."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlite_utils import Database

from bot import texts
from db import quiz as store
from db import quiz_standings
from knowledge.models import QuizItem
from knowledge.quiz_scores import current_streak

# Telegram's limit is 4,096 characters; stay well under it, since a name or an emoji may
# count as two UTF-16 units there.
MESSAGE_BUDGET = 3800
NAME_MAX = 40
TOP_SHOWN = 10
SUMMARY_WEEK_SHOWN = 5
MYSCORE_CHATS_SHOWN = 10
WEEK = timedelta(days=7)
MONTH = timedelta(days=30)


class Period(StrEnum):
    TODAY = "today"
    WEEK = "week"
    MONTH = "month"
    ALL = "all"


PERIOD_WORDS: dict[str, Period] = {
    "today": Period.TODAY, "day": Period.TODAY,
    **dict.fromkeys(texts.PERIOD_TODAY_WORDS, Period.TODAY),
    "week": Period.WEEK, **dict.fromkeys(texts.PERIOD_WEEK_WORDS, Period.WEEK),
    "month": Period.MONTH, **dict.fromkeys(texts.PERIOD_MONTH_WORDS, Period.MONTH),
    "all": Period.ALL, **dict.fromkeys(texts.PERIOD_ALL_WORDS, Period.ALL),
}  # fmt: skip
PERIOD_TITLES = {
    Period.TODAY: texts.TOP_TODAY,
    Period.WEEK: texts.TOP_WEEK,
    Period.MONTH: texts.TOP_MONTH,
    Period.ALL: texts.TOP_ALL_TIME,
}


def period_start(period: Period, now: datetime, today_start: datetime) -> str | None:
    """The moment (ISO, UTC) a period's leaderboard counts from; None for all time."""
    if period is Period.TODAY:
        return store.iso(today_start)
    if period is Period.WEEK:
        return store.iso(now - WEEK)
    if period is Period.MONTH:
        return store.iso(now - MONTH)
    return None


def _name(name: str) -> str:
    short = name if len(name) <= NAME_MAX else name[: NAME_MAX - 1] + "…"
    return html.escape(short)


def medal(rank: int, points: int) -> str:
    """A medal for the first three ranks (ties share one); nobody gets one for 0 points."""
    if points > 0 and rank <= len(texts.MEDALS):
        return texts.MEDALS[rank - 1]
    return texts.QUIZ_SUMMARY_NO_MEDAL


def fit(lines: list[str], budget: int, limit: int | None = None) -> list[str]:
    """As many lines as fit in `budget` characters (and `limit` lines), then how many not."""
    reserve = len(texts.QUIZ_LIST_MORE) + 8
    kept: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        if (limit is not None and index >= limit) or used + len(line) + 1 + reserve > budget:
            kept.append(html.escape(texts.QUIZ_LIST_MORE.format(count=len(lines) - index)))
            break
        kept.append(line)
        used += len(line) + 1
    return kept


def board_lines(standings: list[quiz_standings.Standing]) -> list[str]:
    """Leaderboard lines (HTML): medal, shared rank, name, points."""
    return [
        f"{medal(s.rank, s.points)} "
        + texts.TOP_LINE.format(rank=s.rank, name=_name(s.name), points=s.points)
        for s in standings
    ]


def _length(lines: list[str]) -> int:
    return sum(len(line) + 1 for line in lines)


def summary(
    db: Database, run: store.QuizRun, items: dict[str, QuizItem], title: str, week_since: str
) -> str:
    """The correct answers, this round's ranking, then the group's top 5 of the week (HTML)."""
    polls = store.run_polls(db, run.id)
    if not polls:
        return html.escape(texts.QUIZ_STOPPED_EMPTY)  # stopped before its first question
    head = [html.escape(title)]
    for number, poll in enumerate(polls, 1):
        item = items.get(poll.quiz_id)
        question = item.question if item else poll.quiz_id
        if len(question) > texts.QUIZ_SUMMARY_QUESTION_MAX:
            question = question[: texts.QUIZ_SUMMARY_QUESTION_MAX - 1] + "…"
        head.append(texts.QUIZ_SUMMARY_ITEM.format(number=number, question=html.escape(question)))
        correct = html.escape(poll.options[poll.correct_option])
        head.append(texts.QUIZ_SUMMARY_CORRECT.format(answer=correct))
    head += ["", html.escape(texts.QUIZ_SUMMARY_SCORES)]
    # The group's week; a private chat has only its one player, so no such board there.
    week = (
        quiz_standings.leaderboard(db, run.chat_id, since=week_since, limit=SUMMARY_WEEK_SHOWN)
        if run.chat_id < 0
        else []
    )
    tail = ["", html.escape(texts.QUIZ_SUMMARY_WEEK_TOP), *board_lines(week)] if week else []
    scores = quiz_standings.round_scores(db, run.id)
    ranking = [
        texts.QUIZ_SUMMARY_SCORE.format(
            medal=medal(s.rank, s.points), rank=s.rank, name=_name(s.name), points=s.points,
            total=len(polls),
        )
        for s in scores
    ] or [html.escape(texts.QUIZ_SUMMARY_NOBODY)]  # fmt: skip
    budget = MESSAGE_BUDGET - _length(head) - _length(tail)
    return "\n".join(head + fit(ranking, budget) + tail)


def top_text(
    db: Database, chat_id: int, period: Period, since: str | None, user_id: int | None
) -> str:
    """/top for one period: the first ten (ties share a rank) and the caller's own rank."""
    board = quiz_standings.leaderboard(db, chat_id, since=since, limit=None)
    lines = [html.escape(texts.TOP_TITLE), "", html.escape(PERIOD_TITLES[period])]
    if not board:
        lines.append(html.escape(texts.TOP_EMPTY))
        return "\n".join(lines)
    shown = fit(board_lines(board), MESSAGE_BUDGET - _length(lines) - 80, TOP_SHOWN)
    lines += shown
    listed = {s.user_id for s in board[: len(shown)]}
    mine = next((s for s in board if s.user_id == user_id), None)
    if mine is not None and mine.user_id not in listed:
        lines += ["", texts.TOP_YOUR_RANK.format(rank=mine.rank, points=mine.points)]
    return "\n".join(lines)


def chat_score_text(db: Database, chat_id: int, user_id: int, today: date) -> str | None:
    """/myscore in a chat: points, accuracy and daily streak; None before a first answer."""
    answered, correct = quiz_standings.player_totals(db, chat_id, user_id)
    if answered == 0:
        return None
    streak = current_streak(
        quiz_standings.daily_correct_dates(db, chat_id, user_id),
        quiz_standings.held_daily_dates(db, chat_id),
        today,
    )
    return texts.MYSCORE.format(
        points=correct,
        correct=correct,
        answered=answered,
        accuracy=round(100 * correct / answered),
        streak=streak,
    )


def all_chats_score_text(db: Database, user_id: int) -> str | None:
    """/myscore in private: totals across every group, then the groups one by one."""
    chats = quiz_standings.player_chats(db, user_id)
    if not chats:
        return None
    answered = sum(row[1] for row in chats)
    correct = sum(row[2] for row in chats)
    head = texts.MYSCORE_ALL.format(
        points=correct,
        correct=correct,
        answered=answered,
        accuracy=round(100 * correct / answered),
    )
    lines = [
        texts.MYSCORE_CHAT_LINE.format(
            title=(title if title else texts.MYSCORE_PRIVATE_CHAT)[:NAME_MAX],
            points=points,
            answered=count,
        )
        for title, count, points in chats
    ]
    return "\n".join([head, *fit(lines, MESSAGE_BUDGET - len(head), MYSCORE_CHATS_SHOWN)])
