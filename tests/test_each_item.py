"""«اذكر ما قدمه كل من: أ- أبو بكر ب- عثمان»: the stem is asked of each item listed, each
answered with that item's own fact, never the donations fact that lists them all
(knowledge/each_item.py)."""

from __future__ import annotations

import pytest

from knowledge.each_item import each_item_questions, each_named
from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from knowledge.message_models import Form
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to

AB, UM, UT, AR = "abu_bakr_donation", "umar_donation", "uthman_donation", "abdulrahman_donation"


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("اذكر ما قدمه كل من:\n1. أبو بكر\n2. عمر\n3. عثمان", [AB, UM, UT]),
        ("بين ما قدمه كل من:\nأ- عمر بن الخطاب\nب- عثمان بن عفان", [UM, UT]),
        ("اكتب ما تبرع به كلٍّ من: (أ) عثمان بن عفان (ب) عبد الرحمن بن عوف", [UT, AR]),
        ("وضح ما قدمه كل من الصحابة الآتية أسماؤهم للجيش:\n- الصديق\n- الفاروق", [AB, UM]),
        ("شو قدم كل واحد من هدول بتبوك:\n• أبو بكر\n• عثمان", [AB, UT]),
        ("ماذا قدم كل من أبي بكر وعمر في غزوة تبوك؟", [AB, UM]),
        ("وش عطى كل من عثمان وعبد الرحمن بن عوف لجيش العسرة؟", [UT, AR]),
    ],
)  # fmt: skip
def test_each_listed_donor_gets_his_own_gift(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    text = assert_each_part_answered(answerer, message, fact_ids)
    assert answer_text(answerer, "donations") not in text


def test_a_listed_name_the_text_does_not_tell_of_is_not_answered(
    answerer: FormAnswerer,
) -> None:
    # Talha's gift is not in the text: his item says so in its place, the others answer
    reply, text = reply_to(
        answerer,
        "اذكر ما قدمه كل من :\nأ- أبو بكر الصديق\nب- عثمان بن عفان\nج- طلحة بن عبيد الله",
    )
    assert [p.fact.id if p.done and p.fact else None for p in reply.parts] == [
        "abu_bakr_donation",
        "uthman_donation",
        None,
    ], text
    assert "طلحة بن عبيد الله" in text


@pytest.mark.parametrize(
    "message",
    [
        # «كل منهم»: each of them, no names listed: the donations fact tells each one's gift
        "اذكر أبرز المنفقين في غزوة تبوك ومقدار ما أنفقه كل منهم",
        "مين الصحابة اللي تبرعوا لجيش العسرة؟",
    ],
)
def test_the_donors_asked_together_keep_the_donations(
    answerer: FormAnswerer, message: str
) -> None:
    assert_each_part_answered(answerer, message, ["donations"])


def test_options_without_each_stay_options() -> None:
    message = read_message("من الذي قدم نصف ماله؟\nأ- أبو بكر\nب- عمر\nج- عثمان")
    assert [part.form for part in message.parts] == [Form.CHOICE]


@pytest.mark.parametrize(
    ("stem", "items", "questions"),
    [
        ("ما قدمه كل من:", ["أبو بكر", "- عمر"], ["ما قدمه أبو بكر", "ما قدمه عمر"]),
        ("ما قدمه كلًّا من الصحابة التالية أسماؤهم لتجهيز الجيش:", ["عثمان", "عمر"],
         ["ما قدمه عثمان لتجهيز الجيش", "ما قدمه عمر لتجهيز الجيش"]),
        ("ما قدمه كل من:", ["أبو بكر"], None),  # one item: nothing to ask of each
        ("ما قدمه الصحابة:", ["أبو بكر", "عمر"], None),
    ],
)  # fmt: skip
def test_each_item_questions(stem: str, items: list[str], questions: list[str] | None) -> None:
    assert each_item_questions(stem, items) == questions


@pytest.mark.parametrize(
    ("question", "questions"),
    [
        ("ماذا قدم كل من أبي بكر الصديق وعمر بن الخطاب في تبوك؟",
         ["ماذا قدم أبي بكر الصديق في تبوك؟", "ماذا قدم عمر بن الخطاب في تبوك؟"]),
        ("شنو انطى كل من عثمان وعمر الفاروق؟", ["شنو انطى عثمان؟", "شنو انطى عمر الفاروق؟"]),
        # «كل من» before a verb is «whoever»: no names listed
        ("ما جزاء كل من تخلف عن غزوة تبوك وقعد؟", None),
        ("ماذا قدم كل منهم؟", None),
    ],
)  # fmt: skip
def test_each_named(question: str, questions: list[str] | None) -> None:
    assert each_named(question) == questions
