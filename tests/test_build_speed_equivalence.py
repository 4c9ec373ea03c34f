"""The build-time cuts of pass sp18 give exactly what the plain code gave.

The known gaps' stand-down tests only the patterns a text's words reach (GapFinder._reached),
and the matcher folds each phrasing once and reads each keyword once; both are checked here
against the plain definitions on the shipped base with texts an admin might add.
"""

from __future__ import annotations

import dataclasses
import math

from benchmarks.matcher import synthetic_facts
from knowledge import aspect_words
from knowledge.base import load_shipped
from knowledge.content_terms import content_terms
from knowledge.engine import AnswerEngine, shipped_base, shipped_gaps
from knowledge.gaps import AddedText, GapFinder, _holds, fact_texts
from knowledge.matcher import Matcher
from knowledge.models import AnswerType, Fact
from knowledge.normalize import normalize


def _stating(index: int, words: str) -> Fact:
    return Fact(
        id=f"added_{index}",
        answer=f"ذكر النص {words} في هذا الخبر",
        questions=(f"ما {words}",),
        keywords=(words,),
        answer_type=AnswerType.OVERVIEW,
        source=words,
    )


def _admin_base() -> list[Fact]:
    """The shipped facts, with new facts stating each gap's first pattern (its words and its
    phrase), some shipped facts edited to state one, and generated facts that state none."""
    shipped = list(load_shipped().facts)
    gaps = shipped_gaps()
    added = [
        _stating(index, " ".join((*gap.patterns[0].all, *gap.patterns[0].phrase)))
        for index, gap in enumerate(gaps)
        if index % 2 == 0
    ]
    edited = [
        dataclasses.replace(
            fact, answer=f"{fact.answer} {' '.join(gaps[index].patterns[-1].phrase)}"
        )
        if index % 2
        else dataclasses.replace(
            fact, answer=f"{fact.answer} {' '.join(gaps[index].patterns[-1].all)}"
        )
        for index, fact in enumerate(shipped[:12])
    ]
    return edited + shipped[12:] + added + synthetic_facts(200)


def _plain_stand_down(engine: AnswerEngine) -> list[tuple[str, frozenset[str], str]]:
    """Every pattern tested against every added text, as before the index."""
    matcher = engine.matcher
    patterns = GapFinder(shipped_gaps(), matcher.vocabulary)._patterns
    shipped = {fact.id: fact for fact in shipped_base().facts}
    stated: set[str] = set()
    for fact in engine.facts:
        if shipped.get(fact.id) == fact:
            continue
        profile = matcher.profile(fact.id)
        assert profile is not None
        text = AddedText(profile.terms, fact_texts(fact), fact_texts(shipped.get(fact.id)))
        now = tuple(f" {normalize(new)} " for new in text.texts)
        then = tuple(f" {normalize(old)} " for old in text.before)
        before = frozenset(
            term for old in then for term in content_terms(old.split(), matcher.vocabulary)
        )
        stated.update(
            pattern.gap.id
            for pattern in patterns
            if _holds(pattern, text.terms, now)
            and not (text.before and _holds(pattern, before, then))
        )
    return [(p.gap.id, p.all, p.phrase) for p in patterns if p.gap.id not in stated]


def test_gaps_stand_down_as_when_every_pattern_was_tested() -> None:
    engine = AnswerEngine(_admin_base(), cache_size=0)
    kept = [(p.gap.id, p.all, p.phrase) for p in engine._gap_finder._patterns]
    plain = _plain_stand_down(engine)
    assert kept == plain
    # (the texts do state gaps, by their words and by their phrases alone)
    assert len(kept) < len(GapFinder(shipped_gaps(), engine.matcher.vocabulary)._patterns)
    assert any(not pattern.all for pattern in engine._gap_finder._patterns)
    stood_down = {gap.id for gap in shipped_gaps()} - {gap_id for gap_id, _, _ in kept}
    assert any(not gap.patterns[0].all for gap in shipped_gaps() if gap.id in stood_down)


def test_profiles_and_weights_are_the_plain_ones() -> None:
    matcher = Matcher(_admin_base())
    for indexed in matcher._facts:
        fact = indexed.fact
        profile = matcher.profile(fact.id)
        assert profile is not None
        keyword_terms = [
            content_terms(normalize(keyword).split(), matcher.vocabulary)
            for keyword in fact.keywords
        ]
        assert profile.keyword_sets == tuple(frozenset(terms) for terms in keyword_terms)
        assert profile.keyword_terms == frozenset(t for terms in keyword_terms for t in terms)
        assert list(profile.keyword_terms) == list(
            frozenset(t for terms in keyword_terms for t in terms)
        )
        for phrasing in indexed.phrasings:
            # (exactly rounded: a plain sum over the set follows its hash order)
            assert phrasing.weight == math.fsum(matcher.idf(term) for term in phrasing.terms)
            assert phrasing.normalized == normalize(phrasing.text)


def test_topic_and_qualifier_forms_are_the_readings_tests() -> None:
    """is_topic/is_qualifier look the word up among the forms _readings() reads; the plain
    test builds the readings. Checked on every word of the shipped base and on every
    particle and article put before (and letters cut off) each topic and qualifier."""
    words = {
        word
        for fact in load_shipped().facts
        for text in fact_texts(fact)
        for word in normalize(text).split()
    }
    for base in aspect_words._TOPICS | aspect_words._QUALIFIERS:
        for front in ("", "ال", "و", "ف", "ل", "وال", "فال", "لل", "بال", "ا", "الل", "ول"):
            words.update({f"{front}{base}", f"{front}{base[1:]}", f"{front}{base[:-1]}"})
    for word in words:
        readings = aspect_words._readings(word)
        assert aspect_words.is_topic(word) == any(r in aspect_words._TOPICS for r in readings)
        assert aspect_words.is_qualifier(word) == any(
            r in aspect_words._QUALIFIERS for r in readings
        )
    assert aspect_words.is_topic("والنتايج") and not aspect_words.is_topic("الدرس")
