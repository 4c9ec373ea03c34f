"""How English claims are put for checking, and what settles them (en58, twenty-fifth session).

The request around a claim («Correct or not:», «Yes or no:», «Am I right that …?») asks for its
verdict and denies nothing; a claim denied with «did not» is a claim; a place said to lie
somewhere is settled only by an answer that places it; «heading» somewhere is going there.
"""

import pytest

from knowledge.english_forms import Form, split_message


def _settled_as(english_engine, message: str, fact_id: str, verdict: bool | None) -> None:
    """The message's one part is answered with the fact and settled with the verdict."""
    (part,) = english_engine.answer(message).parts
    assert part.fact is not None and part.fact.id == fact_id
    assert part.verdict is verdict


@pytest.mark.parametrize(
    "request_",
    [
        "Correct or not: {}.",
        "Right or not? {}.",
        "Yes or no: {}.",
        "Fact or myth: {}.",
        "Am I right that {}?",
        "Is it a fact that {}?",
        "Isn't it true that {}?",
        "Is it correct to say that {}?",
    ],
)
@pytest.mark.parametrize(
    ("claim", "fact_id", "verdict"),
    [
        ("Tabuk was the last expedition of the Prophet", "last_expedition", True),
        ("Umar gave a third of his wealth", "umar_donation", False),
    ],
)
def test_a_request_around_a_claim_asks_its_verdict_and_denies_nothing(
    english_engine, request_, claim, fact_id, verdict
) -> None:
    # «Correct or not:» and «Yes or no:» were read as denying the claim: «False» for a true one.
    (part,) = english_engine.answer(request_.format(claim)).parts
    assert part.part.form is Form.TRUE_FALSE
    assert part.fact is not None and part.fact.id == fact_id
    assert part.verdict is verdict


@pytest.mark.parametrize(
    ("message", "fact_id", "verdict"),
    [
        ("The Prophet did not lead the army himself. Is this true?", "leader", False),
        ("True or not: the Prophet did not lead the army himself.", "leader", False),
        ("Abu Bakr didn't give all his wealth, right?", "abu_bakr_donation", False),
    ],
)
def test_a_claim_denied_with_did_not_is_a_claim(english_engine, message, fact_id, verdict) -> None:
    # Without a past verb it was read as a question and got no verdict.
    (part,) = english_engine.answer(message).parts
    assert part.part.form is Form.TRUE_FALSE
    assert part.fact is not None and part.fact.id == fact_id
    assert part.verdict is verdict


def test_a_question_opening_with_did_is_still_a_question() -> None:
    (part,) = split_message("Did the Prophet not lead the army himself?").parts
    assert part.form is Form.QUESTION


@pytest.mark.parametrize(
    "statement",
    [
        "True or false: Tabuk is in Syria.",
        "Tabuk is in Syria",
        "True or false: Dumat al-Jandal is in al-Sham.",
        "True or false: Tabuk is in Yemen.",
    ],
)
def test_where_a_place_lies_is_not_settled_by_an_answer_naming_both(
    english_engine, statement
) -> None:
    # The Romans gathered «in al-Sham» «before Tabuk»: it does not say Tabuk is in Syria.
    (part,) = english_engine.answer(statement).parts
    assert part.verdict is None


@pytest.mark.parametrize(
    ("statement", "fact_id"),
    [
        ("The Romans had gathered their forces in al-Sham.", "roman_mobilisation"),
        ("The Prophet stayed at Tabuk with his troops.", "stationing"),
    ],
)
def test_a_deed_at_a_place_is_still_settled(english_engine, statement, fact_id) -> None:
    _settled_as(english_engine, f"True or false: {statement}", fact_id, True)


def test_a_time_after_in_places_nothing(english_engine) -> None:
    message = "Tabuk:\na) was in 9 AH\nb) was in 2 AH\nc) was against Quraysh\nd) had no army"
    (part,) = english_engine.answer(message).parts
    assert part.choice == 0


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Where was the army of Tabuk heading?", "location"),
        ("Where was the army headed?", "location"),
        ("Where was the Muslim army heading when it left Madinah?", "location"),
        ("Who was heading the Muslim army at Tabuk?", "leader"),
        ("Who was the army headed by?", "leader"),
    ],
)
def test_heading_somewhere_is_going_there_and_heading_an_army_leads_it(
    english_engine, question, fact_id
) -> None:
    # «heading» read as «head», the leader, answered with Khalid's detachment.
    (part,) = english_engine.answer(question).parts
    assert part.fact is not None and part.fact.id == fact_id


