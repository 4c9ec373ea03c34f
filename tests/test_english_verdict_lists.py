"""A heading asking for a verdict on each listed statement («Mark each statement True or
False:», «State whether each of the following is true or false.») makes each line a statement
judged on its own, not an option of one multiple choice (issue 17;
knowledge/english_verdict_lists.py)."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_forms import Form, split_message
from knowledge.english_verdict_lists import verdict_heading


@pytest.mark.parametrize(
    "heading",
    [
        "Mark each statement True or False:",
        "State whether each of the following is true or false.",
        "Q5 True or false?",
        "Say if these are true or false pls",
        "Decide whether each sentence is TRUE or FALSE:",
        "Read each statement and write True or False next to it.",
        "Are these statements true or false?",
        "Tick true or false",
    ],
)
def test_a_verdict_heading_is_read_as_one(heading) -> None:
    assert verdict_heading(heading)
    split = split_message(
        f"{heading}\n1. Umar gave all of his wealth.\n2. Uthman gave 950 camels.\n"
        "3. The Romans retreated into their own lands."
    )
    assert [part.form for part in split.parts] == [Form.TRUE_FALSE] * 3
    assert split.parts[0].text.endswith("Umar gave all of his wealth.")


@pytest.mark.parametrize(
    "stem",
    [
        "Which of the following is true?",
        "Which statement about Tabuk is correct?",
        "Tabuk:",
        # A stem naming a detail of its own is a question, not a heading.
        "Is it true or false that Tabuk was in Rajab or in Shawwal?",
    ],
)
def test_a_stem_that_is_no_verdict_heading(stem) -> None:
    assert not verdict_heading(stem)


def test_a_choice_asking_which_is_true_stays_one_choice() -> None:
    split = split_message(
        "Which of the following is true?\na) Tabuk was in 2 AH\nb) Tabuk was against the "
        "Byzantines\nc) Khalid led the army\nd) Thousands died"
    )
    assert [part.form for part in split.parts] == [Form.CHOICE]


def test_each_statement_gets_its_own_verdict(english_engine) -> None:
    message = (
        "Mark each statement True or False:\n1. The expedition of Tabuk took place in Rajab, "
        "9 AH.\n2. Umar gave all of his wealth.\n3. The Romans retreated into their own lands."
    )
    reply = english_engine.answer(message)
    assert [part.verdict for part in reply.parts] == [True, False, True]
    shown = render_english(reply, english_engine).plain
    assert "(2) Umar gave all of his wealth.\nخطأ.\nFalse." in shown
    assert "(3) The Romans retreated into their own lands.\nصحيح.\nTrue." in shown


def test_a_fourth_statement_gets_its_verdict_too(english_engine) -> None:
    message = (
        "Say if these are true or false pls\n1. uthman gave 50 horses\n2. umar gave half his "
        "money\n3. abu bakr gave all his wealth\n4. the army numbered over 40,000"
    )
    reply = english_engine.answer(message)
    assert [part.verdict for part in reply.parts] == [True, True, True, True]
    assert reply.more == 0
    assert "only" not in render_english(reply, english_engine).plain


def test_a_part_with_its_own_verdict_is_graded_by_it(english_engine, tmp_path) -> None:
    from knowledge.english_evaluation import grade, load_messages

    message = (
        "Mark each statement True or False:\\n1. Umar gave all of his wealth.\\n"
        "2. Uthman gave 950 camels.\\n3. Abu Bakr gave all his wealth."
    )
    line = (
        '{"message": "%s", "form": "truefalse", "parts": [{"expected": "umar_donation", '
        '"verdict": %s}, {"expected": "uthman_donation", "verdict": true}, '
        '{"expected": "abu_bakr_donation"}], "category": "exam"}'
    )
    path = tmp_path / "set.jsonl"
    path.write_text(line % (message, "false") + "\n" + line % (message, "true") + "\n")
    right, wrong = load_messages(path)
    reply = english_engine.answer(right.message)
    assert grade(right, reply) == "right"
    assert grade(wrong, reply) == "wrong"


def test_a_statement_every_offered_fact_settles_alike_is_settled(english_engine) -> None:
    # The allies, the envoy and the enemy facts each name the Ghassanids as the Romans'
    # allies: whichever is meant, it is true (knowledge/english_close_facts.agreed_by_all).
    message = "True or False: The Romans were allied with the Ghassanids."
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert plain.startswith(texts.EN_TRUE), plain
