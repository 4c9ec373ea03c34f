"""A share of someone's wealth written as a percentage («50% of his property», «100 percent of
his wealth») told in the words the facts use («half of», «all of»): read as a number, «50»
was Uthman's horses and the question got the wrong donor.
"""

from __future__ import annotations

import re

# Only a share «of» something: «I'm 100% sure» names no share.
_SHARE = re.compile(
    r"\b(?:(?P<half>50|fifty)|(?P<all>100|a\s+hundred|one\s+hundred))\s*(?:%|per\s*cent\b|percent\b)"
    r"(?=\s+of\b)",
    re.IGNORECASE,
)


def shares_in_words(text: str) -> str:
    """The message with «50% of» as «half of» and «100% of» as «all of»."""
    return _SHARE.sub(lambda match: "half" if match["half"] else "all", text)
