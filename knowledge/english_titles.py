"""«Why is Tabuk called the last expedition?», «Why is 9 AH known as the Year of Delegations?»:
why something bears a title the text gives it.

Read as asked, «called» is a question about a name and draws the fact of the army's name
(«the army of hardship»), which is no answer for any other title. A title that one fact states
of its subject in its own answer («Tabuk was the last expedition of the Prophet») is explained
by that fact: what the text says of the subject is why it is so called. A title the text never
states («al-Fadiha», «the Sword of Allah») finds no such fact and is not answered.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.english import EnglishMatcher
from knowledge.english_decision import PartReply
from knowledge.english_rules import BACKGROUND_TERMS
from knowledge.lexicon import QuestionType
from knowledge.models import AnswerType

# «why is/was X called Y», «why X is known as Y», «why X was referred to as Y».
_TITLED = re.compile(
    r"\bwhy\s+(?:(?:is|was|are|were)\s+(?P<subject>[^?.!;\n]+?)|(?P<before>[^?.!;\n]+?)\s+"
    r"(?:is|was|are|were))\s+(?:(?:also|often|usually|sometimes|commonly|generally)\s+)?"
    r"(?:called|named|termed|titled|known\s+as|remembered\s+as|referred\s+to\s+as|described\s+as|"
    r"regarded\s+as|considered(?:\s+as)?)\s+(?P<title>[^?.!;\n]+)",
    re.IGNORECASE,
)


def titled_answer(matcher: EnglishMatcher, text: str, decision: PartReply) -> PartReply | None:
    """The fact that states the title a «why is X called Y» question asks about, if exactly
    the words of the title are in its answer; None for any other question."""
    match = _TITLED.search(text)
    if match is None or decision.answered or decision.reading is None:
        return None
    reader = matcher.reader
    title = tuple(t for t in reader.read(match.group("title")).terms if t != "name")
    if not set(title) - BACKGROUND_TERMS - reader.name_tokens:
        # «Why is the place called Tabuk?», «Why is Khalid called the Sword of Allah?»: the
        # title is a name (an epithet reads as the person); no fact says why it is borne.
        return None
    subject = reader.read(match.group("subject") or match.group("before")).terms
    # The expedition itself as the subject («Tabuk», «the Tabuk campaign») only places the
    # title; read with it, the whole story (the overview) would outweigh what the title says.
    terms = tuple(dict.fromkeys((*(t for t in subject if t not in BACKGROUND_TERMS), *title)))
    # What the text says of the title is asked, not the command's broad topic («Give a reason
    # why …» would draw the whole story), nor a kind of answer.
    asked = replace(
        decision.reading,
        terms=terms,
        question_type=QuestionType.NONE,
        commanded=False,
        names=False,
        described=(),
    )
    found = matcher.decide_reading(asked)
    if not found.answered or found.fact is None or found.fact.answer_type is AnswerType.OVERVIEW:
        return None  # the overview tells a little of everything, no one title
    if not set(matcher.correct(title)) <= matcher.answer_terms(found.fact.id):
        return None  # the fact does not state the title: it does not say why it is borne
    return replace(found, reading=decision.reading)
