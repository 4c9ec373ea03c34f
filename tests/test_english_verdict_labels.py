"""A verdict pair inside an exercise's label (en62): «Quick T/F:», «Bonus true or false:»,
«T/F for review:», a heading line «Quick T/F:» over numbered statements. Read with the claim,
the label's words were words no fact knows (the claim was asked back, or its verdict left
unsettled); the label asks the verdict of what follows. «larger/bigger/greater than 40,000» is
the lower bound «more than» is. Each as the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_labels import without_exercise_labels
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        ("Quick T/F: the Muslim force at Tabuk was larger than 40k.", "army_size", texts.EN_TRUE),
        ("Bonus true or false: Uthman gave 950 camels.", "uthman_donation", texts.EN_TRUE),
        ("Another T/F: Tabuk was in Ramadan", "date", texts.EN_FALSE),
        ("True or false: the army of Tabuk was bigger than 40,000 men.", "army_size",
         texts.EN_TRUE),
        # the other pairs that ask a verdict, inside a label (en72)
        ("Quick check, true or not: Khalid ibn al-Walid was sent to Dumat al-Jandal.",
         "dumat_aljandal", texts.EN_TRUE),
        ("Bonus round, fact or myth: Uthman gave 950 camels for the army.", "uthman_donation",
         texts.EN_TRUE),
        ("Review, agree or disagree: Tabuk was fought against the Persians.", "enemy",
         texts.EN_FALSE),
        ("Pop quiz, right or not: Umar gave half his wealth.", "umar_donation", texts.EN_TRUE),
    ],
)  # fmt: skip
def test_a_labelled_verdict_pair_asks_the_claim(english_engine, message, fact, verdict) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


def test_a_labelled_heading_over_numbered_statements(english_engine) -> None:
    message = "Quick T/F:\n1. Tabuk was in Ramadan.\n2. Umar gave half his wealth."
    reply = english_engine.answer(message)
    assert [(p.fact.id if p.fact else None, p.verdict) for p in reply.parts] == [
        ("date", False),
        ("umar_donation", True),
    ]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Quick T/F: Umar gave half.", "True or false: Umar gave half."),
        ("T/F for review: Umar gave half.", "True or false: Umar gave half."),
        ("Quick T/F:\n1. Umar gave half.", "True or false:\n1. Umar gave half."),
        # The pair alone, and a pair after words of the story, stay as typed.
        ("T/F: Umar gave half.", "T/F: Umar gave half."),
        ("Umar gave half true or false: say", "Umar gave half true or false: say"),
        ("Umar gave half, fact or myth: say", "Umar gave half, fact or myth: say"),
    ],
)
def test_the_label_words_around_the_pair_go(message, expected) -> None:
    assert without_exercise_labels(message) == expected


def test_a_heading_the_pair_does_not_open_over_dashed_statements(english_engine) -> None:
    message = (
        "Decide if each is true or false:\n- Uthman provided camels and horses.\n"
        "- After the Romans withdrew, the Prophet chose not to pursue them."
    )
    reply = english_engine.answer(message)
    assert [(p.fact.id if p.fact else None, p.verdict) for p in reply.parts] == [
        ("uthman_donation", True),
        ("no_battle", True),
    ]
