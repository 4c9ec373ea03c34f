"""The normaliser folds what phones and keyboards produce into one matching form."""

import pytest

from knowledge.normalize import has_arabic, normalize, without_conjunction, without_conjunctions


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("غَزْوَةُ تَبُوكَ", "غزوه تبوك"),  # diacritics
        ("غزوة تبـــوك", "غزوه تبوك"),  # tatweel
        ("أين إيلة آمنوا ٱلله", "اين ايله امنوا الله"),  # hamza and alef forms
        ("متى", "متي"),  # alef maksura
        ("مؤتة", "موته"),  # hamza on waw, ta marbuta
        ("شيئ", "شيي"),  # hamza on ya
        # a final hamza before a pronoun is the word's own «ء»: «حلفاؤهم», «حلفائهم» are «حلفاء»
        ("حلفاؤهم وأعدائهم ورائهم", "حلفاءهم واعداءهم وراءهم"),
        ("مسائل رؤوس تسعمائه", "مسايل رووس تسعمايه"),  # elsewhere: folded as before
        ("٩٥٠ جملاً و۵۰ فرساً", "950 جملا و50 فرسا"),  # Arabic-Indic and Persian digits
        ("40000 مجاهد و١٠٠٠ دينار", "40000 مجاهد و1000 دينار"),  # repeated digits are kept
        ("\u200fمتى\u200c كانت\ufeff", "متي كانت"),  # direction and invisible marks
        ("متى\u200bكانت", "متي كانت"),  # a zero-width space still separates words
        ("ساااعة العسرة", "ساعه العسره"),  # stretched long vowel
        ("تبوووووك", "تبوك"),
        ("الللله", "الله"),  # stretched consonant keeps a real double letter
        ("متى كانت الغزوة؟؟!!", "متي كانت الغزوه"),  # Arabic and Latin punctuation
        ("تبوك،جيش؛العسرة", "تبوك جيش العسره"),  # Arabic comma and semicolon
        ("ﷺ", "صلي الله عليه وسلم"),  # ligature expanded
        ("ﻻ", "لا"),
        ("چم كان الجيش", "كم كان الجيش"),  # Iraqi/Gulf letter
        ("  متى \n\t كانت  ", "متي كانت"),
        ("Tabuk تبوك", "tabuk تبوك"),
        ("😀😀", ""),
        ("", ""),
    ],
)
def test_normalize_folds_variants(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_is_idempotent() -> None:
    text = "في أيِّ سَنَةٍ وقعتْ غزوةُ تبــوك؟"
    assert normalize(normalize(text)) == normalize(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("متى", True), ("hello", False), ("😀", False), ("\u200f\u200b", False), ("123", False)],
)
def test_has_arabic(text: str, expected: bool) -> None:
    assert has_arabic(text) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("عثمان950جملا", "عثمان 950 جملا"),
        ("اكثر من40الف", "اكثر من 40 الف"),
        ("و50فرسا", "و50 فرسا"),  # a lone prefix stays on its figure
    ],
)
def test_normalize_parts_a_figure_from_the_words_it_is_glued_to(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("word", "kwargs", "expected"),
    [
        ("ومتى", {}, "متى"),
        ("فكم", {}, "كم"),
        # A word's own first letter is dropped too when nothing guards it: the caller's
        # table never holds the broken rest («قت»).
        ("وقت", {}, "قت"),
        ("و", {}, ""),
        ("", {}, ""),
        ("فرس", {"letters": "و"}, "فرس"),
        # `known`: only when the rest is a word of the caller's table.
        ("ومتى", {"known": {"متى"}}, "متى"),
        ("وقت", {"known": {"متى"}}, "وقت"),
        # `longer_than`: only from a longer word («وهم» stays «they»).
        ("وهم", {"longer_than": 3}, "وهم"),
        ("واسلم", {"longer_than": 3}, "اسلم"),
    ],
)
def test_without_conjunction(word: str, kwargs: dict, expected: str) -> None:
    assert without_conjunction(word, **kwargs) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("وفمتى", "متى"), ("ومتى", "متى"), ("فمتى", "متى"), ("فومتى", "ومتى"), ("متى", "متى")],
)
def test_without_conjunctions_drops_wa_then_fa(word: str, expected: str) -> None:
    assert without_conjunctions(word) == expected
