"""A question naming one donor and asking his gift is answered with that donor's gift, not
asked back between it and the donations (which list the same gift among the others'), even
when neither leads clearly: every other fact near them does not mention him («الفاروق ساهم
بأي قدر من ماله في تبوك؟»). A word no fact knows may be what is asked («كم كان مبلغ …»), a
«who» asks someone else («من قدم أكثر من عمر؟»), and his life is no gift: those are not
answered with it."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to

_GIFTS = ("abu_bakr_donation", "umar_donation", "uthman_donation", "abdulrahman_donation")


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("الفاروق ساهم بأي قدر من ماله في تبوك؟", "umar_donation"),
        # Abu Bakr's «ماله كله» asked of Umar: Umar's gift says half
        ("هل تبرع عمر بماله كله لتبوك؟", "umar_donation"),
        ("ذو النورين ساهم بايش في اعداد الجيش المتوجه لتبوك؟", "uthman_donation"),
    ],
)
def test_one_donor_named_gets_his_own_gift(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    text = assert_each_part_answered(answerer, message, [fact_id])
    assert answer_text(answerer, fact_id) in text
    assert answer_text(answerer, "donations") not in text


@pytest.mark.parametrize(
    "message",
    [
        "كم كان مبلغ مال عمر الذي قدمه لتبوك؟",
        "متى أسلم أبو بكر؟",
        # asked who: the person named is not whom it asks
        "من قدم أكثر من عمر؟",
    ],
)
def test_what_the_gift_does_not_say_is_not_answered_with_it(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not [p.fact.id for p in reply.parts if p.done and p.fact and p.fact.id in _GIFTS]
    assert not any(answer_text(answerer, gift) in text for gift in _GIFTS), text
