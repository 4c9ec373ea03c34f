"""The Arabizi care's count of the facts holding a word (read once per base) is the count
that testing every fact gives, and one base's index serves every message."""

from __future__ import annotations

from knowledge.arabizi_care import _fact_words, _fact_words_of, _holds
from knowledge.engine import AnswerEngine


def test_the_facts_holding_a_word_are_counted_as_testing_each_fact_counts(
    arabic_engine: AnswerEngine,
) -> None:
    facts = arabic_engine.facts
    vocabulary = arabic_engine.matcher.vocabulary
    base = _fact_words_of(facts, vocabulary)
    every = [_fact_words(fact, vocabulary) for fact in facts]
    # (words as typed, with the article, stems that differ from the word, unknown words)
    words = [
        *sorted(vocabulary)[:400],
        *"الصحابي الصحابه المنافقين المنفقين تبوك غزوه الروم جيش العسره بالمدينه".split(),
        *"كلمه_غريبه عثمان ابوبكر المتخلفين خالد اكيدر".split(),
    ]
    for word in words:
        assert base.holding(word) == sum(_holds(w, word, vocabulary) for w in every), word


def test_one_base_is_indexed_once(arabic_engine: AnswerEngine) -> None:
    facts, vocabulary = arabic_engine.facts, arabic_engine.matcher.vocabulary
    assert _fact_words_of(facts, vocabulary) is _fact_words_of(facts, vocabulary)
    assert _fact_words_of(facts[:5], vocabulary) is not _fact_words_of(facts, vocabulary)
