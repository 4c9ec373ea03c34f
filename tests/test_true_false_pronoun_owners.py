"""A noun the fact writes with «his» given to another person it names (knowledge/
pronoun_owners.py): «حقن النبي دم خالد» where the Ukaydir fact says «أكيدر … حقن النبي …
دمه» is «خطأ», with that fact; the right owner stays «صحيح», and «على النبي» (a preposition
the facts write as «عليه») is no noun of anyone's."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: حقن النبي صلى الله عليه وسلم دم خالد بن الوليد",
        "خلّى النبي سبيل خالد وتركه يرجع لقريته، صح ولا غلط؟",
        # this one read «صحيح» before: every word is the fact's
        "حقن الرسول دم خالد بن الوليد بعد أن خضعت دومة الجندل ( )",
    ],
)
def test_another_owner_is_false(answerer: FormAnswerer, message: str) -> None:
    assert_verdict(answerer, message, False, "ukaydir")


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("صح أم خطأ: حقن النبي دم أكيدر وخلى سبيله", "ukaydir"),
        ("صح أم خطأ: بعد غزوة تبوك توالت الوفود العربية على النبي تعلن إسلامها", "delegations"),
    ],
)
def test_the_right_owner_stays_true(answerer: FormAnswerer, message: str, fact_id: str) -> None:
    assert_verdict(answerer, message, True, fact_id)
