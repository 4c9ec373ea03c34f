"""An exam question's labelled sub-parts (issue 17, en24 probe): «(a) Name … [1] (b) Why …
[3]», «(i) State … [1] (ii) Give …» or «1) what Abu Bakr gave» are questions of their own,
each answered, not options of a multiple-choice stem."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from knowledge.english_forms import Form, split_message
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        (
            "4 (a) Who led the Muslims to Tabuk? [1]\n(b) Why was the army called the army of "
            "hardship? [3]\n(c) Name the place Khalid was sent to with a detachment. [1]",
            ["leader", "army_name", "dumat_aljandal"],
        ),
        (
            "1 (i) State how many camels Uthman gave. [1]\n(ii) Name the chief of Dumat "
            "al-Jandal. [1]\n(iii) Explain why the Prophet did not attack the Romans. [2]",
            ["uthman_donation", "ukaydir", "no_battle"],
        ),
        (
            "For my notes I need:\n1) what Umar gave\n2) what Abu Bakr gave\n3) what Uthman gave",
            ["umar_donation", "abu_bakr_donation", "uthman_donation"],
        ),
    ],
)
def test_labelled_sub_parts_are_each_answered(
    english_engine: EnglishEngine, message: str, fact_ids: list[str]
) -> None:
    assert all(part.form is Form.QUESTION for part in split_message(message).parts)
    assert answered_facts(english_engine, message) == fact_ids
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert "Did you mean" not in plain
    assert "950" in plain or "Uthman" not in message


@pytest.mark.parametrize(
    ("message", "options"),
    [
        # Options that are claims («was …», a quoted verse with its own «?») stay options.
        (
            "The army of Tabuk:\na) was small and weak\nb) was called the army of hardship\n"
            "c) was led by Khalid\nd) lost many men",
            4,
        ),
        (
            "Which verse was revealed about those who held back?\na) 'Today I have perfected "
            "your religion'\nb) 'O you who believe, what is the matter with you when you are "
            "told to go forth?'\nc) 'We have given you a clear victory'",
            3,
        ),
    ],
)
def test_claims_and_quotations_stay_options(message: str, options: int) -> None:
    (part,) = split_message(message).parts
    assert part.form is Form.CHOICE
    assert len(part.options) == options
