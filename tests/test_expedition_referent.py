"""What a user sees when a follow-up points at the expedition named before it
(«متى كانت غزوة تبوك؟ ومن كان العدو فيها؟»): each question answered in order, none dropped;
«وما رقمها؟» after a verse is never read as the expedition's (issue 13)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.pronoun_referents import with_the_expedition
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("متى كانت غزوة تبوك؟ ومن كان العدو فيها؟", ["date", "enemy"]),
        ("من قاد الغزوة؟ وهل حصل فيها قتال؟", ["leader", "no_battle"]),
        (
            "يا جماعة عندي مسابقة بعد ساعة ونسيت: ايش آخر غزوة للنبي؟ وايش صار بعدها؟",
            ["last_expedition", "delegations"],
        ),
        ("ما هي أسباب غزوة تبوك ومن هو العدو فيها", ["reasons", "enemy"]),
        ("متى كانت تبوك؟ ومن قادها؟", ["date", "leader"]),
    ],
)
def test_a_follow_up_about_the_expedition_is_answered(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    text = assert_each_part_answered(answerer, message, fact_ids)
    for fact_id in fact_ids:
        assert answer_text(answerer, fact_id) in text


def test_its_number_after_a_verse_is_not_the_other_verse(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer, "اذكر الآية التي نزلت في المتثاقلين عن غزوة العسرة، وما رقمها؟"
    )
    assert all(part.fact is None or part.fact.id != "verse_117" for part in reply.parts), text


@pytest.mark.parametrize(
    ("follow_up", "reading"),
    [
        ("ومن كان العدو فيها؟", "ومن كان العدو في غزوة تبوك"),
        ("مين قادها؟", "مين قاد غزوة تبوك"),
        ("وكيف انتهت؟", "وكيف انتهت في غزوة تبوك"),
        ("وما رقمها؟", None),
        ("وكم عددهم", None),
    ],
)
def test_the_expedition_stands_where_the_pronoun_points(
    follow_up: str, reading: str | None
) -> None:
    assert with_the_expedition(follow_up) == reading
