"""A question whose words name only the expedition but that asks about something else is not
given the overview: «هل هذا صحيح؟» checks a claim told before it, «ما هي الآية؟» asks a
verse, «ماذا فعلوا؟», «شو قصته؟» ask about someone named before it."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "سمعت من واحد في الديوانية إن أبا ذر مشى وحده خلف الجيش، شو قصته بتبوك؟",
        "واحد بالقروب كتب إن الجيش ما لقى ماء بالطريق، هل هذا صحيح في غزوة تبوك؟",
        "ماذا فعلوا في غزوة تبوك؟",
        "نزلت آيات في تبوك، ما هي الآية؟",
        "ابن عمي يقول إن النبي مكث هناك شهرين، صح هالحكي عن تبوك؟",
    ],
)
def test_only_the_expedition_named_but_more_asked_is_not_the_overview(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert "overview" not in [part.fact.id for part in reply.parts if part.done and part.fact]
    assert answer_text(answerer, "overview")[:60] not in text


@pytest.mark.parametrize(
    "message",
    [
        "ما هي غزوة تبوك؟",
        "بدي اعرف عن تبوك، شو صار فيها؟",
        "وش قصة غزوة تبوك باختصار",
        "عندي عرض بالمدرسة، ممكن ملخص عن غزوة تبوك؟",
    ],
)
def test_the_expedition_asked_about_gets_the_overview(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == ["overview"], text
