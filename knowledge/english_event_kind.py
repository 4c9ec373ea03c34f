"""English: whether Tabuk was a ghazwa or a sariyya («Was Tabuk a ghazwa or a sariyya?»).

As in Arabic (knowledge/event_kind.py), who led it settles it: a ghazwa is an expedition the
Prophet led himself. Read word by word, «sariyya» found Khalid's detachment to Dumat
al-Jandal. Not when the question names the detachment (Khalid, Dumat, Ukaydir).
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.english import EnglishMatcher
from knowledge.english_decision import PartReply

_GHAZWA = re.compile(r"\bghazw(?:a|ah|at|ah)?\b")
_SARIYYA = re.compile(r"\bsar(?:iyy?ah?|aya)\b")
_WITHIN = re.compile(r"\b(?:khalid|dumat|dumah|ukaydir|ukaidir|jandal|detachment|sent)\b")
# What settles the kind: who led the expedition.
WHO_LED = "Who led the expedition of Tabuk?"
KIND_RULE = "the kind of event asked: who led it"


def kind_asked(matcher: EnglishMatcher, text: str, decision: PartReply) -> PartReply | None:
    """The leader's fact for a question asking whether Tabuk was a ghazwa or a sariyya."""
    lowered = text.lower()
    if "tabuk" not in lowered or not _SARIYYA.search(lowered) or _WITHIN.search(lowered):
        return None
    if not _GHAZWA.search(lowered) and not re.search(r"\b(?:was|is)\b", lowered):
        return None
    led = matcher.decide(WHO_LED)
    if not led.answered:
        return None
    return replace(led, reading=decision.reading, rule=KIND_RULE)
