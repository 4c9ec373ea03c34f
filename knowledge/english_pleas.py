"""The question behind a plea for help (part of reading a message, knowledge/english_forms.py).

«My younger brother keeps asking me who the Prophet fought against at Tabuk. I forgot. Can you
help?»: the only piece with a question mark is a plea that asks nothing; the question is the one
the story reports — someone asking it, or the asker not knowing or remembering it. It is read
only when the message asks nothing else: a reported question beside a question of its own is
the scene of that question, not a question to answer.
"""

from __future__ import annotations

import re

# Someone asking, wanting to know, or the asker not knowing, before the question word:
# «keeps asking me who …», «the quiz asks what …», «wants to know why …», «I forgot when …»,
# «I can't remember which …».
_REPORTED_QUESTION = re.compile(
    r"\b(?:(?:(?:keeps?|kept)\s+)?(?:ask(?:s|ing|ed)?|quiz(?:zed|zing)?)"
    r"(?:\s+(?:me|us|him|her|them|my\s+\w+|the\s+class))?"
    r"|\b(?:wants?|wanted|needs?|needed|like|liked)\s+to\s+know"
    r"|\b(?:forgot|forgotten|forget|(?:don't|dont|do\s+not|can't|cant|cannot|couldn't|didn't)"
    r"\s+(?:really\s+|honestly\s+)?(?:remember|recall|know)))"
    r"(?=\s+(?:about\s+|in\s+|against\s+|from\s+|to\s+|by\s+|with\s+)?"
    r"(?:who|whom|what|when|where|why|how|which|whether)\b)",
    re.IGNORECASE,
)


# The asker's own clause after the reported question: «… and I couldn't answer», «, but I
# forgot», «so I said Umar».
ASKERS_OWN = re.compile(r"\s*,?\s*\b(?:and|but|so)\s+(?:i|we)\b.*$", re.IGNORECASE | re.DOTALL)


def reported_question(pieces: list[str]) -> str | None:
    """The one question a story reports («… asking me who the Prophet fought …» → «who the
    Prophet fought …»), or None when it reports none, or more than one."""
    found = []
    for piece in pieces:
        match = _REPORTED_QUESTION.search(piece)
        if match is not None:
            tail = piece[match.end() :].strip()
            tail = re.sub(r"^about\s+", "", tail, flags=re.IGNORECASE)
            # («… who paid the Romans' soldiers and I couldn't answer»: the asker's own part)
            tail = ASKERS_OWN.sub("", tail)
            found.append(tail.rstrip(" .!,;"))
    if len(found) != 1 or len(found[0].split()) < 3:
        return None
    return found[0]
