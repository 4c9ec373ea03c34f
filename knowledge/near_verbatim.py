"""Whether a question repeats one of a fact's phrasings, or quotes its answer, nearly letter
for letter: such a question is about that fact whatever its words weigh (see matcher.py)."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from knowledge.tuning import QUOTE_RATIO, VERBATIM_RATIO


class Phrased(Protocol):
    """What the comparisons read of an indexed fact (fact_index.IndexedFact), in compact()
    letters."""

    compact_answer: str
    # The normalised phrasings shortest first, in compact() letters, and their lengths.
    compact_phrasings: list[str]
    phrasing_lengths: list[int]


# rapidfuzz reads one-byte letters through a direct table and others through a hash map,
# two to three times slower. normalize() keeps only the Arabic letters U+0621-U+064A,
# digits, a-z and spaces: its Arabic letters are put one to one on U+0080-U+00A9, which it
# never keeps, so every ratio and distance is the one of the normalised text.
_ONE_BYTE = {code: 0x80 + code - 0x0621 for code in range(0x0621, 0x064B)}


def compact(normalized: str) -> str:
    """A normalised text in one-byte letters, for rapidfuzz (see _ONE_BYTE)."""
    return normalized.translate(_ONE_BYTE)


# A question is compared with ten facts or so: put in one-byte letters once.
_compact_question = lru_cache(maxsize=4096)(compact)


# A phrasing between these times the question's length can reach VERBATIM_RATIO, no other:
# 1 - |a - b| / (a + b) >= r means b / a between r / (2 - r) and (2 - r) / r.
_VERBATIM_LENGTHS = (
    VERBATIM_RATIO / (200.0 - VERBATIM_RATIO),
    (200.0 - VERBATIM_RATIO) / VERBATIM_RATIO,
)


def verbatim_ratio(normalized: str, indexed: Phrased) -> float:
    """The best fuzz.ratio of the question against the fact's phrasings, 0 below
    VERBATIM_RATIO. Only phrasings of about the question's length are compared: a ratio
    is at most 1 - |a - b| / (a + b) of the two lengths a and b (see _VERBATIM_LENGTHS)."""
    size = len(normalized)  # (compact() keeps every length)
    lengths = indexed.phrasing_lengths
    low = bisect_left(lengths, math.floor(size * _VERBATIM_LENGTHS[0]))
    high = bisect_right(lengths, math.ceil(size * _VERBATIM_LENGTHS[1]) + 1)
    if low >= high:
        return 0.0
    found = process.extractOne(
        _compact_question(normalized),
        indexed.compact_phrasings[low:high],
        scorer=fuzz.ratio,
        score_cutoff=VERBATIM_RATIO,
    )
    return found[1] if found else 0.0


# A quotation shares at least this share of the question's letters, in order, with the
# answer: a stretch W of the answer with fuzz.ratio >= r has LCS >= r/2 * (|q| + |W|) and
# |W| >= LCS, so LCS >= r / (2 - r) * |q| (0.905 for r = 0.95).
_QUOTE_LCS_SHARE = QUOTE_RATIO / (200.0 - QUOTE_RATIO)


def quote_ratio(normalized: str, indexed: Phrased) -> float:
    """How closely the question quotes the fact's answer (fuzz.partial_ratio), 0 below
    QUOTE_RATIO: the cut-off lets rapidfuzz skip most of a long answer.

    Most questions quote no answer: the longest common subsequence with the whole answer,
    five times cheaper, rules them out first (see _QUOTE_LCS_SHARE; one letter of slack).
    A question as long as the answer is compared both ways by rapidfuzz, so not here."""
    answer = indexed.compact_answer
    question = _compact_question(normalized)
    if len(question) < len(answer):
        needed = math.floor(len(question) * _QUOTE_LCS_SHARE) - 1
        if needed > 0 and LCSseq.similarity(question, answer, score_cutoff=needed) < needed:
            return 0.0
    return fuzz.partial_ratio(question, answer, score_cutoff=QUOTE_RATIO)
