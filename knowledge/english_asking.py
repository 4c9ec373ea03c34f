"""Whether a piece of an English message asks something or states a claim, and where its
question starts when a clause comes before it. Part of reading a message into parts
(knowledge/english_forms.py)."""

from __future__ import annotations

import itertools
import re

from knowledge.english_blanks import BLANK
from knowledge.english_lexicon import (
    CHAT_WORDS,
    COMMAND_WORDS,
    GREETING_WORDS,
    QUESTION_PREPOSITIONS,
    WH_WORDS,
    YESNO_OPENERS,
)
from knowledge.english_pleas import ASKERS_OWN
from knowledge.english_requests import requested

NUMBERED = re.compile(
    r"(?:^|\s)(?:q\s*\.?\s*\d+\s*[.:)]|\d{1,2}\s*[).]|\([a-h]\)|[a-h]\)|\((?:i|ii|iii|iv|v|vi)\)"
    # «3(b)(i)», «Q2(a)», «1a(ii)»: an exam paper's compound numbering.
    r"|(?:q\s*\.?\s*)?\d{1,2}[a-h]?\s*\(\s*(?:[a-h]|i{1,3}|iv|vi?)\s*\)(?:\s*\(\s*(?:i{1,3}|iv|vi?)\s*\))?"
    r"|\([a-h]\)\s*\((?:i{1,3}|iv|vi?)\)"
    # «i. who was ukaydir ii. what did …»: a lower-case roman numeral (never the pronoun «I»).
    r"|(?-i:i{1,3}|iv|vi?)[.)])"
    r"(?=\s)",
    re.IGNORECASE,
)


# The question words with their misspellings («wat», «wen») and Urdu ones typed in Latin
# letters («kab», «kaun», «kyun»).
QUESTION_WORDS = WH_WORDS | frozenset("wat wen kab kitne kitni kaun kon kahan kyun".split())


def words_in(text: str) -> list[str]:
    """The lower-case words of the text (letters and apostrophes)."""
    return re.findall(r"[a-z']+", text.lower())


# Words of a heading that asks nothing itself («Answer the following questions briefly:»).
HEADING_WORDS = frozenset(
    """
    answer the following questions question briefly brief short in one two a few words word
    sentence sentences each all of these give write notes on
    """.split()
)
# Words of a paper's instruction («Answer any four questions», «Attempt all parts»).
_PAPER_WORDS = HEADING_WORDS | frozenset(
    "any three four five six attempt only parts part section from and others other".split()
)
_LEADING_ADVERBS = frozenset("briefly shortly now also then so kindly please".split()) | (
    # chat's joiners before the next question: «oh and btw what happened …», «plus who …»
    CHAT_WORDS | {"oh", "plus", "and"}
)


def piece_asks(text: str) -> bool:
    """Does this piece ask something (not a greeting or a story before the question)?"""
    if text.rstrip().endswith("?") or BLANK.search(text) or EMBEDDED_QUESTION.search(text):
        return True
    if text.rstrip().endswith(":"):
        return False  # a heading («Answer these:») before the questions
    text = NUMBERED.sub(" ", f" {text}")
    words = [w for w in words_in(text) if w not in GREETING_WORDS]
    while len(words) > 1 and words[0] in _LEADING_ADVERBS:
        words = words[1:]  # «Briefly describe ...», «Now explain ...»
    if not words:
        return False
    if set(words) <= _PAPER_WORDS and set(words) & {"question", "questions", "parts"}:
        return False  # «Answer any four questions»: a paper's instruction over its questions
    first = words[0]
    if first in COMMAND_WORDS or first in YESNO_OPENERS or first in ("tell", "list", "quote"):
        return True
    # «Against whom ...», «In which year ...», «To which place ...»; «who's right» (a
    # dispute's question, often typed with no mark) asks as «who is» does; «what's the
    # weather like» too («what's up» is chat's greeting, so not before «up»).
    return any(
        word in QUESTION_WORDS
        or word == "who's"
        or (word in _CONTRACTED and words[i + 1 : i + 2] != ["up"])
        for i, word in enumerate(words[:3])
    )


# «what's», «where's», «when's» ask as «what is» does.
_CONTRACTED = frozenset("what's where's when's".split())


# A finite verb that makes a sentence a claim: «was», «gave», «provided»; «did» past the
# opening denies one («The Prophet did not lead the army himself», «Abu Bakr didn't give …»).
CLAIM_VERBS = frozenset(
    """
    was were is are had took gave fought led sent went came brought paid made won fell left
    stayed ran held spent did didn't didnt
    """.split()
)
# Question words that also join a clause to a claim.
_CLAUSE_JOINERS = frozenset("when where who whose".split())
# Prepositions that make a following question word ask («against which people»).
_LEADING = (QUESTION_PREPOSITIONS - {"under"}) | {"of", "into"}
# A message speaking of its writer or the reader is a request, not a claim to settle.
_PERSONAL = frozenset("i me my we our us you your u ur".split())


