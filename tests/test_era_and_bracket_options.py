"""Readings a previous helper saw go wrong: options in brackets after a «سؤال:» lead-in,
whose dashes were read as clause breaks, and «في عهد النبي» (in the Prophet's era) read as a
treaty of his, so the treaties fact judged the statement true; and «بهدمه» (his demolishing)
cut into «دمه» (his blood)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import Form, read_message
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "options"),
    [
        (
            "بنتي عندها سؤال: آخر غزوة غزاها الرسول هي غزوة (بدر - تبوك - أحد) وشكرا",
            ["بدر", "تبوك", "أحد"],
        ),
        ("سؤال: خرج الجيش في شهر (رجب - رمضان - شوال)", ["رجب", "رمضان", "شوال"]),
    ],
)
def test_dashes_inside_brackets_separate_options(message: str, options: list[str]) -> None:
    parts = read_message(message).parts
    assert [part.form for part in parts] == [Form.CHOICE]
    assert [option.text for option in parts[0].options] == options


def test_bracketed_options_after_a_lead_in_are_answered(answerer: FormAnswerer) -> None:
    message = "السلام عليكم بنتي عندها سؤال: آخر غزوة غزاها الرسول هي غزوة (بدر - تبوك - أحد)"
    reply, text = reply_to(answerer, message)
    assert len(reply.parts) == 1 and reply.parts[0].done, text
    assert "(2) تبوك" in text, text


@pytest.mark.parametrize(
    "statement",
    ["كانت غزوة تبوك في عهد النبي", "غزوة تبوك كانت على عهد الرسول"],
)
def test_an_era_is_no_treaty(answerer: FormAnswerer, statement: str) -> None:
    reply, text = reply_to(answerer, statement)
    assert all(part.fact is None or part.fact.id != "treaties" for part in reply.parts), text


@pytest.mark.parametrize(
    "message",
    [
        "هل أمر النبي بهدمه بعد رجوعه من تبوك؟",
        "مسجد الضرار أمر الرسول بهدمه؟",
    ],
)
def test_a_verbal_noun_is_not_cut_into_another_word(answerer: FormAnswerer, message: str) -> None:
    # «بهدمه» (his demolishing) is «ب» + «هدم» + «ه»: neither the run-on «به» + «دمه» (his
    # blood), nor the future «هـ» cut off «هدمه», nor a slip of «مده»; so the fact on
    # Ukaydir, whose blood was spared, is no answer to it.
    reply, text = reply_to(answerer, message)
    assert all(part.fact is None or part.fact.id != "ukaydir" for part in reply.parts), text
