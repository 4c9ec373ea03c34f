"""Companions by title («al-Farooq», «Dhun-Nurayn», «as-Siddiq», «Sayfullah»), «who paid for
it», a true/false question followed by a comment, and quiz-app options pasted as bare lines
or Kahoot tiles (knowledge/data/english.json names, english_phrases.PHRASES,
english_claim_tail.py, english_bare_options.py)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_bare_options import bare_options
from knowledge.english_claim_tail import claim_before_comment
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("what did dhun nurayn give for the expedition", "uthman_donation"),
        ("Hi, I'm a revert and I keep hearing about Dhun-Nurayn at Tabuk. What did he give?",
         "uthman_donation"),
        ("what did as-siddiq donate for tabuk", "abu_bakr_donation"),
        ("al farooq give how much for the army?", "umar_donation"),
        ("where did sayfullah go during tabuk", "dumat_aljandal"),
    ],
)  # fmt: skip
def test_a_companion_named_by_his_title(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]
    english = english_engine.matcher.english(fact)
    assert english is not None
    assert english.answer in render_english(english_engine.answer(message), english_engine).plain


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        # «all his wealth» is Abu Bakr's gift: al-Farooq (Umar) gave half
        ("T/F: al-Farooq gave all of his wealth for Tabuk.", "umar_donation", False),
        ("True or False: Dhun-Nurayn gave 500 camels for the Army of Hardship.",
         "uthman_donation", False),
        ("true or false as-siddiq gave everything he had", "abu_bakr_donation", True),
        ("True or false: Sayfullah was sent to Ayla.", "dumat_aljandal", False),
    ],
)  # fmt: skip
def test_a_titled_companion_in_a_statement(english_engine, message, fact, verdict) -> None:
    reply = english_engine.answer(message)
    assert [(p.decision.fact.id if p.decision.fact else None, p.verdict) for p in reply.parts] == [
        (fact, verdict)
    ]
    plain = render_english(reply, english_engine).plain
    assert plain.split("\n")[1] == ("True." if verdict else "False.")


def test_who_paid_for_the_army_asks_who_gave(english_engine) -> None:
    message = "How big was the army? Who paid for it?"
    assert answered_facts(english_engine, message) == ["army_size", "donations"]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert "Heraclius" not in plain
    # Heraclius paid his own soldiers: that is still his.
    assert answered_facts(english_engine, "what did heraclius pay for his soldiers") == [
        "heraclius"
    ]


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        (
            "the Arabs back then were scared of the Romans? I read that somewhere and "
            "wasn't sure.",
            "the Arabs back then were scared of the Romans?",
        ),
        # a tail asking something of its own stays
        ("Umar gave half? Who gave all?", "Umar gave half? Who gave all?"),
        ("Umar gave half.", "Umar gave half."),
    ],
)
def test_where_a_claim_asked_as_a_question_ends(statement, claim) -> None:
    assert claim_before_comment(statement) == claim


def test_a_comment_after_the_claim_does_not_deny_it(english_engine) -> None:
    message = (
        "Is it true that the Arabs back then were scared of the Romans? I read that "
        "somewhere and wasn't sure."
    )
    reply = english_engine.answer(message)
    assert [(p.decision.fact.id if p.decision.fact else None, p.verdict) for p in reply.parts] == [
        ("arab_fear", True)
    ]
    assert render_english(reply, english_engine).plain.split("\n")[1] == "True."


@pytest.mark.parametrize(
    ("message", "fact", "answer"),
    [
        ("How many camels did Uthman (RA) give?\n300\n950\n1000\n700", "uthman_donation",
         "Answer: (2) 950"),
        ("Kahoot: Tabuk was against...\n▲ the Persians\n◆ Quraysh\n"
         "● the Byzantine Empire and its allies\n■ the Jews of Khaybar", "enemy",
         "Answer: (3) the Byzantine Empire and its allies"),
    ],
)  # fmt: skip
def test_quiz_app_options_without_letters(english_engine, message, fact, answer) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert answer in render_english(english_engine.answer(message), english_engine).plain.split(
        "\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a heading's colon heads questions or statements as often as options
        "Answer these:\nDate of Tabuk\nLeader of Tabuk\nSize of the army",
        # lines that ask are questions
        "Tabuk quiz?\nWho led it?\nWhen was it?\nWhere was it?",
        # marks or brackets are another layout's
        "In which year AH?\n[ ] 8\n[ ] 9\n[ ] 10\n(expedition of Tabuk)",
        # long lines are statements
        "Which is true?\nThe army numbered more than forty thousand men in all\n"
        "Umar gave all of his wealth to equip the army\nThe Romans fought at Tabuk for days",
    ],
)
def test_lines_that_are_no_bare_options(text) -> None:
    assert bare_options(text) is None
