"""Checking what an admin sends before anything changes: an uploaded file, a fact or quiz
record, the answer type a question asks. A refusal is an AdminError whose message is the
Arabic reply (bot/admin_service.py applies what passes)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from bot import texts
from bot.admin_views import describe_import_error, describe_validation
from bot.import_service import CHANGED, DRASTIC, EMPTY, ImportRefused, decode_base
from knowledge.analysis import analyze
from knowledge.base import MAX_DEPTH, MAX_NUMBER_DIGITS, DocumentError, FactBase, FactBaseError
from knowledge.lexicon import QuestionType
from knowledge.models import (
    QUIZ_EXPLANATION_MAX,
    AnswerType,
    Fact,
    QuizItem,
    ValidationError,
    fact_from_dict,
    quiz_from_dict,
)

IMPORT_MAX_BYTES = 1024 * 1024


# The answer type a question word asks for; "how" and a question without a question word are
# asked about (None).
_TYPE_OF_QUESTION = {
    QuestionType.TIME: AnswerType.TIME,
    QuestionType.NUMBER: AnswerType.NUMBER,
    QuestionType.PERSON: AnswerType.PERSON,
    QuestionType.PLACE: AnswerType.PLACE,
    QuestionType.REASON: AnswerType.REASON,
    QuestionType.THING: AnswerType.THING,
    QuestionType.YESNO: AnswerType.YESNO,
}


class AdminError(Exception):
    """A refused admin command; the message is the Arabic reply, and nothing was changed."""


def answer_type_of(question: str) -> AnswerType | None:
    """The answer type the question word asks for; None when the question does not say."""
    return _TYPE_OF_QUESTION.get(analyze(question).question_type)


def validated_fact(record: dict[str, Any]) -> Fact:
    try:
        return fact_from_dict(record)
    except ValidationError as error:
        raise AdminError(describe_validation(str(error))) from None


def _validated_quiz(record: dict[str, Any]) -> QuizItem:
    try:
        return quiz_from_dict(record)
    except ValidationError as error:
        raise AdminError(describe_validation(str(error))) from None


def asked_quiz(record: dict[str, Any], fact: Fact, question: str, options: list[str]) -> QuizItem:
    """`record` (an item's id and fact) asking `question` with `options`, the first the right
    one, explained by its fact; an invalid item is refused in the validation's words."""
    return _validated_quiz(
        {
            **record,
            "question": question,
            "options": options,
            "correct": 0,
            "explanation": quiz_explanation(fact, options[0] if options else ""),
        }
    )


def quiz_explanation(fact: Fact, correct: str) -> str:
    """The fact's answer explains a quiz item best; a long answer is replaced by a short line."""
    answer = " ".join(fact.answer.split())
    if len(answer) <= QUIZ_EXPLANATION_MAX:
        return answer
    return texts.QUIZ_EXPLANATION_FALLBACK.format(answer=correct)[:QUIZ_EXPLANATION_MAX]


def parse_import(data: bytes) -> FactBase:
    """A whole uploaded file, checked; AdminError in Arabic names what is wrong."""
    if len(data) > IMPORT_MAX_BYTES:
        raise AdminError(too_big(len(data)))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AdminError(texts.IMPORT_NOT_TEXT) from None
    try:
        return decode_base(text, origin="import")
    except ImportRefused as refused:
        raise AdminError(refusal_text(refused)) from None
    except DocumentError as error:
        raise AdminError(_document_text(error)) from None
    except FactBaseError as error:
        raise AdminError(describe_import_error(str(error))) from None


def _document_text(error: DocumentError) -> str:
    if error.kind == "json":
        return texts.IMPORT_BAD_JSON.format(line=error.line, column=error.column)
    if error.kind == "depth":
        return texts.IMPORT_TOO_DEEP.format(depth=MAX_DEPTH)
    if error.kind == "number":
        return texts.IMPORT_LONG_NUMBER.format(digits=MAX_NUMBER_DIGITS)
    return texts.IMPORT_SURROGATE


def refusal_text(refused: ImportRefused) -> str:
    if refused.kind == EMPTY:
        return texts.IMPORT_EMPTY
    if refused.kind == CHANGED:
        return texts.IMPORT_CHANGED
    if refused.kind == DRASTIC and refused.removal is not None:
        return texts.IMPORT_DRASTIC_REFUSED.format(
            **texts.removal_counts(**asdict(refused.removal))
        )
    return texts.ADMIN_PREVIEW_EXPIRED


def too_big(size: int) -> str:
    return texts.IMPORT_TOO_BIG.format(
        size=max(1, round(size / 1024)), limit=IMPORT_MAX_BYTES // 1024
    )
