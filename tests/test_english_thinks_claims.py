"""«X thinks/believes …» reports a claim as «X says …» does, and «Is he/she right?» asks its
verdict (en68, knowledge/english_cues.REPORTED and VERIFY). Read as the user sees the reply:
the fact and verdict."""

from __future__ import annotations

import pytest

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import judged


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        (
            "So my study partner thinks Abu Bakr gave half of his wealth. Is he right?",
            ("abu_bakr_donation", False),
        ),
        (
            "My brother believes Umar gave all his wealth. Is that correct?",
            ("umar_donation", False),
        ),
        (
            "My sister thinks the Romans fought the Muslims at Tabuk. Is she right?",
            ("no_battle", False),
        ),
    ],
)
def test_a_thought_claim_is_judged(
    english_engine: EnglishEngine, message: str, verdict: tuple[str, bool]
) -> None:
    assert judged(english_engine, message) == verdict


def test_i_think_is_no_reported_claim(english_engine: EnglishEngine) -> None:
    # the asker's own «I think» after a question stays the asker's guess
    message = "Who led the army of Tabuk? I think it was the Prophet."
    part = english_engine.answer(message).parts[0]
    assert part.decision.fact is not None and part.decision.fact.id == "leader"
