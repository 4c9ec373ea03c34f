"""How English claims are put for checking, and what settles them (en58, session 26).

The request around a claim («Correct or not:», «Yes or no:», «Am I right that …?») asks for its
verdict and denies nothing; a claim denied with «did not» is a claim; a place said to lie
somewhere is settled only by an answer that places it; «heading» somewhere is going there.
"""

import pytest

from knowledge.english_forms import Form, split_message


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
    (part,) = english_engine.answer(f"True or false: {statement}").parts
    assert part.fact is not None and part.fact.id == fact_id
    assert part.verdict is True


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
