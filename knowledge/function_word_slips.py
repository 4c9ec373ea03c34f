"""Function words mistyped: an opening question word (مبن → مين, ليس before a past verb →
ليش) and any function word one slip away (بالضيط → بالضبط), read as the word meant."""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from knowledge.common_words import is_common_word
from knowledge.dialect_lexicon import DIALECT_WORDS
from knowledge.lexicon import (
    LEADING_QUESTION_WORDS,
    QUESTION_WORDS,
)
from knowledge.stemming import (
    NON_CONTENT,
    stem,
)
from knowledge.tuning import SLIP_CACHE_SIZE
from knowledge.typos import WordsByLength, is_plausible_slip, letter_slips

# Function words long enough that one slip in them still leaves them recognisable.
_FUNCTION_WORDS_BY_LENGTH = WordsByLength(word for word in NON_CONTENT if len(word) >= 3)


def with_question_word_slips(
    words: tuple[str, ...], vocabulary: Container[str] | None
) -> tuple[str, ...]:
    """The opening words with a mistyped question word mended (قديس -> قديش, مبن -> مين);
    a word the facts know is no slip (ايله is the town, not «ايه»)."""
    mended = list(words)
    for index, word in enumerate(words[:4]):
        if word == "ليس" and words[index + 1 : index + 2] and words[index + 1] in _PAST_VERBS:
            # «ليس صارت غزوة تبوك؟»: «ليس» (is not) never comes before a past verb; it is
            # «ليش» with the dots of ش missed.
            mended[index] = "ليش"
            continue
        if index >= 2:
            continue
        if vocabulary is not None and known_as_typed(word, vocabulary):
            continue
        slip = question_word_slip(word)
        if slip is not None:
            mended[index] = slip
    return tuple(mended)


def known_as_typed(word: str, vocabulary: Container[str]) -> bool:
    """A word the facts know as typed («ايله» is the town), or by a stem of four letters or
    more; a three-letter stem left by cutting letters off is weaker than a question word's
    slip at the opening: «لمادا»/«مادا» is «لماذا»/«ماذا» mistyped, not «الماديه» («ماد»)."""
    term = stem(word, vocabulary)
    return term in vocabulary and (term == word or len(term) >= 4)


# Past verbs people ask «why» of («ليش صارت/كانت/خرجوا…»).
_PAST_VERBS = frozenset(
    "صار صارت كان كانت كانوا حصل حصلت خرج خرجوا طلع طلعوا غزا سمي سميت راح راحوا وقعت".split()
)
_QUESTION_WORDS_ALL = frozenset(QUESTION_WORDS) | frozenset(LEADING_QUESTION_WORDS)
_SHORT_QUESTION_WORDS = frozenset(word for word in _QUESTION_WORDS_ALL if len(word) == 3)


@lru_cache(maxsize=SLIP_CACHE_SIZE)
def question_word_slip(word: str) -> str | None:
    """The question word `word` is a slip of, if any. Three letters have many neighbours,
    so a three-letter word is read so only by a missed dot or a swap (مبن, كبف, لبش)."""
    slip = function_word_slip(word)
    if slip is not None:
        return slip if slip in _QUESTION_WORDS_ALL else None
    if len(word) != 3 or word in NON_CONTENT or is_common_word(word):
        return None
    found = letter_slips(word) & _SHORT_QUESTION_WORDS
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=SLIP_CACHE_SIZE)
def function_word_slip(word: str) -> str | None:
    """The function word `word` is a slip of (بالضيط for بالضبط, كيغاش for كيفاش), if any.
    A common word is no slip: «مبلغ» (amount) is not «ابلغ»; nor a dialect word, with or
    without the article: «المي» (water) is not «الي»."""
    if len(word) < 4 or word in NON_CONTENT or is_common_word(word):
        return None
    if word in DIALECT_WORDS or (word.startswith("ال") and word[2:] in DIALECT_WORDS):
        return None
    # (only words whose first letter is_plausible_slip() allows, in the same order)
    candidates = _FUNCTION_WORDS_BY_LENGTH.slips_of(
        word, (len(word) - 1, len(word), len(word) + 1)
    )
    found = process.extract(
        word, candidates, scorer=Levenshtein.distance, score_cutoff=1, limit=None
    )
    # The first in list order, as a plain scan would find it.
    for known, _, _ in sorted(found, key=lambda match: match[2]):
        if is_plausible_slip(word, known):
            return known
    return None
