"""«in the lead-up to Tabuk», «the run-up to the campaign» (British exam wording, en59): the time
before it, read as «before»; «lead» in it is no leading, so the leader's fact is no rival."""

import pytest

from knowledge.english_normalize import normalize_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Explain two ways the hypocrites behaved in the lead-up to Tabuk. (5 marks)",
         "hypocrites"),
        ("What did the Romans do in the run-up to Tabuk?", "roman_mobilisation"),
    ],
)  # fmt: skip
def test_lead_up_is_the_time_before(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the lead-up to Tabuk", "before tabuk"),
        ("during the run up to the campaign", "before the campaign"),
        ("the build-up to Tabuk", "before tabuk"),
        # what led up to it asks its causes: left as it is
        ("What led up to Tabuk?", "what led up to tabuk"),
    ],
)
def test_lead_up_read_as_before(text, expected) -> None:
    assert normalize_english(text) == expected
