"""A story that names another battle first and turns to Tabuk before the question.

«We studied Mu'tah yesterday. Today the topic is Tabuk. Who led the army there?»: the question
points at the subject the story turned to last, not at the battle it left. Read with the whole
story, Mu'tah's name was carried into «Who led the army there?» and Mu'tah's fallen commanders
were the confident answer. When an earlier sentence names another event (Mu'tah, or one the
bot refuses: Badr, Hunayn, Khaybar …) and a later sentence names Tabuk and no other event, only
the story from that sentence on is what the questions point back to. A story that names both
in one sentence («I've been reading about Mu'tah as background for Tabuk. After Zayd …») has
not turned and is kept whole. Part of reading English messages in parts
(knowledge/english_engine.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.english_text import Reading

# A sentence ends at «.», «!», «?» or «:» before a space or a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")
# Mu'tah is background to Tabuk and has a fact of its own, so it is not refused as another
# event; a story about it is still about another battle.
_BACKGROUND_BATTLES = frozenset({"mutah"})


def turned_to_tabuk(
    preamble: str, read: Callable[[str], Reading], other_event: Callable[[Reading], str | None]
) -> str:
    """The preamble from the last sentence that turns to Tabuk on, when a sentence before it
    names another event; otherwise the preamble as it is."""
    sentences = [s for s in _SENTENCE_END.split(preamble.strip()) if s.strip()]
    if len(sentences) < 2:
        return preamble
    readings = [read(s) for s in sentences]

    def elsewhere(reading: Reading) -> bool:
        return bool(_BACKGROUND_BATTLES & set(reading.terms)) or other_event(reading) is not None

    for at in range(len(sentences) - 1, 0, -1):
        if "tabuk" in readings[at].terms:
            later = readings[at:]
            if any(elsewhere(r) for r in later):
                return preamble
            if any(elsewhere(r) for r in readings[:at]):
                return " ".join(sentences[at:])
            return preamble
    return preamble
