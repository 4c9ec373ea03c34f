"""What a user sees when a lead-in («لو سمحت», «بدي اعرف», «ابي اعرف») opens the first of
several questions joined by commas: every question is answered in order, the first one no
longer taken for the story before the others (issue 13)."""

from __future__ import annotations

import pytest

from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to


@pytest.fixture(scope="module")
def answerer() -> FormAnswerer:
    base = load_shipped()
    return FormAnswerer(AnswerEngine(base.facts, part_of=base.part_of))


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("بدي اعرف ما نتائج غزوة تبوك، وكم كان عدد الجيش", ["outcome", "army_size"]),
        (
            "لو سمحت من قاد غزوة تبوك، وماذا قدم أبو بكر الصديق\nجزاكم الله خير",
            ["leader", "abu_bakr_donation"],
        ),
        (
            "ابي اعرف ما أسباب غزوة تبوك، وما موقف المنافقين منها؟",
            ["reasons", "hypocrites"],
        ),
    ],
)
def test_each_question_after_a_lead_in_is_answered(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    text = assert_each_part_answered(answerer, message, fact_ids)
    for fact_id in fact_ids:
        assert answer_text(answerer, fact_id) in text


def test_a_detail_the_text_lacks_is_said_so_after_the_first_answer(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(answerer, "لو سمحت مين قائد غزوة تبوك، ومن استخلف النبي على المدينة")
    assert len(reply.parts) == 2, text
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "leader"
    assert not reply.parts[1].done, text
    assert "لا يذكر النص" in text


@pytest.mark.parametrize(
    "message",
    [
        # a story before the question stays context
        "لو سمحت، انا طالب وعندي امتحان، متى كانت غزوة تبوك",
        "عندي سؤال عن غزوة تبوك، متى كانت؟",
    ],
)
def test_a_story_or_a_topic_before_one_question_stays_one_question(message: str) -> None:
    assert len(read_message(message).parts) == 1
