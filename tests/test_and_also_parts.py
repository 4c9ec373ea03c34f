"""«… وكمان …»: the writer announces a second question. Neither is lost: a part the text
cannot answer keeps its place (said so, or asked back) beside the one answered, whether it
comes first or after, asked with a question word, as a request («ابغى اعرف …») or as the
kind of detail wanted («اسم قاتل السفير»). What the user sees: both questions' labels."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from knowledge.question_split import split_questions
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    ("message", "answered"),
    [
        # the part asked back first, its nearest fact the one the second part gets
        ("شو اسم الصحابي اللي ما طلع وكمان شو اسم الجيش", "army_name"),
        ("ابي اعرف اسم الصحابي اللي ما طلع وكمان شو اسم الجيش", "army_name"),
        # a detail the text lacks after «and also», asked with no question word
        ("كم عدد الجيش وكمان اسم قاتل السفير", "army_size"),
        ("ابي اعرف كم عدد الجيش وكمان اسم قاتل السفير", "army_size"),
    ],
)
def test_both_questions_keep_their_places(
    answerer: FormAnswerer, message: str, answered: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert len(reply.parts) == 2, text
    assert texts.part_label(1, reply.parts[1].part.original) in text, text
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [answered], text
    assert answer_text(answerer, answered) in text


def test_a_request_before_and_also_is_a_question_not_a_lead_in(answerer: FormAnswerer) -> None:
    # «ابغى اعرف اسم السفير» asks the envoy's name, which the text does not give
    reply, text = reply_to(answerer, "ابغى اعرف اسم السفير وكمان ليش سموه جيش العسرة")
    assert len(reply.parts) == 2, text
    assert reply.parts[0].fact is None and not reply.parts[0].done, text


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("كم عدد الجيش وكمان اسم قاتل السفير", ["كم عدد الجيش", "اسم قاتل السفير"]),
        ("اسم السفير وكمان ليش سموه جيش العسرة", ["اسم السفير", "ليش سموه جيش العسرة"]),
        # «and also» + a preposition's noun asks nothing of its own
        ("هل تبرع عثمان بالجمال وكمان بالخيل", ["هل تبرع عثمان بالجمال وكمان بالخيل"]),
    ],
)
def test_and_also_splits_before_a_detail_asked(text: str, pieces: list[str]) -> None:
    assert split_questions(text) == pieces
