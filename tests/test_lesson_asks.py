"""Lessons asked of the expedition as a whole are the `lessons` known gap, whoever learns them
(«ماذا تعلم الصحابة من تبوك» got the Romans' surprise: «تعلم» read as «علموا»); a lesson of
one deed is asked of that deed, and «ماذا تعلم عن …» asks what one knows about it."""

from __future__ import annotations

import pytest

from knowledge.engine import Outcome
from knowledge.lesson_asks import asks_lessons
from knowledge.normalize import normalize


@pytest.mark.parametrize(
    ("question", "lessons"),
    [
        # a learner between the verb and «من»
        ("ماذا تعلم الصحابة من تبوك", True),
        ("شو تعلموا الناس من الغزوة؟", True),
        ("ما الذي يتعلمه الطالب من غزوة تبوك", True),
        ("ماذا يتعلم أبناؤنا من قصة غزوة تبوك", True),
        # a noun of lesson before «من» and the expedition
        ("ما العبرة من غزوة تبوك", True),
        ("اذكر درسا واحدا من غزوة تبوك", True),
        ("ايش الدرس اللي ناخذه من تبوك", True),
        # the expedition teaching
        ("ماذا علمتنا غزوة تبوك", True),
        ("وش علمتهم الغزوة", True),
        # a lesson of one deed: that deed's fact answers it
        ("ماذا تعلم المسلمون من تبرع عثمان", False),
        ("ما الدرس المستفاد من تسمية جيش تبوك بجيش العسرة", False),
        # knowing, not learning
        ("ماذا تعلم عن غزوة تبوك", False),
        ("هل تعلم متى كانت غزوة تبوك", False),
        # what they gained: the outcome, not a lesson
        ("ماذا استفاد المسلمون من غزوة تبوك", False),
        # the Romans learning of the march
        ("ماذا فعل الروم لما علموا بخروج المسلمين من المدينة", False),
    ],
)
def test_lessons_of_the_whole_expedition_are_read_from_the_shape(
    question: str, lessons: bool
) -> None:
    assert asks_lessons(normalize(question)) is lessons


@pytest.mark.parametrize(
    "question",
    [
        "ماذا تعلم الصحابة من تبوك",
        "شو تعلموا الصحابة من الغزوة",
        "ماذا علمتنا غزوة تبوك",
        "ما العبرة من غزوة تبوك",
    ],
)
def test_the_user_is_told_the_text_draws_no_lessons(arabic_engine, question: str) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.GAP, (reply.outcome, reply.fact)
    assert reply.gap is not None and reply.gap.id == "lessons"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # «what do you know about»: the question asks the subject, not the Romans' surprise
        ("ماذا تعلم عن غزوة تبوك", "overview"),
        ("ماذا تعلم عن عثمان في تبوك", "uthman_donation"),
    ],
)
def test_what_one_knows_about_is_answered(arabic_engine, question: str, fact: str) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER and reply.fact is not None, reply.outcome
    assert reply.fact.id == fact
