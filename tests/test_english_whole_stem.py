"""A broad stem («What happened at Tabuk?») asks the whole story; its options ask one part
of it, so the part's fact settles the choice (knowledge/english_stems.untold_stem). As the
user sees the reply."""

import pytest

from bot.english_replies import render_english


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        (
            "What happened at Tabuk?\na) the Battle of Badr\nb) the Battle of Uhud\n"
            "c) no fighting took place\nd) the Battle of the Trench",
            "(c) no fighting took place",
        ),
        (
            "What happened in the expedition of Tabuk?\na) the Muslims were defeated\n"
            "b) the Romans withdrew\nc) Heraclius was killed",
            "(b) the Romans withdrew",
        ),
    ],
)
def test_options_of_a_broad_stem_are_settled_by_the_part_they_ask(
    english_engine, message, answer
) -> None:
    reply = english_engine.answer(message)
    assert f"Answer: {answer}\n" in render_english(reply, english_engine).plain


def test_a_stem_asking_another_fact_still_settles_nothing(english_engine) -> None:
    # the stem asks who commanded first at Mu'tah: no fact tells it
    reply = english_engine.answer(
        "Who commanded first at Mu'tah?\na) Zayd ibn Haritha\nb) Khalid\nc) Jafar"
    )
    assert reply.parts[0].choice is None
