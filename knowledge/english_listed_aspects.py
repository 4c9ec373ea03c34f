"""Several things asked of one subject in one noun phrase (part of answering a message,
knowledge/english_engine.py).

«Discuss the causes and effects of Tabuk», «tell me the date, the leader and the size of the
army of Tabuk», «State the date and the result of the Tabuk expedition»: the words before
«of» list what is asked, the rest names whom it is asked of. Each item is asked with the rest
of the sentence; the engine keeps the items only when each is answered by a fact of its own.
"""

from __future__ import annotations

import re

# «the date, the leader and the size of …», «causes and effects of …»: one or more items
# («the» and one word, or one word) with commas, then «and» and the last item, before «of».
_ITEM = r"(?:(?:the|its)\s+)?[a-z]+"
_LIST = re.compile(
    rf"\b(?P<items>(?:{_ITEM}\s*,\s*)*{_ITEM}\s*,?\s+and\s+{_ITEM})(?=\s+of\b)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+", re.IGNORECASE)
# Words that are no thing asked: «what, when and why of …» is no list of nouns here.
_NOT_ITEMS = frozenset("what when where why how who which and or of in on at to".split())


def listed_aspects(text: str) -> list[str] | None:
    """The sentence once per listed item («tell me the date of the army of Tabuk», «tell me
    the leader of …»), or None when it lists no two things asked of one subject."""
    match = _LIST.search(text)
    if match is None:
        return None
    items = [item.strip() for item in _SEPARATOR.split(match.group("items")) if item.strip()]
    words = [item.split()[-1].lower() for item in items]
    if len(items) < 2 or any(word in _NOT_ITEMS for word in words):
        return None
    head, tail = text[: match.start()], text[match.end() :]
    return [f"{head}{item}{tail}" for item in items]
