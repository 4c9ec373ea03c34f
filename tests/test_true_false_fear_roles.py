"""Who fears whom (knowledge/fear_roles.py, `fear_of_another`): the text tells the Arabs' fear
of the Romans («كان العرب يرهبون مواجهة الروم»). A statement giving that fear to another people
tells something the text does not state, so it is left unsettled, never «خطأ» as if a side
had been put in the Romans' place; with the Arabs as the fearers it is still judged."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.answer_keys import SlotKind, load_answer_keys
from knowledge.fear_roles import fearers
from knowledge.form_replies import Status
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: كان المسلمون يرهبون الروم",
        "صح أم خطأ: المسلمون كانوا خائفين من الروم",
        # (the Romans' own fear: the fact does not speak of it)
        "صح أم خطأ: كان الروم يرهبون المسلمين",
    ],
)
def test_a_fear_the_text_gives_to_another_people_is_left_unsettled(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is Status.UNSETTLED, text
    assert text.startswith(texts.VERDICT_UNSETTLED), text


@pytest.mark.parametrize(
    "message",
    [
        # (no fear told: «أمام» is all it shares with «أمام جيش الروم»)
        "صح أم خطأ: تراجع الروم أمام المسلمين",
        "صح أم خطأ: تراجع الروم من أمام المسلمين",
    ],
)
def test_the_fear_fact_corrects_no_side_of_a_statement_telling_no_fear(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)


def test_the_arabs_fear_of_the_romans_is_still_true(answerer: FormAnswerer) -> None:
    assert_verdict(answerer, "صح أم خطأ: كان العرب يرهبون مواجهة الروم", True, "arab_fear")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في زمن غزوة تبوك كان العرب يرهبون مواجهة الروم", {"عرب"}),
        ("المسلمون كانوا خائفين من الروم", {"مسلم"}),
        ("الروم هم اللي خافوا", {"روم"}),
        # (no fear told: nothing to compare)
        ("تقهقر الروم إلى داخل بلادهم", set()),
    ],
)
def test_the_fearer_is_the_people_right_before_the_fear(text: str, expected: set[str]) -> None:
    peoples = load_answer_keys().rivals.get(SlotKind.PARTY, ())
    assert fearers(text, peoples) == expected
