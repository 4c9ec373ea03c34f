"""Words about the questions, never of them: «عندي سؤالين:» or «نحتاج معلومتين:» over
numbered items. Read as words asked they made a stem whose options the items were (one
chosen as its answer)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import Form
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    "message",
    [
        "عندي سؤالين:\n(1) قائد غزوة تبوك\n(2) شهر غزوة تبوك",
        "نحتاج معلومتين:\n(1) قائد غزوة تبوك\n(2) شهر غزوة تبوك",
    ],
)
def test_two_questions_announced_are_no_stem_and_options(
    answerer: FormAnswerer, message: str
) -> None:
    # «عندي سؤالين:» over items names what follows; no item is chosen as its option
    reply, text = reply_to(answerer, message)
    assert all(part.part.form is not Form.CHOICE for part in reply.parts), text
    assert all(part.choice is None for part in reply.parts), text
