"""A reason a true/false statement gives («The army was called the Army of Hardship because it
was large»): true only when the fact's answer holds every word of it. The rest of the statement
may be the answer's own words, but the reason claimed is a claim of its own; one the answer does
not tell (the difficulties, not the size) leaves the statement unsettled."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.english_doers import NEUTRAL
from knowledge.english_text import Reading

if TYPE_CHECKING:
    from knowledge.english import EnglishMatcher

# What follows gives the reason («because of the difficulties», «due to the heat»).
_BECAUSE = re.compile(r"\b(?:because(?:\s+of)?|due\s+to|owing\s+to|on\s+account\s+of)\b(.+)$")


def unstated_reason(
    matcher: EnglishMatcher, reading: Reading, answer_terms: frozenset[str]
) -> bool:
    """Does the statement give a reason with a word the answer does not hold?"""
    match = _BECAUSE.search(reading.normalized)
    if match is None:
        return False
    said = set(matcher.correct(matcher.reader.read(match.group(1)).terms)) - NEUTRAL
    return bool(said - answer_terms)
