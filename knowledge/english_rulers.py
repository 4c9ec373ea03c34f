"""«the king of the Ghassanids», «the chief of Ayla»: a ruler asked by the people or place he
ruled is answered only by a fact that names that people or place.

The reader folds «king/chief/leader of <a people or place>» into «ruler» and the name. A fact
about another ruler («Heraclius was the king (emperor) of the Romans») shares «ruler» and,
through an ally or a neighbour named beside him, most of the rest; it does not say who ruled
the people asked about, and the text never names the Ghassanids' king.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from knowledge.english import EnglishMatcher
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_lexicon import VALUE_CLASSES


def _ruled(tokens: tuple[str, ...]) -> set[str]:
    """The peoples and places whose ruler the tokens name («ruler ghassan»)."""
    return {
        token
        for before, token in itertools.pairwise(tokens)
        if before == "ruler" and VALUE_CLASSES.get(token) in ("people", "place")
    }


def ruler_of_others(matcher: EnglishMatcher, decision: PartReply) -> PartReply:
    """The decision, asked back when its fact never names the people or place whose ruler
    is asked («I was the king of the Ghassanids … Who am I?» is not Heraclius)."""
    reading = decision.reading
    if not decision.answered or decision.fact is None or reading is None:
        return decision
    ruled = _ruled(reading.tokens)
    if not ruled or ruled <= matcher.answer_terms(decision.fact.id):
        return decision
    asked_back = (decision.fact,)
    return replace(decision, outcome=EnglishOutcome.SUGGEST, fact=None, suggestions=asked_back)
