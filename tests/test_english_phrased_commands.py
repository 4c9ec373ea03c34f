"""Exam command words the papers of South Asia and Africa use (en67): «Elucidate», «Trace»,
«Examine», «Throw/Shed light on», «Bring out», «Point out», «Clarify», «Interpret» … frame the
question as «Explain» does. Read as content, «light» or «bring» were words no fact knows and
the question was asked back. Each as the user sees the reply."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "command",
    [
        "Elucidate",
        "Throw light on",
        "Shed light on",
        "Bring out",
        "Point out",
        "Trace",
        "Review",
        "Explore",
        "Investigate",
        "Reflect on",
        "Interpret",
        "Clarify",
        "Expound on",
        "Delineate",
        "Sketch",
    ],
)
@pytest.mark.parametrize(
    ("topic", "fact"),
    [
        ("the role of the hypocrites at Tabuk", "hypocrites"),
        ("the difficulties of preparing the army of Tabuk", "hardship"),
        ("the results of the expedition of Tabuk", "outcome"),
    ],
)
def test_a_command_frames_the_question(english_engine, command, topic, fact) -> None:
    assert answered_facts(english_engine, f"{command} {topic}. [4]") == [fact]


def test_blood_shed_is_no_command(english_engine) -> None:
    # «shed» alone stays the story's word: no blood was shed at Tabuk.
    assert answered_facts(english_engine, "Was any blood shed at Tabuk?") == ["no_battle"]


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        # before what is to be told, «account for» asks it told (read as «why», the results
        # got Mu'tah's dead: a confident wrong answer)
        ("Account for the results of the expedition of Tabuk.", "outcome"),
        ("Account for the consequences of the Tabuk expedition. [4]", "outcome"),
        # before a deed it still asks why
        ("Account for the Romans' retreat from Tabuk.", "roman_surprise"),
    ],
)
def test_account_for_asks_why_only_of_a_deed(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]
