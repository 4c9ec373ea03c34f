"""An English statement or yes/no question naming one donor is about his own gift, not about
the donor whose share or count it names («Uthman gave half his wealth»: Uthman's gift, not
Umar's half), and is never settled by another donor's fact
(knowledge/english_statement_reading.py, knowledge/english_fact_traits.py)."""

from __future__ import annotations

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


def _reply(engine: EnglishEngine, message: str) -> str:
    return render_english(engine.answer(message), engine).plain


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # Umar's share named with Uthman: the text gives Uthman's gift, not a share of it.
        ("true or false uthman gave half his wealth", "uthman_donation"),
        ("T/F: Hazrat Usman gave half of his wealth for Tabuk.", "uthman_donation"),
    ],
)
def test_a_statement_about_one_donor_is_read_with_his_own_gift(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    part = english_engine.answer(message).parts[0]
    assert part.fact is not None and part.fact.id == fact_id
    text = _reply(english_engine, message)
    # The list of donors gives the half to Umar and the camels to Uthman: the pairing is
    # stated otherwise, so the statement is false, shown with what Uthman did give.
    assert text.startswith(texts.EN_FALSE), text
    assert "950 camels" in text, text


@pytest.mark.parametrize(
    ("message", "fact_id", "opening", "words"),
    [
        # Another donor's gift given to the one named: false, with his own gift shown.
        ("True/False - Abu Bakr gave 950 camels and 50 horses.", "abu_bakr_donation",
         texts.EN_FALSE, "all his wealth"),
        ("Umar gave 950 camels. True or false?", "umar_donation", texts.EN_FALSE,
         "half his wealth"),
        ("T/F: Uthman gave all his wealth for the army of Tabuk.", "uthman_donation",
         texts.EN_FALSE, "950 camels"),
        # His own fact states no amount: the camels being Uthman's does not make it false.
        ("Abd al-Rahman ibn Awf gave 950 camels. True or false?", "abdulrahman_donation",
         texts.EN_UNSETTLED, "does not state how much"),
        # A value no other donor is stated to have given is not denied by the text.
        ("True or false: Abu Bakr gave 10 camels.", "abu_bakr_donation", None,
         "all his wealth"),
    ],
)  # fmt: skip
def test_a_donor_given_anothers_gift_is_false_only_where_the_text_pairs_it_otherwise(
    english_engine: EnglishEngine, message: str, fact_id: str, opening: str | None, words: str
) -> None:
    part = english_engine.answer(message).parts[0]
    assert part.fact is not None and part.fact.id == fact_id
    text = _reply(english_engine, message)
    if opening is None:
        assert not text.startswith((texts.EN_TRUE, texts.EN_FALSE)), text
    else:
        assert text.startswith(opening), text
    assert words in text, text


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("Did Abu Bakr give half his wealth for Tabuk?", "abu_bakr_donation", "all his wealth"),
        ("Did Uthman give half of his wealth?", "uthman_donation", "950 camels"),
        ("did hazrat umar give everything he had?", "umar_donation", "half his wealth"),
        # His own fact leads, and says the text does not state how much he gave.
        (
            "Did Abdur Rahman ibn Auf give half of his wealth?",
            "abdulrahman_donation",
            "does not state how much",
        ),
    ],
)
def test_a_yes_no_question_about_one_donor_is_answered_with_his_gift(
    english_engine: EnglishEngine, message: str, fact_id: str, words: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]
    assert words in _reply(english_engine, message)


@pytest.mark.parametrize(
    "message",
    [
        # A person who owns no gift of his own is not given another's («Khalid gave …»).
        "Did Khalid give all his wealth?",
        "Did Heraclius give half his wealth?",
    ],
)
def test_a_person_without_a_gift_is_not_given_a_donors(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) == [None]
