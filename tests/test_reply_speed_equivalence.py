"""The speed cuts of pass pf34 (the throughput benchmark's answering and reply path) give
exactly what the plain code gave, on every question of the tuning texts and facts."""

from __future__ import annotations

from itertools import pairwise

from knowledge.analysis import analyze
from knowledge.base import load_shipped
from knowledge.lexicon import YES_NO_WORDS, QuestionType
from knowledge.normalize import normalize
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
