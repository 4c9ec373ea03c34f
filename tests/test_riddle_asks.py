"""How people ask «which expedition?» after (or before) a description: each row a riddle and
the reply's opening the user sees. The ask may open the message («أي غزوة هي التي …»), use a
dialect's words («ايه الغزوة اللي …», «اشنو سميتها؟») or an exam's («حدد الغزوة: …»); a
description of another expedition is still not named."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.fixture(scope="module")
def answerer() -> FormAnswerer:
    return FormAnswerer(AnswerEngine(load_shipped().facts))


@pytest.mark.parametrize(
    ("riddle", "status", "opening"),
    [
        (  # Egyptian «which expedition that …»: Tabuk, not the list of donors
            "ايه الغزوة اللي ابو بكر الصديق ادى فيها كل فلوسه وعمر ادى النص؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # «أي غزوة …» asked first: Tabuk, not Heraclius's fact
            "أي غزوة هي التي أعطى فيها هرقل جنوده المرتزقة رزق سنة مقدماً استعداداً لقتال المسلمين؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # Maghrebi «what is it called»
            "لغز: غزوة المنافقين تخلفو عليها وحاولو يكسرو همة المجاهدين، "
            "ونزلت فيهم آيات. اشنو سميتها؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # an exam's «حدد الغزوة»
            "حدد الغزوة: خرج فيها المسلمون في شدة الحر ولم يقع فيها قتال",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # the trench is the Confederates', never Tabuk
            "وش الغزوة اللي حفروا فيها الخندق حول المدينة؟",
            Status.RIDDLE_OTHER,
            texts.RIDDLE_OTHER,
        ),
    ],
)
def test_which_expedition_asked_in_people_s_words(
    answerer: FormAnswerer, riddle: str, status: Status, opening: str
) -> None:
    reply, text = reply_to(answerer, riddle)
    assert reply.parts[0].status is status, text
    assert text.startswith(opening), text
