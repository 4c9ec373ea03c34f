"""Frozen, validated records of the fact base: facts and quiz items."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

# Telegram's quiz-poll limits (telegram.constants.PollLimit), repeated here because
# knowledge/ must not import telegram.
QUIZ_QUESTION_MAX = 300
QUIZ_OPTION_MAX = 100
# Two options make a true/false item («صح» | «خطأ»); Telegram polls take 2-10.
QUIZ_OPTIONS_MIN = 2
QUIZ_OPTIONS_MAX = 4
QUIZ_EXPLANATION_MAX = 200
QUIZ_EXPLANATION_MAX_LINE_BREAKS = 2
# Telegram's limit on a message's text (MessageLimit.MAX_TEXT_LENGTH), defined once here because
# knowledge/ cannot import telegram; an answer must fit in one message.
TELEGRAM_MESSAGE_MAX = 4096
ANSWER_MAX = TELEGRAM_MESSAGE_MAX
PHRASING_MAX = 300
SOURCE_MAX = 2000
KEYWORD_MAX = 50
FACT_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,47}$")

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")


class AnswerType(StrEnum):
    """What kind of answer a fact gives; matched against the question word."""

    TIME = "time"
    NUMBER = "number"
    PERSON = "person"
    PLACE = "place"
    REASON = "reason"
    THING = "thing"
    YESNO = "yesno"
    OVERVIEW = "overview"


class ValidationError(ValueError):
    """A record that breaks the fact base's rules; the message names the record."""


@dataclass(frozen=True, slots=True)
class Fact:
    """One curated statement about Tabuk and the questions that ask for it."""

    id: str
    answer: str
    questions: tuple[str, ...]
    keywords: tuple[str, ...]
    answer_type: AnswerType
    source: str

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "answer": self.answer,
            "questions": list(self.questions),
            "keywords": list(self.keywords),
            "answer_type": self.answer_type.value,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class QuizItem:
    """A multiple-choice question sent as a Telegram quiz poll."""

    id: str
    fact_id: str
    question: str
    options: tuple[str, ...]
    correct: int
    explanation: str

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "fact_id": self.fact_id,
            "question": self.question,
            "options": list(self.options),
            "correct": self.correct,
            "explanation": self.explanation,
        }


def _text(record: dict[str, object], key: str, max_len: int, *, arabic: bool = True) -> str:
    value = record.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"'{key}' must be a non-empty string")
    value = value.strip()
    if len(value) > max_len:
        raise ValidationError(f"'{key}' is {len(value)} characters; the limit is {max_len}")
    if arabic and not _ARABIC_LETTER.search(value):
        raise ValidationError(f"'{key}' must contain Arabic text")
    return value


def _text_list(
    record: dict[str, object], key: str, max_len: int, *, min_items: int = 1
) -> tuple[str, ...]:
    value = record.get(key)
    if not isinstance(value, list) or len(value) < min_items:
        raise ValidationError(f"'{key}' must be a list of at least {min_items} strings")
    items: list[str] = []
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise ValidationError(f"'{key}[{index}]' must be a non-empty string")
        if len(item.strip()) > max_len:
            raise ValidationError(f"'{key}[{index}]' is longer than {max_len} characters")
        items.append(item.strip())
    return tuple(items)


def fact_from_dict(record: object, *, min_questions: int = 1) -> Fact:
    """Validate one fact record; raise ValidationError saying what is wrong."""
    if not isinstance(record, dict):
        raise ValidationError("a fact must be a JSON object")
    fact_id = record.get("id")
    if not isinstance(fact_id, str) or not FACT_ID_PATTERN.match(fact_id):
        raise ValidationError(
            "'id' must be 2-48 characters of lowercase Latin letters, digits and '_'"
        )
    answer_type = record.get("answer_type")
    try:
        parsed_type = AnswerType(answer_type if isinstance(answer_type, str) else "")
    except ValueError:
        allowed = ", ".join(t.value for t in AnswerType)
        raise ValidationError(f"'answer_type' must be one of: {allowed}") from None
    questions = _text_list(record, "questions", PHRASING_MAX, min_items=min_questions)
    keywords_raw = record.get("keywords", [])
    keywords = _text_list(record, "keywords", KEYWORD_MAX, min_items=0) if keywords_raw else ()
    return Fact(
        id=fact_id,
        answer=_text(record, "answer", ANSWER_MAX),
        questions=questions,
        keywords=keywords,
        answer_type=parsed_type,
        source=_text(record, "source", SOURCE_MAX),
    )


def quiz_from_dict(record: object) -> QuizItem:
    """Validate one quiz record against Telegram's quiz-poll limits."""
    if not isinstance(record, dict):
        raise ValidationError("a quiz item must be a JSON object")
    quiz_id = record.get("id")
    if not isinstance(quiz_id, str) or not FACT_ID_PATTERN.match(quiz_id):
        raise ValidationError(
            "'id' must be 2-48 characters of lowercase Latin letters, digits and '_'"
        )
    fact_id = record.get("fact_id")
    if not isinstance(fact_id, str) or not fact_id:
        raise ValidationError("'fact_id' must name a fact")
    options = _text_list(record, "options", QUIZ_OPTION_MAX, min_items=QUIZ_OPTIONS_MIN)
    if len(options) > QUIZ_OPTIONS_MAX:
        raise ValidationError(f"'options' has {len(options)} items; at most {QUIZ_OPTIONS_MAX}")
    if len({option.casefold() for option in options}) != len(options):
        raise ValidationError("'options' must all be different")
    correct = record.get("correct")
    if not isinstance(correct, int) or isinstance(correct, bool):
        raise ValidationError("'correct' must be the index of the right option")
    if not 0 <= correct < len(options):
        raise ValidationError(f"'correct' must be between 0 and {len(options) - 1}")
    explanation = _text(record, "explanation", QUIZ_EXPLANATION_MAX)
    if explanation.count("\n") > QUIZ_EXPLANATION_MAX_LINE_BREAKS:
        raise ValidationError(
            f"'explanation' has more than {QUIZ_EXPLANATION_MAX_LINE_BREAKS} line breaks"
        )
    return QuizItem(
        id=quiz_id,
        fact_id=fact_id,
        question=_text(record, "question", QUIZ_QUESTION_MAX),
        options=options,
        correct=correct,
        explanation=explanation,
    )
