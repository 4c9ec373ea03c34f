"""Words about a question, never of it: whose question it is or where it was found, in
brackets («(سؤال أختي بالرابع)», «(من ملزمة الأستاذ)»), and a game's round over it («مسابقة
العائلة – الجولة 3»). Read as the question's words they hid the instruction (a blank read as
options), made a headline of their own (answered with a fact nobody asked), or were asked
back."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import Form, read_message
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    "message",
    [
        "أكملي الفراغ (سؤال أختي بالرابع): سمي جيش تبوك بجيش ........",
        "املأ الفراغ (من كتاب الصف السادس): سمي جيش تبوك بجيش ........",
    ],
)
def test_an_aside_in_brackets_leaves_the_instruction(message: str) -> None:
    parts = read_message(message).parts
    assert [part.form for part in parts] == [Form.BLANK], parts
    assert "سؤال" not in parts[0].text and "كتاب" not in parts[0].text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("ما موقف المؤمنين الصادقين من النفير (من محاضرة السيرة)", "believers"),
        ("صف دور هرقل قبل غزوة تبوك (من ملزمة الأستاذ)", "heraclius"),
    ],
)
def test_where_the_question_was_found_asks_nothing(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [fact_id], text


@pytest.mark.parametrize(
    "message",
    [
        "مسابقة العائلة – الجولة 3 ⏳\nكم جملا قدم عثمان بن عفان لتجهيز الجيش؟",
        "الجولة الثانية\nكم جملا قدم عثمان بن عفان لتجهيز الجيش؟",
    ],
)
def test_a_game_round_heads_the_question(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.fact] == ["uthman_donation"], text


@pytest.mark.parametrize(
    "message",
    [
        "عندي سؤالين:\n(1) قائد غزوة تبوك\n(2) شهر غزوة تبوك",
        "نحتاج معلومتين:\n(1) قائد غزوة تبوك\n(2) شهر غزوة تبوك",
    ],
)
def test_two_questions_announced_are_no_stem_and_options(
    answerer: FormAnswerer, message: str
) -> None:
    # «عندي سؤالين:» over items names what follows; no item is chosen as its option
    reply, text = reply_to(answerer, message)
    assert all(part.part.form is not Form.CHOICE for part in reply.parts), text
    assert all(part.choice is None for part in reply.parts), text
