"""Reading a word no fact knows as the known word it is a slip of: a letter or two typed
wrong, two neighbours swapped, a slip inside a prefix or an ending, a name one letter off
as the phrasings spell it. A slip with two equally close readings stays unknown: a guess
risks a confident wrong answer. The matcher builds one corrector over its own words."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from knowledge.affixes import PREFIXES_LONG
from knowledge.common_words import is_common_word
from knowledge.lexicon import ENTITIES, SUBJECT_TERMS
from knowledge.stemming import may_stem_to_known, stem
from knowledge.tuning import CORRECTION_CACHE_SIZE
from knowledge.typos import WordsByLength, adjacent_swaps, is_plausible_slip, letter_slips

# A typo may turn a name into a common word (الخطاب -> الخطاي, الشام -> الشان); a common
# word is corrected only into these (see WordCorrector.correct_unknown).
NAMES = SUBJECT_TERMS | ENTITIES


class WordCorrector:
    """The known word an unknown word is read as, against one index's words: its
    vocabulary, the words the lexicon reads as one of them, and the phrasings' own
    spellings with the term each reads as (and the other way round)."""

    def __init__(
        self,
        vocabulary: frozenset[str],
        read_as: dict[str, str],
        surface: dict[str, str],
        spellings: dict[str, list[str]],
    ) -> None:
        self._vocabulary = vocabulary
        self._vocabulary_by_length = WordsByLength(vocabulary)
        self._read_as = read_as
        self._read_as_by_length = WordsByLength(read_as)
        self._surface = surface
        self._surface_by_length = WordsByLength(surface)
        self._spellings = spellings
        # The names' spellings name_slip() compares with, and the name each spells, listed
        # once: one fuzzy search over them is cheaper than a distance per spelling in Python.
        named = [
            (term, spelling)
            for term in NAMES
            for spelling in spellings.get(term, ())
            if len(spelling) >= 4
        ]
        self._name_terms = [term for term, _ in named]
        self._name_spellings = [spelling for _, spelling in named]
        # The known word an unknown word is read as (_correct_unknown), kept per corrector:
        # its readings hold for its own words only.
        self.correct_unknown: Callable[[str, str], str | None] = lru_cache(
            maxsize=CORRECTION_CACHE_SIZE
        )(self._correct_unknown)

    def correction(self, term: str, word: str) -> str | None:
        """The known word an unknown `term` (typed as `word`) is read as, if any."""
        if term in self._vocabulary:
            return None
        return self.correct_unknown(term, word) or self.name_slip(word)

    def _correct_typo(self, term: str, *, typed: bool = False) -> str | None:
        """The one vocabulary word closest to `term` within one or two edits.

        Two neighbouring letters typed the wrong way round (هقرل for هرقل) are one edit, as
        on a phone keyboard they are one slip. When two known words are equally close the
        typo is ambiguous, and guessing would risk a confident wrong answer, so the word
        stays unknown.
        """
        if len(term) < 3:
            return None
        allowed = 1 if len(term) <= 6 else 2
        # Three letters leave little room: only one letter replaced (جيس -> جيش).
        lengths = (3,) if len(term) == 3 else range(len(term) - allowed, len(term) + allowed + 1)
        distances: dict[str, int] = {
            word: int(distance)
            for word, distance, _ in process.extract(
                term,
                self._vocabulary_by_length.slips_of(term, tuple(lengths)),
                scorer=Levenshtein.distance,
                score_cutoff=allowed,
                limit=None,
            )
        }
        if len(term) > 3:
            # A swap is two Levenshtein edits; looking the swapped spellings up is cheaper
            # than a swap-aware distance over the whole vocabulary. Three letters swapped
            # make another root (عرس, عسر), so not there.
            for swapped in adjacent_swaps(term):
                if swapped in self._vocabulary:
                    distances[swapped] = 1
        found = {word: d for word, d in distances.items() if is_plausible_slip(term, word)}
        if not found:
            return None
        best = min(found.values())
        closest = sorted(word for word, distance in found.items() if distance == best)
        if len(closest) != 1:
            return None
        # («لقت» as typed: «لقا» or «لقب», which the lexicon reads as «اسم»; short words
        # only, where a slip has many neighbours)
        rivals = self._read_as_by_length.slips_of(term, (3,)) if typed and len(term) == 3 else []
        if any(
            self._read_as[word] != closest[0]
            and Levenshtein.distance(term, word) <= best
            and is_plausible_slip(term, word)
            for word in rivals
        ):
            return None
        return closest[0]

    def _correct_unknown(self, term: str, word: str) -> str | None:
        """Try the word as typed (stemming cuts a typo'd name wrongly: تبكو is no تبك),
        then without its prefix, then the word with one common slip undone and stemmed
        again (العرسة), then the phrasings' whole words (الووم), then its stem.

        A common Arabic word is no typo: «اعرض لي خلاصة» must not be read as «أرض». It may
        still be read as a name (تبكو for تبوك, الخطاي for الخطاب): names are what people
        mistype most, and a name in the question must be found in the fact.
        """
        bare = next((word[len(p) :] for p in PREFIXES_LONG if word.startswith(p)), word)
        corrected = self._undo_slip(term, word, bare)
        if not (is_common_word(word) or is_common_word(bare)):
            return corrected
        if corrected in SUBJECT_TERMS or (
            corrected in ENTITIES and self._one_letter_from(corrected, (word, bare))
        ):
            return corrected
        return None

    def name_slip(self, word: str) -> str | None:
        """The one name (a person, a people, the expedition) a word no fact knows is one
        letter from as the phrasings spell it, if exactly one. A name is what people
        mistype most, and a name in the question must then be found in the fact."""
        if len(word) < 4 or is_common_word(word):
            return None
        found = {
            self._name_terms[index]
            for spelling, distance, index in process.extract(
                word,
                self._name_spellings,
                scorer=Levenshtein.distance,
                score_cutoff=1,
                limit=None,
            )
            if distance == 1 and is_plausible_slip(word, spelling)
        }
        return next(iter(found)) if len(found) == 1 else None

    def _one_letter_from(self, term: str, typed: tuple[str, ...]) -> bool:
        """Whether a spelling of `term` is one letter added, dropped or replaced from a
        typed form. A common word is read as a person's name only so: two letters swapped
        in a real word make another real word (قصير, short, is no «قيصر»)."""
        spellings = (term, *self._spellings.get(term, ()))
        return any(
            Levenshtein.distance(form, spelling) <= 1 for form in typed for spelling in spellings
        )

    def _undo_slip(self, term: str, word: str, bare: str) -> str | None:
        """The known term a mistyped word stands for, in the order correct_unknown gives."""
        for candidate in dict.fromkeys((word, bare)):
            corrected = self._correct_typo(candidate, typed=True)
            if corrected is not None:
                return corrected
        # A slip inside a word with a prefix or an ending (العرسة): undo it, then stem.
        # (only the variants that may stem to a known word: stemming each new variant is
        # the dearest step of reading an unknown word, and most have no known reading)
        readings = {
            stem(variant, self._vocabulary)
            for variant in letter_slips(word)
            if may_stem_to_known(variant, self._vocabulary)
        }
        known = sorted(readings & self._vocabulary)
        if len(known) == 1:
            return known[0]
        surface = self._correct_surface(word)
        if surface is not None:
            return surface
        return self._correct_typo(term) if term not in (word, bare) else None

    def _correct_surface(self, word: str) -> str | None:
        """The term of the one phrasing word `word` is a slip of (الووم -> الروم -> روم).

        A three-letter word is read so only as a name (توك -> تبوك): short words have many
        neighbours, and only names are worth the risk."""
        if len(word) < 3:
            return None
        words = self._surface_by_length.slips_of(word, (len(word) - 1, len(word), len(word) + 1))
        terms = {
            self._surface[known]
            for known, _, _ in process.extract(
                word, words, scorer=Levenshtein.distance, score_cutoff=1, limit=None
            )
            if is_plausible_slip(word, known)
        }
        terms.update(self._surface[s] for s in adjacent_swaps(word) if s in self._surface)
        if len(word) == 3:
            terms &= NAMES
        return next(iter(terms)) if len(terms) == 1 else None
