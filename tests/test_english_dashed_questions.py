"""A worksheet's questions pasted onto one line after spaced dashes (en59): «- what was the army
called - how many fought in it» is two questions, each cut where a question word and its verb
follow a dash; a topic before a dash («Tabuk - when did it happen») asks nothing of its own and
stays with its question."""

import pytest

from knowledge.english_forms import split_message
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        ("Last bits from the worksheet: - what was the army called - how many fought in it",
         ["what was the army called", "how many fought in it"]),
        ("who led tabuk - when was it", ["who led tabuk", "when was it"]),
        ("Tabuk - when did it happen", ["Tabuk - when did it happen"]),
        ("Abu Bakr - what did he give", ["Abu Bakr - what did he give"]),
    ],
)  # fmt: skip
def test_dashed_questions_are_cut(message, parts) -> None:
    assert [part.text for part in split_message(message).parts] == parts


def test_dashed_question_is_answered_alone(english_engine) -> None:
    message = "quick ones - what was the army of tabuk called - when did it set out"
    assert answered_facts(english_engine, message)[0] == "army_name"
