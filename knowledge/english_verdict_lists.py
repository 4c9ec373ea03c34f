"""Headings over a list of statements to judge: «Mark each statement True or False:»,
«State whether each of the following is true or false.», «Q5 True or false?», «Say if these are
true or false pls». Under such a heading each listed line is a statement with a verdict of its
own, not an option of one multiple choice. Part of reading English forms
(knowledge/english_forms.py).
"""

from __future__ import annotations

import re

from knowledge.english_labels import LABEL_WORDS

# The verdict pair a heading asks for.
_PAIR = re.compile(
    r"\b(?:true\s*(?:or|/|and|&)\s*false|t\s*(?:or|/)\s*f|correct\s+or\s+(?:incorrect|wrong)|"
    r"right\s+or\s+wrong)\b",
    re.IGNORECASE,
)
# «Tick ✓ or ✗», «✅ or ❌?»: the pair written in marks, read as «true or false» (emoji are
# otherwise read as clause ends).
MARK_PAIR = re.compile(
    r"[✓✔√✅]\ufe0f?\s*(?:or|/)\s*[✗✘×❌]\ufe0f?|[✗✘×❌]\ufe0f?\s*(?:or|/)\s*[✓✔√✅]\ufe0f?"
)
# Words a heading holds besides the pair: an instruction and what it points at, nothing that
# names a detail of its own (a stem that names one is a question, not a heading).
_HEADING_WORDS = frozenset(
    """
    mark state say write tick circle indicate decide read check label put whether if each every
    all of the following these this those statement statements sentence sentences item items
    claim claims below above given is are as either and next to it them one with for or a an
    true false t f correct incorrect right wrong pls please kindly answer q question exercise
    activity section part now your in letter word
    """.split()
)


# «check these for me pls:», «Can you check my notes?», «Are these right?», «Are my notes on
# Tabuk correct?»: the asker's notes put for checking, each line a claim (en68; read as a
# question or the options of one choice, they got no answer). («Which of these are right?»
# stays a choice: it asks to pick.)
_CHECK = re.compile(
    r"\b(?:check|verify|fact[\s-]?check|correct)\s+(?:these|them|my\s+notes|the\s+following|"
    r"this\s+list)\b|\b(?:are|r)\s+(?:these|they|my\s+notes(?:\s+on\s+tabuk)?)\s+"
    r"(?:right|correct|true|accurate|ok|okay)\b",
    re.IGNORECASE,
)
# The asker's words around such a check («can you …», «… for me pls»).
_CHECK_WORDS = frozenset("can could you u me my notes on tabuk ok okay accurate list r".split())


def verdict_heading(text: str) -> bool:
    """Is the text only a heading asking for a verdict on each statement that follows?"""
    words = re.findall(r"[a-z]+", text.lower())
    if _CHECK.search(text) is not None and not {"which", "what"} & set(words):
        return all(w in _HEADING_WORDS or w in _CHECK_WORDS for w in words)
    if _PAIR.search(text) is None:
        return False
    # An exercise's own words («Quick T/F:», «Bonus round - true or false?») name no detail.
    return bool(words) and all(word in _HEADING_WORDS or word in LABEL_WORDS for word in words)
