"""A riddle that denies fighting in a dialect's words («ماكانش فيها قتال», «ما طلعوا
يقاتلوا», «ما صار فيها قتال») bears Tabuk's mark «لم يقع قتال»; a «ما» that asks («ما اسم هذه
المعركة») denies nothing, and another event's sign still rules Tabuk out. Each row is the
reply's opening the user sees."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.answer_keys import words_of
from knowledge.forms import FormAnswerer, Status
from knowledge.riddles import fighting_denied
from tests.message_helpers import assert_opens


@pytest.mark.parametrize(
    ("riddle", "status", "opening"),
    [
        (
            "غزوه ماكانش فيها قتال والروم رجعو لبلادهم من الخوف. اشنو سميتها؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (
            "طلعوا فيها الصحابة بعز الصيف والناس ما عندها شي، والروم ما طلعوا يقاتلوا. شو اسمها؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # («ما المعركة التي …» asks which battle: no denial, no mark of Tabuk; the three
            # commanders named, whom the text never names, fit no Tabuk fact)
            "ما المعركة التي استشهد فيها زيد وجعفر وابن رواحة؟",
            Status.RIDDLE_OTHER,
            texts.RIDDLE_OTHER,
        ),
        (  # (a denial after the ask still marks it)
            "ما المعركة التي ما وقع فيها قتال وتراجع فيها الروم؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # (no fighting, but peace with the people of Mecca: al-Hudaybiya)
            "غزوة ما صار فيها قتال وصالح فيها النبي أهل مكة، شو اسمها؟",
            Status.RIDDLE_OTHER,
            texts.RIDDLE_OTHER,
        ),
    ],
)
def test_a_riddle_denying_fighting_in_dialect(
    answerer: FormAnswerer, riddle: str, status: Status, opening: str
) -> None:
    assert_opens(answerer, riddle, status, opening)


@pytest.mark.parametrize(
    ("description", "denied"),
    [
        ("ماكانش فيها قتال", True),
        ("ما صار فيها قتال", True),
        ("والروم ما طلعوا يقاتلوا", True),
        ("ما اسم هذه المعركة", False),
        ("ما المعركة التي استشهد فيها زيد", False),
        ("قاتل فيها المسلمون الروم", False),
    ],
)
def test_fighting_denied_only_by_a_denial_before_it(description: str, denied: bool) -> None:
    assert fighting_denied(words_of(description)) is denied
