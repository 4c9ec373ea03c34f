"""The type of an English question (who, when, why, ...) from its opening words.

Polite openings, command words and the words that continue a command are stepped over; then
the question openers (one to three words), a yes-or-no opener, a two-word opener later in the
question, a Roman Urdu question word, or a command naming reasons decide the type.

Part of reading English questions (knowledge/english_text.py).
"""

from __future__ import annotations

from knowledge.english_lexicon import (
    COMMAND_WORDS,
    GREETING_WORDS,
    QUESTION_OPENERS,
    QUESTION_PREPOSITIONS,
    WH_WORDS,
    YESNO_OPENERS,
)
from knowledge.lexicon import QuestionType

_URDU_QUESTION_WORDS = {
    opener[0]: kind
    for opener, kind in QUESTION_OPENERS
    if opener[0] in {"kab", "kitne", "kitni", "kitna", "kaun", "kon", "kahan", "kyun", "kyon"}
}
_LED_HEADS = frozenset("whom who where".split())

# Words that continue an opening command («Give an account of», «Write notes on»).
FRAME_FILLERS = frozenset(
    "an a the of on about down up briefly me brief short detailed full concise term word".split()
)
# Polite openings before the question itself («Could you explain ...», «Please tell me ...»).
POLITE_WORDS = frozenset(
    "could can would will you u please pls plz kindly tell remind me let know someone "
    "anyone".split()
)


# QUESTION_OPENERS looked up instead of scanned (question_type_of runs for every clause of
# every text read), the first of the list winning as in a scan: by size, the openers; and
# the openers of two words or more by their first word, in the list's order.
_OPENERS_OF_SIZE: dict[int, dict[tuple[str, ...], QuestionType]] = {1: {}, 2: {}, 3: {}}
_LONG_OPENERS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], QuestionType]]] = {}
for _opener, _kind in QUESTION_OPENERS:
    _OPENERS_OF_SIZE.setdefault(len(_opener), {}).setdefault(_opener, _kind)
    if len(_opener) >= 2:
        _LONG_OPENERS_BY_FIRST.setdefault(_opener[0], []).append((_opener, _kind))


_HOW_MUCH = frozenset({("how", "much"), ("how", "many")})
# Words before the question word that ask nothing: commands and greetings.
_SKIPPED_FIRST = COMMAND_WORDS | GREETING_WORDS


def question_type_of(words: list[str]) -> QuestionType:
    """What the question asks for, from its opening words (after command words)."""
    polite = 0
    while polite < len(words) - 1 and words[polite] in POLITE_WORDS:
        polite += 1
    if polite and (words[polite] in COMMAND_WORDS or words[polite] in WH_WORDS):
        words = words[polite:]
    elif polite and words[polite] == "about":
        return QuestionType.NONE  # «can u tell me about Tabuk»: a request, not «can ...?»
    start = 0
    while start < len(words) and (words[start] in COMMAND_WORDS or words[start] in GREETING_WORDS):
        start += 1
    if start:
        # «Write a short note on where the army went»: the frame goes on after the command.
        while start < len(words) - 1 and (
            words[start] in FRAME_FILLERS or words[start] in COMMAND_WORDS
        ):
            start += 1
    head = words[start:]
    if len(head) > 2 and head[0] in QUESTION_PREPOSITIONS and head[1] in _LED_HEADS:
        # «Against whom», «By whom», «From where»: the question word after it asks; «in which
        # battle» says nothing more than «which».
        head = head[1:]
    if tuple(head[:2]) in _HOW_MUCH and "each" in head:
        # «How much did each of them give?»: one amount per giver, which the list of gifts
        # tells, not one number (en68; as a count, the gifts' fact did not fit it).
        return QuestionType.THING
    for size in (3, 2, 1):
        found = _OPENERS_OF_SIZE[size].get(tuple(head[:size])) if len(head) >= size else None
        if found is not None:
            return found
    if head and head[0] in YESNO_OPENERS:
        return QuestionType.YESNO
    # «in which month and year was Tabuk», «the number of soldiers»: a two-word opener later,
    # not inside a clause that sets the scene («the reaction of the Romans when they learnt
    # of the size of the army» asks the reaction, not a size).
    scene = next((i for i, w in enumerate(words) if i and w in _SCENE_CLAUSE_WORDS), len(words))
    for index in range(scene):
        for opener, kind in _LONG_OPENERS_BY_FIRST.get(words[index], ()):
            if tuple(words[index : index + len(opener)]) == opener:
                return kind
    # Roman Urdu question words stand at the end («tabook kab hua»).
    for word in words:
        if word in _URDU_QUESTION_WORDS:
            return _URDU_QUESTION_WORDS[word]
    if words and words[0] == "name":
        return QuestionType.THING
    # «Outline the reasons which led ...», «Give two causes of ...», «State the main causes»:
    # after a command word the reasons asked are a «why» question.
    if start and _asks_reasons(head):
        return QuestionType.REASON
    return QuestionType.NONE


# Words opening a clause that says when or why something asked happened.
_SCENE_CLAUSE_WORDS = frozenset("when after once because since while whenever".split())
# Words between a command and what it asks for («Give any two main causes»).
_COUNT_FILLERS = frozenset(
    "the a an any two three four five main major chief principal various different".split()
)
_REASON_WORDS = frozenset("reason reasons cause causes motive motives".split())


def _asks_reasons(head: list[str]) -> bool:
    """Does the phrase after a command word name reasons or causes («the main causes of»)?"""
    rest = list(head)
    while rest and rest[0] in _COUNT_FILLERS:
        rest = rest[1:]
    return bool(rest) and rest[0] in _REASON_WORDS
