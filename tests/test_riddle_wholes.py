"""Riddles and set phrases that drew a confident wrong fact: a town describing itself is the
fact about that town, not the part telling its tribute (knowledge/riddles.py); «وش اسمي؟»
asks who the speaker is (knowledge/riddle_patterns.py, RIDDLE_WHO); «مكانة غزوة تبوك» is
its standing, not its place (phrase_rewrites.PHRASE_REWRITES); «أهمية» is a word of its own, not
«اه» + «مية» (a hundred) glued together (knowledge/analysis.py)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to

NAMED = [
    (
        "أنا بلدة خضعت لخالد بن الوليد في غزوة تبوك، وصالحته على دفع الجزية. فمن أنا؟",
        "dumat_aljandal",
    ),
    (
        "من أنا؟ بلدة خضعت لخالد بن الوليد وصالحته على دفع الجزية، وكان أكيدر رئيسي",
        "dumat_aljandal",
    ),
    ("أنا الصحابي الذي قدم ماله كله لتجهيز جيش العسرة، ما اسمي؟", "abu_bakr_donation"),
]


@pytest.mark.parametrize(("message", "fact_id"), NAMED)
def test_the_one_described_is_named_by_its_own_fact(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


NOT_SHOWN = [
    # the speaker's name asked is no question about the army's name
    ("انا اللي جبت نص مالي بغزوة تبوك، وش اسمي؟", "army_name"),
    # its standing among the expeditions is not where it was
    ("وضّح مكانة غزوة تبوك بين غزوات النبي ﷺ", "location"),
    ("(3) بيّن مكانة غزوة تبوك بين غزوات الرسول .", "location"),
    # its importance is not the verse numbered after a hundred
    ("ما أهمية غزوة تبوك", "verse_117"),
]


@pytest.mark.parametrize(("message", "not_shown"), NOT_SHOWN)
def test_a_near_fact_read_from_a_misread_word_is_not_shown(
    answerer: FormAnswerer, message: str, not_shown: str
) -> None:
    _, text = reply_to(answerer, message)
    assert answer_text(answerer, not_shown) not in text, text


def test_a_run_on_word_is_still_cut(answerer: FormAnswerer) -> None:
    """A word typed without its space is still read as two («منغزوة تبوك»)."""
    reply = answerer.engine.answer("متى كانت منغزوة تبوك")
    assert reply.fact is not None and reply.fact.id == "date"


def test_an_expedition_described_then_asked_what_it_is_is_read_as_a_riddle(
    answerer: FormAnswerer,
) -> None:
    """«آخر غزوة للنبي وكانت في رجب، ما هي؟» asks which expedition: Tabuk, not its month."""
    _, text = reply_to(answerer, "آخر غزوة للنبي ﷺ وكانت في رجب، ما هي؟")
    assert "غزوة تبوك" in text.splitlines()[0], text
    assert answer_text(answerer, "date") not in text, text


ARMY_DESCRIBED = [
    ("لغز: جيش سمي باسم الشدة، وقائده النبي ﷺ، وتبرع له عثمان بالإبل، ما هو؟", "uthman_donation"),
    ("لغز: اسم جيش سمي بصعوبة تكوينه، وورد وصف ساعته في سورة التوبة. ما هو؟", "verse_117"),
]


@pytest.mark.parametrize(("message", "detail"), ARMY_DESCRIBED)
def test_an_army_described_is_never_answered_with_one_of_its_details(
    answerer: FormAnswerer, message: str, detail: str
) -> None:
    _, text = reply_to(answerer, message)
    assert answer_text(answerer, detail) not in text, text


def test_a_town_described_still_gets_its_own_fact(answerer: FormAnswerer) -> None:
    message = "بلدة ارسل اليها النبي ﷺ خالد بن الوليد فخضعت له وصالحت على الجزيه، ما هي؟"
    _, text = reply_to(answerer, message)
    assert "دومة الجندل" in text, text
