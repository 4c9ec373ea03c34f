"""A chosen option as it is shown back to the asker. The message is read without its marks
(tatweel included, knowledge/message_patterns.MARKS) and an option under a stem keeps the
bullet it was typed with, so the option shown would read «- رجب» or «رجب 9ه»: the bullet is
left off and the hijri mark after a year is shown whole («9 هـ»), as is the label «هـ»."""

from __future__ import annotations

import re

# A bullet opening an option's line: «- رجب», «* رجب», «– رجب», «• رجب».
_BULLET = re.compile(r"^\s*[-–—•●·▪◦○■□►▸*]+\s*")
# «9ه», «9 ه.», «(9 ه)»: the hijri mark after a year, its tatweel lost in reading.
_HIJRI = re.compile(r"(?<=[0-9٠-٩])\s*ه(?![\u0621-\u064a])")


def shown_option(text: str) -> str:
    """The option's text to show: without its bullet, with «هـ» after a year."""
    bare = _BULLET.sub("", text)
    return _HIJRI.sub(" هـ", bare or text)


def shown_label(label: str) -> str:
    """The option's label to show: «ه» (read without its tatweel) as «هـ»."""
    return "هـ" if label == "ه" else label
