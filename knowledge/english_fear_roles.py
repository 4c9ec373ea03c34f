"""Who fears whom in an English question: «Were the Romans afraid of the Muslims?», «What
scared the Romans?» ask of the Romans' fear, and are no question about the Arabs' fear of the
Romans, which a fact's words («fear», «Romans») match as well.

As in Arabic (knowledge/fear_roles.py, `fear_reversed`): a fact whose own phrasings name one
who fears, never the one the question names, does not answer it; the question is asked back.
Part of reading English messages in parts (knowledge/english_engine.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from knowledge.english_data import EnglishFact
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.tuning import EN_MAX_SUGGESTIONS

# The sides a question may name as the one who fears. The Muslims were Arabs: «Why were the
# Muslims reluctant to face the Byzantines?» asks the fear the Arabs' fact tells.
_SIDES = {
    "roman": "roman",
    "romans": "roman",
    "byzantine": "roman",
    "byzantines": "roman",
    "rum": "roman",
    "rome": "roman",
    "heraclius": "roman",
    "arab": "arab",
    "arabs": "arab",
    "bedouins": "arab",
    "muslim": "arab",
    "muslims": "arab",
    "believers": "arab",
    "companions": "arab",
    "sahaba": "arab",
}
# Fear told of the one before it: «the Arabs were afraid», «the Romans feared …».
_FEAR = frozenset(
    "afraid scared frightened terrified alarmed fearful feared fear fears dread dreaded "
    "dreading reluctant".split()
)
# A verb whose object is the one who fears: «What scared the Romans?», «… frightened the
# Byzantines». Passive («were scared of») puts the one who fears before it.
_FRIGHTEN = frozenset(
    "scared frightened terrified alarmed scare scares frighten frightens terrify".split()
)
_WORD = re.compile(r"[a-z]+")


def fearer(text: str) -> str | None:
    """The side a sentence says fears, or None when it names none."""
    words = _WORD.findall(text.lower().replace("'s", ""))
    for i, word in enumerate(words):
        if word not in _FEAR:
            continue
        after = [w for w in words[i + 1 : i + 3] if w != "the"]
        before_be = i > 0 and words[i - 1] in ("was", "were", "is", "are", "be", "been", "get")
        if word in _FRIGHTEN and not before_be and after and after[0] in _SIDES:
            return _SIDES[after[0]]
        for back in reversed(words[max(0, i - 4) : i]):
            if back in _SIDES:
                return _SIDES[back]
        return None
    return None


class _Matcher(Protocol):
    def english(self, fact_id: str) -> EnglishFact | None: ...


def fear_reversed(text: str, questions: tuple[str, ...]) -> bool:
    """Whether a question names one who fears and the fact's phrasings name others, never
    that one («Were the Romans afraid?» against «Why were the Arabs afraid of the Romans?»)."""
    asked = fearer(text)
    if asked is None:
        return False
    told = {side for side in map(fearer, questions) if side is not None}
    return bool(told) and asked not in told


def fear_turned(matcher: _Matcher, text: str, decision: PartReply) -> PartReply:
    """An answer whose fact's phrasings tell another side's fear than the question asks,
    asked back instead."""
    if not decision.answered or decision.fact is None:
        return decision
    english = matcher.english(decision.fact.id)
    if english is None or not fear_reversed(text, english.questions):
        return decision
    # Offered with the facts ranked behind it (the Romans' surprise and retreat).
    offered = (decision.fact, *(s.fact for s in decision.ranked if s.fact != decision.fact))
    return replace(
        decision,
        outcome=EnglishOutcome.SUGGEST,
        fact=None,
        suggestions=offered[:EN_MAX_SUGGESTIONS],
        rule="asked back: the fact tells another side's fear",
    )
