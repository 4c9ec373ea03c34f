"""A time the question gives is no detail it asks: «ماذا أعلن النبي في رجب سنة 9؟» asks what
was announced, not when Tabuk was. Each row is a message, the fact answering it and words the
user sees; then what the reader keeps of a question."""

from __future__ import annotations

import pytest

from knowledge.analysis import analyze
from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.forms import FormAnswerer
from knowledge.time_given import without_time_given
from tests.message_helpers import reply_to


@pytest.fixture(scope="module")
def answerer() -> FormAnswerer:
    return FormAnswerer(AnswerEngine(load_shipped().facts))


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("ماذا أعلن النبي ﷺ في رجب سنة 9؟", "mobilisation", "التعبئة العامة"),
        (
            "ما الذي أعلنه النبي صلى الله عليه وسلم في رجب من السنة التاسعة؟",
            "mobilisation",
            "التعبئة العامة",
        ),
        (
            "بسم الله، أنا طالبة في الصف الثامن، والمعلمة سألتنا: ماذا أعلن النبي ﷺ "
            "في شهر رجب من السنة التاسعة؟",
            "mobilisation",
            "التعبئة العامة",
        ),
    ],
)
def test_the_time_given_asks_nothing(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    reply, text = reply_to(answerer, message)
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert given == [fact_id], text
    assert words in text, text


@pytest.mark.parametrize(
    "message",
    [
        # whether it was then, or a claim about it: the date still answers
        "هل كانت غزوة تبوك في رجب؟",
        "خرج الجيش في شهر رمضان",
    ],
)
def test_a_time_asked_is_still_the_date(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.fact][:1] in (["date"], []), text
    assert "رجب" in text, text


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("ماذا أعلن النبي في رجب سنة 9", ("اعلن", "نبي")),
        ("ماذا اعلن الرسول في العام التاسع الهجري في شهر رجب", ("اعلن", "نبي")),
        # «العامة» of «التعبئة العامة» is no year
        ("ماذا أعلن النبي التعبئة العامة", None),
        # who, against whom, whether: asked of a person or a time, not read again
        ("ضد من أعلن الرسول التعبئة العامة في رجب سنة تسع", None),
        ("هل خرج الجيش في رجب", None),
        ("متى أعلن النبي التعبئة العامة في رجب", None),
    ],
)
def test_what_is_kept(question: str, kept: tuple[str, ...] | None) -> None:
    lighter = without_time_given(analyze(question))
    assert (lighter.terms if lighter else None) == kept
