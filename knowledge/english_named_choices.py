"""«Who did it, X or Y?»: a question of who did a deed, with the persons to choose from named
beside it (en73; round 31's askers mixed up names: «Who gave all his wealth, Umar or Abu
Bakr?», «Was it Uthman or Umar who gave half his wealth?»).

The names offered are read as words of the question, so every named person's own fact ranks
beside the deed's and the question was asked back. They only say whom the asker hesitates
between: the deed tells who did it, and the answer names him. The question is told as «Who
<deed>?» when every offered name is a person of the story (knowledge/english_rules.py
PERSON_TOKENS, or the Prophet), so a name the text does not know («Umar or Ali») leaves the
question as it was. Part of the repairs before reading (knowledge/english_preparation.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.english_data import load_english
from knowledge.english_normalize import normalize_english
from knowledge.english_rules import PERSON_TOKENS

_NAMES = r"(?P<names>[^,?:;\n]+?(?:\s*,\s*[^,?:;\n]+?)*\s+or\s+[^,?:;\n]+?)"
# «Who gave all his wealth, Umar or Abu Bakr?», «Who was sent to Dumat al-Jandal - Khalid or
# Umar?». (After a colon or a long dash, «…: Uthman or Umar?», «… — Abu Bakr or the
# Prophet?», the two names are options the choice reader picks between,
# knowledge/english_option_lists.py _paired, and the reply names the option: left to it.)
_TAIL = re.compile(
    r"^(?P<stem>\W*(?:who|which\s+(?:companion|sahabi|person|man|one)|which\s+of\s+them)\b"
    r"[^,?:;\n]+?)\s*(?:,|;|\s-)\s*(?:was\s+it\s+|is\s+it\s+)?" + _NAMES + r"\s*\?*\s*$",
    re.IGNORECASE,
)
# «Was it Uthman or Umar who gave half his wealth?», «Is it Abu Bakr or Umar that gave …?»
_CLEFT = re.compile(
    r"^\W*(?:was|is)\s+it\s+" + _NAMES + r"\s+(?:who|that)\s+(?P<deed>[^?\n]+?)\s*\?*\s*$",
    re.IGNORECASE,
)

# «Who gave more, Umar or Abu Bakr?», «Who gave first …?»: a comparison between the named
# persons, which the deed alone does not answer: left as it is.
_COMPARES = re.compile(
    r"\b(?:more|most|less|least|fewer|first|last|better|best|bigger|larger|greater|higher|"
    r"earlier|later|older|younger|\w+est)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _person_spellings() -> frozenset[str]:
    """Every spelling of a person of the story, folded as a message is."""
    persons = PERSON_TOKENS | {"prophet"}
    return frozenset(
        normalize_english(variant)
        for name in load_english().names
        if name.token in persons
        for variant in (*name.variants, name.canonical)
    )


def _all_persons(names: str) -> bool:
    items = re.split(r"\s*,\s*|\s+or\s+", names.strip())
    spellings = _person_spellings()
    return len(items) >= 2 and all(
        normalize_english(re.sub(r"^(?:the|or)\s+", "", item, flags=re.IGNORECASE)) in spellings
        or normalize_english(item) in spellings
        for item in items
        if item.strip()
    )


def deed_asked(text: str) -> str:
    """«Who <deed>?» for a who-question offering only persons of the story to choose from;
    any other message as it is."""
    if "\n" in text.strip():
        return text
    tail = _TAIL.match(text.strip())
    if tail and not _COMPARES.search(tail.group("stem")) and _all_persons(tail.group("names")):
        return tail.group("stem").strip() + "?"
    cleft = _CLEFT.match(text.strip())
    if cleft and not _COMPARES.search(cleft.group("deed")) and _all_persons(cleft.group("names")):
        return "Who " + cleft.group("deed").strip() + "?"
    return text
