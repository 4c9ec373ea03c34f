"""Search-style headlines and exam forms as real people send them: what is asked, and the
reply a user sees."""

from __future__ import annotations

import pytest

from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import answer_text, reply_to


@pytest.fixture(scope="module")
def answerer() -> FormAnswerer:
    return FormAnswerer(AnswerEngine(load_shipped().facts))


# --- search headlines: the document wanted is not what is asked ---------------------------


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("بحث عن غزوة تبوك مع المراجع", "غزوة تبوك"),
        ("ملخص درس غزوه تبوك للصف الثامن", "غزوه تبوك"),
        ("نتائج غزوة تبوك pdf", "نتائج غزوة تبوك"),
        ("تقرير عن أسباب غزوة تبوك جاهز", "أسباب غزوة تبوك"),
        ("موقف المنافقين من غزوة تبوك للصف السابع الأساسي", "موقف المنافقين من غزوة تبوك"),
        # what the sentence itself says is kept
        ("قدم أبو بكر ماله كامل", "قدم أبو بكر ماله كامل"),
        ("ملخص", "ملخص"),
    ],
)
def test_a_search_headline_asks_only_its_topic(message: str, asked: str) -> None:
    (part,) = read_message(message).parts
    assert part.text == asked


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("بحث عن غزوة تبوك مع المراجع", "overview"),
        ("ملخص درس غزوه تبوك للصف الثامن", "overview"),
        ("نتائج غزوة تبوك pdf", "outcome"),
        # «ماذا» typed onto the next word is spaced out before the engine is asked
        ("ماذابعد غزوة تبوك", "delegations"),
    ],
)
def test_a_search_headline_gets_its_topic_s_answer(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.answered
    assert answer_text(answerer, fact_id) in text


def test_a_search_headline_about_another_battle_is_still_refused(answerer: FormAnswerer) -> None:
    reply, _ = reply_to(answerer, "بحث عن غزوة بدر pdf")
    assert not reply.answered
