"""A chosen option as it is shown back to the asker. An option under a stem keeps the bullet
it was typed with, so the option shown would read «- رجب»: the bullet is left off."""

from __future__ import annotations

import re

# A bullet opening an option's line: «- رجب», «* رجب», «– رجب», «• رجب».
_BULLET = re.compile(r"^\s*[-–—•●·▪◦○■□►▸*]+\s*")


def shown_option(text: str) -> str:
    """The option's text to show: without its bullet."""
    return _BULLET.sub("", text) or text


def shown_label(label: str) -> str:
    """The option's label to show."""
    return label
