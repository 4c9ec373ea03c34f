"""Common Arabic words, to tell a word the fact base does not know from a typo.

«اعرض» (show me) is one letter away from «ارض» (land), and «أهم» (most important) from a
stem of «إيمان»; without a list of real words the typo corrector reads them as those, and a
question about something else gets a confident answer. The list is derived from wordfreq
(see the header of data/common_words.txt).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

COMMON_WORDS_NAME = "common_words.txt"


@cache
def common_words() -> frozenset[str]:
    """The normalised common word forms, read once."""
    resource = resources.files("knowledge") / "data" / COMMON_WORDS_NAME
    lines = resource.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_common_word(word: str) -> bool:
    """True for a normalised word form that is common in written Arabic."""
    return word in common_words()
