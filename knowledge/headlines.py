"""Search-style headlines and damaged text: what the reader takes off or mends before it
reads a message (knowledge/message.py). It only reads: it never looks at the facts."""

from __future__ import annotations

import re

from knowledge.message_patterns import (
    CUT_HONORIFIC,
    CUT_PROPHET,
    HONORIFIC_CUT_AT,
    SEARCH_LEAD,
    SEARCH_TAIL,
)

_NOTHING_LEFT = " .،,؟?:"


def search_topic(text: str) -> str:
    """A search headline without the document it wants («بحث عن …», «ملخص درس …»,
    «… للصف الثامن pdf»): only its topic is asked; «و» typed onto a number is spaced out
    («و50»). (Options are left as typed: the reply quotes them.)"""
    text = _AND_NUMBER.sub(r"\1 ", text)
    previous = None
    while previous != text:
        previous = text
        text = SEARCH_TAIL.sub("", text)
    lead = SEARCH_LEAD.match(text)
    if lead is not None and text[lead.end() :].strip(_NOTHING_LEFT):
        text = text[lead.end() :]
    return text.strip() if text.strip(_NOTHING_LEFT) else previous


# «950 بعيرا و50 فرسا»: «and» typed onto a number (no Arabic word is «و» and digits).
_AND_NUMBER = re.compile(r"(?<![\w])([وف])(?=[0-9٠-٩])")


def mend_damaged(text: str) -> str:
    """The honorific with letters lost in PDF extraction («النب صلى الله عل ه وسلم»)
    mended, so that it is dropped as the whole honorific is (an intact one is left as
    typed)."""
    return CUT_PROPHET.sub(r"\1نبي", CUT_HONORIFIC.sub(_mend_honorific, text))


def _mend_honorific(match: re.Match[str]) -> str:
    cut = HONORIFIC_CUT_AT.search(match.group(0))
    return match.group(0) if cut is None else "صلى الله عليه وسلم"
