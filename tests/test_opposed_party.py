"""«ضد من / ضد مين / ضدها» after a deed asks the side the deed was against: the enemy fact
answers, not the deed's own fact (knowledge/opposed_party.py)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.normalize import normalize
from knowledge.opposed_party import asks_the_opposed_party
from tests.message_helpers import answer_text, assert_answered_with, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "ضد من نادى الرسول بالنفير العام؟",
        "النفير العام كان ضد منو؟",
        "اذكر الجهات اللي استنفر النبي المسلمين ضدها",
        "ضد أي دولة دعا النبي إلى التعبئة العامة؟",
    ],
)
def test_against_whom_a_deed_was_done_is_answered_with_the_enemy(
    answerer: FormAnswerer, message: str
) -> None:
    assert_answered_with(answerer, message, "enemy", answer_text(answerer, "enemy"))


@pytest.mark.parametrize(
    "message",
    [
        # «ضد» names the side: the question asks something else
        "متى أعلن النبي التعبئة العامة ضد الروم؟",
        # «من» here is «from», and no «ضد» asks a side
        "ماذا أعلن النبي من قبل غزوة تبوك؟",
    ],
)
def test_a_named_side_or_no_side_is_not_asked(message: str) -> None:
    assert not asks_the_opposed_party(tuple(normalize(message).split()))


def test_the_deed_itself_is_still_answered_with_its_fact(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "ماذا أعلن النبي قبل غزوة تبوك؟")
    assert [part.fact.id for part in reply.parts if part.fact] == ["mobilisation"], text
