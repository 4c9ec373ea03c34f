"""A list of questions under a heading that asks nothing: «Ustadha these are the last 3 on her
sheet: - where was Khalid sent during Tabuk - what did Dumat al-Jandal agree to pay - …».

Listed after a colon, the items looked like a question's options («…: Persians / Romans»), and
the heading was asked as the stem and answered by whatever shared its words. An option of a
real question names a value and never opens with a question word, so when every item does,
and the heading itself asks nothing, each item is a question of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.english_lexicon import WH_WORDS

# A heading that asks for facts or notes rather than a choice: «Key facts for tomorrow's lesson
# on Tabuk please: - date - who the enemy was - size of the army», «Notes I need: - …».
_REQUESTS = frozenset("facts notes points need please pls plz info information summary".split())
# Words of a question choosing among options («Choose the correct answer:», «Which …»).
_CHOOSING = frozenset("choose select pick correct right option options odd answer".split())


def items_ask(stem: str, options: Sequence[str]) -> bool:
    """Does each listed item open with a question word under a heading that asks nothing, or
    is each a detail asked for by a heading that requests facts and chooses nothing?"""
    if "?" in stem or len(options) < 2:
        return False
    words = [re.findall(r"[a-z']+", option.lower())[:1] for option in options]
    # A question typed without its mark opens with a question word («where was Khalid sent»).
    if all(first and first[0] in WH_WORDS for first in words):
        return True
    heading = set(re.findall(r"[a-z]+", stem.lower()))
    return bool(
        stem.rstrip().endswith(":")
        and heading & _REQUESTS
        and not heading & (WH_WORDS | _CHOOSING)
    )
