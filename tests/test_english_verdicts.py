"""English true/false verdicts (issue 17) as the user sees them: a statement whose person is
named by the answer only in another role is not settled (knowledge/english_roles.py), and a
spelt-out count of a span («ten years' pay») is checked as a digit would be."""

import pytest

from bot import texts
from bot.english_replies import render_english


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        # The answer names the Prophet, but not as the one who accepted Islam.
        ("True or False: Ukaydir later accepted Islam.", texts.EN_UNSETTLED),
        ("True or False: Heraclius wanted to accept Islam.", texts.EN_UNSETTLED),
        # The same deed told of another person, people or count: false.
        ("True or False: Hazrat Abu Bakr gave 950 camels.", texts.EN_FALSE),
        ("True or False: Khalid bin Walid led the Muslim army to Tabuk.", texts.EN_FALSE),
        ("True or False: The Prophet's envoy was attacked by the Persians.", texts.EN_FALSE),
        ("True or False: Heraclius was the king of Persia.", texts.EN_FALSE),
        ("True or False: The Muslim army at Tabuk had 30,000 soldiers.", texts.EN_FALSE),
        # A span counted in words.
        ("True or False: Heraclius paid his troops ten years' pay in advance.", texts.EN_FALSE),
        ("True or False: Heraclius paid his soldiers a year's wages in advance.", texts.EN_TRUE),
        # Their own deed, told of them: true.
        ("True or False: Uthman gave 950 camels and 50 horses.", texts.EN_TRUE),
        ("True or False: After Tabuk Arab delegations came to accept Islam.", texts.EN_TRUE),
    ],
)
def test_a_statement_gets_the_verdict_its_doer_allows(english_engine, message, verdict) -> None:
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        # The fact's own subject word («enemy»), which its answer never writes («against the
        # Romans»), with the answer's own value: told.
        ("True or false: The enemy at Tabuk was the Romans.", texts.EN_TRUE),
        ("The enemy of the Muslims at Tabuk were the Byzantines. True or false?", texts.EN_TRUE),
        # Another value in its place: false, as before.
        ("True or false: The enemy at Tabuk was the Persians.", texts.EN_FALSE),
        # A word beyond the subject that the answer does not tell: still not settled.
        ("True or false: The enemy at Tabuk was the Ghassanids alone.", texts.EN_UNSETTLED),
    ],
)
def test_the_facts_own_subject_with_its_value_is_told(english_engine, message, verdict) -> None:
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        # The Muslims named where the answer tells only of the Romans' side (Heraclius paid
        # his mercenaries, he was the Romans' king): never true.
        ("True or false: Heraclius paid the Muslims a year's wages.", texts.EN_UNSETTLED),
        ("True or false: Heraclius was the king of the Muslims.", texts.EN_UNSETTLED),
        ("True or false: Heraclius gave the mercenaries a year's pay in advance.", texts.EN_TRUE),
        # «before the expedition» in a statement about Tabuk is before Tabuk.
        ("True or false: The delegations came before the expedition.", texts.EN_FALSE),
        ("True or false: The delegations came after the campaign.", texts.EN_TRUE),
        # A reason claimed must be the answer's: the difficulties, not the army's size.
        (
            "True or false: The army was called the army of hardship because it was large.",
            texts.EN_UNSETTLED,
        ),
        (
            "True or false: The Prophet did not attack the Romans because he was afraid.",
            texts.EN_UNSETTLED,
        ),
        (
            "True or false: The army was called the army of hardship because of the difficulties.",
            texts.EN_TRUE,
        ),
        # A defeat needs a fight, which the outcome denies; a victory may be won without one.
        ("True or false: The Romans were defeated in a fierce battle at Tabuk.", texts.EN_FALSE),
        (
            "True or false: The Muslims won a great victory over the Romans at Tabuk.",
            texts.EN_UNSETTLED,
        ),
        # What befell a people («were defeated») is not what they did to another: at Mu'tah
        # the Romans struck the Muslim army.
        ("True or false: The Romans were defeated at Mu'tah.", texts.EN_UNSETTLED),
        ("True or false: The Romans were struck at Mu'tah.", texts.EN_UNSETTLED),
        ("True or false: The Muslims were struck at Mu'tah.", texts.EN_TRUE),
        ("True or false: The mercenaries were paid a year in advance.", texts.EN_TRUE),
    ],
)
def test_sides_times_reasons_and_defeats_claimed(english_engine, message, verdict) -> None:
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)
