"""The speed cuts of pass sp15 (reading a mistyped word) give exactly what the plain code gave."""

from __future__ import annotations

import random

import pytest

from knowledge import word_corrections
from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.matcher import Matcher
from knowledge.normalize import normalize
from knowledge.stemming import may_stem_to_known, stem
from knowledge.typos import letter_slips
from tests.test_pattern_speed import TEXTS

_RNG = random.Random(15)
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويء"


def _words() -> list[str]:
    """Words of the tuning texts and the shipped facts, one-slip variants of some of them,
    and made-up letter strings: what the typo corrector stems, and more."""
    texts = list(TEXTS)
    for fact in load_shipped().facts:
        texts.extend((fact.answer, *fact.questions))
    words = sorted({word for text in texts for word in normalize(text).split()})
    variants = {
        slip for word in _RNG.sample(words, min(3000, len(words))) for slip in letter_slips(word)
    }
    made_up = {
        "".join(_RNG.choice(_LETTERS) for _ in range(_RNG.randint(1, 9))) for _ in range(5000)
    }
    return sorted({*words[:20_000], *variants, *made_up})


_WORDS = _words()


@pytest.fixture(scope="module")
def vocabularies(arabic_engine: AnswerEngine) -> list[frozenset[str]]:
    """The shipped engine's vocabulary and a larger made-up one (the benchmark's bases)."""
    from benchmarks.matcher import synthetic_facts

    larger = Matcher([*load_shipped().facts, *synthetic_facts(500)])
    return [arabic_engine.matcher.vocabulary, larger.vocabulary]


def test_a_word_ruled_out_never_stems_to_a_known_word(
    vocabularies: list[frozenset[str]],
) -> None:
    for vocabulary in vocabularies:
        ruled_out = 0
        for word in _WORDS:
            if not may_stem_to_known(word, vocabulary):
                ruled_out += 1
                assert stem(word, vocabulary) not in vocabulary, word
        assert ruled_out > len(_WORDS) // 2  # (it does rule most out)


