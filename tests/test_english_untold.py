"""A question asking a detail its closest fact does not state — who acted for a side the
text names no one on, the terms of an agreement it gives no terms of — is asked back, never
answered with that fact (issue 17; knowledge/english_untold.py)."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        # The text says treaties covered Tabuk and Ayla, naming no one on Ayla's side.
        "Treaties were made with Ayla. Who signed for Ayla?",
        "Who signed the treaty on behalf of the people of Ayla? [1]",
        "Who negotiated for Ayla with the Prophet?",
        # Nor does it give the treaties' terms.
        "What were the terms of the treaty with the people of Ayla? [3]",
        "On what conditions did Ayla make peace with the Prophet?",
    ],
)
def test_an_untold_detail_is_asked_back(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert "Did you mean" in plain
    assert "treaties covering the people of Tabuk and Ayla" not in plain


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # The text says the Romans' lands were far from Madinah, not how far Tabuk is.
        ("How far is Tabuk from Madinah?", [None]),
        ("where is tabuk and how far is it from medina", ["location", None]),
        ("What was the distance between Madinah and Tabuk in miles?", [None]),
    ],
)
def test_a_distance_the_text_does_not_give_is_not_answered(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts
    assert (
        "lands of the Romans were far"
        not in render_english(english_engine.answer(message), english_engine).plain
    )


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        # The terms of Dumat al-Jandal's peace are told: the jizya.
        ("What were the terms of the peace with Dumat al-Jandal?", "jizya", "jizya"),
        # Who made treaties asks the parties, which the text names.
        ("Who did the Prophet make treaties with at Tabuk?", "treaties", "Ayla"),
        # «for» the scene, or a gift «for» the army, asks no side.
        ("Who gave 950 camels for the army of Tabuk?", "uthman_donation", "950 camels"),
        ("Who was sent with a detachment to Dumat al-Jandal?", "dumat_aljandal", "Khalid"),
        # How far the Romans' lands were is what the text tells.
        ("How far were the Roman lands from Madinah?", "distance", "far from the Muslims"),
    ],
)
def test_a_told_detail_is_answered(english_engine, message, fact, said) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert said in render_english(english_engine.answer(message), english_engine).plain


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # A link asked with nothing named to link: which fact is meant is not said.
        ("what's the link with tabuk?", [None]),
        ("What is the connection with Tabuk?", [None]),
        # Named, it is that thing's fact.
        ("What is the connection between the battle of Mu'tah and Tabuk?", ["mutah"]),
        ("What is the link between Mu'tah and Tabuk?", ["mutah"]),
    ],
)
def test_a_link_is_answered_only_when_named(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("How far do you agree that the Romans retreated without fighting at Tabuk? [4]",
         "roman_surprise"),
        ("How far do you agree that Tabuk was the last expedition of the Prophet? [4]",
         "last_expedition"),
    ],
)  # fmt: skip
def test_how_far_as_an_extent_is_no_distance(english_engine, message, fact) -> None:
    # «How far do you agree …» asks an extent, not a distance the text does not give.
    assert answered_facts(english_engine, message) == [fact]
