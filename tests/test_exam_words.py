"""Words of exam items that must be read as the words they are: «أهمية» (importance) is no
«ميه» (a hundred: at-Tawbah 117), «مكانة غزوة تبوك» (its standing) is no place. The text
states neither, so the reply answers neither with a fact read from a wrong cut; its standing
among the Prophet's expeditions is its order among them, which the text states: the last."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "ما أهمية غزوة تبوك؟",
        "بيّن أهمية غزوة تبوك.",
        "اهميتها ايه؟",
        "ما مكانة غزوة تبوك؟",
    ],
)
def test_importance_and_standing_are_not_read_as_other_words(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done and part.fact for part in reply.parts), text
    assert "التوبة" not in text and "موقع" not in text.split("\n")[0], text


@pytest.mark.parametrize(
    "message",
    ["وضّح مكانة غزوة تبوك بين غزوات النبي ﷺ", "اذكر مكانة غزوة تبوك بين غزوات الرسول."],
)
def test_its_standing_among_the_expeditions_is_its_order_the_last(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.fact] == ["last_expedition"], text
    assert "آخر غزوات" in text, text


def test_the_place_is_still_read_as_a_place(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "وين مكان غزوة تبوك؟")
    assert [part.fact.id for part in reply.parts if part.fact] == ["location"], text


def test_paying_the_tribute_in_other_words_is_the_option_chosen(answerer: FormAnswerer) -> None:
    # «أداء الجزية» is the text's «دفع الجزية»
    message = (
        "صالح أهل دومة الجندل خالدا على:\nأ) الإسلام\nب) أداء الجزية\nج) الهجرة\nد) القتال معه"
    )
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.choice is not None and part.choice.text == "أداء الجزية", text
    assert part.fact is not None and part.fact.id == "jizya"
    assert "أداء الجزية" in text.split("\n")[0], text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «فسّر:» before a told event asks why it happened, as «علل:» does (not «what is …»,
        # which the overview answered)
        ("فسر: جمع الروم جموعا كثيرة بالشام.", "roman_mobilisation"),
        ("فسّر: تراجع الروم إلى داخل بلادهم.", "roman_surprise"),
    ],
)
def test_explain_with_a_colon_asks_why(answerer: FormAnswerer, message: str, fact_id: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [fact_id], text
    assert "غزوة تبوك غزوة" not in text.split("\n")[0], text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [("عرّف: جيش العسرة.", "army_name"), ("عرف التعبئة العامة", "mobilisation")],
)
def test_define_asks_what_it_is(answerer: FormAnswerer, message: str, fact_id: str) -> None:
    """«عرّف …» asks a definition, as «ما هو …» does."""
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].done and reply.parts[0].fact is not None, text
    assert reply.parts[0].fact.id == fact_id, text


def test_define_what_the_text_does_not_define_says_so(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "عرّف الجزية")
    assert not reply.parts[0].done, text
    assert "لا يذكر النص" in text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # the reason for a deed named by its noun is why it was done, not the expedition's
        ("استنتج سبب تخلف المنافقين عن الغزوة", "hypocrites"),
        ("اذكر سبب تراجع الروم", "roman_surprise"),
        ("اذكر سببين لصعوبة تجهيز جيش تبوك", "hardship"),
        ("وضح سبب عدم مهاجمة النبي للروم", "no_battle"),
        # the expedition's own reasons and its army's naming stay what they were
        ("اذكر سبب غزوة تبوك", "reasons"),
        ("اذكر سببين لغزوة تبوك", "reasons"),
        ("اذكر سبب تسمية جيش العسرة", "army_name"),
    ],
)
def test_the_reason_for_a_deed_is_why_it_was_done(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # an exam's verbs of judging or drawing out: the question, never a claim «صحيح»
        ("قيّم موقف المنافقين من غزوة تبوك", "hypocrites"),
        ("حلّل موقف الروم من جيش المسلمين", "roman_surprise"),
        ("علّق على موقف المنافقين من غزوة تبوك", "hypocrites"),
    ],
)
def test_verbs_of_judging_ask_the_fact_and_judge_no_claim(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [(p.fact.id if p.fact else None, p.verdict) for p in reply.parts] == [
        (fact_id, None)
    ], text
    assert not text.startswith("صحيح"), text


def test_value_is_no_verb_of_judging() -> None:
    assert read_message("قيمة ما قدمه عثمان").parts[0].text.startswith("قيمة")


@pytest.mark.parametrize(
    "message",
    [
        "ما زمن غزوة تبوك؟",
        "نشاط: أجب عن الأسئلة\nس1: أوضح زمن غزوة تبوك.\nس2: أُبيّن تعداد جيش العسرة",
    ],
)
def test_its_time_asked_as_a_noun_is_when(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact][:1] == ["date"], text
