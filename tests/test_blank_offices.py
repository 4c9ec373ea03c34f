"""A blank is filled only with the words the fact puts in that place (knowledge/blanks.py):
who held an office over a people («ملك الغساسنة هو ……») is filled only by a fact saying that
office of that people, and the key's phrase is not put before words it itself holds
(«صالح …… خالدًا على الجزية» asks who made peace, not «دفع الجزية»)."""

from __future__ import annotations

import pytest

from knowledge.blank_offices import Office, office_before, office_first, says_office
from knowledge.engine import AnswerEngine
from knowledge.forms import Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "wrong"),
    [
        ("كان ملك الغساسنة هو ……", "سفير"),
        ("أكمل: ملك الغساسنة زمن الغزوة هو ........", "سفير"),
        ("كان ملك غسان هو ……", "لخم"),
        ("صالح …… النبي على الجزية", "دفع الجزية"),
        ("صالح ...... رسول الله ﷺ على أداء الجزية", "دفع الجزية"),
    ],
)
def test_a_blank_the_fact_fills_with_other_words_is_not_filled(answerer, message, wrong) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is not Status.FILLED, text
    assert wrong not in text, text


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("كان ملك الروم هو ……", "هرقل"),
        ("صالح …… خالد بن الوليد على الجزية", "دومة الجندل"),
        ("قائد جيش المسلمين في تبوك هو ……", "النبي"),
    ],
)
def test_the_office_the_fact_states_still_fills_the_blank(answerer, message, words) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is Status.FILLED, text
    assert words in text, text


@pytest.mark.parametrize(
    ("sentence", "before", "first"),
    [
        # the office opening the sentence, the blank last: both readings find it
        ("كان ملك الروم في غزوة تبوك هو …", ("ملك", "الروم"), ("ملك", "الروم")),
        ("اسم رئيس دومة الجندل …", ("رئيس", "دومة"), ("رئيس", "دومة")),
        ("كان حاكم الغساسنة هو …", ("حاكم", "الغساسنة"), ("حاكم", "الغساسنة")),
        # the office after other words, or the blank not last: only the office before it
        ("أكمل: ملك الغساسنة زمن الغزوة هو …", ("ملك", "الغساسنة"), None),
        ("ملك الروم … أرسل جيشا", ("ملك", "الروم"), None),
        # a relative, a preposition or a pronoun after the office is not whose it is
        ("القائد الذي خلص الجيش في مؤتة هو …", None, None),
        ("كان الأمير في تبوك هو …", None, None),
        # no office at all
        ("كان عدد جيش المسلمين …", None, None),
    ],
)
def test_the_office_a_blank_asks(sentence, before, first) -> None:
    """One word list and one reading of «office + whose» for both questions blanks ask."""
    blank_at = sentence.index("…")
    assert office_before(sentence[:blank_at]) == (Office(*before) if before else None)
    assert office_first(sentence) == (Office(*first) if first else None)


@pytest.mark.parametrize(
    ("fact_id", "office", "says"),
    [
        ("heraclius", Office("ملك", "الروم"), True),
        ("ukaydir", Office("رئيس", "دومة"), True),
        # a fact sharing only the people, or the office of another people, names no holder
        ("heraclius", Office("ملك", "الغساسنة"), False),
        ("heraclius", Office("قائد", "الروم"), False),
        ("ukaydir", Office("ملك", "دومة"), False),
    ],
)
def test_a_fact_says_an_office_of_a_people(arabic_engine: AnswerEngine, fact_id, office, says):
    fact = arabic_engine.fact(fact_id)
    assert fact is not None
    assert says_office(fact, office) is says
