"""The sentence of a story that a question made only of a pronoun points back to.

«She said the army had a special nickname and we might get asked about it. What was it?»:
«it» is the nickname of the story's last sentence, not the whole story (the asker's exam,
lesson and teacher). Only that sentence's names are carried into the question: reading it
with all of the sentence's words was left out after held-out bisection (−1 right). Part of
reading English messages in parts (knowledge/english_engine.py).
"""

from __future__ import annotations

import re

from knowledge.english_reporters import without_reporter
from knowledge.english_text import Reading

# A sentence ends at «.», «!» or «?» before a space or a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# «What was it?», «what were they exactly?», «What is it called?»: what the thing pointed
# back to was, asked with nothing of its own.
_WHAT_IT_WAS = re.compile(
    r"^\W*(?:so\s+|and\s+)?what\s+(?:was|were|is|are)\s+(?:it|they|them|those|these)\b"
    r"(?:\s+(?:exactly|actually|then|again|called|named))?\W*$",
    re.IGNORECASE,
)
# Who told what the sentence says, opening it: «She said (that) …», «My teacher told us …».
_TELLER = re.compile(
    r"^\W*(?:(?:she|he|they|it|(?:my|our|the)\s+\w+)\s+)(?:said|says|told\s+(?:us|me)|"
    r"mentioned|explained|claimed|claims)\s+(?:that\s+)?",
    re.IGNORECASE,
)
# The asker's own clause after it: «… and we might get asked about it», «…, and I forgot».
_ASKERS_CLAUSE = re.compile(r",?\s+(?:and|but|so)\s+(?:i|we)\b.*$", re.IGNORECASE | re.DOTALL)


def asks_only_back(reading: Reading, text: str) -> bool:
    """Does the question only ask what «it» or «they» was («What was it?», «What were
    they?», «What are they called?»)? «What did they do?», «How many were in it?» ask a
    detail of what was named before, not what it was."""
    return not reading.terms and _WHAT_IT_WAS.match(text) is not None


def pointed_sentence(preamble: str) -> str:
    """The story's last sentence, without who told it («She said …»)."""
    sentences = [s for s in _SENTENCE_END.split(preamble.strip()) if s.strip()]
    last = sentences[-1] if sentences else preamble
    told = _ASKERS_CLAUSE.sub("", _TELLER.sub("", last, count=1))
    return without_reporter(told, tagged=True)
