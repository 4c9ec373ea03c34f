"""A pronoun after a story that names another event stands for that event («غزوة أحد
ودروسها، مين يلخصها لي؟»), never for Tabuk; and a remark on where a question comes from
(«سؤال من كتاب ابني») asks nothing: «كتاب» is a book, not «ك» + «تاب» (repented)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.stemming import stem
from tests.message_helpers import reply_to


def _given(answerer: FormAnswerer, message: str) -> tuple[list[str], str]:
    reply, text = reply_to(answerer, message)
    return [part.fact.id for part in reply.parts if part.done and part.fact], text


@pytest.mark.parametrize(
    "message",
    [
        "غزوة أحد ودروسها 💔 مين يلخصها لي؟",
        "عندي بحث عن غزوة بدر، متى كانت؟",
        "قرأت عن غزوة الخندق وحفر الخندق، شو صار فيها؟",
    ],
)
def test_it_after_another_event_is_not_tabuk(answerer: FormAnswerer, message: str) -> None:
    given, text = _given(answerer, message)
    assert given == [], text


def test_it_after_tabuk_is_still_tabuk(answerer: FormAnswerer) -> None:
    given, text = _given(answerer, "قرأت عن غزوة تبوك، متى كانت؟")
    assert given == ["date"], text


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("ليش كان الوصول لبلاد الروم صعب؟ سؤال من كتاب ابني", ["distance"]),
        ("سؤال من كتاب المدرسة: كم كان عدد جيش المسلمين؟", ["army_size"]),
    ],
)
def test_the_source_of_a_question_is_no_question(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    given, text = _given(answerer, message)
    assert given == fact_ids, text


@pytest.mark.parametrize(
    ("word", "stemmed"),
    [("كتاب", "كتاب"), ("كبير", "كبير"), ("كعثمان", "عثمان"), ("كالروم", "روم")],
)
def test_like_is_cut_only_from_a_word_that_is_not_one_whole(word: str, stemmed: str) -> None:
    assert stem(word) == stemmed
