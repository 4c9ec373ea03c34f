"""A true/false statement giving a deed to the wrong person: the person's own fact (Khalid's
detachment) does not tell the deed, and read without the name the statement is the fact that
gives it to another (the Prophet led the expedition himself): false, with that fact
(knowledge/english_misnamed_doers.py). A person whose own fact tells the deed is judged by it,
never by another person's. As the user sees the reply."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        "Khalid bin Walid was the one who led the army to Tabuk. True or false?",
        "T/F: Khalid ibn al-Walid commanded the expedition of Tabuk.",
        "My brother says Khalid led the Muslim army to Tabuk. Is he right?",
    ],
)
def test_a_deed_the_text_gives_another_is_false_with_that_fact(english_engine, message) -> None:
    reply = english_engine.answer(message)
    assert [part.verdict for part in reply.parts] == [False]
    assert answered_facts(english_engine, message) == ["leader"]
    assert "False" in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    "message",
    [
        # his own gift is told, without its share: not false by Abu Bakr's «all his wealth»
        "Abdur Rahman bin Auf gave away everything he had. T/F",
        "T/F: Abd al-Rahman ibn Awf gave all of his money.",
    ],
)
def test_a_person_whose_own_fact_tells_the_deed_is_not_judged_by_another(
    english_engine, message
) -> None:
    reply = english_engine.answer(message)
    assert all(part.verdict is not False for part in reply.parts)
