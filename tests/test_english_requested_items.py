"""Details listed under a heading that asks for facts (en52): «Key points on Tabuk please:
- leader - the enemy - how long ago» asks each item, it offers no options to choose from;
a completion stem («The Romans were helped by:») and «Choose the correct answer:» still offer
options. Each as the user sees the reply."""

import pytest

from knowledge.english_forms import Form, split_message
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("Need these facts for my daughter's Tabuk worksheet please:\n- the month and year\n"
         "- who led the army\n- what the army was called", ["date", "leader", "army_name"]),
        ("Revision notes please:\n- the enemy at Tabuk\n- how many Muslims went",
         ["enemy", "army_size"]),
    ],
)  # fmt: skip
def test_requested_details_are_each_answered(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    "message",
    [
        "The Romans were helped by:\n- Lakhm\n- Quraysh\n- Thaqif",
        "Choose the correct answer please:\n- Abu Bakr\n- Umar\n- Ali",
    ],
)
def test_options_under_a_stem_stay_options(message) -> None:
    assert [part.form for part in split_message(message).parts] == [Form.CHOICE]
