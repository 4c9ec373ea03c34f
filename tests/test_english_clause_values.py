"""A «who/which» choice tied on a fact telling several people's deeds: the option named in the
answer's clause that holds the stem's own value («950 camels», «half») is chosen (en69,
knowledge/english_option_doers.py `_named_with_the_value`). «Which companion gave 950 camels?»
tied every donor on the gifts fact (each «gave»). As the user sees the reply, and the stems
it leaves alone."""

import pytest

from bot.english_replies import render_english


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("Which companion gave 950 camels? A) Umar B) Abu Bakr C) Uthman D) Ali", "(c) Uthman"),
        (
            "Which of the sahaba gave 950 camels?\n(a) Umar\n(b) Uthman\n(c) Abu Bakr",
            "(b) Uthman",
        ),
        ("Which companion gave 50 horses?\na) Umar\nb) Abu Bakr\nc) Uthman", "(c) Uthman"),
    ],
)
def test_the_option_named_with_the_stems_value_is_chosen(english_engine, message, answer) -> None:
    assert (
        f"Answer: {answer}\n"
        in render_english(english_engine.answer(message), english_engine).plain
    )


@pytest.mark.parametrize(
    "message",
    [
        # 50 is told of horses, not camels: no clause holds «50 camels»
        "Which companion gave 50 camels?\na) Umar\nb) Abu Bakr\nc) Uthman",
        # no value in the stem: every donor «gave»
        "Which companion gave his wealth?\na) Umar\nb) Abu Bakr\nc) Uthman",
    ],
)
def test_a_stem_no_clause_singles_out_stays_unchosen(english_engine, message) -> None:
    assert all(part.choice is None for part in english_engine.answer(message).parts)
