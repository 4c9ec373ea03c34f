"""«… True or false?» closing a claim, with a poll's or a story's emoji after it (en69): «Tabuk
was the last expedition of the Prophet. True or false? 🤔» was read as the bare question «True
or false?» and answered with the closest fact, the claim set aside; the request is now found
with any marks but no word after it (knowledge/english_forms.py `_TRUE_FALSE_END`). As the user
sees the reply, and a tail with a word in it left as it was."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_forms import Form, split_message
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        (
            "Tabuk was the last expedition of the Prophet ﷺ. True or false? 🤔",
            "last_expedition",
            texts.EN_TRUE,
        ),
        (
            "Uthman gave 950 camels and 50 horses. True or false?? 👀",
            "uthman_donation",
            texts.EN_TRUE,
        ),
        (
            "Umar gave all of his wealth for Tabuk — true or false? 🙈",
            "umar_donation",
            texts.EN_FALSE,
        ),
        (
            "The Muslim army at Tabuk was more than 40,000 strong. T/F ✅❌",
            "army_size",
            texts.EN_TRUE,
        ),
    ],
)
def test_a_claim_before_true_or_false_and_emoji_is_judged(
    english_engine, message, fact, verdict
) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


def test_a_tail_with_words_after_the_request_is_not_read_so() -> None:
    # «Explain why.» after the request: not a request closing the claim
    parts = split_message("Tabuk was his last expedition. True or false? 🤔 Explain why.").parts
    assert all(part.form is not Form.TRUE_FALSE for part in parts)