def test_an_unknown_word_is_read_as_without_the_filter(
    arabic_engine: AnswerEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The corrector's reading of mistyped words, with and without ruling variants out."""
    vocabulary = arabic_engine.matcher.vocabulary
    typed = sorted({slip for word in sorted(vocabulary) for slip in letter_slips("ال" + word)})
    typed = [word for word in typed if stem(word, vocabulary) not in vocabulary][:4000]

    def readings() -> list[str | None]:
        matcher = Matcher(load_shipped().facts)
        return [matcher.correction(stem(word, vocabulary), word) for word in typed]

    filtered = readings()
    monkeypatch.setattr(word_corrections, "may_stem_to_known", lambda word, vocabulary: True)
    assert readings() == filtered
    assert sum(reading is not None for reading in filtered) > 100


def _plain_name_slip(corrector: word_corrections.WordCorrector, word: str) -> str | None:
    """name_slip() as it was written: a distance to every name's every spelling in turn."""
    if len(word) < 4 or word_corrections.is_common_word(word):
        return None
    found = {
        term
        for term in word_corrections.NAMES
        for spelling in corrector._spellings.get(term, ())
        if len(spelling) >= 4
        and word_corrections.Levenshtein.distance(word, spelling) == 1
        and word_corrections.is_plausible_slip(word, spelling)
    }
    return next(iter(found)) if len(found) == 1 else None


def test_a_name_slip_is_found_as_by_the_plain_search() -> None:
    corrector = Matcher(load_shipped().facts)._corrector
    names = [
        spelling
        for term in word_corrections.NAMES
        for spelling in corrector._spellings.get(term, ())
    ]
    typed = sorted({slip for name in names for slip in letter_slips(name)})
    words = [*typed, *_WORDS[:: max(1, len(_WORDS) // 20_000)]]
    found = 0
    for word in words:
        expected = _plain_name_slip(corrector, word)
        assert corrector.name_slip(word) == expected, word
        found += expected is not None
    assert found > 50


def test_one_word_reaching_a_fact_picks_the_group_the_sums_pick() -> None:
    """top_group_of_one() against top_group() for every fact, word and question type,
    with made-up weights and shares (bit for bit: the same floats, the same group)."""
    from knowledge import phrasing_fit as matching
    from knowledge.lexicon import QuestionType

    index = Matcher(load_shipped().facts)
    compared = 0
    for indexed in index._facts:
        for groups in indexed.groups_by_term.values():
            for asked in QuestionType:
                fits = indexed.type_fits[asked]
                for _ in range(3):
                    weight, share = _RNG.uniform(0.001, 5.0), _RNG.uniform(0.0001, 1.0)
                    reaching = [(groups, weight, share)]
                    plain = matching.top_group(
                        reaching, len(indexed.groups), indexed.group_weights, fits
                    )
                    one = matching.top_group_of_one(
                        groups, weight, share, indexed.group_weights, fits
                    )
                    assert one == plain
                    compared += 1
    assert compared > 1000


def _plain_words_of(words: list[str], lengths: tuple[int, ...]) -> list[str]:
    """The words of these lengths, in the order of `lengths`, sorted within each."""
    return [word for length in lengths for word in sorted(words) if len(word) == length]


def test_words_by_length_leave_out_only_what_the_first_letter_rules_out() -> None:
    """slips_of() against the plain list filtered by is_plausible_slip()'s first-letter test,
    in the same order (function_word_slip() takes the first plausible one)."""
    from knowledge.typos import _FIRST_LETTER_SLIPS, WordsByLength

    words = _WORDS[:: max(1, len(_WORDS) // 6000)]
    by_length = WordsByLength(words)
    kept = 0
    for typed in _WORDS[:: max(1, len(_WORDS) // 1500)]:
        size = len(typed)
        for lengths in ((size,), (size - 1, size, size + 1), tuple(range(size - 2, size + 3))):
            expected = [
                word
                for word in _plain_words_of(words, lengths)
                if word[:1] == typed[:1]
                or (len(word) == size and frozenset((typed[0], word[0])) in _FIRST_LETTER_SLIPS)
            ]
            assert by_length.slips_of(typed, lengths) == expected, typed
            kept += len(expected)
    assert kept > 1000


def test_a_mistyped_word_is_read_as_when_every_length_is_compared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The corrector's readings and function_word_slip() with slips_of() comparing every
    word of the lengths, as before the first-letter cut."""
    from knowledge import function_word_slips
    from knowledge.typos import WordsByLength

    vocabulary = Matcher(load_shipped().facts).vocabulary
    typed = sorted({slip for word in sorted(vocabulary) for slip in letter_slips("ال" + word)})
    typed = [word for word in typed if stem(word, vocabulary) not in vocabulary][:3000]
    typed += _WORDS[:: max(1, len(_WORDS) // 3000)]

    def readings() -> list[tuple[str | None, str | None]]:
        function_word_slips.function_word_slip.cache_clear()
        matcher = Matcher(load_shipped().facts)
        return [
            (
                matcher.correction(stem(word, vocabulary), word),
                function_word_slips.function_word_slip(word),
            )
            for word in typed
        ]

    cut = readings()

    def every_word(self: WordsByLength, typed: str, lengths: tuple[int, ...]) -> list[str]:
        return [
            word
            for length in lengths
            for groups in (self._by_length_letter.get(length, {}),)
            for letter in sorted(groups)
            for word in groups[letter]
        ]

    monkeypatch.setattr(WordsByLength, "slips_of", every_word)
    assert readings() == cut
    function_word_slips.function_word_slip.cache_clear()
    assert sum(reading is not None for reading, _ in cut) > 100
    assert sum(slip is not None for _, slip in cut) > 10


def _plain_may_stem_to_known(word: str, vocabulary: frozenset[str]) -> bool:
    """may_stem_to_known() as sp15 wrote it: each stretch's reading looked up in turn."""
    from knowledge import stemming

    if word in stemming.NUMERALS or "ء" in word[:-1]:
        return True
    ends = stemming._back_cut_points(word)
    for start in stemming._front_cut_points(word):
        for end in ends:
            if end <= start:
                continue
            stretch = word[start:end]
            forms = (stretch, stretch[:-1] + "ه") if stretch[-1] == "ت" else (stretch,)
            for form in forms:
                reading = stemming._canonical(form)
                if reading in vocabulary or "ي" + reading in vocabulary:
                    return True
    return False


def test_the_known_stretches_rule_out_what_the_readings_rule_out(
    vocabularies: list[frozenset[str]],
) -> None:
    from knowledge.dialect_lexicon import DIALECT_WORDS
    from knowledge.synonyms import SYNONYMS

    words = [*_WORDS, *DIALECT_WORDS, *SYNONYMS, *(w + "ت" for w in DIALECT_WORDS)]
    for vocabulary in vocabularies:
        agreed = [may_stem_to_known(word, vocabulary) for word in words]
        assert agreed == [_plain_may_stem_to_known(word, vocabulary) for word in words]
        assert 0 < sum(agreed) < len(words)


def test_a_question_is_read_as_when_every_join_and_cut_is_stemmed(
    arabic_engine: AnswerEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """analyze() with the joins and run-on cuts stemmed only when they may read as a known
    word, and with every one of them stemmed: the same reading of every question, typed as
    written and with one letter mistyped (as the benchmark mistypes them)."""
    from benchmarks.matcher import _queries, _typo
    from knowledge import analysis, word_mending

    vocabulary = arabic_engine.matcher.vocabulary
    shipped = list(load_shipped().facts)
    texts = [text for text in TEXTS if len(text) < 400][:6000]
    texts += [_typo(_RNG, text) for text in texts[:3000]]
    texts += _queries(shipped, 2000)
    cut = [analysis.analyze(text, vocabulary) for text in texts]
    monkeypatch.setattr(word_mending, "may_stem_to_known", lambda word, vocabulary: True)
    assert [analysis.analyze(text, vocabulary) for text in texts] == cut