@pytest.mark.parametrize(
    ("message", "fact_id", "verdict"),
    [
        # «handed» was mended as a slip into «headed» (the leader); «heatwave» was unknown.
        (
            "Umar ibn al-Khattab handed over his entire wealth for the Tabuk army. True or false?",
            "umar_donation",
            False,
        ),
        (
            "Abu Bakr handed all his wealth to the Prophet. True or false?",
            "abu_bakr_donation",
            True,
        ),
        (
            "Equipping the army happened during a heatwave and drought. True or false?",
            "hardship",
            True,
        ),
        # The asker's own talk before a colon claims nothing; the claim follows it.
        (
            "Quick check before I post this: Abu Bakr gave half of his wealth for Tabuk. "
            "Is that right?",
            "abu_bakr_donation",
            False,
        ),
        (
            'Sisters, quick check before I post this in the group chat: "Umar gave half of his '
            'wealth for Tabuk." Is that right?',
            "umar_donation",
            True,
        ),
    ],
)
def test_everyday_wordings_of_a_claim_are_settled(english_engine, message, fact_id, verdict):
    _settled_as(english_engine, message, fact_id, verdict)


@pytest.mark.parametrize(
    "statement",
    [
        # What the Romans meant to do is not what they did: no fighting took place, but it is
        # no denial that they wanted to attack (it was «False» by «No, no fighting …»).
        "The Romans wanted to attack the Muslims but then fell back.",
        # What the text never says anyone meant is not confirmed by the deed's denial either.
        "The hypocrites wanted to join the army.",
    ],
)
def test_what_a_statement_says_was_only_meant_is_not_false_by_the_deed_denied(
    english_engine, statement
) -> None:
    (part,) = english_engine.answer(f"True or false: {statement}").parts
    # (The Romans' meaning to attack is confirmed by the fact that tells it: en62's
    # meant_by_one, tests/test_english_meant_deeds.py.)
    assert part.verdict is not False


def test_meaning_what_the_answer_says_was_not_meant_is_false(english_engine) -> None:
    # «the Prophet did not wish to attack them»
    message = "True or false: The Prophet wished to attack the Romans after they withdrew."
    (part,) = english_engine.answer(message).parts
    assert part.fact is not None and part.fact.id == "no_battle"
    assert part.verdict is False


@pytest.mark.parametrize(
    ("message", "choice"),
    [
        # The answer names the hypocrites beside the believers, whose hearts were full of
        # faith: the hypocrites were chosen.
        (
            "Which group's hearts were full of faith? A) the hypocrites B) the believers "
            "C) the Romans D) the mercenaries",
            None,
        ),
        (
            "Which army fell back into its own lands? A) the Muslim army B) the Roman army "
            "C) the army of Ayla D) the army of Makkah",
            1,
        ),
        # The option as the stem's subject, and as its object («did the Romans bring»).
        (
            "Which Arab tribe was an ally of the Byzantines? a) Banu Hashim b) Ghassan "
            "c) Banu Qurayza d) Thaqif",
            1,
        ),
        (
            "Which tribes did the Romans bring with them? (A) Aws and Khazraj (B) Lakhm and "
            "Ghassan (C) Quraysh and Thaqif (D) Hawazin",
            1,
        ),
        ("Who gave 50 horses? A) Abu Bakr B) Umar C) Uthman D) Khalid", 2),
    ],
)
def test_the_option_chosen_for_who_is_the_doer_of_the_deed(english_engine, message, choice):
    (part,) = english_engine.answer(message).parts
    assert part.choice == choice


@pytest.mark.parametrize(
    ("statement", "fact_id", "verdict"),
    [
        # A people the Romans brought is no ally of the Muslims: the Muslims, a word any
        # statement may hold, were no rival of the Romans beside them.
        ("The tribes of Lakhm and Ghassan fought on the Muslim side.", "roman_allies", False),
        ("The Lakhm were allies of the Muslims.", "roman_allies", False),
        # Tabuk was no rival of the place the answer's ruler rules: both were «True».
        ("Ukaydir was the chief of Tabuk.", "ukaydir", False),
        ("Heraclius was the king of Tabuk.", "heraclius", False),
        ("Ukaydir was not the chief of Tabuk.", "ukaydir", None),
        ("Ukaydir was the chief of Dumat al-Jandal.", "ukaydir", True),
    ],
)
def test_a_statement_is_settled_only_by_what_its_fact_states(
    english_engine, statement, fact_id, verdict
) -> None:
    _settled_as(english_engine, f"True or false: {statement}", fact_id, verdict)


@pytest.mark.parametrize(
    "sentence",
    [
        "The name of the Prophet's envoy who was attacked was ______.",
        "The Prophet's envoy who was attacked was called ______.",
        "The envoy who was killed was ______.",
    ],
)
def test_a_blank_asking_a_name_the_text_does_not_give_is_a_known_gap(english_engine, sentence):
    # Read as a statement, the attack on the envoy answered it: it names no envoy.
    (part,) = english_engine.answer(sentence).parts
    assert part.fact is None and part.decision.gap == "envoy_identity"


@pytest.mark.parametrize(
    ("sentence", "fact_id"),
    [
        ("The chief of Dumat al-Jandal was called ______.", "ukaydir"),
        ("The name of the Roman emperor was ______.", "heraclius"),
        ("The commander who was sent to Dumat al-Jandal was ______.", "dumat_aljandal"),
    ],
)
def test_a_blank_asking_a_name_the_text_gives_is_filled(english_engine, sentence, fact_id):
    (part,) = english_engine.answer(sentence).parts
    assert part.fact is not None and part.fact.id == fact_id
