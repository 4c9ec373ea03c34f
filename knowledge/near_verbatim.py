"""Whether a question repeats one of a fact's phrasings, or quotes its answer, nearly letter
for letter: such a question is about that fact whatever its words weigh (see matcher.py)."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from typing import Protocol

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

from knowledge.tuning import QUOTE_RATIO, VERBATIM_RATIO


class Phrased(Protocol):
    """What the comparisons read of an indexed fact (matcher._IndexedFact)."""

    answer_normalized: str
    # The normalised phrasings shortest first, and their lengths.
    normalized_phrasings: list[str]
    phrasing_lengths: list[int]


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
    size = len(normalized)
    lengths = indexed.phrasing_lengths
    low = bisect_left(lengths, math.floor(size * _VERBATIM_LENGTHS[0]))
    high = bisect_right(lengths, math.ceil(size * _VERBATIM_LENGTHS[1]) + 1)
    if low >= high:
        return 0.0
    found = process.extractOne(
        normalized,
        indexed.normalized_phrasings[low:high],
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
    answer = indexed.answer_normalized
    if len(normalized) < len(answer):
        needed = math.floor(len(normalized) * _QUOTE_LCS_SHARE) - 1
        if needed > 0 and LCSseq.similarity(normalized, answer, score_cutoff=needed) < needed:
            return 0.0
    return fuzz.partial_ratio(normalized, answer, score_cutoff=QUOTE_RATIO)
