"""«tiring», «tiresome» read as the answer's «exhausting» (en62): «The march to Tabuk was
tiring» is the distance fact's «reaching them was hard and exhausting»; «tiring» was a word
no fact knows. Each as the user sees the reply."""

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import answered_facts


def test_a_tiring_march_is_the_exhausting_distance(english_engine) -> None:
    message = "True or false: the march to Tabuk was tiring."
    assert answered_facts(english_engine, message) == ["distance"]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(
        texts.EN_TRUE
    )
