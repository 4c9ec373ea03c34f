"""A statement opening with a denied clause, then «و» and a clause of its own
(knowledge/denied_lead.py): the denied first clause, false by the text, makes the whole
«خطأ»; a denied first clause the text agrees with, or «و» before a noun with the article
(one more of the same list), leaves the statement as it was judged."""

from __future__ import annotations

import pytest

from knowledge.denied_lead import denied_lead
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("النبي ﷺ ما أعلن عن الغزوة وخرج بالجيش سرّاً، صح ولا خطأ؟", "mobilisation"),
        ("صح ولا غلط: الروم ما جمعوا جيوش بالشام وبقوا في بلادهم", "roman_mobilisation"),
    ],
)
def test_a_false_denied_lead_makes_the_whole_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, False, fact_id)


def test_a_true_denied_lead_is_left_alone(answerer: FormAnswerer) -> None:
    reply = answerer.answer_message("صح أم خطأ: لم يقع قتال وانسحب الروم")
    assert reply.parts[0].verdict is not False


@pytest.mark.parametrize(
    ("statement", "lead"),
    [
        ("النبي صلى الله عليه وسلم ما طلع مع الجيش وبقي في المدينة", "النبي ما طلع مع الجيش"),
        ("الروم ما جمعوا جيوش بالشام وبقوا في بلادهم", "الروم ما جمعوا جيوش بالشام"),
        # near misses: no denial before «و», a list with the article, «ولا» of the denial
        ("أعلن النبي التعبئة وخرج بالجيش", None),
        ("لم يعقد النبي معاهدات مع الروم والغساسنة", None),
        ("لم يكن الأمر سهلا ولا هينا", None),
    ],
)
def test_the_denied_lead_is_cut(statement: str, lead: str | None) -> None:
    assert denied_lead(statement) == lead
