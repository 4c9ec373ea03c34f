"""A part is not the whole (knowledge/whole_sura.py): the text says verses of at-Tawbah were
revealed about those who lagged behind, not that the sura was. «نزلت سورة التوبة في غزوة تبوك»
is left unsettled with the verse fact shown; naming the verses is still «صحيح»."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.form_replies import Status
from knowledge.forms import FormAnswerer
from knowledge.whole_sura import revealed_whole
from tests.message_helpers import assert_never_true, assert_verdict, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: نزلت سورة التوبة في غزوة تبوك",
        "صح ولا غلط: سورة التوبة نزلت في غزوة تبوك",
    ],
)
def test_the_sura_said_revealed_is_not_confirmed_by_one_verse(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is Status.UNSETTLED, text
    # (the fact about it is shown after the unsettled verdict)
    assert text.startswith(texts.VERDICT_UNSETTLED_NEAREST), text
    assert "التوبة: 38" in text, text


def test_a_question_about_the_sura_gets_no_yes(answerer: FormAnswerer) -> None:
    text = assert_never_true(answerer, "هل نزلت سورة التوبة في غزوة تبوك؟")
    assert not text.startswith("نعم"), text


def test_verses_of_the_sura_are_still_true(answerer: FormAnswerer) -> None:
    assert_verdict(
        answerer,
        "صح أم خطأ: نزلت آيات من سورة التوبة في المتخلفين عن غزوة تبوك",
        True,
        "verse_38",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نزلت سورة التوبة في غزوة تبوك", True),
        ("أنزل الله سورة التوبة في المتخلفين", True),
        ("سورة التوبة نزلت في تبوك", True),
        ("سورة التوبة نزل فيها قوله تعالى", False),
        ("نزلت آيات من سورة التوبة", False),
        ("نزل قوله تعالى انفروا في سورة التوبة", False),
    ],
)
def test_what_was_revealed_is_read_from_the_words(text: str, expected: bool) -> None:
    assert revealed_whole(text) is expected
