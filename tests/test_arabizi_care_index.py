"""The Arabizi care's count of the facts holding a word (read once per base) is the count
that testing every fact gives, and one engine's index serves every message."""

from __future__ import annotations

from knowledge.arabizi_words import fact_words, holds
from knowledge.engine import AnswerEngine
from knowledge.forms import FormAnswerer


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


def test_one_engine_indexes_its_facts_once(arabic_engine: AnswerEngine) -> None:
    base = arabic_engine.arabizi
    assert base.facts is arabic_engine.facts
    assert base.vocabulary is arabic_engine.matcher.vocabulary
    FormAnswerer(arabic_engine).answer_message("shu esm el sa7abi elli jahaz jaysh el 3osra?")
    index = base._holding
    FormAnswerer(arabic_engine).answer_message("meen 3osman bin 3affan?")
    assert base._holding is index
