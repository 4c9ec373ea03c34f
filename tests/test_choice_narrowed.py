"""An option chosen by the overview is shown with the fact that states it alone: «غزوة تبوك
هي: … آخر غزوات النبي …» gets the last expedition, not the whole story."""

from __future__ import annotations

import pytest

from knowledge.form_replies import Status
from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "غزوة تبوك هي:\nأ) أول غزوات النبي\nب) آخر غزوات النبي\nج) أكبر معركة قتالا",
        "غزوة تبوك هي؟ (أ) أول غزوات النبي (ب) آخر غزوات النبي (ج) أكبر معركة قتالا",
        "1. من قاد غزوة تبوك؟\n2. غزوة تبوك هي: أ- أول غزوات النبي ب- آخر غزوات النبي",
    ],
)
def test_the_overview_s_option_is_shown_with_the_fact_stating_it(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    chosen = next(part for part in reply.parts if part.status is Status.CHOICE)
    assert chosen.choice is not None and "آخر غزوات" in chosen.choice.text
    assert chosen.fact is not None and chosen.fact.id == "last_expedition", text
    assert answer_text(answerer, "last_expedition") in text
    assert answer_text(answerer, "overview")[:80] not in text
