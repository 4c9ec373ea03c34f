"""A question ended with a full stop in place of «؟», then another question («متى كانت غزوة
تبوك. وين تقع تبوك»): two questions, each answered; read as one sentence they blurred into
none. A full stop after a statement, a number or in a run of dots is left alone."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.question_split import split_questions
from tests.message_helpers import facts_given


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("متى كانت غزوة تبوك. وين تقع تبوك", ["date", "location"]),
        ("ما سبب تسمية جيش العسرة. ولماذا لم يقاتل الروم", ["army_name", "no_battle"]),
    ],
)
def test_two_questions_with_a_full_stop_between(
    answerer: FormAnswerer, message: str, facts: list[str]
) -> None:
    given, text = facts_given(answerer, message)
    assert given == facts, text


def test_a_stop_after_no_question_is_no_question_mark() -> None:
    assert split_questions("متى كانت غزوة تبوك. وين تقع تبوك") == [
        "متى كانت غزوة تبوك؟",
        "وين تقع تبوك",
    ]
    # (near misses: a statement before the stop, a stop after a number, a run of dots)
    assert "؟" not in "".join(split_questions("خرج النبي في رجب. متى رجع"))
    assert split_questions("كانت في سنة 9. متى بالضبط") == ["كانت في سنة 9. متى بالضبط"]
    assert "؟" not in "".join(split_questions("متى كانت غزوة تبوك... وين تقع"))
