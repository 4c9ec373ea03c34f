"""Who feared whom (knowledge/fear_roles.py, `fear_reversed`): a question about the fear of
one side of another, asked the other way round from the fact on the Arabs' fear of the
Romans, is not answered with that fact; asked the fact's way round, it still is."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "ليش الروم خافو من المسلمين",
        "لماذا خاف الروم من جيش المسلمين في تبوك؟",
        "الروم كانوا خايفين من النبي؟",
        "خوف الروم من المسلمين",
        "علاش الروم كانو كيخافو من جيش النبي؟",
    ],
)
def test_the_fear_asked_the_other_way_round_is_not_the_arabs_fear(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not reply.parts[0].done, text
    assert answer_text(answerer, "arab_fear") not in text


@pytest.mark.parametrize(
    "message",
    [
        "ليش العرب خافو من الروم",
        "العرب كانوا خايفين من الروم؟",
        "خوف العرب من مواجهة الروم",
        "استنتج سبب خوف العرب من مواجهة الروم",
        # the causative: the Arabs are whom the Romans frightened
        "هل أرعب الروم العرب؟",
    ],
)
def test_the_fear_asked_the_fact_s_way_round_is_answered(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.done and part.fact is not None, text
    assert part.fact.id == "arab_fear"
    assert part.status in (Status.ANSWER, Status.VERDICT)


@pytest.mark.parametrize(
    "message",
    [
        # «بدون خوف»: a fear denied names no one who fears, so no fact's fear is reversed
        "المؤمنون قدموا أنفسهم وأموالهم بدون خوف ولا تردد ( )",
        "صح أم خطأ: خرج المؤمنون مع النبي بلا خوف ولا تردد",
    ],
)
def test_a_fear_denied_is_no_fear_asked_the_other_way_round(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.VERDICT and part.verdict is True, text
    assert part.fact is not None and part.fact.id == "believers", text
