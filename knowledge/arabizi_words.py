"""What one engine's facts offer the reading of Arabizi (Arabic typed in Latin letters).

`fit` rates how well the facts know an Arabic spelling (knowledge.arabizi writes each Latin
word as the spelling the facts know best), and `holding` counts the facts that hold a word
(knowledge.arabizi_care: a word most facts hold tells no fact apart). The engine builds one
with itself (AnswerEngine.arabizi): its facts and vocabulary never change, so the index of
which facts hold each word is built once per engine, the first time an Arabizi part needs it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cached_property

from knowledge.arabizi import vocabulary_fit
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.stemming import stem

_ARTICLE = "ال"


def bare(word: str) -> str:
    """The word without the article (a long word only: «الم» keeps its letters)."""
    return word[len(_ARTICLE) :] if word.startswith(_ARTICLE) and len(word) > 4 else word


def bare_words(text: str) -> set[str]:
    """The text's normalised words, without the article."""
    return {bare(word) for word in normalize(text).split()}


def fact_words(fact: Fact, vocabulary: frozenset[str]) -> frozenset[str]:
    """A fact's words (answer, questions, keywords) and their stems."""
    words = bare_words(" ".join((fact.answer, *fact.questions, *fact.keywords)))
    return frozenset(words | {stem(word, vocabulary) for word in words})


def holds(words: frozenset[str], word: str, vocabulary: frozenset[str]) -> bool:
    """Whether a fact's words (fact_words) hold the word: bare, or its stem."""
    return bare(word) in words or stem(bare(word), vocabulary) in words


class ArabiziWords:
    """One engine's facts as the Arabizi reading and its care use them."""

    def __init__(self, facts: tuple[Fact, ...], vocabulary: frozenset[str]) -> None:
        self.facts = facts
        self.vocabulary = vocabulary
        self.fit: Callable[[str], tuple[int, int]] = vocabulary_fit(vocabulary)

    @cached_property
    def _holding(self) -> dict[str, list[int]]:
        """Each word (and stem) of fact_words(), with the positions of the facts holding it:
        counting the facts that hold each read word by testing every fact was, on a large
        base, the cost of every Arabizi message."""
        holding: dict[str, list[int]] = defaultdict(list)
        for position, fact in enumerate(self.facts):
            for word in fact_words(fact, self.vocabulary):
                holding[word].append(position)
        return holding

    def holding(self, word: str) -> int:
        """How many facts hold the word as holds() reads it: bare, or its stem."""
        plain = bare(word)
        found = self._holding.get(plain, ())
        stemmed = stem(plain, self.vocabulary)
        if stemmed == plain or stemmed not in self._holding:
            return len(found)
        return len(set(found).union(self._holding[stemmed]))
