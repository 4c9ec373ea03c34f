"""«Accurate» asks a verdict as «true» and «correct» do (en72): «Is this statement accurate?
…», «Is this sentence accurate? …», «Accurate or not? …», «Is the following statement
accurate: …?» put the claim for checking; read as a question of its own, «Is this statement
accurate?» was asked back and the claim set aside (knowledge/english_forwarded.py,
knowledge/english_forms.py). As the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import judged


@pytest.mark.parametrize(
    ("message", "fact", "verdict", "shown"),
    [
        (
            "Is this statement accurate? Heraclius paid his soldiers a year's wages in advance.",
            "heraclius",
            True,
            texts.EN_TRUE,
        ),
        ("Is this sentence accurate? Tabuk took place in Ramadan, 8 AH.", "date", False,
         texts.EN_FALSE),
        ("Accurate or not? Dumat al-Jandal agreed to pay the jizya.", "jizya", True,
         texts.EN_TRUE),
        ("Is the following statement accurate: the Prophet led the army to Tabuk himself?",
         "leader", True, texts.EN_TRUE),
    ],
)  # fmt: skip
def test_accurate_asks_the_verdict(english_engine, message, fact, verdict, shown) -> None:
    assert judged(english_engine, message) == (fact, verdict)
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(shown)


def test_accurate_in_a_question_is_no_request(english_engine) -> None:
    """«How accurate …» asks something else: no statement is read."""
    message = "How accurate were the reports the Muslims heard about the Roman army?"
    assert all(part.verdict is None for part in english_engine.answer(message).parts)
