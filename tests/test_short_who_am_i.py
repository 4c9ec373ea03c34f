"""«أنا …، من أنا؟» too short to be read as a riddle by its length is still one: the person
the description tells of, or asked back / not known when the text does not name them —
never the fact the description's claims are about (the donors' list, the hypocrites, the
envoy's killing), which names no one. Dots before «من أنا؟» are a pause, not a blank."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.who_am_i import pause_before_who, told_of_myself
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    ("riddle", "fact_id"),
    [
        ("أنا صحابي قدمت نصف مالي، من أنا؟", "umar_donation"),
        ("أنا صحابي قدمت نصف مالي… من أنا؟", "umar_donation"),
        ("انا صحابي قدمت 950 جملا... مين انا؟", "uthman_donation"),
        ("أنا رئيس دومة الجندل، من أنا؟", "ukaydir"),
    ],
)
def test_a_short_who_am_i_names_the_one_described(
    answerer: FormAnswerer, riddle: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, riddle)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [fact_id], text
    assert answer_text(answerer, fact_id) in text
    assert reply.parts[0].filled is None, text  # («الكلمات الناقصة»: no blank was asked)


@pytest.mark.parametrize(
    "riddle",
    [
        # the text gives no one for these: the fact the claims are about is no answer
        "أنا ملك قتلت سفير النبي، من أنا؟",
        "أنا صحابي جهزت ثلث الجيش، من أنا؟",
        "أنا صحابي تخلفت عن تبوك، من أنا؟",
        # a person (or a place) by its noun is not told by a fact that gives none: the date
        # answers no «who was the emir of the pilgrimage»
        "من أنا؟ كنت أمير الحج في السنة التاسعة",
        "من أنا؟ صحابي كنت أمير الحج في السنة التاسعة للهجرة",
    ],
)
def test_a_short_who_am_i_the_text_does_not_answer_gets_no_fact(
    answerer: FormAnswerer, riddle: str
) -> None:
    reply, text = reply_to(answerer, riddle)
    assert not any(part.done for part in reply.parts), text


@pytest.mark.parametrize(
    ("question", "context", "riddle"),
    [
        ("من أنا؟", "أنا صحابي جهزت ثلث الجيش", "أنا صحابي جهزت ثلث الجيش، من أنا؟"),
        ("من هو؟", "أنا صحابي جهزت ثلث الجيش", None),
        ("من أنا؟", "قال لي صديقي", None),
    ],
)
def test_told_of_myself(question: str, context: str, riddle: str | None) -> None:
    assert told_of_myself(question, context) == riddle


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("أنا صحابي قدمت نصف مالي… من أنا؟", "أنا صحابي قدمت نصف مالي، من أنا؟"),
        ("قدم …… نصف ماله", "قدم …… نصف ماله"),
    ],
)
def test_dots_before_who_am_i_are_a_pause(text: str, read: str) -> None:
    assert pause_before_who(text) == read
