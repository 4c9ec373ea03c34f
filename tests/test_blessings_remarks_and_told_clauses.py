"""Words around an exam question that ask nothing: a blessing on whoever helps
(knowledge/message_preamble.py), a remark in brackets after the question
(sheet_patterns.TRAILING_MARKS); and a clause told as an example after a sentence's one
blank (knowledge/blank_clauses.py)."""

from __future__ import annotations

import pytest

from knowledge.blank_clauses import without_a_told_clause
from knowledge.cloze import BLANK
from knowledge.courtesy_lines import closes
from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import assert_each_part_answered, reply_to

BLESSINGS = [
    "الله يوفق من يساعدني",
    "الله يجزي اللي يجاوبني خير",
    "جزى الله خيرا كل من يجيب 🌹",
]


@pytest.mark.parametrize("line", BLESSINGS)
def test_a_blessing_on_whoever_helps_closes_the_message(line: str) -> None:
    assert closes(line)


def test_a_question_about_who_helped_is_no_blessing() -> None:
    assert not closes("من الذي ساعد النبي في تجهيز الجيش؟")


def test_a_blessing_after_the_question_is_no_part_and_no_question_of_its_own(
    answerer: FormAnswerer,
) -> None:
    """Before, the blessing's «من» made it the question and the exam item a story before it."""
    message = "ساعدوني ضروري: اشرح الظروف التي جهز فيها جيش تبوك\nالله يوفق من يساعدني"
    assert [part.text for part in read_message(message).parts] == [
        "ما الظروف التي جهز فيها جيش تبوك"
    ]
    assert_each_part_answered(answerer, message, ["hardship"])


REMARKS = [
    ("اذكر الظروف التي جهز فيها جيش تبوك (واجب مدرسي)", ["hardship"]),
    (
        "قارن بين موقف المنافقين وموقف المؤمنين في غزوة تبوك (مهم جدا!)",
        ["hypocrites", "believers"],
    ),
]


@pytest.mark.parametrize(("message", "fact_ids"), REMARKS)
def test_a_remark_in_brackets_after_the_question_is_not_read(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)


def test_a_sentence_to_complete_is_completed_for_its_blank_s_clause(
    answerer: FormAnswerer,
) -> None:
    """«… وعمر قدم نصف ماله» tells Umar's gift as an example: Abu Bakr's is asked, not the
    list of donors."""
    assert_each_part_answered(
        answerer, "أكمل الفراغ: قدّم أبو بكر ______، وعمر قدّم نصف ماله", ["abu_bakr_donation"]
    )
    reply, text = reply_to(answerer, "املأ الفراغ: قدم عثمان ....... وعمر قدم نصف ماله")
    assert [part.fact.id for part in reply.parts if part.fact] == ["uthman_donation"], text


CLAUSES = [
    (f"قدم أبو بكر {BLANK} وعمر قدم نصف ماله", f"قدم أبو بكر {BLANK}"),
    # one event told on with another verb: one sentence
    (f"وجه النبي خالدا إلى {BLANK} فخضعت له وصالحته", None),
    # two blanks: two parallel clauses, read elsewhere
    (f"قدم أبو بكر {BLANK} وقدم عمر {BLANK}", None),
]


@pytest.mark.parametrize(("sentence", "asked"), CLAUSES)
def test_without_a_told_clause(sentence: str, asked: str | None) -> None:
    assert without_a_told_clause(sentence) == asked
