"""The type of answer a question asks (a time, a number, a reason...), from its question
words and two-word openings, including dialect forms."""

from __future__ import annotations

from collections.abc import Container
from itertools import pairwise

from knowledge.asking_frames import WHICH
from knowledge.lexicon import (
    LEADING_QUESTION_WORDS,
    PREPOSITION_QUESTIONS,
    QUESTION_PHRASES,
    QUESTION_WORDS,
    TYPE_PRIORITY,
    QuestionType,
)
from knowledge.normalize import without_conjunction
from knowledge.question_words import EGYPTIAN_WHAT, WHAT


def without_conjunction_in(word: str, table: Container[str]) -> str:
    """و/ف glued to a function word (ومتى, فكم): drop it when the rest is known and the
    word is not one itself («فاش» is Maghrebi "when", not ف + «اش»)."""
    return without_conjunction(word, known=table, longer_than=2)


# «ما الذي دفع النبي إلى …», «ايه اللي خلاه شاق»: what drove or made someone or something
# so asks a reason. «دفع/حمل» only with «إلى» after them («ما الذي دفعه عثمان» is what he paid).
_WHAT = WHAT | {EGYPTIAN_WHAT}
_MADE = ("جعل", "خلا", "خلي")
_DROVE = ("دفع", "حمل")
_TO = frozenset("الي لل".split())


def asks_what_drove(words: tuple[str, ...]) -> bool:
    """Whether a question opens «ما الذي جعل/خلى …» or «ما الذي دفع/حمل … إلى …»."""
    for at, (what, which, verb) in enumerate(zip(words, words[1:], words[2:], strict=False)):
        if which not in WHICH or (
            what not in _WHAT and without_conjunction(what, "و") not in _WHAT
        ):
            continue
        if any(verb.startswith(root) and len(verb) <= len(root) + 3 for root in _MADE):
            return True
        if any(verb.startswith(root) and len(verb) <= len(root) + 3 for root in _DROVE):
            return bool(_TO & set(words[at + 3 :]))
    return False


# The words two-word openings end with: a pair ending otherwise is no opening.
_PHRASE_SECOND_WORDS = frozenset(second for _, second in QUESTION_PHRASES)


def question_type(words: tuple[str, ...]) -> QuestionType:
    """Decide the question type from question words, including dialect forms."""
    if asks_what_drove(words):
        return QuestionType.REASON
    found: set[QuestionType] = set()
    for first, second in pairwise(words):
        if second not in _PHRASE_SECOND_WORDS:
            continue  # (no phrase ends so: its first word need not be read)
        phrase_type = QUESTION_PHRASES.get(
            (without_conjunction_in(first, LEADING_QUESTION_WORDS), second)
        )
        if phrase_type is not None:
            return phrase_type
    for index, raw in enumerate(words):
        word = without_conjunction_in(raw, QUESTION_WORDS)
        if word in QUESTION_WORDS:
            found.add(QUESTION_WORDS[word])
        elif index == 0:
            word = without_conjunction_in(raw, LEADING_QUESTION_WORDS)
            if word in LEADING_QUESTION_WORDS:
                found.add(LEADING_QUESTION_WORDS[word])
    if not found:
        found.update(
            kind for pair, kind in PREPOSITION_QUESTIONS.items() if pair in set(pairwise(words))
        )
    return next((kind for kind in TYPE_PRIORITY if kind in found), QuestionType.NONE)
