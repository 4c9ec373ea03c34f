"""«Why» is not answered by a fact never asked why when it is only a clear winner, words of
the question unexplained (knowledge/confidence.py): «علل: تخلف بعض الصحابة الصادقين» got the
believers' fact, which tells how they answered the call, no reason any of them stayed. Close
matches asked why of the fact's own deed, and a verse's occasion («سبب نزولها»), still
answer."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, assert_answered_with, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "علل: تخلف بعض الصحابة الصادقين عن غزوة تبوك.",
        "لماذا تخلف بعض المؤمنين الصادقين عن تبوك؟",
        "ليش قعد بعض الصحابة الصادقين عن الغزوة",
    ],
)
def test_why_is_not_a_loose_fact_of_no_reason(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert answer_text(answerer, "believers") not in text, text


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("اية انفروا في سبيل الله اثاقلتم الى الارض سبب نزولها", "verse_38", "المتخلفين"),
        ("ليه المنافقين ما راحوش الغزوة؟", "hypocrites", "نفاقهم"),
    ],
)
def test_why_still_answered(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)
