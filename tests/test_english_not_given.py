"""A reading test's «True, False or Not Given» (and «T/F/NG», «true, false or not stated»)
asks the claim's verdict; its «not» is no denial of the claim (en72): read as one,
«True, False or Not Given: Umar gave half his wealth» was «False», and «(True / False / Not
Given)» after a claim «False» too (knowledge/english_forms.py). As the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_forms import Form, split_message
from tests.english_helpers import judged


@pytest.mark.parametrize(
    ("message", "fact", "verdict", "shown"),
    [
        ("True, False or Not Given: Umar gave half his wealth.", "umar_donation", True,
         texts.EN_TRUE),
        ("Ukaydir was set free by the Prophet. (True / False / Not Given)", "ukaydir", True,
         texts.EN_TRUE),
        ("T/F/NG: the army numbered more than 40,000.", "army_size", True, texts.EN_TRUE),
        ("True, false or not stated? Abu Bakr gave half his wealth.", "abu_bakr_donation", False,
         texts.EN_FALSE),
    ],
)  # fmt: skip
def test_not_given_is_part_of_the_request(english_engine, message, fact, verdict, shown):
    assert judged(english_engine, message) == (fact, verdict)
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(shown)


def test_a_claim_that_is_not_given_gets_no_verdict(english_engine) -> None:
    message = "TRUE / FALSE / NOT GIVEN — Abd al-Rahman ibn Awf gave 40,000 dinars."
    assert all(part.verdict is None for part in english_engine.answer(message).parts)


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        # a denial in the claim itself stays the claim's
        (
            "True or false: the hypocrites did not join the army.",
            "the hypocrites did not join the army.",
        ),
    ],
)
def test_the_claims_own_not_stays(message, claim) -> None:
    (part,) = split_message(message).parts
    assert part.form is Form.TRUE_FALSE
    assert part.text == claim
