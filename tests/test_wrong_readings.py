"""Words misread into another fact's word: each cause gave a confident wrong reply once, and
the reply a user sees must now be no answer with that fact (an honest «لا يذكر النص…» or a
"did you mean" is better than a wrong one), while the right readings stay."""

from __future__ import annotations

import pytest

from knowledge.analysis import analyze
from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, reply_to


@pytest.fixture(scope="module")
def answerer() -> FormAnswerer:
    return FormAnswerer(AnswerEngine(load_shipped().facts, part_of=load_shipped().part_of))


def _fact_of(answerer: FormAnswerer, message: str) -> tuple[str | None, str]:
    """The fact the first part is answered with (None when it is not), and the reply text."""
    reply, text = reply_to(answerer, message)
    fact = reply.parts[0].reply.fact if reply.parts[0].reply.answered else None
    return (fact.id if fact is not None else None), text


def test_no_particle_is_cut_after_the_article(answerer: FormAnswerer) -> None:
    # «الفضل» (the favour) is not «ال» + «ف» + «ضل» (stayed): not the stationing fact
    vocabulary = answerer.engine.matcher.vocabulary
    assert "ضل" not in analyze("اشنو الفضل لي دار الله", vocabulary).terms
    fact, text = _fact_of(answerer, "اشنو الفضل لي دار الله على لي مشاو مع الرسول لتبوك؟")
    assert fact != "stationing", text
    assert answer_text(answerer, "stationing") not in text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # a word after the article the stemmer alone misses is still read («المنطقة»: place)
        ("شنو المنطقة اللي خضعت لخالد بن الوليد بغزوة تبوك؟", "dumat_aljandal"),
        ("في أي الشهور الهجرية انطلق جيش المسلمين نحو تبوك؟", "date"),
    ],
)
def test_words_after_the_article_are_still_read(
    answerer: FormAnswerer, question: str, fact_id: str
) -> None:
    fact, text = _fact_of(answerer, question)
    assert fact == fact_id, text
