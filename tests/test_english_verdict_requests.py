"""More wordings of the request for a verdict before a claim (en72): «Please mark true or
false: …», «Answer with True or False only: …», «Say if this is correct: …», «Tell me if this
is true: …», «Would you say it's true that …?», «Check my statement: …», «Validate this claim:
…». Read as a question, the claim was asked back or answered with no verdict
(knowledge/english_forms.py). As the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_forms import Form, split_message
from tests.english_helpers import judged


@pytest.mark.parametrize(
    ("message", "fact", "verdict", "shown"),
    [
        ("Please mark true or false: Ukaydir was set free by the Prophet.", "ukaydir", True,
         texts.EN_TRUE),
        ("Answer with True or False only: Heraclius was the king of the Persians.",
         "heraclius", False, texts.EN_FALSE),
        ("Say if this is correct: Umar gave all of his wealth.", "umar_donation", False,
         texts.EN_FALSE),
        ("Tell me if this is true: Khalid was sent to Dumat al-Jandal with a detachment.",
         "dumat_aljandal", True, texts.EN_TRUE),
        ("Would you say it's true that the hypocrites stayed behind?", "hypocrites", True,
         texts.EN_TRUE),
        ("Check my statement: Tabuk happened in 8 AH.", "date", False, texts.EN_FALSE),
        ("Validate this claim: the Prophet led the army himself.", "leader", True,
         texts.EN_TRUE),
    ],
)  # fmt: skip
def test_the_request_asks_the_claims_verdict(english_engine, message, fact, verdict, shown):
    assert judged(english_engine, message) == (fact, verdict)
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(shown)


@pytest.mark.parametrize(
    "message",
    [
        # a question after «tell me», not a claim put for checking
        "Tell me who led the army to Tabuk.",
        "Say what Uthman gave for the army.",
        # «only» inside a claim is the claim's
        "Answer with your own words: why was the army called Jaysh al-Usrah?",
    ],
)
def test_other_requests_stay_questions(message) -> None:
    assert all(part.form is not Form.TRUE_FALSE for part in split_message(message).parts)
