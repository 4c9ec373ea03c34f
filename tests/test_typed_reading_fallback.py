"""A message the reading leaves asked back is answered as typed only when, as typed, it fits
one fact closely (knowledge/forms.py): «عدد القبائل …» read as the exam verb «عدِّد» asks the
tribes, which no fact lists; read as the count «عدد», the army's size is only a clear winner
with «القبائل» unexplained, no answer to it."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_answered_with, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "عدد القبائل التي شاركت في جيش العسرة.",
        "عدد البلدان التي شاركت في جيش العسرة",
    ],
)
def test_a_loose_reading_as_typed_does_not_answer(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text


@pytest.mark.parametrize(
    "message",
    [
        "عددجيش المسلمين في غزوة العسره",
        "عدد جيش المسلمين في غزوة تبوك",
    ],
)
def test_a_close_reading_as_typed_still_answers(answerer: FormAnswerer, message: str) -> None:
    assert_answered_with(answerer, message, "army_size", "أربعين")
