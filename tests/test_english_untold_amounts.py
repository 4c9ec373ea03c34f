"""How much Abd al-Rahman ibn Awf gave is not stated (en52): asked «how much» about him, in
any spelling, the English side says the text does not state it, as the Arabic side does
(known gap abdulrahman_amount); asked what he gave, or whether he gave, his fact answers."""

import pytest

from knowledge.english import EnglishOutcome
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        "how much did Abdur Rahman bin Auf give for Tabuk?",
        "How much money did Abdul Rahman ibn Awf donate to the army?",
        "what amount did abd al-rahman ibn awf give",
    ],
)
def test_how_much_he_gave_is_not_stated(english_engine, message) -> None:
    decision = english_engine.answer(message).parts[0].decision
    assert decision.outcome is EnglishOutcome.GAP
    assert decision.gap == "abdulrahman_amount"


@pytest.mark.parametrize(
    "message",
    ["What did Abdur Rahman bin Auf give for Tabuk?", "Did Abd al-Rahman ibn Awf donate?"],
)
def test_what_he_gave_is_answered(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == ["abdulrahman_donation"]
