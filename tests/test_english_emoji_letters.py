"""Options lettered with emoji or enclosed letters («🅰️ … 🅱️ … ©️ …», «🇦 🇧 🇨», «Ⓐ Ⓑ Ⓒ»)
are read as a lettered list and chosen among (knowledge/english_emoji.emoji_letters)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_emoji import emoji_letters
from knowledge.english_forms import Form


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        (
            "📚 Weekly quiz\nIn which month did the expedition of Tabuk take place?\n"
            "🅰️ Ramadan\n🅱️ Rajab\n©️ Shawwal\nDrop your answer below 👇",
            "(b) Rajab",
        ),
        ("Who gave 950 camels?\n🇦 Abu Bakr\n🇧 Umar\n🇨 Uthman\n🇩 Ali", "(c) Uthman"),
        ("Which empire did the Muslims march against?\nⒶ Persia\nⒷ Rome\nⒸ Abyssinia", "(b) Rome"),
    ],
)
def test_emoji_lettered_options_are_chosen_among(english_engine, message, answer) -> None:
    reply = english_engine.answer(message)
    assert [p.part.form for p in reply.parts] == [Form.CHOICE]
    assert f"Answer: {answer}\n" in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    "text",
    [
        # Out of order, or not on consecutive lines: not a lettered list.
        "Who gave 950 camels?\n🅱️ Umar\n🅰️ Abu Bakr\n©️ Uthman",
        "Who gave?\n🅰️ Abu Bakr\n\nsome words\n🅱️ Umar\n©️ Uthman",
        # Two letters only, and a flag («🇦🇩» is Andorra), are left as written.
        "Was it in Rajab?\n🅰️ yes\n🅱️ no",
        "🇦🇩 first line\n🇧 second\n🇨 third",
        # «©» alone is a copyright sign.
        "© 2024 Seerah notes. Who led the army to Tabuk?",
    ],
)
def test_other_uses_of_emoji_letters_are_left_as_written(text) -> None:
    assert emoji_letters(text) == text
