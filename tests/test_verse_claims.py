"""A verse the text quotes, put in another surah or at another battle
(knowledge/verse_claims.py): «خطأ» then the fact that quotes it; never for a denial, Tabuk
named as its occasion, or the surah the text cites."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.verse_claims import verse_misplaced
from tests.message_helpers import assert_never_false, assert_verdict_then_fact


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «ما لكم» is the verse's own, no denial; «صح ولا خطأ» asks
        ("آية ما لكم إذا قيل لكم انفروا نزلت في غزوة أحد صح ولا خطأ", "verse_38"),
        ("آية اثاقلتم إلى الأرض من سورة الأنفال ( )", "verse_38"),
        # the surah as the text cites it, «[التوبة: 117]»
        ("آية الذين اتبعوه في ساعة العسرة من سورة البقرة. صح أم خطأ", "verse_117"),
        ("اية ساعة العسرة نزلت في غزوة الخندق، صح ولا غلط؟", "verse_117"),
    ],
)
def test_a_quoted_verse_put_elsewhere_is_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    # (assert_verdict checks that the reply opens with «خطأ»)
    assert_verdict_then_fact(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        "آية انفروا لم تنزل في بدر ( )",
        "آية ساعة العسرة نزلت في غزوة تبوك لا في أحد ( )",
        "آية اثاقلتم إلى الأرض من سورة التوبة ( )",
    ],
)
def test_common_words_a_denial_or_tabuk_are_never_false(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)


def test_words_any_verse_opens_with_quote_no_verse(answerer: FormAnswerer) -> None:
    facts = answerer.engine.facts
    assert verse_misplaced(facts, "يا أيها الذين آمنوا نزلت في بدر") is None
    assert verse_misplaced(facts, "آية اثاقلتم إلى الأرض نزلت في بدر") is not None
