"""«Which of the following Companions …?» picks one person from the group (issue 17, en34):
the plural names whom the one is picked from, so one person's own fact answers and his option
is chosen; a question about the group itself still gets the fact about all of them."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "option"),
    [
        (
            "Which of the following Companions gave half of his wealth for Tabuk? A. Abu Bakr"
            " B. Umar C. Uthman D. Ali",
            "umar_donation",
            "(b) Umar",
        ),
        (
            "Which of these companions gave all of his wealth?\na) Umar\nb) Abu Bakr\nc) Uthman"
            "\nd) Ali",
            "abu_bakr_donation",
            "(b) Abu Bakr",
        ),
    ],
)
def test_one_of_the_group_is_one_person(english_engine, message, fact, option) -> None:
    assert answered_facts(english_engine, message) == [fact]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert plain.startswith(f"الجواب: {option}")


@pytest.mark.parametrize(
    "message",
    [
        "Which companions gave their wealth for the army of Tabuk?",
        "List the sahaba who helped equip the army of hardship.",
    ],
)
def test_the_group_itself_is_all_of_them(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == ["donations"]
