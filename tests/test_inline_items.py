"""Quiz and worksheet items run together on one line (knowledge/inline_items.py): markers
that count up from one («س1 … س2 …», «1- … 2- …», «أولاً … ثانياً …», «(أ) … (ب) …») cut
the line into items when each asks, or when the words before them ask for them; a heading
over labelled items («علل ما يأتي:», «المطلوب:») asks each item. Options pasted on one line
are still options."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from knowledge.message_models import Form
from tests.message_helpers import assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("س1 كم عدد جيش العسرة س2 من قاد الجيش", ["army_size", "leader"]),
        (
            "1-ماذا قدم ابو بكر 2-ماذا قدم عمر 3-ماذا قدم عثمان",
            ["abu_bakr_donation", "umar_donation", "uthman_donation"],
        ),
        (
            "مسابقة البيت: سؤال ١ متى كانت غزوة تبوك سؤال ٢ من قاد الجيش سؤال ٣ هل هي آخر غزوة",
            ["date", "leader", "last_expedition"],
        ),
        (
            "اولا ماذا جمع الروم في الشام ثانيا ماذا اعطى هرقل للمرتزقة",
            ["roman_mobilisation", "heraclius"],
        ),
        (
            "عندي واجب والمطلوب: ١) من هو العدو ٢) من حلفاؤه ٣) ماذا فعل هرقل",
            ["enemy", "roman_allies", "heraclius"],
        ),
        (
            "علل ما يأتي:\n١- تخلف المنافقين عن غزوة تبوك.\n٢- تسمية الجيش بجيش العسرة.",
            ["hypocrites", "army_name"],
        ),
        (
            "1- من قاد غزوة تبوك\n2- متى كانت\n3- من قدم ماله كله",
            ["leader", "date", "abu_bakr_donation"],
        ),
    ],
)
def test_each_counted_item_is_answered_in_order(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    text = assert_each_part_answered(answerer, message, fact_ids)
    assert "السؤال الأول" in text and "السؤال الثاني" in text


def test_a_quiz_of_four_items_answers_three_and_says_one_more(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer,
        "مسابقه عائليه: س1 في اي سنه كانت تبوك س2 من قائد الجيش س3 كم كان عدده س4 ليش ما صار قتال",
    )
    assert [part.fact.id if part.fact else None for part in reply.parts] == [
        "date",
        "leader",
        "army_size",
    ], text
    assert "سؤال آخر لم أُجب عنه" in text


@pytest.mark.parametrize(
    "message",
    [
        "اختر: كانت غزوة تبوك سنة أ) 8 هـ ب) 9 هـ ج) 10 هـ",
        "كم كانت المسافة بين المدينة وتبوك؟ أ) 300 كم ب) 700 كم ج) 1000 كم",
        "من أين خرج الجيش؟ أ) من المدينة ب) من مكة ج) من الطائف",
    ],
)
def test_options_on_one_line_stay_options(message: str) -> None:
    read = read_message(message)
    assert len(read.parts) == 1 and read.parts[0].form is Form.CHOICE
    assert len(read.parts[0].options) == 3


def test_numbered_clues_that_ask_nothing_stay_one_riddle() -> None:
    read = read_message(
        "1) آخر غزوة غزاها النبي ﷺ\n2) جيشها أكثر من أربعين ألف\n3) نزلت فيها آيات من سورة"
        " التوبة\nما اسمها؟"
    )
    assert [part.form for part in read.parts] == [Form.RIDDLE]


def test_options_under_a_numbered_stem_count_from_one_again() -> None:
    read = read_message("1. ما عدد الجيش؟\n1- 3000\n2- 30000\n3- أكثر من 40 ألف")
    assert [part.form for part in read.parts] == [Form.CHOICE]
    assert [option.text for option in read.parts[0].options] == ["3000", "30000", "أكثر من 40 ألف"]
