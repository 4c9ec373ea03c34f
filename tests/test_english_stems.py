"""A multiple choice is settled only by a fact that tells what its stem asks (issue 17: a
confident wrong pick is the worst outcome): a stem no fact answers, or one naming what the
chosen fact does not know, is asked back (knowledge/english_stems.py)."""

import pytest

from bot.english_replies import render_english


@pytest.mark.parametrize(
    "message",
    [
        # The text says Khalid took command after the three commanders fell, not who was first.
        "Who commanded at Mu'tah first?\n- Zayd\n- Khalid\n- Jafar\n- Abdullah ibn Rawaha",
        "The first commander at Mu'tah was:\na) Zayd\nb) Khalid\nc) Jafar\nd) Umar",
        # «over 40,000» is the Muslims' army; the text gives no count of the Romans'.
        "The Roman army at the border numbered\n• over 40,000\n• 100,000\n• 3,000\n• 950",
    ],
)
def test_an_option_the_fact_only_names_is_not_picked(english_engine, message) -> None:
    reply = english_engine.answer(message)
    assert reply.parts[0].choice is None
    shown = render_english(reply, english_engine).plain
    assert "Answer:" not in shown
    assert "Did you mean one of these?\n1. " in shown


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        (
            "Who gave half his wealth? i) Abu Bakr ii) Umar iii) Uthman iv) Abdur Rahman",
            "(ii) Umar",
        ),
        (
            "The Prophet made treaties with the people of: ①Tabuk and Ayla ②Makkah ③Taif ④Khaybar",
            "(①) Tabuk and Ayla",
        ),
        (
            "Where did the Prophet send Khalid? i) Ayla ii) Tabuk iii) Dumat al-Jandal iv) Sham",
            "(iii) Dumat al-Jandal",
        ),
    ],
)
def test_an_option_the_fact_tells_is_still_picked(english_engine, message, answer) -> None:
    assert (
        f"Answer: {answer}" in render_english(english_engine.answer(message), english_engine).plain
    )


def test_a_stem_asked_alone_of_another_fact_is_not_settled_by_the_options(english_engine) -> None:
    # Asked alone, the stem is the hardship's question; the options' fact is not what it asks.
    from knowledge.english_stems import untold_stem

    matcher = english_engine.matcher
    stem = "Why was equipping the army so difficult?"
    assert untold_stem(matcher, stem, matcher.fact("uthman_donation"))
    assert not untold_stem(matcher, stem, matcher.fact("hardship"))
