"""«كم عدد …» asks a count: a fact whose answer gives no figure at all (Heraclius's year of
pay, Mu'tah's «عدد من المسلمين») is no answer to it, whatever number phrasing of its own
shares the question's words; an amount asked («كم قدم عمر») is not a count."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("كم عدد المرتزقة الذين أعطاهم هرقل رزق سنة", "heraclius"),
        ("قديش عدد الجنود اللي عطاهم هرقل رزق سنة مقدما؟", "heraclius"),
        # «ماله كله» is how much, never how many camels
        ("كم عدد الإبل التي قدمها أبو بكر؟", "abu_bakr_donation"),
        # the thing counted after «كم» in the accusative asks a count too
        ("كم بعيرا جاء به أبو بكر؟", "abu_bakr_donation"),
        # and as typed in dialect, without the accusative «ا»
        ("كم مرتزق جمعوا الروم بالشام؟", "heraclius"),
        ("شكد جندي جمع هرقل؟", "heraclius"),
        ("كم ناقة اعطى ابو بكر للجيش؟", "abu_bakr_donation"),
    ],
)
def test_a_count_the_fact_gives_no_figure_for_is_not_answered_with_it(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not reply.parts[0].done, text
    assert answer_text(answerer, fact_id) not in text
    assert not text.startswith(texts.VERDICT_TRUE)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("كم عدد جيش المسلمين في غزوة تبوك؟", "army_size"),
        ("كم عدد القواد الذين سقطوا في مؤتة؟", "mutah"),
        ("كم عدد الجمال التي قدمها عثمان؟", "uthman_donation"),
        # a counted noun without «ا» the fact gives a figure for; an amount after a verb
        ("كم جمل قدم عثمان؟", "uthman_donation"),
        ("كم قائد استشهد في مؤتة؟", "mutah"),
        ("كم دفع هرقل للمرتزقة؟", "heraclius"),
        # an amount, not a count: «نصف ماله» answers it
        ("كم قدم عمر بن الخطاب من ماله؟", "umar_donation"),
        # «ماله كله», all of it, is an amount too, in any verb of giving
        ("أبو بكر كم حط؟", "abu_bakr_donation"),
        ("قديش حط ابو بكر من مالو لجيش العسرة", "abu_bakr_donation"),
    ],
)
def test_a_count_or_amount_the_fact_gives_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    text = assert_each_part_answered(answerer, message, [fact_id])
    assert answer_text(answerer, fact_id)[:40] in text


# --- one donor's gift is not the army's ----------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "كم كان عدد المسلمين في تبوك؟ وكم كان معهم من الجمال؟",
        "كم كان عدد الإبل التي معهم؟",
        "قديش كان معهم خيل؟",
    ],
)
def test_a_count_asked_of_no_one_is_not_one_donor_s_gift(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert "uthman_donation" not in [part.fact.id for part in reply.parts if part.fact], text
    assert "950" not in text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("كم جملا قدم عثمان بن عفان؟", "uthman_donation"),
        ("ذو النورين جهز كم فرس؟", "uthman_donation"),
        ("أبو حفص قديش ساهم بغزوة تبوك؟", "umar_donation"),
        ("ابوبكر ادى قد ايه من ماله لتبوك", "abu_bakr_donation"),
    ],
)
def test_a_count_asked_of_the_donor_by_name_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


def test_the_army_s_count_is_still_answered_beside_an_unstated_one(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(answerer, "كم كان عدد الجيش؟ وكم كان عدد الإبل التي معهم؟")
    assert [part.fact.id if part.done and part.fact else None for part in reply.parts] == [
        "army_size",
        None,
    ], text
