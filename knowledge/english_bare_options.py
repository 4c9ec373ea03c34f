"""Options pasted from a quiz app with their marks lost: one per line, no letter, number or
bullet («How many camels did Uthman (RA) give?\\n300\\n950\\n1000\\n700»). Kahoot, Quizizz
and Quizlet copy their answer tiles as bare lines. Part of reading English forms
(knowledge/english_option_lists.py)."""

from __future__ import annotations

import re

from knowledge.tuning import EN_BARE_OPTION_MAX_WORDS, EN_LIST_MIN_OPTIONS

# The stem ends asking: a question mark, a blank or an ellipsis («Tabuk was against...»).
# (A colon heads a list of questions or statements as often as options: not read here.)
_STEM_END = re.compile(r"(?:\?|_{2,}|…|\.{3,})\s*$")
# A line opening with a question word, a command or a verb asks something of its own.
_ASKS = re.compile(
    r"^\W*(?:who|whom|what|when|where|why|how|which|name|state|describe|explain|give|outline|"
    r"discuss|write|list|mention|identify|define|assess|evaluate|compare|comment|did|was|were|"
    r"is|are|true|false)\b",
    re.IGNORECASE,
)


def bare_options(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """(stem, options, labels) of a one-line stem that asks, followed by three to six short
    lines asking nothing; else None."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if not EN_LIST_MIN_OPTIONS + 1 <= len(lines) <= 7:
        return None
    stem, options = lines[0], lines[1:]
    if not _STEM_END.search(stem):
        return None
    if any(
        len(option.split()) > EN_BARE_OPTION_MAX_WORDS
        or "?" in option
        or _STEM_END.search(option)
        or _ASKS.match(option)
        # (a line opening with a mark or a bracket is another layout's: «[ ] 9», «(of Tabuk)»)
        or not option[0].isalnum()
        for option in options
    ):
        return None
    return stem, tuple(options), tuple(str(n) for n in range(1, len(options) + 1))
