"""What a user sees when «وكمان» / «وأيضا» («and also») joins a second question whose
question word comes later in it, or a yes/no one («… وكمان في قتال صار ولا لا»): both
questions answered in order; «أيضا» inside a statement before «، فهل …» splits nothing
(issue 13)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.question_split import split_questions
from tests.message_helpers import answer_text, assert_each_part_answered


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("ابي اعرف ليش صارت غزوة تبوك وكمان في قتال صار ولا لا", ["reasons", "no_battle"]),
        (
            "طيب وايش صار مع اكيدر وكمان دومة الجندل وش صار فيها",
            ["ukaydir", "dumat_aljandal"],
        ),
        (
            "عاوز اعرف ايه السبب اللي خلى الرسول يطلع لتبوك، وكمان عايز اعرف هي كانت سنة كام",
            ["reasons", "date"],
        ),
    ],
)
def test_a_question_after_and_also_is_answered(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    text = assert_each_part_answered(answerer, message, fact_ids)
    for fact_id in fact_ids:
        assert answer_text(answerer, fact_id) in text


@pytest.mark.parametrize(
    "line",
    [
        "عثمان قدم 950 جملا، ومن المعروف أنه قدم أيضا ألف دينار، فهل هذا صحيح؟",
        "كم قدم عثمان وكمان عمر قدم نص ماله",
    ],
)
def test_also_inside_a_statement_cuts_nothing(line: str) -> None:
    assert len(split_questions(line)) == 1
