"""A riddle telling fighting as done, or the Muslims drawing back, is not Tabuk, where no
battle was fought and the Romans were the ones who withdrew: with Mu'tah's mark (Khalid
taking the army back) it is Mu'tah, else the bot says it covers Tabuk only. The Romans'
retreat and a denied fight stay Tabuk's. Each row is the reply's opening the user sees."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.answer_keys import words_of
from knowledge.forms import FormAnswerer, Status
from knowledge.riddle_sides import fighting_told, muslims_withdrawal
from tests.message_helpers import assert_opens


@pytest.mark.parametrize(
    ("riddle", "status", "opening"),
    [
        (  # fighting done and Khalid taking the army back: Mu'tah, never Tabuk
            "معركة قاتل فيها المسلمون الروم وانسحب خالد بالجيش، ما هي؟",
            Status.RIDDLE_MUTAH,
            texts.RIDDLE_MUTAH,
        ),
        (  # the Muslims drew back: not the Romans' retreat of Tabuk
            "غزوة انسحب فيها المسلمون أمام الروم، ما اسمها؟",
            Status.RIDDLE_OTHER,
            texts.RIDDLE_OTHER,
        ),
        (  # a fight with the Romans told in another verb
            "معركة اشتبك فيها المسلمون مع الروم وتراجعوا، شو اسمها؟",
            Status.RIDDLE_OTHER,
            texts.RIDDLE_OTHER,
        ),
        (  # «أنا غزوة …»: the expedition telling of itself
            "أنا غزوة حارب فيها المسلمون الروم، من أكون؟",
            Status.RIDDLE_OTHER,
            texts.RIDDLE_OTHER,
        ),
        (  # the Romans' army drew back and the fight is denied: Tabuk
            "غزوة تراجع فيها جيش الروم إلى بلادهم وما قاتلوا، ما اسمها؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # set out to fight («لقتال»), the Romans withdrew, no fighting: Tabuk
            "غزوة خرج فيها المسلمون لقتال الروم فتقهقر الروم ولم يقع قتال، ما هي؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
    ],
)
def test_fighting_and_who_drew_back(
    answerer: FormAnswerer, riddle: str, status: Status, opening: str
) -> None:
    assert_opens(answerer, riddle, status, opening)


@pytest.mark.parametrize(
    ("description", "fought"),
    [
        ("قاتل فيها المسلمون الروم", True),
        ("وتقاتلوا مع الروم", True),
        ("ما قاتلوا الروم", False),
        ("وما قاتلوا", False),
        ("خرجوا لقتال الروم", False),
        ("خرجوا يقاتلون الروم", False),
    ],
)
def test_fighting_told_only_as_done_and_not_denied(description: str, fought: bool) -> None:
    assert fighting_told(words_of(description)) is fought


@pytest.mark.parametrize(
    ("description", "muslims"),
    [
        ("انسحب خالد بالجيش", True),
        ("وتراجع فيها المسلمون", True),
        ("تقهقر الروم إلى بلادهم", False),
        ("تراجع جيش الروم", False),
        ("رجع الجيش إلى المدينة", False),
    ],
)
def test_withdrawal_by_the_muslims_side(description: str, muslims: bool) -> None:
    assert bool(muslims_withdrawal(words_of(description))) is muslims
