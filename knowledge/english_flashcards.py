"""A flashcard the asker cannot fill: «Card front: 'Explain why Tabuk is significant as the
final ghazwa.' – what do I put on the back?», «Front: Abu Bakr's contribution / Back: ____».

The card's front is what is asked; the talk of its back («what do I put on the back?», «Back:
____», «what should it say?») asks nothing of the text. Read whole, the back's blank was a
sentence to fill with no words of its own and «what should it say» asked what a verse says.
"""

from __future__ import annotations

import re

# «Card front: '…'» (quoted) or «Front: …» up to the line's end; «front» opens its line or
# follows «card» («the Muslim front - they came back» is no card).
_FRONT = re.compile(
    r"(?:^\W*|\b(?:flash\s*)?card\s+)front\s*(?:side\s*)?[:\-–—]\s*(?:['\"‘“](?P<quoted>(?:[^'\"’”\n]|(?<=\w)['’](?=\w)){3,}?)['\"’”](?=\W|$)"
    r"|(?P<line>[^\n]+))",
    re.IGNORECASE | re.MULTILINE,
)
_BACK = re.compile(r"\bback\b", re.IGNORECASE)
# «Abu Bakr's contribution – what do I put on the back?»: the talk after a dash on its line.
_AFTER_DASH = re.compile(r"\s+[–—-]\s+.*$")


def flashcard_question(text: str) -> str | None:
    """The front of a flashcard whose back the asker asks for, or None."""
    front = _FRONT.search(text)
    if front is None or _BACK.search(text, front.start()) is None:
        return None  # no card, or nothing asked of its back
    asked = front.group("quoted") or _AFTER_DASH.sub("", front.group("line"))
    asked = asked.strip(" \t'\"‘’“”")
    return asked if len(asked.split()) >= 2 else None
