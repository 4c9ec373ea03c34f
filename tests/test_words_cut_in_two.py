"""A word cut in two by PDF extraction («مؤ تة», «هر قل», «تو لوا», «المنا فقين») is joined
when together the two are a word the facts are written or asked with and one of them alone
is no word the base reads; two words each read on its own stay apart («عند ما», «بعد ما»),
and a damaged honorific («صلى الله عل ه وسلم») is left for its own mending."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.glued_words import GluedWords
from tests.message_helpers import assert_each_part_answered, assert_verdict_then_fact


@pytest.fixture(scope="module")
def glued(answerer: FormAnswerer) -> GluedWords:
    engine = answerer.engine
    return GluedWords(engine.facts, engine.matcher.vocabulary)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("سقط في غزوة مؤ تة القواد", "سقط في غزوة مؤتة القواد"),
        ("أعطى هر قل الجنود المر تزقة", "أعطى هرقل الجنود المرتزقة"),
        ("الذين تو لوا إدارة المعركة", "الذين تولوا إدارة المعركة"),
        # (each word read on its own: «when», «after»)
        ("عند ما وصل الجيش", "عند ما وصل الجيش"),
        ("بعد ما تراجع الروم", "بعد ما تراجع الروم"),
        # (a run of tatweel is a blank, never half of a word)
        ("قدم عمر بن الخطاب ـــــ ماله", "قدم عمر بن الخطاب ـــــ ماله"),
        # (the honorific cut apart is mended whole elsewhere)
        ("خرج النب صلى الله عل ه وسلم في رجب", "خرج النب صلى الله عل ه وسلم في رجب"),
    ],
)
def test_join_cut(glued: GluedWords, text: str, joined: str) -> None:
    assert glued.join_cut(text) == joined


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("صح أم خطأ: أعطى هر قل الجنود المر تزقة رزق سنة مقدما", "heraclius"),
        ("صح أم خطأ: سقط في غزوة مؤ تة القواد الثلاثة الذين تو لوا إدارة المعركة", "mutah"),
    ],
)
def test_a_statement_cut_apart_is_judged(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, True, fact_id)


def test_a_question_cut_apart_is_answered(answerer: FormAnswerer) -> None:
    assert_each_part_answered(answerer, "ما موقف المنا فقين من غزوة تبوك؟", ["hypocrites"])
