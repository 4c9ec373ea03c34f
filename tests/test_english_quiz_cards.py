"""Quiz-app cards and flashcards pasted whole (en51): the counter («Card 4:», «Flashcard 3 of
10»), the score («Points: 10»), the empty slot («Answer: ____»), the hint and the
answer key ask nothing; several cards stay several questions. A trip to today's Tabuk asked
together with the expedition: the modern part is refused in its place, the historical one
answered."""

import pytest

from bot.english_replies import render_english
from knowledge.english_asking import piece_asks
from knowledge.english_quiz_cards import without_card_furniture
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Card 2 of 9: Who led Tabuk? A) Umar B) Ali", "Q2. Who led Tabuk? A) Umar B) Ali"),
        ("Flashcard 7: Who led Tabuk? Points: 10", "Q7. Who led Tabuk?"),
        ("Card 4: Who led Tabuk? Answer: ___ (Points: 5)", "Q4. Who led Tabuk?"),
        ("Flashcard: Who led Tabuk? Hint: not Umar.", "Who led Tabuk?"),
        ("Q1. Who led Tabuk? Q2. When? Answer key: 1-b 2-a", "Q1. Who led Tabuk? Q2. When?"),
        ("Card 1: Who led Tabuk?\nCard 2: When? [5 pts]", "Q1. Who led Tabuk?\nQ2. When?"),
        # A flashcard by its sides: the front is asked.
        ("Front: Who led Tabuk?\nBack: ____", "Who led Tabuk?"),
        ("Card front: 'Who led Tabuk?' – what goes on the back?", "Who led Tabuk?"),
        ("Card 2 ⏰ 20 sec\nWho led Tabuk?", "Q2. Who led Tabuk?"),
        # A score the player wins, with its sign (en72): no «+» is left as an option's line.
        ("Who led Tabuk?\nUmar\nAli\nthe Prophet\n+10 pts", "Who led Tabuk?\nUmar\nAli\nthe Prophet"),  # noqa: E501
        ("Card 3: Who led Tabuk? (+5 points)", "Q3. Who led Tabuk?"),
        # Words that are no card's furniture stay.
        ("They held the front. They went back.", "They held the front. They went back."),
        ("Front: Who led Tabuk?", "Front: Who led Tabuk?"),
        ("Tabuk was in 9+1 AH?", "Tabuk was in 9+1 AH?"),
        ("At that time: the Romans gathered.", "At that time: the Romans gathered."),
        ("The Romans had a card to play.", "The Romans had a card to play."),
    ],
)  # fmt: skip
def test_card_furniture_is_set_aside(message, expected) -> None:
    assert without_card_furniture(message) == expected


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("Card 3 — Who gave half of his wealth for the army of Tabuk? Hint: he was "
         "the second caliph. Answer: ______", ["umar_donation"]),
        ("Card 4: What was the army of Tabuk called? Answer: ___ (Points: 5)", ["army_name"]),
        ("Front: Abu Bakr's contribution\nBack: ______", ["abu_bakr_donation"]),
        ("flashcard front says: the name of the chief of Dumat al-Jandal. what goes on the back?",
         ["ukaydir"]),
        ("Card 1: Who led the army of Tabuk?\nCard 2: How many men went with him?\n"
         "Card 3: Against whom was the expedition of Tabuk? (10 points)",
         ["leader", "army_size", "enemy"]),
    ],
)  # fmt: skip
def test_a_card_is_answered_as_its_question(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    "message",
    [
        "I'm visiting Tabuk next week. What's the weather like, and also when did the Prophet "
        "go there?",
        "What is the weather like there now, and when did the Prophet go there?",
    ],
)
def test_today_refused_in_its_place_and_the_expedition_answered(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None, "date"]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert "today's Tabuk" in plain
    assert "Rajab" in plain


def test_contracted_question_word_asks() -> None:
    assert piece_asks("What's the weather like in Tabuk")
    assert not piece_asks("what's up")
