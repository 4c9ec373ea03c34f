"""A donor's gift answers what he gave, not whether he went or fought («هل خرج عمر إلى
تبوك؟»: the text does not say), and «عمره/وعمره/عمرها» (an age) or «أبو عمرو» (Uthman's
kunya) is never the caliph Umar."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to

_GIFTS = ("abu_bakr_donation", "umar_donation", "uthman_donation", "abdulrahman_donation")


@pytest.mark.parametrize(
    "message",
    [
        "هل خرج عمر بن الخطاب إلى تبوك؟",
        "هل خرج ذو النورين مع الجيش إلى تبوك؟",
        "هل شارك أبو بكر الصديق في غزوة تبوك؟",
        "هل ذهب عبد الرحمن بن عوف مع الجيش؟",
        "الفاروق طلع مع النبي لتبوك ولا لا؟",
    ],
)
def test_whether_a_donor_went_is_not_answered_with_his_gift(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not [p.fact.id for p in reply.parts if p.done and p.fact and p.fact.id in _GIFTS]
    assert not any(answer_text(answerer, gift) in text for gift in _GIFTS), text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("هل شارك عبد الرحمن بن عوف في تجهيز الجيش؟", "abdulrahman_donation"),
        ("ابن عوف شارك بتمويل غزوة تبوك؟", "abdulrahman_donation"),
        ("ما الذي أخرجه الصديق من ماله لجيش تبوك؟", "abu_bakr_donation"),
        ("ماذا قدم أبو عمرو عثمان بن عفان؟", "uthman_donation"),
    ],
)
def test_a_donor_s_gift_asked_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


def test_his_age_beside_abu_bakr_is_not_umar(answerer: FormAnswerer) -> None:
    # «وعمره» is Abu Bakr's age: never Umar's gift, nor both donors' (the donations)
    reply, text = reply_to(answerer, "ابو بكر قدم ايش وعمره كم")
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert "umar_donation" not in given and "donations" not in given, text
