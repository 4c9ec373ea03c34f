"""A statement naming someone the fact's own text never names is not «صحيح» by that fact.

Judging a statement true (`StatementJudge.covers`, strict), a word the fact's answer does not
state is excused when people use it to ask for that fact (its phrasings' terms: «خرج» for the
date). A name is no such word: the phrasings of the overview say «بكرة» (tomorrow), which
reads as the term of Abu Bakr, yet the overview never names him, so «أبا بكر هو من قاد جيش
تبوك» is not stated by it. A person the statement names must be in the
fact's answer or source, by any of that person's names («الفاروق» is Umar). Only people:
a party («المنافقين») is said of a fact's subject in many words."""

from __future__ import annotations

from collections.abc import Container, Iterable

from knowledge.answer_keys import core_word, words_of
from knowledge.models import Fact
from knowledge.names_asked import SAME_PERSON
from knowledge.stemming import stem


def names_someone_unstated(
    facts: Iterable[Fact], unstated: Iterable[str], vocabulary: Container[str]
) -> bool:
    """Whether a word the facts leave unstated names a person that the facts' answers and
    sources never name, by any of that person's names."""
    terms = {stem(core_word(w), vocabulary) for w in unstated}
    named = [group for group in SAME_PERSON if group & terms]
    if not named:
        return False
    told = {
        stem(core_word(w), vocabulary)
        for one in facts
        for w in words_of(f"{one.answer} {one.source}")
    }
    return any(not group & told for group in named)
