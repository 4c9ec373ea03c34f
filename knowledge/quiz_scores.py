"""Pure scoring rules for quizzes: shared ranks for ties, and daily streaks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date


def shared_ranks(points: Sequence[int]) -> list[int]:
    """Competition ranks for points sorted best first: ties share a rank (1, 1, 3)."""
    ranks: list[int] = []
    for index, value in enumerate(points):
        same = index > 0 and value == points[index - 1]
        ranks.append(ranks[-1] if same else index + 1)
    return ranks


def current_streak(correct_days: Iterable[str], held_days: Iterable[str], today: date) -> int:
    """Daily quizzes in a row the member got right, counting back from the latest.

    Only days on which the daily quiz was actually held count: a day the bot missed (it
    was down, or the quiz could not be sent) is skipped, never a break. Today's quiz, not
    yet answered, does not break the streak either.
    """
    correct = set(correct_days)
    last = today.isoformat()
    days = sorted({day for day in {*correct, *held_days} if day <= last}, reverse=True)
    streak = 0
    for day in days:
        if day in correct:
            streak += 1
        elif day != last:
            break
    return streak
