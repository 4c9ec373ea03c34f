"""A multiple choice settled by a whole fact is shown with the part of it that tells the
chosen option by itself: «Which of these is a cause of Tabuk? a) the attack on the Prophet's
envoy …» is settled by the causes, and the attack on the envoy is its own fact (tabuk.json
«part_of»). Part of answering English choices (knowledge/english_engine.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from knowledge.english import EnglishMatcher
from knowledge.english_forms import Part
from knowledge.english_reply import PartAnswer
from knowledge.models import Fact


def narrowed(
    matcher: EnglishMatcher, choose: Callable[[Fact, Part], int | None], answer: PartAnswer
) -> PartAnswer:
    """The answer with the part's fact when the chosen option, asked by itself, is answered
    by a part of the chosen fact and that part supports the same option; else as it was."""
    whole = answer.fact
    if answer.choice is None or whole is None:
        return answer
    alone = matcher.decide(answer.part.options[answer.choice])
    own = alone.fact
    if not alone.answered or own is None or not matcher.is_part_of(own.id, whole.id):
        return answer
    if choose(own, answer.part) != answer.choice:
        return answer
    return replace(answer, decision=replace(answer.decision, fact=own))
