"""Where a true/false claim asked as a question ends.

«Is it true that the Arabs back then were scared of the Romans? I read that somewhere and
wasn't sure.»: the question mark closes the claim; the sentences after it tell where the
asker heard it or how sure they are. Their words («wasn't») are no part of what is judged.
A tail that asks something of its own is left as it was.
"""

from __future__ import annotations

import re

from knowledge.english_lexicon import WH_WORDS, YESNO_OPENERS

# The claim's question mark, then a sentence after it.
_CLOSED = re.compile(r"\?\s+(?=\S)")
_QUESTION_WORDS = WH_WORDS | (YESNO_OPENERS - {"had", "has", "will", "would"})


def claim_before_comment(statement: str) -> str:
    """The claim up to its question mark, when what follows asks nothing."""
    match = _CLOSED.search(statement)
    if match is None:
        return statement
    tail = statement[match.end() :]
    words = re.findall(r"[a-z']+", tail.lower())
    if "?" in tail or not words or words[0] in _QUESTION_WORDS:
        return statement
    return statement[: match.start() + 1]
