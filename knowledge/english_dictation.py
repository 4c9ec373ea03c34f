"""Punctuation spoken into voice dictation (issue 17, en52).

A question dictated to a phone often arrives with its punctuation written out: «who led the
army question mark», «abu bakr gave everything full stop true or false question mark». Left as
words, «question» and «mark» are content no fact knows (an answer becomes a question back) and
the missing «?» hides where one question ends. Written out they are punctuation again. Only
names of marks no question about the story uses are read («period» may be a span of time).

Part of reading a message into parts (knowledge/english_forms.py).
"""

from __future__ import annotations

import re

_SPOKEN = (
    (re.compile(r"[ \t]*\bquestion[ \t]+mark\b", re.IGNORECASE), "?"),
    (re.compile(r"[ \t]*\bfull[ \t]+stop\b", re.IGNORECASE), "."),
    (re.compile(r"[ \t]*\bexclamation[ \t]+(?:mark|point)\b", re.IGNORECASE), "!"),
    (re.compile(r"[ \t]+\bcomma\b(?=[ \t]+\w)", re.IGNORECASE), ","),
)


def spoken_punctuation(text: str) -> str:
    """The text with dictated marks («question mark», «full stop», «comma») written as marks."""
    for pattern, mark in _SPOKEN:
        text = pattern.sub(mark, text)
    return text
