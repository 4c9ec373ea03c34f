"""Dialect denials read where no key names the doer (knowledge/claim_scope.py, `affirmed`):
«ما» after a statement's first word, a noun with the article («العرب ما كانوا يرهبون …»),
and «ما» opening a statement before a verb with «شي/أحد/أبدًا» after it («ما نزل شي من
القرآن …»). The text stating the deed makes the denial «خطأ»; «ما حدث في مؤتة …» («what
happened») is no denial, and a denial the text agrees with stays «صحيح»."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("العرب ما كانوا يرهبون مواجهة الروم، صح ولا خطأ؟", "arab_fear"),
        ("صح أم خطأ: العرب ما خافوا من الروم أبدا", "arab_fear"),
        ("صح ولا غلط: ما نزل شي من القرآن في المتخلفين عن تبوك", "verse_38"),
    ],
)
def test_denying_what_the_text_states_is_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        # «what happened in Mu'tah»: a relative «ما», never a denial
        ("صح ولا غلط: ما حدث في مؤتة كان من أسباب غزوة تبوك", None),
        # denials the text agrees with
        ("صح ولا غلط: الغزوة ما كانت سهلة", True),
        ("صح ولا غلط: ما قاتل المسلمون أحدا في تبوك", True),
    ],
)
def test_other_ma_is_left_as_it_was(
    answerer: FormAnswerer, message: str, verdict: bool | None
) -> None:
    reply = answerer.answer_message(message)
    assert reply.parts[0].verdict is verdict
