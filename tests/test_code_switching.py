"""Arabic questions with English or French words typed in (Gulf and Maghrebi code-switching):
chat and school words («bro», «assignment»), the layout asked («بنقاط») and when the asker
needs it («الصبح») ask nothing; «T or F:» heads a statement to judge and «compléter:»
a sentence to complete (knowledge/dialect_fillers.py, knowledge/sheet_patterns.py)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import assert_answered_with, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("وضح أسباب غزوة تبوك pls الـ homework 🙏", "reasons", "الروم"),
        # («بكره» is no filler; «ابو بكره» is Abu Bakr)
        ("ايش قدم ابو بكره في غزوة تبوك", "abu_bakr_donation", "ماله كله"),
        ("bro كم كان عدد جيش المسلمين في تبوك؟ عندي quiz الصبح", "army_size", "أربعين ألف"),
        ("عدد أسباب الغزوة بنقاط", "reasons", "الروم"),
    ],
)
def test_chat_and_school_words_ask_nothing(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


def test_t_or_f_heads_a_statement(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "True/False: قدم عمر بن الخطاب ماله كله")
    part = reply.parts[0]
    assert part.status is Status.VERDICT and part.verdict is False, text
    assert part.fact is not None and part.fact.id == "umar_donation"


@pytest.mark.parametrize(
    ("message", "filled"),
    [
        ("compléter: خرج الجيش إلى تبوك في شهر ......", "رجب"),
        ("complete: نزلت في المتثاقلين آية من سورة ......", "التوبة"),
    ],
)
def test_a_latin_complete_heads_a_blank(answerer: FormAnswerer, message: str, filled: str) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.FILLED and part.filled is not None, text
    assert part.filled.startswith(filled), text


def test_tomorrow_is_never_abu_bakr(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "ما الذي قدمه عثمان؟ بكرة عندي امتحان")
    assert [p.fact.id for p in reply.parts if p.done and p.fact] == ["uthman_donation"], text
