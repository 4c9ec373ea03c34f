"""People and peoples named by a title or a kunya («سيف الله», «أبو سليمان», «عظيم الروم», «بنو
الأصفر», «صاحب دومة الجندل», «خليفة رسول الله»), also with «ل/ب/و/ف» joined to the title
(«لسيف الله المسلول»), are read as the name they stand for. Each row is a message, the fact
answering it and words the user sees."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.normalize import normalize
from knowledge.question_rewrites import rewrite_phrases
from tests.message_helpers import assert_answered_with


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("ماذا فعل أبو سليمان خالد بن الوليد في تبوك؟", "dumat_aljandal", "دومة الجندل"),
        ("إلى أين أرسل النبي ﷺ سيف الله؟", "dumat_aljandal", "دومة الجندل"),
        ("ماذا فعل سيف الله في مؤتة بعد سقوط القادة؟", "mutah", "مؤتة"),
        ("ماذا صنع عظيم الروم بالجنود المرتزقة؟", "heraclius", "رزق سنة"),
        ("من هم حلفاء بني الأصفر الذين جاؤوا معهم؟", "roman_allies", "لخم وغسان"),
        ("ماذا فعل بنو الأصفر لما سمعوا بمسير جيش المسلمين؟", "roman_surprise", "تقهقر"),
        ("ماذا حدث لصاحب دومة الجندل؟", "ukaydir", "أكيدر"),
        ("من هو خليفة رسول الله الذي قدم ماله كله؟", "abu_bakr_donation", "أبو بكر"),
    ],
)
def test_a_title_names_the_one_it_stands_for(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("خضوع دومة الجندل لسيف الله المسلول", "خضوع دومه الجندل لخالد"),
        ("ما قدمه للخليفة الأول", "ما قدمه لابو بكر"),
        ("وعظيم الروم", "وهرقل"),
        # the longer title is read whole, not its first two words
        ("سيف الله المسلول", "خالد"),
        # a word that only begins like a title's first word is left as typed
        ("بسيفه الله", "بسيفه الله"),
        ("صاحب الفكرة", "صاحب الفكره"),
    ],
)
def test_how_a_title_is_read(text: str, read: str) -> None:
    assert " ".join(rewrite_phrases(tuple(normalize(text).split()))) == read
