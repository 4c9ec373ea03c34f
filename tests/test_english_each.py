"""«State what each of the following gave …: (i) Abu Bakr (ii) Umar»: the exam question is
asked of each listed name in turn (issue 17; knowledge/english_each.py)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_each import each_parts
from tests.english_helpers import answered_facts


def test_each_listed_name_gets_the_question() -> None:
    assert each_parts(
        "Q3 (b) Explain the part played by each of the following at Tabuk:\n(i) Khalid [2]\n"
        "(ii) Ukaydir [2]"
    ) == [
        "Explain the part played by Khalid at Tabuk",
        "Explain the part played by Ukaydir at Tabuk",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "State what each of the following gave.",  # no list
        "Describe each of the following:\n(i) The causes of the expedition of Tabuk and "
        "the part played by the Romans in them\n(ii) Its results",  # items too long
        "Answer each of the following:\n1. Who led the army?\n2. When was it?",  # questions
    ],
)
def test_other_texts_are_no_such_list(text) -> None:
    assert each_parts(text) is None


def test_each_gift_is_answered_on_its_own(english_engine) -> None:
    message = (
        "2 (a) Write what each of the following gave for the army of hardship:\n"
        "i) Abu Bakr\nii) Umar\niii) Uthman"
    )
    assert answered_facts(english_engine, message) == [
        "abu_bakr_donation",
        "umar_donation",
        "uthman_donation",
    ]
    shown = render_english(english_engine.answer(message), english_engine).plain
    assert "gave half his wealth" in shown and "950 camels" in shown


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # en70: the names after a colon on the same line.
        ("Name the amount each of these companions gave for the army: Abu Bakr, Umar, Uthman.",
         ["abu_bakr_donation", "umar_donation", "uthman_donation"]),
        ("State what each of these companions gave: Abu Bakr, Umar and Uthman.",
         ["abu_bakr_donation", "umar_donation", "uthman_donation"]),
        ("Write what each of the following gave for the army of Tabuk: Umar, Uthman.",
         ["umar_donation", "uthman_donation"]),
    ],
)  # fmt: skip
def test_names_listed_on_the_line_each_get_the_question(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    "text",
    [
        # Not names: lower-case words or a choice of deeds.
        "What did each of them do: fight or flee?",
        "Describe what each of these groups did: the hypocrites and the believers stayed",
        # One name only.
        "State what each of these companions gave: Uthman.",
    ],
)
def test_a_line_without_listed_names_is_no_such_list(text) -> None:
    assert each_parts(text) is None
