"""A question that takes a claim for granted (en70): a negated yes/no question («Wasn't Tabuk
in Ramadan of year 8?») is settled as its claim, true or false; a «why»/«how» question on a
wrong premise («Why did Umar give all his wealth?») is answered «False» with the fact that
corrects it. Both were asked back. A «why» question whose premise is true still asks its
reason and is read as the question. Each as the user sees the reply."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import judged


def _plain(engine, message: str) -> str:
    return render_english(engine.answer(message), engine).plain


@pytest.mark.parametrize(
    ("message", "fact", "verdict", "said"),
    [
        ("Wasn't Tabuk in Ramadan of year 8?", "date", False, "Rajab"),
        ("Wasn't Tabuk the last expedition?", "last_expedition", True, "last expedition"),
        ("Didn't Abu Bakr give all his wealth?", "abu_bakr_donation", True, "all his wealth"),
        ("Why did Umar give all his wealth for Tabuk?", "umar_donation", False, "half"),
        ("Why did Uthman give 1000 camels?", "uthman_donation", False, "950"),
        # A month the text never gives (this once stayed unsure; the text's month
        # corrects it).
        ("Why did the Prophet announce the general mobilisation in Shawwal?", "date", False,
         "Rajab"),
        ("How did the Muslims defeat the Romans in the big battle at Tabuk?", "no_battle", False,
         "No, no fighting"),
    ],
)  # fmt: skip
def test_the_premise_is_settled(english_engine, message, fact, verdict, said) -> None:
    assert judged(english_engine, message) == (fact, verdict)
    assert said in _plain(english_engine, message)


@pytest.mark.parametrize(
    "message",
    [
        # A true premise: the reason is asked, not a verdict on the deed.
        "Why did Abu Bakr give all his wealth?",
        "Why did the Romans retreat?",
        "Why was the army called the Army of Hardship?",
        # A negated premise is the story's own telling.
        "Why did the Muslims not fight the Romans?",
    ],
)
def test_a_true_premise_is_read_as_the_question(english_engine, message) -> None:
    (part,) = english_engine.answer(message).parts
    assert part.verdict is None
