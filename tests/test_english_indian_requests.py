"""Indian and Pakistani English requests (en56): «Please do the needful and tell …», «Kindly
provide/share …», «let me know», «my query/doubt is …», «What all …», «Prophet sahab», «the
strength of the army», «in Islamic history» ask what a plain question asks."""

import pytest

from knowledge.english_prompts import without_prompt_framing
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("Please do the needful and tell who led the army of Tabuk.", ["leader"]),
        ("Kindly provide the strength of the Muslim army at Tabuk.", ["army_size"]),
        ("Kindly let me know in which month the Tabuk ghazwa happened.", ["date"]),
        ("Sir, my query is what Hazrat Umar gave for the army.", ["umar_donation"]),
        ("What all tribes came with the Romans?", ["roman_allies"]),
        ("Is it correct that Tabuk was the last ghazwa of Prophet sahab?", ["last_expedition"]),
        ("What is the significance of Tabuk in Islamic history?", ["outcome"]),
        # A polite request for what the text does not state is still not stated.
        ("Kindly share how many Romans died at Tabuk.", [None]),
    ],
)  # fmt: skip
def test_indian_english_requests_are_read(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("Kindly provide details of Umar's gift.", "Kindly give details of Umar's gift."),
        ("Please let me know who led Tabuk.", "Please tell me who led Tabuk."),
        ("Please do the needful and tell who led Tabuk.", "tell who led Tabuk."),
        # «provide» and «share» as deeds of the story stay.
        ("Who provided camels for the army?", "Who provided camels for the army?"),
        ("What share of his wealth did Umar give?", "What share of his wealth did Umar give?"),
    ],
)
def test_request_verbs_are_plain(message, read) -> None:
    assert without_prompt_framing(message) == read
