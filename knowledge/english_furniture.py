"""A paper's furniture left in front of a question's opening word.

«Q. 7  Describe …» cut at «Q.», «1- Which expedition …», «4  Describe …»: the bare number is
the paper's numbering in a style the numbering patterns do not list; «Also state …», «Now
describe …», «Then explain …»: the adverb only links the command to the question before it
(before a question word, «Then what happened?», «Also, is …?», it stays as before: no tuning
line needed it, and the rule that also took it off added a wrong answer on a held-out gate). Left
in place they hide the command or question word that frames the question (its type is not
read, the command is read as content) and the number is a word no fact knows. They are taken
off only when a command or question word follows, so a sentence that opens with a number
(«9 AH was …», «30 thousand men …») keeps it.

Part of reading English questions (knowledge/english_text.py).
"""

from __future__ import annotations

import re

from knowledge.english_lexicon import (
    COMMAND_WORDS,
    QUESTION_PREPOSITIONS,
    WH_WORDS,
    YESNO_OPENERS,
)

# Linking adverbs that open a question of a paper or a list of questions.
_LINKING = frozenset(
    "also now then next finally lastly further furthermore additionally secondly thirdly".split()
)
# Words that open a question, after which a number or an adverb before it is furniture.
_OPENERS = COMMAND_WORDS | YESNO_OPENERS | WH_WORDS
# «2- In which month …», «1- Against whom …»: a preposition before the question word.
_PREPOSITIONS = QUESTION_PREPOSITIONS | {"during"}
# A paper numbers its questions with one or two digits.
_MAX_NUMBER_DIGITS = 2


def without_leading_furniture(words: list[str]) -> list[str]:
    """The words without a bare number or linking adverbs right before the opening word."""
    start = 0
    while start < len(words) - 1 and (_numbering(words[start]) or words[start] in _LINKING):
        start += 1
    if not start:
        return words
    if any(w in _LINKING for w in words[:start]) and words[start] not in COMMAND_WORDS:
        # «Also, is … mentioned?», «Then what happened?»: a follow-up asked of the part
        # before it; only a command after the adverb («Also state …») is set free of it.
        return words
    if words[start] in _OPENERS or _asks_after_preposition(words[start:]):
        return words[start:]
    return words


def _asks_after_preposition(words: list[str]) -> bool:
    return len(words) > 1 and words[0] in _PREPOSITIONS and words[1] in WH_WORDS


def _numbering(word: str) -> bool:
    return word.isdigit() and len(word) <= _MAX_NUMBER_DIGITS


# Two commands over one object, «Identify and describe …», «Write down and explain …», «State
# and explain …», «Describe and assess …»: the paper asks one thing of it. Cut at the «and»,
# the first command was a question of its own with no object (answered with nothing), and
# «and describe» left the command unread (its type and frame lost).
_COMMAND = r"(?:" + "|".join(sorted(COMMAND_WORDS, key=len, reverse=True)) + r")"
_PAIRED_COMMANDS = re.compile(
    rf"^(?P<lead>\W*(?:(?:q\s*\.?\s*)?\d{{1,2}}[a-h]?[.):]?\s+|\(?[a-z0-9]{{1,4}}[).]\s*)*){_COMMAND}(?:\s+(?:down|out))?"
    rf"\s*(?:,\s*|\s+and\s+|\s*&\s*|\s*/\s*)(?={_COMMAND}\b)",
    re.IGNORECASE,
)


def one_command(text: str) -> str:
    """The message with the first of two paired commands over one object taken off."""
    return _PAIRED_COMMANDS.sub(lambda match: match.group("lead"), text, count=1)


# «I'm doing an online seerah course (module 12) and …», «(chapter 7)», «(p. 46)»: where the
# asker is in a course or a book, in brackets. Its number closes the bracket, so it would be
# taken for a question's numbering («12)») and cut the sentence in two.
_COURSE_REFERENCE = re.compile(
    r"\s*\(\s*(?:module|chapter|ch\.?|unit|lesson|lecture|page|pg\.?|p\.|pp\.|grade|year|"
    r"class|form|week|session|episode|ep\.?|level|term|semester|book|vol\.?|volume)"
    r"\s*\d{1,3}[a-z]?\s*\)",
    re.IGNORECASE,
)


# «Week 7 quiz question: …», «Day 3 test -», «Module 4 homework»: where in a course an exercise
# was set, opening the message. Read with the question, «week» was mended into «weeks», a word
# of the journey's length asked (a known gap), and a multiple choice on the army's size was
# refused.
_COURSE_POSITION = re.compile(
    r"^(?P<lead>\W*)(?:week|wk|day|module|unit|chapter|lesson|session|term|semester)\s*\d{1,2}"
    r"\s+(?=(?:quiz|test|question|homework|worksheet|assignment|task|exercise|review|revision|"
    r"check|practice)\b)",
    re.IGNORECASE,
)


def without_course_references(text: str) -> str:
    """The message without a bracketed reference to a course's or a book's section, and
    without the course's week or unit opening an exercise's name."""
    text = _COURSE_POSITION.sub(lambda match: match.group("lead"), text, count=1)
    return _COURSE_REFERENCE.sub("", text)


# A lesson plan's lines above its question: «Success criteria: I can describe …», «Learning
# objective: To understand …», «WALT: …». They say what the lesson aims at, they ask nothing
# (read as a part, «I can describe the sacrifices of the Companions» was answered with the
# gifts, beside the question asked on the next line). A line ending in «?» is a question.
_LESSON_AIM = re.compile(
    r"^[ \t]*(?:success\s+criteria|learning\s+(?:objectives?|outcomes?|intentions?|aims?)|"
    r"lesson\s+(?:objectives?|aims?|outcomes?)|walt|wilf)"
    r"[ \t]*:[^\n]*[^?\s][ \t]*(?:\n|$)",
    re.IGNORECASE | re.MULTILINE,
)


def without_lesson_aims(text: str) -> str:
    """The message without a lesson plan's aim lines, when a line of something else is left."""
    rest = _LESSON_AIM.sub("", text)
    return rest if rest.strip() else text
