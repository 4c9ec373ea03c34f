"""«ماذا ترتب على غزوة تبوك» asks what followed from it: its results (the outcome fact), as
«أسفرت عن» does; a named result («… من إقبال العرب على الإسلام») keeps its own fact
(knowledge/lexicon.py phrase readings)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, assert_answered_with


@pytest.mark.parametrize(
    "message",
    [
        "وش الذي ترتب على غزوة تبوك؟",
        "ماذا يترتب على غزوة تبوك",
        "اذكر ما ترتب على غزوة تبوك",
    ],
)
def test_what_followed_from_the_expedition_is_its_outcome(
    answerer: FormAnswerer, message: str
) -> None:
    assert_answered_with(answerer, message, "outcome", answer_text(answerer, "outcome"))


def test_a_named_result_keeps_its_own_fact(answerer: FormAnswerer) -> None:
    message = "ماذا ترتب على غزوة تبوك من إسلام قبائل العرب؟"
    assert_answered_with(answerer, message, "delegations", answer_text(answerer, "delegations"))
