"""True/false statements: an ally put on the other side (knowledge/allies.py) and a figure
given as rounded (knowledge/approx_numbers.py). Each row is a statement, the verdict a user
sees first, and the fact shown after it; other rows hold what must stay as it was."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict_then_fact

VERDICTS = [
    # an enemy's ally made the Muslims' ally: «خطأ», then the fact telling the alliance
    ("كان الغساسنة من حلفاء المسلمين في تبوك", False, "enemy"),
    ("الغساسنه كانوا حلفاء المسلمين صح؟", False, "enemy"),
    ("انضم الغساسنة إلى المسلمين في غزوة تبوك", False, "enemy"),
    ("كانت لخم من حلفاء النبي ﷺ", False, "roman_allies"),
    # a rounded figure near the text's (950 camels and 50 horses: about a thousand)
    ("عثمان ساهم بنحو ألف من الإبل والخيل", True, "uthman_donation"),
    ("كان عدد جيش المسلمين حوالي 40 ألف مجاهد", True, "army_size"),
    # a rounded figure far from it is still false
    ("كان عدد جيش المسلمين حوالي ثلاثين ألفا", False, "army_size"),
    ("قدم عثمان نحو 500 جمل", False, "uthman_donation"),
]


@pytest.mark.parametrize(("message", "verdict", "fact_id"), VERDICTS)
def test_the_verdict_and_the_fact_a_user_sees(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


NEVER_FALSE = [
    # the Romans' own allies, or an alliance bound to no Muslim
    "اعتدى الروم وحلفاؤهم على سفير النبي ﷺ",
    "تحالفت قبيلة غسان مع الروم ضد المسلمين",
    "لم يكن الغساسنة من حلفاء المسلمين",
]


@pytest.mark.parametrize("message", NEVER_FALSE)
def test_an_alliance_on_its_own_side_is_never_false(answerer: FormAnswerer, message: str) -> None:
    assert_never_false(answerer, message)


def test_a_plain_figure_is_still_checked_exactly(answerer: FormAnswerer) -> None:
    assert_verdict_then_fact(answerer, "صح أم خطأ: قدم عثمان ألف جمل", False, "uthman_donation")
