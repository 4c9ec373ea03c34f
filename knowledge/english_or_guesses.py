"""Two guesses the asker adds after a question: «Who led the army to Tabuk, the Prophet or
Khalid?», «When was Tabuk? Rajab or Ramadan?».

The question asks; «X or Y» only offers what the asker thinks the answer may be, and the answer
to the question settles it. Read with the guesses, the names became the question's subject:
«the Prophet … Khalid … army» led to Khalid's detachment to Dumat al-Jandal, a confident wrong
answer to who led Tabuk; alone, «The Prophet or Khalid?» was answered the same way. So a
question ending «, X or Y?» is answered as the question without them when that is answered
(«Which came first, Mu'tah or Tabuk?» asks nothing without its two names: kept whole), and a
part made only of «X or Y?» after an answered question is the asker's guess at that answer.
«True or false?», «cap or true?», «why or why not?» are no guesses. Part of reading English
messages in parts (knowledge/english_engine.py).
"""

from __future__ import annotations

import re

from knowledge.english_asking import QUESTION_WORDS, words_in
from knowledge.english_cues import AUX

# One guess: up to three words (a name with its article: «the Prophet», «Abu Bakr»).
_GUESS = r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}"
_OR_TAIL = re.compile(rf",\s*({_GUESS})\s+or\s+({_GUESS})\s*\?+\s*$", re.IGNORECASE)
_OR_ONLY = re.compile(rf"^\W*({_GUESS})\s+or\s+({_GUESS})\s*\?+\s*$", re.IGNORECASE)
# A question that asks a value the guesses may be: who, which, when, where, how many / much.
_ASKS_VALUE = re.compile(r"^\W*(?:who|whom|which|when|where|how\s+(?:many|much))\b", re.IGNORECASE)
# Words no guess holds: a verdict asked («true or false», «cap or true»), a reason («why or
# why not»), a verb or a question of its own.
_NOT_GUESSES = (
    QUESTION_WORDS
    | AUX
    | frozenset("true false cap not no yes right wrong correct incorrect".split())
)


def _guesses(first: str, second: str) -> bool:
    words = words_in(f"{first} {second}")
    return bool(words) and not set(words) & _NOT_GUESSES


def question_without_guesses(text: str) -> str | None:
    """«Who led the army to Tabuk, the Prophet or Khalid?» -> «Who led the army to Tabuk?»;
    None when the question does not end with two guesses."""
    if _ASKS_VALUE.match(text) is None:
        return None
    tail = _OR_TAIL.search(text)
    if tail is None or not _guesses(tail.group(1), tail.group(2)):
        return None
    stem = text[: tail.start()].rstrip(" ,")
    return f"{stem}?" if words_in(stem) else None


def only_guesses(text: str) -> bool:
    """Is the part only «X or Y?» («The Prophet or Khalid?»)?"""
    found = _OR_ONLY.match(text)
    return found is not None and _guesses(found.group(1), found.group(2))
