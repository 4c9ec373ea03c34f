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
# A quiz app's counter or timer line above the stem, «Question 4/10 ⏱ 0:12», «Q7/15 ⏰ 20s»,
# «Round 3 • 15 sec»: figures and the app's own words only. It asks nothing, and with it on
# top the stem was not the first line, the options were not read and the question was
# answered without choosing (en72).
_COUNTER_WORDS = frozenset({"question", "q", "round", "card", "of", "s", "sec", "secs", "seconds"})


def _counter_line(line: str) -> bool:
    words = re.findall(r"[a-z]+", line.lower())
    return any(ch.isdigit() for ch in line) and all(word in _COUNTER_WORDS for word in words)


def bare_options(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """(stem, options, labels) of a one-line stem that asks, followed by three to six short
    lines asking nothing (an app's counter line above the stem set aside); else None."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    while len(lines) > 1 and _counter_line(lines[0]):
        lines = lines[1:]
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
