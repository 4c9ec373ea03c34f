"""A question asking for a number of names («Name the three commanders martyred at Mu'tah»,
«Name two tribes whose delegations came after Tabuk») is answered only by a fact naming that
many of the kind asked; a fact that tells of them without their names is asked back, not
given as if it named them. Part of answering English parts (knowledge/english_engine.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_lexicon import VALUE_CLASSES

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# The kinds of value each plural head noun asks for (VALUE_CLASSES' classes): «people» may
# be persons or a place's people («the people of Tabuk and Ayla»).
_PERSON, _PEOPLE, _PLACE = frozenset({"person"}), frozenset({"people"}), frozenset({"place"})
_KINDS = {
    **dict.fromkeys(
        "commanders leaders companions sahaba sahabah men persons martyrs donors "
        "generals rulers chiefs kings emperors".split(),
        _PERSON,
    ),
    **dict.fromkeys("tribes allies clans".split(), _PEOPLE),
    **dict.fromkeys("peoples nations".split(), _PEOPLE | _PLACE),
    "people": _PERSON | _PEOPLE | _PLACE,
    **dict.fromkeys("places towns cities regions lands".split(), _PLACE),
}
# «Name the three …», «List two …», «Who were the three …», «Which two …»: names asked.
_ASKS_NAMES = re.compile(
    r"^\W*(?:(?:q\s*\d+\W*|\(?[a-h]\)|\(?(?:i{1,3}|iv)\))\s*)*"
    r"(?:name|list|mention|identify|state|give|write|who\s+were|which)\s+(?:the\s+|any\s+)?"
    rf"({'|'.join(_NUMBERS)})\s+(?:[\w'-]+\s+){{0,2}}?({'|'.join(_KINDS)})\b",
    re.IGNORECASE,
)


class _Matcher(Protocol):
    def answer_terms(self, fact_id: str) -> frozenset[str]: ...


def _kind_of(term: str) -> str | None:
    # Tabuk is a place too, though no statement's rival value.
    return "place" if term == "tabuk" else VALUE_CLASSES.get(term)


def names_too_few(matcher: _Matcher, text: str, decision: PartReply) -> PartReply:
    """The decision, asked back when the part asks for more names than its answer gives."""
    asked = _ASKS_NAMES.search(text)
    if asked is None or not decision.answered or decision.fact is None:
        return decision
    wanted, kind = _NUMBERS[asked.group(1).lower()], _KINDS[asked.group(2).lower()]
    question = set(decision.reading.terms) if decision.reading else set()
    named = {
        t
        for t in matcher.answer_terms(decision.fact.id)
        # (Tabuk, named as the scene of most questions, is still one of the places named.)
        if _kind_of(t) in kind and (t not in question or t == "tabuk") and t != "prophet"
    }
    if len(named) >= wanted:
        return decision
    return replace(
        decision, outcome=EnglishOutcome.SUGGEST, fact=None, suggestions=(decision.fact,)
    )
