"""A report the asker remembers (en62): «I remember the lecturer saying …», «I remember my
teacher saying …», «I remember hearing that …» before «Is that right?» put the claim for
checking, as «My teacher said …» does; the memory and the reporter were read as the asker's
own talk and the claim as nothing asked. Each as the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_reporters import without_reporter
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        ("I remember the lecturer saying the expedition happened in Ramadan of year 8. "
         "Is that right?", "date", texts.EN_FALSE),
        ("I remember my teacher saying Umar gave all his wealth. Is that correct?",
         "umar_donation", texts.EN_FALSE),
        ("I remember hearing that Tabuk was the last expedition. Right?",
         "last_expedition", texts.EN_TRUE),
    ],
)  # fmt: skip
def test_a_remembered_report_is_checked(english_engine, message, fact, verdict) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("I remember the imam in the khutbah saying Umar gave half", "Umar gave half"),
        ("I can remember reading that Umar gave half", "Umar gave half"),
        # What the asker remembers of the story itself is no report.
        ("I remember that Umar gave half", "I remember that Umar gave half"),
    ],
)
def test_without_a_remembered_reporter(claim, expected) -> None:
    assert without_reporter(claim) == expected
