"""Where a line was taken from, in brackets at its end («(من محاضرة الأسبوع العاشر)»,
«(المصدر: كتاب السيرة النبوية)»), is no words of the question or headline: it is answered
as if the aside were not there; a bracket naming an event («(من مؤتة)») stays (what the user
sees: the fact, not a "did you mean")."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from knowledge.sheet_patterns import TRAILING_MARKS
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("دور المنافقين في تثبيط العزائم قبل الخروج (من محاضرة الأسبوع الخامس)", "hypocrites"),
        ("نتائج غزوة تبوك (المصدر: كتاب السيرة النبوية)", "outcome"),
    ],
)
def test_a_source_aside_is_set_aside(answerer: FormAnswerer, message: str, fact: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id if p.fact else None for p in reply.parts] == [fact], text
    assert reply.parts[0].status is Status.ANSWER, text


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("نتائج غزوة تبوك (من درس السيرة)", "نتائج غزوة تبوك"),
        ("قاد خالد الجيش (من مؤتة)", "قاد خالد الجيش (من مؤتة)"),
    ],
)
def test_the_aside_only(line: str, kept: str) -> None:
    assert TRAILING_MARKS.sub("", line) == kept
