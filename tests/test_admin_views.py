"""Admin text helpers: long messages split under the limit, validation errors in Arabic."""

import pytest

from bot import texts
from bot.admin_views import describe_import_error, describe_validation, split_message
from knowledge.base import FactBaseError, parse_base
from knowledge.models import (
    TELEGRAM_MESSAGE_MAX,
    ValidationError,
    fact_from_dict,
    quiz_from_dict,
)

FACT = {
    "id": "sample",
    "answer": "جواب",
    "questions": ["سؤال"],
    "answer_type": "thing",
    "source": "مصدر",
}
QUIZ = {
    "id": "q_sample",
    "fact_id": "sample",
    "question": "سؤال",
    "options": ["أ", "ب", "ج"],
    "correct": 0,
    "explanation": "شرح",
}


@pytest.mark.parametrize(
    "text",
    [
        "سطر قصير",
        "\n".join(["سطر"] * 3000),
        "ج" * (TELEGRAM_MESSAGE_MAX * 2 + 5),
        "عنوان\n" + "ج" * TELEGRAM_MESSAGE_MAX + "\nذيل",
    ],
)
def test_split_message_keeps_everything_under_the_limit(text: str) -> None:
    parts = split_message(text)
    assert all(0 < len(part) <= TELEGRAM_MESSAGE_MAX for part in parts)
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")


# Each record breaks one rule of knowledge.models; if a message there changes wording, the
# Arabic translation must follow, or these tests say so.
@pytest.mark.parametrize(
    ("validate", "record"),
    [
        (fact_from_dict, {**FACT, "answer": ""}),
        (fact_from_dict, {**FACT, "answer": "ج" * 5000}),
        (fact_from_dict, {**FACT, "answer": "English only"}),
        (fact_from_dict, {**FACT, "questions": []}),
        (fact_from_dict, {**FACT, "questions": ["س" * 301]}),
        (fact_from_dict, {**FACT, "questions": [" "]}),
        (quiz_from_dict, {**QUIZ, "options": ["أ"]}),
        (quiz_from_dict, {**QUIZ, "options": ["أ", "ب", "ج", "د", "ه"]}),
        (quiz_from_dict, {**QUIZ, "options": ["أ", "أ", "ج"]}),
        (quiz_from_dict, {**QUIZ, "options": ["أ", "ب", "ج" * 101]}),
        (quiz_from_dict, {**QUIZ, "question": "س" * 301}),
        (quiz_from_dict, {**QUIZ, "explanation": "ش" * 201}),
    ],
)
def test_every_validation_rule_has_an_arabic_message(validate, record) -> None:
    with pytest.raises(ValidationError) as raised:
        validate(record)
    described = describe_validation(str(raised.value))
    assert "التفصيل" not in described, str(raised.value)
    assert any("\u0621" <= ch <= "\u064a" for ch in described)


def test_unlisted_validation_message_still_gets_an_arabic_sentence() -> None:
    described = describe_validation("something new")
    assert described == texts.ADMIN_ERR_INVALID.format(detail="something new")


def test_import_error_names_the_record_by_number_and_id() -> None:
    with pytest.raises(FactBaseError) as raised:
        parse_base({"facts": [FACT, {**FACT, "id": "other", "answer": ""}]}, origin="f.json")
    described = describe_import_error(str(raised.value))
    assert texts.IMPORT_RECORD_FACT.format(number=2) + " (other)" in described
    assert texts.ADMIN_FIELD_NAMES["answer"] in described
