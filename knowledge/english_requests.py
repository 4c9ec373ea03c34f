"""A request for a thing, stated rather than asked: «For tomorrow's test I need the name of the
chief of Dumat al-Jandal», «I need a clear statement of what the Romans did to get ready»,
«Who was the messenger …? I need his name». Such a sentence asks what the thing is; read as a
story it was left out of the questions (a preamble), or it was not heard at all.
"""

from __future__ import annotations

import re

_REQUEST = re.compile(
    r"\b(?:i|we)\s+(?:really\s+|just\s+|also\s+|urgently\s+)?(?:need|want|would\s+like|'d\s+like)"
    r"\s+(?:to\s+know\s+)?(?P<thing>(?:the|his|her|their|its|a|an)\s+.+)$",
    re.IGNORECASE,
)
# Words of a thing requested that name nothing asked: «I need an answer», «I need a simple
# explanation please».
_EMPTY = frozenset(
    """
    the his her their its a an answer answers help explanation reply note notes info information
    detail details clear simple short quick easy brief statement summary please pls asap now
    today tomorrow urgently for me us it this that fact facts right correct straight exact
    """.split()
)

# «a clear statement of what …», «the reasons for why …»: the wrapper around a question.
_OF_CLAUSE = re.compile(
    r"^(?:the|a|an)\s+(?:\w+\s+){0,3}?(?:of|on|about|for)\s+"
    r"(?=(?:what|how|why|who|when|where|which)\b)",
    re.IGNORECASE,
)


def requested(piece: str) -> str | None:
    """The question a stated request asks («what is the name of …»), or None."""
    match = _REQUEST.search(piece)
    if match is None:
        return None
    thing = match.group("thing").strip().rstrip(" .!")
    if not set(re.findall(r"[a-z']+", thing.lower())) - _EMPTY:
        return None
    clause = _OF_CLAUSE.match(thing)
    if clause is not None:
        return f"{thing[clause.end() :]}?"  # «a clear statement of what the Romans did»
    return f"what is {thing}?"
