"""A known gap's trigger that only names the cause of an effect asked (en56): «How did the
long distance from Madinah affect the supplies?» asks what the distance did, which the text
tells; the distance in kilometres it does not tell stays a known gap. Another event closing a
Tabuk question as a yardstick («… as at Badr») is no event asked about."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("How did the distance from Madinah affect the army's supplies?", ["distance"]),
        ("(a) How did the long distance from Madinah make the expedition difficult? [3]",
         ["distance"]),
        ("Why was the distance from Madinah a problem for the Muslims?", ["distance"]),
        # The measure itself is not stated.
        ("What was the distance from Madinah to Tabuk?", [None]),
        ("How far is Tabuk from Madinah in km?", [None]),
        ("Describe the distance from Madinah to Tabuk.", [None]),
    ],
)  # fmt: skip
def test_an_effect_of_a_gap_word_is_answered(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    ("message", "refused"),
    [
        # Another event closing a Tabuk question as a yardstick is no event asked about.
        ("Why was there no fighting at Tabuk, as at Badr?", False),
        ("Why did the Prophet go out to Tabuk instead of waiting like at Uhud?", False),
        # Asked about, or asked its own figure («than»), it is still another event.
        ("What happened at Badr?", True),
        ("Was Tabuk fought like Badr?", True),
        ("Was the army at Tabuk bigger than the one at Badr?", True),
    ],
)
def test_an_event_named_as_a_yardstick(english_engine, message, refused) -> None:
    [part] = english_engine.answer(message).parts
    assert (part.decision.other_event is not None) is refused
