"""Whether Tabuk was a ghazwa or a sariyya is settled by who led it (the Prophet himself), never
by Khalid's detachment, whose phrasings are the only ones holding «سرية»."""

from __future__ import annotations

import pytest

from knowledge.event_kind import asks_event_kind
from knowledge.normalize import normalize
from tests.message_helpers import assert_answered_with


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("هل تبوك غزوة ام سرية", True),
        ("تبوك كانت غزوة ولا سرية؟", True),
        ("هل كانت غزوة تبوك سرية أم غزوة؟", True),
        ("هل كانت تبوك سرية؟", True),
        ("ليش تبوك تسمى غزوة مش سرية", True),
        # a sariyya within Tabuk: Khalid's, or one sent
        ("سرية خالد في تبوك", False),
        ("ما السرية التي أرسلها النبي في تبوك", False),
        ("هل كانت سرية دومة الجندل في غزوة تبوك", False),
        # no Tabuk named: the two words asked in general
        ("ما الفرق بين الغزوة والسرية", False),
    ],
)
def test_the_kind_of_event_is_read_from_the_two_kinds_or_tabuk_called_one(
    question: str, kind: bool
) -> None:
    assert asks_event_kind(normalize(question)) is kind


@pytest.mark.parametrize(
    "message",
    ["هل تبوك غزوة ام سرية", "هل كانت غزوة تبوك سرية أم غزوة؟", "هل كانت تبوك سرية؟"],
)
def test_the_user_is_told_who_led_it_not_khalids_errand(answerer, message: str) -> None:
    assert_answered_with(answerer, message, "leader", "بنفسه")


def test_khalids_detachment_is_still_his_errand(answerer) -> None:
    assert_answered_with(answerer, "سرية خالد في تبوك", "dumat_aljandal", "خالد بن الوليد")
