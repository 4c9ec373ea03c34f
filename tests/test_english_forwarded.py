"""Forwarded claims sent to be checked (en51): the wrapper («Forwarded as received:», «My aunt
sent this on WhatsApp:») and a verdict request before the claim («Is this true? 👇 …») ask
nothing; the claim is settled as if told first. A question word left at the end («the
prophet went to tabuk when?») asks what it asks. Each as the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_forwarded import claim_first
from knowledge.english_word_order import question_word_first
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        ("Is this true? 👇 Abu Bakr gave all his wealth for the Tabuk expedition.",
         "abu_bakr_donation", texts.EN_TRUE),
        ("Is it true? Umar gave all his wealth for Tabuk.", "umar_donation", texts.EN_FALSE),
        ("Forwarded as received: Abu Bakr gave all his wealth for Tabuk. Is this true?",
         "abu_bakr_donation", texts.EN_TRUE),
        ("Forwarded many times. Umar gave all his wealth for Tabuk. True?",
         "umar_donation", texts.EN_FALSE),
        ("My aunt sent this: Umar gave all his wealth for Tabuk. Is it true?",
         "umar_donation", texts.EN_FALSE),
        ("Fact check please: the army of Tabuk had 30,000 men", "army_size", texts.EN_FALSE),
        ("it is true that Umar gave all his wealth for Tabuk?", "umar_donation", texts.EN_FALSE),
        ("it's true that the Romans ran away from Tabuk?", "roman_surprise", texts.EN_TRUE),
    ],
)  # fmt: skip
def test_forwarded_claim_is_settled(english_engine, message, fact, verdict) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


def test_a_claim_the_text_does_not_state_is_not_settled(english_engine) -> None:
    message = "Is this true? 👇👇 The Prophet stayed at Tabuk for twenty days."
    assert answered_facts(english_engine, message) == [None]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Is this true? 👇 Umar gave half.", "Umar gave half. Is this true?"),
        ("Fwd: Umar gave half", "Umar gave half"),
        # A tag alone, a question after the tag, and «Is it true that …» stay as they are.
        ("Is this true?", "Is this true?"),
        ("Is this true? Who gave half?", "Is this true? Who gave half?"),
        ("Is it true that Umar gave half?", "Is it true that Umar gave half?"),
        # A «True or False:» heading is the paper's own form, read by english_forms.
        ("True or False: Umar gave half.", "True or False: Umar gave half."),
        # Without a question mark «it is true that …» is a statement, not a question.
        ("It is true that Umar gave half.", "It is true that Umar gave half."),
    ],
)
def test_claim_first(message, expected) -> None:
    assert claim_first(message) == expected


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("the expedition of Tabuk it was when?", "date"),
        ("the prophet went to tabuk when?", "date"),
        ("Tabuk is where?", "location"),
    ],
)
def test_question_word_at_the_end(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


@pytest.mark.parametrize(
    "message",
    ["Who led Tabuk, and when?", "tabuk: when?", "Who led it and when?", "when?", "So why?"],
)
def test_a_closing_question_word_of_its_own_is_left(message) -> None:
    assert question_word_first(message) == message
