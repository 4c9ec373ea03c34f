"""Claims put for checking in the ways people write them (knowledge/english_forms.py,
knowledge/english_cues.py, knowledge/english_normalize.py): «Verify: …», «Check this for me:
…», «Agree or disagree: …» head a claim; «My cousin insists … . True?» reports one and asks its
verdict with the bare word; «over forty thousand strong» counts the army's men."""

import pytest

from tests.english_helpers import judged


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        # Read as questions: the nearest fact's answer with no verdict, or another fact.
        ("Check this for me: the people of Ayla made a peace agreement with the Prophet.",
         "treaties", True),
        ("Verify: Umar gave all his wealth.", "umar_donation", False),
        ("Agree or disagree: the hypocrites joined the army.", "hypocrites", False),
        # «True?» alone was the part; the claim before it was the story.
        ("My cousin insists Umar handed over everything he had for Tabuk. True?",
         "umar_donation", False),
        ("My friend reckons Abu Bakr gave all his wealth. Right?", "abu_bakr_donation", True),
        # «strong» was counted as a thing of its own: «False» against «40,000 fighters».
        ("True or false: the Muslim army at Tabuk was over forty thousand strong.",
         "army_size", True),
        ("True or false: the army of Tabuk was 30,000 strong.", "army_size", False),
    ],
)  # fmt: skip
def test_claim_put_for_checking_gets_its_verdict(english_engine, message, fact, verdict) -> None:
    assert judged(english_engine, message) == (fact, verdict)


@pytest.mark.parametrize(
    "message",
    [
        # A question of its own after «Check»: no claim to judge.
        "Can you check what Uthman gave for Tabuk?",
    ],
)
def test_a_request_to_check_a_question_is_no_claim(english_engine, message) -> None:
    (part,) = english_engine.answer(message).parts
    assert part.verdict is None
