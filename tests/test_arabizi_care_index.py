"""The Arabizi care's count of the facts holding a word (read once per base) is the count
that testing every fact gives, and one engine's index serves every message."""

from __future__ import annotations

import pytest

from knowledge import arabizi_words
from knowledge.arabizi_words import fact_words, holds
from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.forms import FormAnswerer
from knowledge.models import Fact


def test_the_facts_holding_a_word_are_counted_as_testing_each_fact_counts(
    arabic_engine: AnswerEngine,
) -> None:
    base = arabic_engine.arabizi
    vocabulary = arabic_engine.matcher.vocabulary
    every = [fact_words(fact, vocabulary) for fact in arabic_engine.facts]
    # (words as typed, with the article, stems that differ from the word, unknown words)
    words = [
        *sorted(vocabulary)[:400],
        *"الصحابي الصحابه المنافقين المنفقين تبوك غزوه الروم جيش العسره بالمدينه".split(),
        *"كلمه_غريبه عثمان ابوبكر المتخلفين خالد اكيدر".split(),
    ]
    for word in words:
        assert base.holding(word) == sum(holds(w, word, vocabulary) for w in every), word


def test_one_engine_indexes_its_facts_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two Arabizi messages answered by one engine read its facts' words once: the index is
    built on the first message that needs it, one fact_words() per fact, and then kept."""
    calls: list[str] = []

    def counted(fact: Fact, vocabulary: frozenset[str]) -> frozenset[str]:
        calls.append(fact.id)
        return fact_words(fact, vocabulary)

    monkeypatch.setattr(arabizi_words, "fact_words", counted)
    engine = AnswerEngine(load_shipped().facts, cache_size=0)
    answerer = FormAnswerer(engine)
    answerer.answer_message("shu esm el sa7abi elli jahaz jaysh el 3osra?")
    assert sorted(calls) == sorted(fact.id for fact in engine.facts)
    answerer.answer_message("meen 3osman bin 3affan?")
    FormAnswerer(engine).answer_message("eish sabab ghazwat tabuk?")
    assert len(calls) == len(engine.facts)
