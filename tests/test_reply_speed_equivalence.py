"""The speed cuts of pass pf34 (the throughput benchmark's answering and reply path) give
exactly what the plain code gave, on every question of the tuning texts and facts."""

from __future__ import annotations

import dataclasses
from itertools import pairwise

import pytest

from knowledge.analysis import analyze
from knowledge.answer_keys import load_answer_keys, mention_spans, mentions, words_of
from knowledge.base import load_shipped
from knowledge.contradictions import _NEGATIONS, _OPPOSITES, _bare, _opposite
from knowledge.event_order import EventOrder, _closed, _stated, load_event_order, stated_before
from knowledge.headlines import known_names
from knowledge.lexicon import YES_NO_WORDS, QuestionType
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.side_by_side import _leading_name
from knowledge.sources import mark_misquotes, shipped_misquotes
from knowledge.wording import asks_yes_or_no
from tests.test_pattern_speed import TEXTS

FACTS = load_shipped().facts
QUESTIONS = sorted(
    {normalize(text) for text in TEXTS} | {normalize(q) for fact in FACTS for q in fact.questions}
)
_PLAIN_OR_NOT = (("ولا", "لا"), ("او", "لا"), ("لو", "لا"), ("ولا", "لاء"), ("ام", "لا"))


def _plain_asks_yes_or_no(question_type: QuestionType, words: tuple[str, ...]) -> bool:
    if question_type is QuestionType.YESNO:
        return True
    if YES_NO_WORDS & set(words):
        return True
    return bool(set(pairwise(words)) & set(_PLAIN_OR_NOT))


def test_a_question_asks_yes_or_no_alike() -> None:
    readings = [analyze(text) for text in QUESTIONS]
    found = [asks_yes_or_no(r.question_type, r.words) for r in readings]
    assert found == [_plain_asks_yes_or_no(r.question_type, r.words) for r in readings]
    # (both sides met: by type, by a word, by «… ولا لا», and not at all)
    assert asks_yes_or_no(QuestionType.NONE, ("غزوة", "تبوك", "صحيح"))
    assert asks_yes_or_no(QuestionType.NONE, ("كانت", "في", "رجب", "ولا", "لا"))
    assert not asks_yes_or_no(QuestionType.NONE, ("لا", "ولا"))
    assert 0 < sum(found) < len(found)


def test_a_source_is_marked_alike_the_second_time() -> None:
    # (the shipped misquotes, marked once per source and kept: the same text every time,
    # and the same as marking with the list given outright)
    mark = "[{correct}]"
    misquotes = shipped_misquotes()
    sources = [fact.source for fact in FACTS] + [m.written for m in misquotes] + ["", "نص"]
    first = [mark_misquotes(source, mark) for source in sources]
    assert first == [mark_misquotes(source, mark) for source in sources]
    assert first == [mark_misquotes(source, mark, misquotes) for source in sources]
    assert all(f"[{m.correct}]" in mark_misquotes(m.written, mark) for m in misquotes)
    assert mark_misquotes("نص", mark) == "نص"
    assert misquotes


def _plain_stated(order: EventOrder, facts: dict[str, Fact]) -> dict[tuple[str, str], Fact]:
    """The pairs closed afresh: the kept function's own body, past its cache."""
    named = tuple(facts.get(one.fact) for one in order.orders)
    return dict(_closed.__wrapped__(order, named, tuple(map(id, named))))


def test_the_stated_orders_are_kept_only_while_their_facts_hold() -> None:
    order = load_event_order()
    facts = {fact.id: fact for fact in FACTS}
    kept = _stated(order, facts)
    assert dict(kept) == _plain_stated(order, facts)
    assert _stated(order, facts) is kept  # (asked again: not closed again)
    # an edited answer that no longer states an order: the pairs follow the edit
    edited_id = next(one.fact for one in order.orders if one.fact in facts)
    edited = dict(facts)
    edited[edited_id] = dataclasses.replace(facts[edited_id], answer="نص آخر")
    assert dict(_stated(order, edited)) == _plain_stated(order, edited) != dict(kept)
    # equal facts of another base: the pairs name that base's own facts
    copied = {key: dataclasses.replace(fact) for key, fact in facts.items()}
    assert all(fact is copied[fact.id] for fact in _stated(order, copied).values())
    assert stated_before("mutah", "tabuk", facts) == _plain_stated(order, facts).get(
        ("mutah", "tabuk")
    )


def _plain_leading_name(words: tuple[str, ...]) -> int:
    for name in known_names():
        if len(name) < len(words) and mentions(words[: len(name)], name, exact=True):
            return len(name)
    return 0


def test_a_leading_name_is_read_alike() -> None:
    # (every question, from each of its words on: names open statements mid-message too)
    texts = sorted({tuple(text.split()[start:]) for text in QUESTIONS for start in range(4)})
    texts += [("عثمان", "ابن", "عفان", "جهز"), ("وعمر", "الفاروق"), ("هرقل",), ()]
    found = [_leading_name(words) for words in texts]
    assert found == [_plain_leading_name(words) for words in texts]
    assert _leading_name(("عثمان", "ابن", "عفان", "جهز")) == 3
    assert _leading_name(("هرقل",)) == 0  # (a name alone opens nothing said of it)
    assert sum(map(bool, found)) > 10


def _plain_spans(
    words: tuple[str, ...], values: tuple[tuple[str, ...], ...], exact: bool
) -> list[tuple[int, int]]:
    found = []
    for value in values:
        for start in range(len(words) - len(value) + 1):
            if mentions(words[start : start + len(value)], value, exact=exact):
                found.append((start, start + len(value)))
    return found


@pytest.mark.parametrize("exact", [True, False], ids=["exact", "by-stem"])
def test_the_spans_named_are_found_alike(exact: bool) -> None:
    # (the answer keys' own values, as the deeds' lists of verbs are, in every question)
    values = tuple(
        sorted(
            {v for key in load_answer_keys().keys.values() for s in key.slots for v in s.values}
        )
    )
    values += ((), ("خرج", "النبي"))
    # (one question in 50: the plain scan of every value at every word is slow)
    texts = [tuple(text.split()) for text in QUESTIONS[::50]] + [(), ("وخرج", "النبي", "بالجيش")]
    found = [mention_spans(words, values, exact=exact) for words in texts]
    assert found == [_plain_spans(words, values, exact) for words in texts]
    assert mention_spans(("وخرج", "النبي", "بالجيش"), (("خرج", "النبي"),), exact=exact) == [(0, 2)]
    assert sum(map(bool, found)) > 10


def _plain_opposite(answer: str, statement: str) -> bool:
    said, told = words_of(statement), words_of(answer)
    if any(word in _NEGATIONS for word in said):
        return False
    said_bare, told_bare = _bare(said), _bare(told)
    for one, other in _OPPOSITES:
        for claimed, given in ((one, other), (other, one)):
            if said_bare & claimed and told_bare & given and not told_bare & claimed:
                return True
    return False


def test_an_opposite_word_is_found_alike() -> None:
    # (every fact's answer against one question in ten, twice: the second time kept)
    pairs = [(fact.answer, text) for fact in FACTS for text in QUESTIONS[::10]]
    pairs += [(fact.answer, "كانت بلاد الروم قريبة من المدينة") for fact in FACTS]
    expected = [_plain_opposite(answer, text) for answer, text in pairs]
    assert [_opposite(answer, text) for answer, text in pairs] == expected
    assert [_opposite(answer, text) for answer, text in pairs] == expected
    assert 0 < sum(expected) < len(expected)
