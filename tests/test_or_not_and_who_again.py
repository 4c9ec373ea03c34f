"""Second questions joined without a question word before them (knowledge/question_split.py):
a yes/no question ending «… ولا لا» asks, so «و/وبعدين/وأيضا» + a question after it starts
another; «وبعدين» + a clause asking later is one more; a question opening «من/مين» + a verb
asks «who» again after «و» + «من» + a verb («ومن معه» asks nothing more)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import assert_each_part_answered


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("في قتال صار ولا لا وبعدين كم كان عدد الجيش", ["no_battle", "army_size"]),
        ("ليش سموه جيش العسرة وبعدين في قتال صار ولا لا", ["army_name", "no_battle"]),
        ("من قاد غزوة تبوك ومن قدم ماله كله", ["leader", "abu_bakr_donation"]),
        # Iraqi «بيا» (in which) and «جم» (how many) ask as «بأي» and «كم» do
        ("منو قاد غزوة تبوك؟ وبيا سنة صارت؟", ["leader", "date"]),
        ("منو قدم ماله كله؟ وجم جمل قدم عثمان؟", ["abu_bakr_donation", "uthman_donation"]),
    ],
)
def test_both_questions_are_answered_in_order(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    text = assert_each_part_answered(answerer, message, fact_ids)
    assert "السؤال الأول" in text and "السؤال الثاني" in text


@pytest.mark.parametrize(
    "message",
    [
        "من قاد الجيش ومن معه",  # «and those with him»
        "من خرج مع النبي ومن المدينة",  # «and from Medina»
        "متى كانت الغزوة وبعدين رجعوا المدينة",  # «and then» a statement, no question
    ],
)
def test_no_second_question_is_made_up(message: str) -> None:
    assert len(read_message(message).parts) == 1
