"""The speed cuts of pass sp14 give exactly what the plain code gave."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from knowledge import enclosed_numbers, headlines, normalize, part_form, question_split
from knowledge.answer_keys import core_word
from knowledge.char_fold import CharFold
from knowledge.english_rules import phrase_in
from knowledge.stemming import _stem, is_stopword, stem
from tests.test_pattern_speed import TEXTS

_RNG = random.Random(11)
# Letters of every table folded, and others around them, for made-up texts.
_LETTERS = (
    [chr(code) for code in range(0x0600, 0x0700)]
    + [chr(code) for code in range(0x2460, 0x24FF)]
    + list("abcXYZ 019.,()⁰¹²₃₉❶➊㉑ ")
)
_MADE_UP = [
    "".join(_RNG.choice(_LETTERS) for _ in range(_RNG.randint(0, 50))) for _ in range(5000)
]
_DIALECT = str.maketrans({"گ": "ق", "چ": "ك", "ڤ": "ف", "پ": "ب"})


@pytest.mark.parametrize(
    ("fold", "table"),
    [
        (normalize._fold, normalize._FOLD),
        (enclosed_numbers._PLAIN, enclosed_numbers._table()),
        (part_form._DIALECT_LETTERS, _DIALECT),
    ],
)
def test_a_char_fold_gives_what_translate_gives(fold: CharFold, table: dict[int, str]) -> None:
    for text in [*TEXTS, *_MADE_UP]:
        text = unicodedata.normalize("NFKC", text)
        assert fold(text) == text.translate(table), text


def test_a_char_fold_refuses_a_replacement_holding_a_folded_letter() -> None:
    """«ا» -> «ب» and «ب» -> «ت» would depend on the order of the replacements."""
    with pytest.raises(ValueError):
        CharFold(str.maketrans({"ا": "ب", "ب": "ت"}))


def test_without_a_figure_no_and_is_spaced_off_one() -> None:
    """search_topic() spaces «و50» out only in a text holding a figure."""
    for text in TEXTS:
        if headlines._FIGURE.search(text) is None:
            assert headlines._AND_NUMBER.sub(r"\1 ", text) == text, text


def test_a_detail_asked_again_needs_and_before_it() -> None:
    """A parallel question is looked for (one pattern compiled per word) only where «و»
    and the detail stand together; every match of that pattern holds them."""
    found = 0
    for text in TEXTS:
        for detail in set(text.split()[:3]):
            again = re.search(rf"\s+و({re.escape(detail)}\s+\S.*)$", text)
            if again is not None:
                found += 1
                assert "و" + detail in text
    assert found > 20
    assert question_split.parallel_questions("ما عدد جيش المسلمين وعدد جيش الروم") == [
        "ما عدد جيش المسلمين",
        "ما عدد جيش الروم",
    ]


def _plain_phrase_in(phrase: tuple[str, ...], words: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


def test_phrase_in_finds_what_the_plain_scan_finds() -> None:
    vocabulary = ["the", "army", "of", "tabuk", "rome", "hypocrites", "a", "x"]
    for _ in range(20_000):
        words = tuple(_RNG.choice(vocabulary) for _ in range(_RNG.randint(0, 8)))
        phrase = tuple(_RNG.choice(vocabulary) for _ in range(_RNG.randint(0, 3)))
        assert phrase_in(phrase, words) == _plain_phrase_in(phrase, words), (phrase, words)


def test_cached_word_tests_answer_as_the_plain_ones() -> None:
    """stem() without a vocabulary, is_stopword() and core_word() keep their answers in
    caches: the first and a repeated call give what the plain code gives."""
    words = {word for text in TEXTS for word in normalize.normalize(text).split()}
    for word in sorted(words)[:20_000]:
        for _ in range(2):
            assert stem(word) == _stem(word, None), word
            assert is_stopword(word) == is_stopword.__wrapped__(word), word
            assert core_word(word) == core_word.__wrapped__(word), word
