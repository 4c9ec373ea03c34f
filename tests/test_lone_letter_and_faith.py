"""A lone letter typed apart from the word it ends («اكيد ر» for «أكيدر») is joined back even
when the first half reads as a function word alone («اكيد», sure); and «نصراني» (a Christian)
names a faith, never «نصر» (victory): «هل كان نصراني؟» is never answered with the outcome."""

from __future__ import annotations

import pytest

from knowledge.engine import AnswerEngine, Outcome
from knowledge.forms import FormAnswerer
from knowledge.word_mending import join_split_words
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to


def test_a_name_split_before_its_last_letter_is_read_whole(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "اكيد ر مين هو وهل كان نصراني")
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert given == ["ukaydir"], text
    assert answer_text(answerer, "outcome") not in text
    assert answer_text(answerer, "enemy") not in text


def test_a_lone_letter_joins_only_into_a_known_word(arabic_engine: AnswerEngine) -> None:
    vocabulary = arabic_engine.matcher.vocabulary
    assert join_split_words(("اكيد", "ر", "مين", "هو"), vocabulary)[0] == "اكيدر"
    # «و» is a word of its own; a letter that starts the next word stays with it
    assert join_split_words(("اكيد", "و", "مين"), vocabulary) == ("اكيد", "و", "مين")
    assert join_split_words(("غزوه", "ت", "بوك"), vocabulary)[0] == "غزوه"


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # a relative pronoun split by a space («الذ ين», «ال ذين», «الت ي») is read whole:
        # a function word is no fact's word, yet its two pieces were unknown words asked
        ("1- عد د الصحا بة الذ ين قدموا امو الهم في غز وة تبوك", "donations"),
        ("من ال ذين تخلفوا عن غزوة تبوك", "hypocrites"),
        ("ما الآية الت ي نزلت في المتخلفين", "verse_38"),
    ],
)
def test_a_relative_pronoun_split_in_two_is_read_whole(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


@pytest.mark.parametrize(
    "question",
    ["هل كان أكيدر نصرانيا", "أكيدر كان نصراني؟", "هل كان اكيدر نصراني ولا مسلم"],
)
def test_ukaydirs_faith_is_a_detail_the_text_lacks(
    arabic_engine: AnswerEngine, question: str
) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.GAP, reply
    assert reply.gap is not None and reply.gap.id == "ukaydir_religion"


def test_a_christian_is_no_victory(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "هل كان نصراني")
    assert not any(part.fact and part.fact.id == "outcome" for part in reply.parts), text
    assert answer_text(answerer, "outcome") not in text
