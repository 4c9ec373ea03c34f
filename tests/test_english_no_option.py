"""A multiple-choice stem whose fact refutes every option (issue 17, en34): the reply says the
text supports none of them, then what it says; an option the text does not settle keeps the
old «does not settle which» reply, and a right option among close ones is still chosen."""

import pytest

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import answered_facts


def _plain(engine, message: str) -> str:
    return render_english(engine.answer(message), engine).plain


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        (
            "Muslim army in Tabuk was: A. 3,000 B. 10,000 C. 30,000 D. 12,000",
            "army_size",
            "40,000",
        ),
        (
            "How many camels did Uthman give?\na) 900\nb) 1,000\nc) 500\nd) 300",
            "uthman_donation",
            "950",
        ),
        (
            "In which year did the expedition of Tabuk take place?\na) 6 AH\nb) 7 AH\nc) 8 AH\n"
            "d) 10 AH",
            "date",
            "9 AH",
        ),
        (
            "Tabuk took place in the month of:\na) Ramadan\nb) Shawwal\nc) Muharram\n"
            "d) Dhul Hijjah",
            "date",
            "Rajab",
        ),
    ],
)
def test_every_option_refuted_is_said(english_engine, message, fact, said) -> None:
    assert answered_facts(english_engine, message) == [fact]
    plain = _plain(english_engine, message)
    assert plain.startswith(texts.EN_CHOICE_NONE)
    assert said in plain


@pytest.mark.parametrize(
    ("message", "option"),
    [
        ("How many camels did Uthman give?\na) 900\nb) 950\nc) 1,000\nd) 50", "(b) 950"),
        ("Tabuk happened in:\na) 8 AH\nb) 9 AH\nc) 10 AH\nd) 11 AH", "(b) 9 AH"),
    ],
)
def test_the_right_option_among_close_ones_is_chosen(english_engine, message, option) -> None:
    assert _plain(english_engine, message).startswith(f"الجواب: {option}")


@pytest.mark.parametrize(
    "message",
    [
        # Places a fact names for another thing are not refuted by it.
        "Heraclius was staying in\n✅ Homs\n✅ Damascus\n✅ Jerusalem\n✅ Constantinople",
        # Counts the text never gives.
        "How many riders went with Khalid to Dumat al-Jandal?\na) 200\nb) 420\nc) 500\nd) 1,000",
        "How many days did the Prophet stay at Tabuk?\na) 10\nb) 15\nc) 20\nd) 30",
    ],
)
def test_options_not_refuted_are_not_called_wrong(english_engine, message) -> None:
    assert texts.EN_CHOICE_NONE not in _plain(english_engine, message)
