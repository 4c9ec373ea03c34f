"""A sentence to complete brought by words of its own: a sentence quoted and then asked
about («… «……» ايش الكلمة الناقصة؟») is filled as a blank, never read as a stem with its
dots for option separators; «السؤال رقم 4: أكمل الفراغ» heads the blanks below it, and a quiz
round's heading («مسابقة العائلة – الجولة 3 ⏱») asks nothing (what the user sees: the filled
blank, not a "did you mean" or an answer to the heading)."""

from __future__ import annotations

import pytest

from knowledge.blank_lead_in import sentence_to_complete
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        (
            "صادفت هذي العبارة في الكتاب: «رابط النبي بجنوده عند ......» ايش الكلمة الناقصة؟",
            "stationing",
        ),
        (
            "ورقة المراجعة فيها: «قدم عثمان بن عفان ...... بعير» كم الرقم الناقص؟",
            "uthman_donation",
        ),
        ("السؤال رقم 4: أكمل الفراغ\nسمي جيش غزوة تبوك بجيش ......", "army_name"),
        ("في الكتاب: «كان عدد جيش المسلمين ......» كم الرقم الناقص؟", "army_size"),
    ],
)
def test_a_led_in_sentence_is_completed(answerer: FormAnswerer, message: str, fact: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id if p.fact else None for p in reply.parts] == [fact], text
    assert reply.parts[0].status is Status.FILLED, text


def test_a_quiz_round_heading_asks_nothing(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "مسابقة العائلة – الجولة 3 ⏱\nمن قاد جيش المسلمين في تبوك؟")
    assert [p.fact.id if p.fact else None for p in reply.parts] == ["leader"], text


def test_dotted_options_after_a_question_stay_options(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "في أي شهر خرج الجيش: رجب ..... رمضان ..... شوال")
    assert reply.parts[0].status is Status.CHOICE, text


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("هذه الجملة: «رابط عند ....» ما الكلمة الناقصة؟", "رابط عند ...."),
        # (a blank before the instruction: the words are the sentence itself)
        ("قدم ..... ماله كله، أكمل: وقدم عمر ..... ماله", None),
        # (a quote with no blank, or no question about the missing word: not led in)
        ("قال الله «ما لكم إذا قيل لكم انفروا» فيمن نزلت؟", None),
        ("في مؤتة: «استطاع ...... أن يخلص الجيش»", None),
        ("قال تعالى: «انفروا خفافا و...... وجاهدوا»", "انفروا خفافا و...... وجاهدوا"),
        ("متى كانت غزوة تبوك؟", None),
    ],
)
def test_the_sentence_led_into(text: str, sentence: str | None) -> None:
    assert sentence_to_complete(text) == sentence


@pytest.mark.parametrize(
    "message",
    ["أكمل: قتل سفير رسول الله ﷺ على يد ......", "سفير النبي ﷺ قتل بيد ........"],
)
def test_a_doer_the_text_does_not_name_is_not_filled(answerer: FormAnswerer, message: str) -> None:
    # (the fact names only the envoy: its other words are no doer)
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is not Status.FILLED, text
    assert "الاعتداء" not in text.split("\n")[0], text


def test_a_numbered_true_false_heading_heads_its_claim(answerer: FormAnswerer) -> None:
    # («السؤال رقم 2:» numbers the heading: the claim under it is judged, once)
    reply, text = reply_to(answerer, "السؤال رقم 2: صح أم خطأ\nقاد خالد بن الوليد غزوة تبوك")
    assert [p.verdict for p in reply.parts] == [False], text
    assert [p.fact.id if p.fact else None for p in reply.parts] == ["leader"], text
