"""«ماذا حكى النبي …», «شنهو حجى الرسول …»: «حكى/حجى» after any «what» asks what was said.

The dialect saying check (knowledge/asked.py) reads «حكى/حجى» as «said» only right after a
«what». Its list of «what» words was replaced unseen by another list of the same name further
down the module (the definitions' own), which lacked «ماذا» and «شنهو»: «ماذا حكى النبي لما
وصل تبوك» was answered with what he did there (his stationing at Tabuk), not with the honest
reply that the text does not quote what he said.
"""

from __future__ import annotations

import pytest

from knowledge.asked import read_asked
from knowledge.engine import AnswerEngine, Outcome
from knowledge.lexicon import QuestionType
from knowledge.normalize import normalize


@pytest.mark.parametrize(
    ("question", "saying"),
    [
        ("ماذا حكى النبي لما وصل تبوك", True),
        ("شنهو حجى الرسول بعد ما رابط بتبوك", True),
        ("شو حكى النبي لما وصل تبوك", True),
        ("شنو حجت السورة عن المتخلفين", True),
        ("النبي ما حكى عن المتخلفين شي", True),  # whether nothing was said: still a saying
        # «حكى» not after a «what» is no saying asked
        ("المدرس حكى عن المنافقين بتبوك شو عملوا", False),
        ("ماذا فعل النبي لما وصل تبوك", False),
    ],
)
def test_hakaa_after_any_what_asks_a_saying(question: str, saying: bool) -> None:
    words = tuple(normalize(question).split())
    assert read_asked(QuestionType.THING, (), words).saying is saying


@pytest.mark.parametrize(
    "question",
    [
        "ماذا حكى النبي لما وصل تبوك",
        "شنهو حجى الرسول لما وصل تبوك؟",
    ],
)
def test_what_he_said_is_not_answered_with_what_he_did(
    arabic_engine: AnswerEngine, question: str
) -> None:
    reply = arabic_engine.answer(question)
    assert not (reply.outcome is Outcome.ANSWER and reply.fact and reply.fact.id == "stationing")
    assert reply.outcome is Outcome.GAP and reply.gap is not None and reply.gap.id == "sayings"
