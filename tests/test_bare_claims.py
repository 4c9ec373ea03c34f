"""A bare sentence read as a headline or a question that the text settles as a claim
(knowledge/bare_claims.py): «خطأ»/«صحيح» then the fact; a topic headline keeps its plain answer."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import assert_never_false, assert_verdict_then_fact, reply_to


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # a nominal sentence opening with the thing it speaks of
        ("غزوة تبوك آخر غزوات النبي صلى الله عليه وسلم", True, "last_expedition"),
        ("غزوة تبوك غزاها النبي ﷺ بنفسه", True, "leader"),
        ("آية انفروا في سبيل الله اثاقلتم الى الارض من سورة البقرة", False, "verse_38"),
        ("آية «لقد تاب الله على النبي والمهاجرين والأنصار» في سورة البقرة", False, "verse_117"),
        ("الآية 38 من سورة التوبة نزلت في المتثاقلين عن الجهاد", True, "verse_38"),
    ],
)
def test_a_bare_claim_is_judged(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # topic headlines: a role, a search; answered with their fact, never judged
        ("دور هرقل في غزوة تبوك", "heraclius"),
        ("دور عثمان بن عفان في تجهيز جيش العسرة", "uthman_donation"),
    ],
)
def test_a_topic_headline_is_answered_not_judged(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is Status.ANSWER and reply.parts[0].fact is not None, text
    assert reply.parts[0].fact.id == fact_id
    assert_never_false(answerer, message)


def test_a_description_is_not_denied_by_a_fact_offered_last(answerer: FormAnswerer) -> None:
    assert_never_false(answerer, "غزوة أرض الروم في السنة التاسعة")


def test_a_detail_the_text_lacks_is_never_confirmed(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "اسماء الجنود المرتزقة عند الروم")
    assert reply.parts[0].status is not Status.VERDICT, text
