"""Two donors named together («تبرع عثمان وعبد الرحمن بن عوف», «عطاء أبي بكر وعمر في تبوك»)
are never judged «خطأ» because one donor's own fact does not name the other: each person of
a list joined by «و» is asked about without all those listed with him
(knowledge/statement_masking.py, `co_listed`). A donor said to give another's gift is still
«خطأ»."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_each_part_answered, assert_never_false, assert_verdict


@pytest.mark.parametrize(
    "message",
    [
        "تبرع عثمان وعبد الرحمن بن عوف",
        "عطاء أبي بكر وعمر في تبوك",
        "قدم عثمان وعبد الرحمن بن عوف أموالهما لجيش العسرة",
    ],
)
def test_two_donors_named_together_are_not_false(answerer: FormAnswerer, message: str) -> None:
    assert_never_false(answerer, message)


def test_two_donors_named_together_get_the_donations(answerer: FormAnswerer) -> None:
    assert_each_part_answered(answerer, "عطاء أبي بكر وعمر في تبوك", ["donations"])


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("صح أم خطأ: قدم عمر بن الخطاب ماله كله", "umar_donation"),
        # two people named, not listed with «و»: the one sent is still someone else
        ("صح أم خطأ: وجه النبي علي بن أبي طالب إلى دومة الجندل", "dumat_aljandal"),
    ],
)
def test_one_named_with_another_s_deed_is_still_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: تبرع أبو بكر وعمر وعثمان وعبد الرحمن بن عوف لتجهيز الجيش",
        "صح أم خطأ: قدم أبو بكر وعمر أموالهما لتجهيز الجيش",
    ],
)
def test_people_listed_together_who_each_gave_are_confirmed(
    answerer: FormAnswerer, message: str
) -> None:
    # The list of gifts names them after «قدموا أموالهم:»; each one's own gift need not
    # name the others listed with him.
    assert_verdict(answerer, message, True, "donations")
