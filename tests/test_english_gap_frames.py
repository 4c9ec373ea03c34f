"""A known gap is asked by its frame, not by one word in it (knowledge/english_refusals.py).

«Ali» and «Christian» are one-word triggers of the gaps «who was left in charge of Madinah»
and «Ukaydir's religion». A claim that names Ali as the doer of an act a fact states someone
else did («conquered by Ali») is judged by that fact, not refused; «Christian» describing a
group of doers («Christian Arab tribes») asks who they were, not a religion. «Stayed behind in
Madinah» said of a group (the hypocrites) is about the laggards the text names, not a deputy.
The gaps asked in their own words are still refused with the «not stated» reply.
"""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts

NOT_STATED = "does not state this detail"


def _plain(engine, message: str) -> str:
    return render_english(engine.answer(message), engine).plain


@pytest.mark.parametrize(
    "message",
    [
        "Who was left in charge of Madinah during Tabuk?",
        "Who was the Prophet's deputy in Madinah?",
        "Who was left behind in Madinah?",
        "Which companion was left behind in Madinah?",
        "Why did Hazrat Ali stay in Madinah?",
        "What did Ali do during Tabuk?",
        "Describe the role of Ali during the expedition of Tabuk.",
        "Was Ukaydir a Christian?",
        "What was the religion of Ukaydir?",
        # en70: who looked after (took care of) Madinah, in the past tense and either
        # spelling; «… while the Prophet was away» was answered with the delegations.
        "Who looked after Madinah while the Prophet was away?",
        "Who took care of Medina while the Prophet was at Tabuk?",
        "Whom did the Prophet leave to take care of Madinah?",
    ],
)
def test_the_asked_gap_is_not_stated(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]
    assert NOT_STATED in _plain(english_engine, message)


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        # «Christian» describes the tribes: which tribes sided with the Romans is stated.
        ("Which Christian Arab tribes supported Byzantium?", "roman_allies", "Lakhm"),
        # Madinah named as the place the army set out from, not as a town looked after.
        ("Why was it hard to reach the Romans from Madinah?", "distance", "far from"),
    ],
)
def test_a_word_outside_its_frame_leaves_the_fact_answered(
    english_engine, message, fact, said
) -> None:
    assert answered_facts(english_engine, message) == [fact]
    plain = _plain(english_engine, message)
    assert NOT_STATED not in plain
    assert said in plain


def test_a_group_staying_behind_in_madinah_is_not_the_deputy_gap(english_engine) -> None:
    # The hypocrites' staying behind is stated (where is not, so the verdict stays open); the
    # reply shows that fact, never the unstated deputy of Madinah.
    plain = _plain(english_engine, "True or False: The hypocrites stayed behind in Madinah.")
    assert NOT_STATED not in plain
    assert "the hypocrites showed their hypocrisy openly" in plain


def test_ali_as_the_doer_of_a_stated_act_is_not_the_deputy_gap(english_engine) -> None:
    # Khalid was sent to Dumat al-Jandal: the claim is about that act, never refused as the
    # unstated deputy of Madinah (asking back which fact is meant is fine; a gap is not).
    plain = _plain(english_engine, "True or False: Dumat al-Jandal was conquered by Ali.")
    assert NOT_STATED not in plain
    assert "Where was Khalid ibn al-Walid sent during Tabuk?" in plain
