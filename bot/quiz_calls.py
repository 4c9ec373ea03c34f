"""The Telegram calls a quiz makes: a poll's question within Telegram's limit, a call
refused for good, and what to tell the group when a question was refused."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from telegram.constants import PollLimit
from telegram.error import BadRequest

from bot import texts

T = TypeVar("T")


class Refused(Exception):
    """Telegram refused a call for good (HTTP 400): retrying cannot help."""

    def __init__(self, error: BadRequest) -> None:
        super().__init__(error.message)
        self.error = error


class PollNotRecorded(Exception):
    """A sent poll could not be stored (its id is already taken by an old poll)."""


async def final(call: Awaitable[T]) -> T:
    # A BadRequest is a NetworkError in PTB, which send_reliably would retry for minutes;
    # turned into Refused it ends the attempt at once.
    try:
        return await call
    except BadRequest as error:
        raise Refused(error) from error


def refusal_text(description: str) -> str:
    """What to tell the group when Telegram refused a question, by its error description."""
    lowered = description.lower()
    if "polls" in lowered and ("rights" in lowered or "send" in lowered):
        return texts.QUIZ_REFUSED_POLLS
    if "topic" in lowered or "thread" in lowered:
        return texts.QUIZ_REFUSED_TOPIC
    return texts.QUIZ_REFUSED_OTHER


def numbered_question(question: str, number: int, total: int) -> str:
    """The poll's question with where it stands («(1/5) ...»), within Telegram's limit."""
    text = texts.QUIZ_POLL_QUESTION.format(number=number, total=total, question=question)
    excess = len(text) - PollLimit.MAX_QUESTION_LENGTH
    if excess > 0:
        short = question[: len(question) - excess - 1] + "…"
        text = texts.QUIZ_POLL_QUESTION.format(number=number, total=total, question=short)
    return text
