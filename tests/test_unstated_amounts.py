"""Amounts the text does not give, asked about someone whose fact names him only: the reply
says the text does not state it instead of answering with his fact (ar28 probe, issue 13)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import Status
from tests.message_helpers import reply_to

ABDULRAHMAN_AMOUNT = texts.GAP.format(detail="مقدار ما قدّمه عبد الرحمن بن عوف لتجهيز الجيش")


@pytest.mark.parametrize(
    "message",
    [
        "كم قدم عبد الرحمن بن عوف من المال؟",
        "قديش دفع عبد الرحمن بن عوف من المال لتجهيز الجيش؟",
        "ابن عوف تبرع بكم",
        "مقدار ما قدمه عبد الرحمن بن عوف في غزوة تبوك",
    ],
)
def test_the_amount_abd_al_rahman_gave_is_not_stated(answerer, message) -> None:
    reply, text = reply_to(answerer, message)
    assert not reply.parts[0].done, text
    assert text.startswith(ABDULRAHMAN_AMOUNT), text


def test_his_gift_itself_is_still_answered(answerer) -> None:
    reply, text = reply_to(answerer, "ماذا قدم عبد الرحمن بن عوف في غزوة تبوك؟")
    assert reply.parts[0].status is Status.ANSWER, text
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "abdulrahman_donation"


def test_one_part_of_two_asks_the_unstated_amount(answerer) -> None:
    reply, text = reply_to(answerer, "كم فرس قدم عثمان؟ وكم قدم عبد الرحمن بن عوف؟")
    first, second = reply.parts[:2]
    assert first.status is Status.ANSWER and first.fact is not None
    assert first.fact.id == "uthman_donation", text
    assert not second.done, text
    assert ABDULRAHMAN_AMOUNT in text


LESSONS = texts.GAP.format(detail="الدروس والعبر المستفادة من غزوة تبوك")


@pytest.mark.parametrize(
    "message",
    [
        "ما الدروس المستفادة من غزوة تبوك؟",
        "ما الدروس المستفادة من غزوة تبوك ؟ (اذكر ثلاثة)",
        "استنتج الدروس المستفادة من غزوة تبوك.",
    ],
)
def test_the_lessons_of_the_expedition_itself_are_not_stated(answerer, message) -> None:
    reply, text = reply_to(answerer, message)
    assert not reply.parts[0].done, text
    assert text.startswith(LESSONS), text


def test_the_lesson_of_one_deed_is_that_deeds_fact(answerer) -> None:
    reply, text = reply_to(answerer, "استنتج الدرس المستفاد من تخلف المنافقين عن غزوة تبوك")
    part = reply.parts[0]
    assert part.status is Status.ANSWER and part.fact is not None, text
    assert part.fact.id == "hypocrites", text
