"""A last question that only points back at what came before it (issue 17).

A riddle («I am a Roman emperor. I paid my soldiers a year in advance. Who am I?») asks who
or what its description is: the description is the question. A question quoted in a story
(«the question was 'Which companion gave half his wealth?' I answered Abu Bakr and they marked
me wrong. Who was it?») is the one asked: the asker's own guess is no part of it.

Kept apart from the engine (knowledge/english_engine.py) so each module stays small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.lexicon import QuestionType

# «Who am I?», «What am I?», «What is my name?», «Guess who I am» ending a message.
_RIDDLE = re.compile(
    r"(?:^|(?<=[.!\n,;:]))\s*(?:so\s+|then\s+|now\s+|can\s+you\s+)?(?:guess\s+)?(who|what|where)\s*"
    r"(?:am\s+i|are\s+we|i\s+am|we\s+are|is\s+(?:he|she|this|this\s+person)|was\s+(?:he|she)"
    r"|(?:is|'s|s)\s+my\s+name)"
    r"\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# A bare question pointing at a quoted one: «Who was it?», «What is the right answer?».
_BACK = re.compile(
    r"^\W*(?:so\s+|then\s+|now\s+|please\s+)?(?:"
    r"(?:who|what|which|where|when)\s+(?:was|is)\s+(?:it|that)"
    r"|what(?:\s+is|\s+was|'s|s)?\s+(?:the\s+)?(?:right|correct|real|actual)?\s*answer"
    r"|which\s+(?:one\s+)?is\s+(?:right|correct)"
    r")\b[^?]{0,20}\?*\s*$",
    re.IGNORECASE,
)
# A question quoted in the story: «the question was 'Which companion gave half ...?'».
_QUOTED_QUESTION = re.compile(r"[\"“‘']([^\"“”‘’'\n]{8,}?\?)\s*[\"”’']")
_TYPES = {"who": QuestionType.PERSON, "what": QuestionType.THING, "where": QuestionType.PLACE}


@dataclass(frozen=True, slots=True)
class Riddle:
    """A riddle's description, the type its question asks, and whether one is asked."""

    description: str
    kind: QuestionType
    # «Who am I?» asks one person; «Who are we?» a group.
    single: bool


def riddle(text: str) -> Riddle | None:
    """A riddle: the description before a closing «Who am I?» and the type it asks (one
    that opens with it is turned round first: `english_riddles.ask_last`).

    The whole description is the question (however the message splits into sentences); a
    description holding a question of its own is no riddle.
    """
    match = _RIDDLE.search(text)
    if match is None:
        return None
    description = text[: match.start()].strip()
    if "?" in description or len(description.split()) < 3:
        return None
    single = not re.search(r"\b(?:we|are)\b", match.group(0), re.IGNORECASE)
    return Riddle(description, _TYPES[match.group(1).lower()], single)


def quoted_question(text: str, preamble: str | None) -> str | None:
    """The question quoted in the story that a bare part («Who was it?») points back at."""
    if not preamble:
        # «… the question was 'Which companion …?'  Who was it?» read as one part.
        found = list(_QUOTED_QUESTION.finditer(text))
        if len(found) == 1 and (
            _BACK.match(text[found[0].end() :]) or _RIDDLE.match(text[found[0].end() :])
        ):
            return found[0].group(1)
        return None
    if not (_BACK.match(text) or _RIDDLE.match(text)):
        return None
    quoted = _QUOTED_QUESTION.findall(preamble)
    return quoted[0] if len(quoted) == 1 else None


# «My textbook says the army was 30,000 but my teacher said something else. How many does your
# source say?»: a question of what the bot's text says about the claim the story reports.
_SOURCE_SAYS = re.compile(
    r"^\W*(?:so\s+|then\s+|and\s+)?(?P<word>how\s+many|how\s+much|when|where|who|what)"
    r"\s+(?:(?:men|people|soldiers|troops)\s+)?(?:does|do|did)\s+(?:your|the|this|ur|you?r)\s+"
    r"(?:source|sources|text|book|chapter|data|account|answer)\s+(?:say|give|state|tell)\w*"
    r"(?:\s+(?:it\s+)?(?:was|is|were))?\W*$",
    re.IGNORECASE,
)
_SOURCE_TYPES = {
    "how many": QuestionType.NUMBER,
    "how much": QuestionType.NUMBER,
    "when": QuestionType.TIME,
    "where": QuestionType.PLACE,
    "who": QuestionType.PERSON,
}


def asks_source_on_claim(text: str) -> QuestionType | None:
    """The kind a «How many does your source say?» part asks of the story's claim
    (QuestionType.NONE for «What does your source say?»), or None for any other part."""
    match = _SOURCE_SAYS.match(text)
    if match is None:
        return None
    word = " ".join(match.group("word").lower().split())
    return _SOURCE_TYPES.get(word, QuestionType.NONE)