def is_statement(text: str) -> bool:
    """A sentence that claims something about the past («Uthman provided 950 camels.»)
    and asks nothing: no question word, no request, no «?»."""
    words = words_in(text)
    if len(words) < 4 or text.rstrip().endswith("?") or _PERSONAL & set(words):
        return False
    if words[0] in COMMAND_WORDS or words[0] in YESNO_OPENERS or QUESTION_WORDS & set(words[:3]):
        return False
    if words[0] == "y" and (words[1] in YESNO_OPENERS or words[1] in ("didnt", "dont")):
        return False  # chat's «y» for «why»: «y was it called …»
    # Past the opening, «when», «where» and «who» join a clause to the claim («... when the
    # Muslim army reached Tabuk»), unless a preposition leads them («against which», «from
    # where»); any other question word still asks.
    if any(
        word in QUESTION_WORDS and (word not in _CLAUSE_JOINERS or before in _LEADING)
        for before, word in itertools.pairwise(words[2:])
    ):
        return False
    if words[0] in ("tell", "please", "can", "could", "plz", "pls", "kindly"):
        return False
    return any(w in CLAIM_VERBS or (len(w) > 4 and w.endswith("ed")) for w in words)


# A question inside a sentence: «asked us to find out which treaties ...», «I need to
# explain why the Romans ...», «One question is who was sent ...», «my query/doubt is what ...».
EMBEDDED_QUESTION = re.compile(
    r"\b(?:find\s+out|know|tell\s+(?:me|us)|explain|understand|learn|wonder(?:ing)?|"
    r"(?:question|query|doubt)\s+is|asking|ask|asked(?:\s+(?:us|me|them|him|her))?)\s+(?:about\s+)?"
    r"(?=(?:which|what|who|whom|when|where|why|how|whether)\b)",
    re.IGNORECASE,
)


# The asker's own words before a dash: «for my A-level paper -», «Sorry -», «quick one -».
_ASKERS_HEAD = re.compile(
    r"^\W*(?:(?:\w+\s+){0,3}(?:i|i'm|im|my|me|we|our|us)\b|(?:sorry|quick|ok|okay|hi|hey|"
    r"hello|salam|salaam|btw|also|and)\b"
    # The asker's course: «Week 9 seminar reading - who …», «Lesson aim - students can state …».
    r"|(?:week|lesson|session|unit|module|chapter|lecture|day|tutorial|tute|seminar)\s+\d{1,3}\b"
    r"|(?:lesson|learning)\s+(?:aims?|objectives?|outcomes?|goals?|intentions?|starter)\b)",
    re.IGNORECASE,
)


_ASKING_WORD = re.compile(
    r"\b(?:who|whom|what|when|where|why|how|which|describe|explain|name|state|list|outline)\b",
    re.IGNORECASE,
)


def question_tail(piece: str) -> str:
    """«Quick one: how many men ...», «salam bhai, exam kal hai, batao what did ...»: the
    question starts at its first question word when a clause ends before it."""
    embedded = EMBEDDED_QUESTION.search(piece)
    if embedded is not None:
        # («asked me who paid the Romans' soldiers and I couldn't answer»: the asker's own)
        return ASKERS_OWN.sub("", piece[embedded.end() :]) or piece[embedded.end() :]
    request = requested(piece) if not piece.rstrip().endswith("?") else None
    if request is not None:
        return request  # «I need the name of the chief of Dumat al-Jandal»
    match = _ASKING_WORD.search(piece)
    if match is None:
        return piece
    # («for my A-level paper - which year …», «Sorry - who …»: a spaced dash ends the asker's
    # own clause too; after a topic, «Battle of Badr - who led …», the topic is asked about)
    head = piece[: match.start()]
    dash = r"|\s[-–—](?=\s)" if _ASKERS_HEAD.search(head) else ""
    boundaries = list(re.finditer(rf"[,:;.!](?=\s){dash}", head))
    # The question word opens a clause: at most three words after the clause's boundary.
    if not boundaries or len(piece[boundaries[-1].end() : match.start()].split()) > 3:
        return piece
    if words_in(piece[: boundaries[-1].start()])[:1] in (["after"], ["before"], ["during"]):
        return piece  # «After Tabuk, what happened to the tribes?»: the scene is asked in
    # («I have three questions: Against whom …»: the preposition before it asks too)
    lead = piece[boundaries[-1].end() : match.start()].split()
    if lead and lead[-1].lower() in _LEADING:
        return piece[piece.rindex(lead[-1], 0, match.start()) :]
    return piece[match.start() :]
