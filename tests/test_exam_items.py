"""Exam items run together on one line (knowledge/exam_items.py): after an exam verb's
clause, «، و+question word» or «، و»/«. و» + another exam verb asks the next question, each
answered on its own; with no clause break only an exam verb read no other way («واذكر»,
«وبين نتائجها») cuts, else the item stays one question about one thing."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    ("message", "fact_ids", "said"),
    [
        (
            "بيّن: موقف الروم عندما فاجأهم الجيش، ولماذا لم يطاردهم النبي.",
            ["roman_surprise", "no_battle"],
            "لم يقع قتال",
        ),
        (
            "وضّح سبب تسمية جيش العسرة، واذكر ما قدمه عثمان بن عفان.",
            ["army_name", "uthman_donation"],
            "950",
        ),
        # no clause break: «و» + an exam verb read no other way, or «وبيّن» + a pronoun
        (
            "اشرح سبب خوف العرب من الروم واذكر ما قدمه عثمان لتجهيز الجيش",
            ["arab_fear", "uthman_donation"],
            "950",
        ),
        (
            "وضّح أسباب الغزوة إلى تبوك وبين نتائجها",
            ["reasons", "outcome"],
            "الوفود",
        ),
    ],
)
def test_two_exam_items_on_one_line_are_both_answered(
    answerer: FormAnswerer, message: str, fact_ids: list[str], said: str
) -> None:
    text = assert_each_part_answered(answerer, message, fact_ids)
    assert "السؤال الثاني" in text and said in text


def test_an_untold_second_item_is_said_to_be_unstated(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "علل: خروج النبي ﷺ إلى تبوك. واذكر عدد جيش الروم.")
    assert [part.fact.id if part.done and part.fact else None for part in reply.parts] == [
        "reasons",
        None,
    ], text
    assert "لا يذكر النص" in text


@pytest.mark.parametrize(
    "message",
    [
        # no clause break: one item about one man
        "اذكر اسم رئيس دومة الجندل وماذا فعل النبي معه.",
        # «وبين» after «بين» is «and between»
        "ما الفرق بين موقف المؤمنين، وبين موقف المنافقين",
        "قارن بين عطاء أبي بكر وبين عطاء عمر",
        # «وبين» + a noun pointing back to nothing is «and between», with no break
        "ما المسافة بين المدينة وبين تبوك",
        # «أعرف أن …» is «I know that», no exam verb
        "أعرف أن الرسول رابط في تبوك، كم ليلة بقي فيها؟",
    ],
)
def test_one_item_is_not_cut(message: str) -> None:
    assert len(read_message(message).parts) == 1
