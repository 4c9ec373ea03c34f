"""Words of a statement that say what a fact states the way people ask for that fact.

A «صحيح» needs the statement's words stated by the fact (knowledge/statements.py, covers).
People write in their own words: «النفير» for the mobilisation, «خرج» for the date, «بعير»
for camels. A word the fact's own phrasings use (the matcher's terms for that fact) says what
the fact states, but only when the fact's text itself states at least half the statement's
other words, names every surah the statement names, and states none of them only under a
denial («دون خوف أو تردد»: «تردد المؤمنون» is the opposite, not a paraphrase).
"""

from __future__ import annotations

from collections.abc import Container
from itertools import pairwise

from knowledge.answer_keys import core_word, words_of
from knowledge.models import Fact
from knowledge.statement_words import NEGATIONS, negated
from knowledge.stemming import is_stopword, stem
from knowledge.tuning import DENIAL_REACH, SAID_AS_ASKED_TEXT_SHARE

_JOINS = frozenset(("او", "و"))


def said_as_asked(
    facts: tuple[Fact, ...],
    statement: str,
    own: list[str],
    unstated: list[str],
    asked: Container[str],
    claimed: Container[str],
    vocabulary: Container[str],
) -> list[str]:
    """`unstated` without the words the facts' phrasings use, when that may be said (above);
    `unstated` as it is otherwise. `own`: the statement's content words; `claimed`: the words
    of the details it claims (a name: «خالد بن الوليد» is no word of the fact's own)."""
    said = words_of(statement)
    surahs = {core_word(after) for word, after in pairwise(said) if core_word(word) == "سوره"}
    if any(core_word(w) in surahs for w in unstated):
        return unstated  # «من سورة البقرة»: a surah the facts do not name
    by_asked = [w for w in unstated if stem(core_word(w), vocabulary) in asked]
    own = [w for w in own if w not in claimed]
    if (
        not by_asked
        or len([w for w in own if w not in unstated]) < len(own) * SAID_AS_ASKED_TEXT_SHARE
    ):
        return unstated
    if not negated(said):
        denied = denied_words(facts)
        if any(stem(core_word(w)) in denied for w in own):
            return unstated
    return [w for w in unstated if w not in by_asked]


def denied_words(facts: tuple[Fact, ...]) -> frozenset[str]:
    """The stems the facts' text states only under a denial: the words just after «لم»,
    «دون», «لا»… and those joined to them by «أو» («دون خوف أو تردد»), less any it states
    elsewhere without one."""
    denied: set[str] = set()
    plain: set[str] = set()
    for one in facts:
        for text in (one.answer, one.source):
            under = 0
            for word in words_of(text):
                if word in NEGATIONS:
                    under = DENIAL_REACH
                    continue
                if not is_stopword(word):
                    (denied if under else plain).add(stem(core_word(word)))
                if word not in _JOINS:
                    under = max(under - 1, 0)
    return frozenset(denied - plain)
