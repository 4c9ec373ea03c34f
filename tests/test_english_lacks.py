"""A word the winner lacks that no fact offered beside it knows (knowledge/english_lacks.py):
asked who, when, where, why or how many, and the winner giving that kind, the word is the
asker's wording and the winner answers; asked «what», or the word naming a party, or a close
fact knowing it, the question stays asked back."""

import pytest

from bot.english_replies import render_english
from knowledge.english_decision import EnglishOutcome
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "english_text"),
    [
        # «attack»: the Roman build-up's word, far behind the Mu'tah fact
        ("Who attacked the Muslims at Mu'tah?", "mutah", "struck the Muslim army at the Battle"),
        # «call»: the general mobilisation's word, far behind the date
        (
            "In which month and year did the Prophet call the Muslims to Tabuk?",
            "date",
            "in the month of Rajab",
        ),
        # «result» (read from «in the end»): the outcome's word, behind by more than the window
        (
            "why was there no fighting at tabuk in the end",
            "no_battle",
            "no fighting took place at Tabuk",
        ),
        (
            "Why did no battle happen at Tabuk in the end? [2]",
            "no_battle",
            "no fighting took place at Tabuk",
        ),
        # «give» is the gifts', «soldier» the army's size: neither tells a time, both far behind
        ("(iii) In which month was the general call to arms given?", "date", "Rajab"),
        ("State when the Muslim troops set out for Tabuk. [2]", "date", "Rajab"),
    ],
)
def test_a_lacked_word_no_offered_fact_knows_is_wording(
    english_engine, message, fact, english_text
) -> None:
    assert answered_facts(english_engine, message) == [fact]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert "هل تقصد" not in plain
    assert english_text in plain


@pytest.mark.parametrize(
    "message",
    [
        # asked «what»: what they gave is the thing asked, which no fact tells
        "What did the people of Tabuk agree to give the Prophet?",
        # the Romans' commander: «Roman army» names whom it asks about
        "Who was the commander of the Roman army at Mu'tah?",
        # the stationing tells no reason but is level with the Romans' surprise: its subject
        "Explain why the Prophet remained camped at Tabuk after the Romans pulled back.",
    ],
)
def test_a_lacked_word_that_may_be_what_is_asked_is_not_set_aside(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]


def test_a_lacked_word_a_close_fact_knows_stays_asked_back(english_engine) -> None:
    # «empire» is the enemy fact's, close behind the mobilisation: which is asked is unsure
    message = "Against which empire was the general mobilisation of 9 AH announced?"
    decision = english_engine.answer(message).parts[0].decision
    assert decision.outcome is EnglishOutcome.SUGGEST
    assert "explains" in decision.why
