"""«What were they?» after a story that counts what «they» are.

«Our imam said in khutbah that the Muslims of Tabuk faced three kinds of hardship. What were
they?»: «they» are the three kinds of hardship the story's last sentence counts, not the story's
people and places (read with the story's names only, «What were they?» was the whole
expedition's overview, a confident wrong answer). The question is read as «What were the three
kinds of hardship?», then answered, or asked back, as that question would be. Part of reading
English messages in parts (knowledge/english_engine.py).
"""

from __future__ import annotations

import re

from knowledge.english_nearest import pointed_sentence

# «What were they?», «so what were they exactly?»: what a counted thing was, asked with
# nothing of its own (plural: a count is of several).
_WHAT_WERE_THEY = re.compile(
    r"^\W*(?:so\s+|and\s+)?what\s+(?:were|are)\s+(?:they|them|those|these)"
    r"(?:\s+(?:exactly|actually|then|again))?\W*$",
    re.IGNORECASE,
)
# A count and what it counts: «three kinds of hardship», «two main causes», «3 reasons».
_COUNTED = re.compile(
    r"\b(?:two|three|four|five|six|seven|several|\d+)\s+"
    r"(?:(?:main|major|key|important|different|big)\s+)?"
    r"(?:(?:kinds?|types?|sorts?)\s+of\s+)?[a-z]{3,}",
    re.IGNORECASE,
)


def counted_back(text: str, preamble: str) -> str | None:
    """«What were the three kinds of hardship?» for «What were they?» after a story whose
    last sentence counts them; None otherwise."""
    if not preamble or _WHAT_WERE_THEY.match(text) is None:
        return None
    counted = _COUNTED.findall(pointed_sentence(preamble))
    if len(counted) != 1:
        return None
    return f"What were the {counted[0]}?"
