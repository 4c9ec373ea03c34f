"""Crossword and quiz-night clues: «Crossword clue: ___ ibn Affan, gave 950 camels (6)».

A clue describes the word it wants and says how long it is: «(6)», «7 letters», a letter
pattern «G _ _ _ _ _ N». The length and the pattern name nothing of the text, and read as
words («letter», «g») they sent the clue to a known gap (the Prophet's letters) or left it
unexplained; the label «Crossword clue:» is no content either. What is left is a description
of one thing, asked as a question: «Arab tribe fighting on Byzantium's side?» (read as a
statement, «'The Sword' sent ahead … to Dumat al-Jandal» was a claim to settle, not a
question). The usual rules then decide, so a clue about another event («Prophet's first big
battle, 313 men») is still refused.
"""

from __future__ import annotations

import re

from knowledge.english_lexicon import RELATIVES

# «Crossword clue:», «trivia clue:», «Clue -», «crossword help pls —»: a label before the clue.
_LABEL = re.compile(
    r"^\W*(?:(?:crossword|trivia|quiz|pub\s+quiz)\s+(?:clue|help)(?:\s+(?:pls|please|plz))?"
    r"|clue|crossword)\s*(?:\d+\s*(?:across|down)\s*)?[:\-–—]+\s*",
    re.IGNORECASE,
)
# The wanted word's length at the end: «(6)», «(4, 5)», «(6 letters)».
_LENGTH = re.compile(
    r"\s*\(\s*\d+(?:\s*[,-]\s*\d+)*(?:\s+letters?)?\s*\)\s*[.?!]*\s*$", re.IGNORECASE
)
# «, 7 letters: G _ _ _ _ _ N», «- 6 letters», «7 letters, starts with G»: the length told in
# words, with the letters given and the gaps between them; a name of two words is told as a
# sum («3 letters + 4 letters», «3 and 4 letters»).
_LETTERS = re.compile(
    r"[\s,;:\-–—]*\b\d+(?:\s*[- ]?letters?)?(?:\s*(?:\+|&|and|plus)\s*\d+(?:\s*[- ]?letters?)?)*"
    r"\s*[- ]?letters?\b(?:\s*(?:word|long))?"
    r"(?:\s*[:,\-–—]?\s*(?:(?:[A-Za-z]\s*|_\s*|\?\s*){3,}|starts?\s+with\s+[A-Za-z]\b))?"
    r"\s*[.?!]*\s*$",
    re.IGNORECASE,
)

# The answer's shape after a colon or dash at the clue's end: «: al-____», «- ____» («Jaysh
# al-____» with no colon is the clue's own words with the gap in them).
_SHAPE = re.compile(r"(?:\s*:|\s+[\-–—])\s*(?:[A-Za-z]{1,4}[-\s])?_{2,}\s*$")
# A clue that opens with what is wanted and a relative word: «region where …», «the tribe
# that …», «Companion who …».
_KIND = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?P<kind>[A-Za-z]+(?:\s+[A-Za-z]+)?)\s+(?=(?:where|who|whom|whose|which|that)\b)",
    re.IGNORECASE,
)


# Relatives that stand for the subject of their clause: dropped, the clause asks its verb.
_SUBJECT_RELATIVES = RELATIVES - {"whom"}


def clue_question(text: str) -> str | None:
    """The clue asked as a question, or None when the message is no clue."""
    stripped = text.strip()
    if "\n" in stripped or "?" in stripped:
        return None  # a clue is one line and asks nothing by itself
    label = _LABEL.match(stripped)
    body = stripped[label.end() :] if label else stripped
    # («Describe the contributions … (6)»: without a clue's label a number in brackets is an
    # exam question's marks)
    told = (_LENGTH.search(body) if label else None) or _LETTERS.search(body)
    if told is None:
        return None  # «Clue: …» without a length is left as it was read
    body = body[: told.start()].strip(" \t,;:-–—")
    # «'The Sword' sent ahead …»: quotation marks around the whole clue say nothing.
    if len(body) > 2 and body[0] in "'\"‘“" and body[-1] in "'\"’”":
        body = body[1:-1].strip()
    # «…: al-____»: the answer's own shape after the clue (its article and the gap) asks
    # nothing more; a gap inside the clue («___ ibn Affan, gave …») stays the word wanted.
    body = _SHAPE.sub("", body).strip(" \t,;:-–—")
    if len(body.split()) < 2:
        return None
    kind = _KIND.match(body)
    if kind is not None:
        # «region where the Romans gathered …»: which region is asked (read bare, the
        # relative «where» asked nothing and the clue was left between facts).
        rest = body[kind.end("kind") :].strip()
        relative, _, clause = rest.partition(" ")
        if relative.lower() in _SUBJECT_RELATIVES and clause:
            # «Companion who gave all his wealth»: the relative is the one asked, the subject
            # of its verb («Which companion gave …?»; kept, «who» made the verb a clause
            # describing the companion, and every donor's whole was left to answer).
            rest = clause
        return f"Which {kind.group('kind')} {rest}?"
    return f"{body}?"
