"""A bare «with/against whom» after a question («عقد النبي معاهدات؟ مع مين؟») asks about that
question, never «مع من كانت غزوة تبوك» (the enemy); «مع من كانت؟», with a verb of its own,
may still ask the expedition."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "عقد النبي معاهدات في تبوك؟ مع مين؟",
        "سمعت إن النبي صالح ناس في تبوك، ايش المعاهدات اللي صارت؟ ومع مين؟",
    ],
)
def test_a_bare_with_whom_asks_the_question_before_it(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert "enemy" not in given, text
    assert "treaties" in given, text
    assert answer_text(answerer, "enemy") not in text


def test_with_whom_it_was_still_asks_the_expedition(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer, "صاحبي يقول إن غزوة تبوك كانت ضد الفرس، هل هذا صحيح؟ مع من كانت؟"
    )
    assert "enemy" in [part.fact.id for part in reply.parts if part.done and part.fact], text
