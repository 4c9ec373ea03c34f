"""A quiz app's card or a flashcard pasted whole: its counter, score and empty answer slot ask
nothing.

Apps print «Q12/20», «Question 7 of 10», «Card 4:», «Points: 10», «(5 pts)», «Answer: ____»,
«Hint: …» and an answer key («Answer key: 1-b 2-a») around the question. Read as words they
are unknown terms and blanks («Answer: ____» made the question a sentence to complete) that
hold back a clear answer. The counter is kept as plain numbering («Q12.»), so several cards in
one message stay several questions; the rest is set aside. A hint is the app's clue for the
player, not part of what is asked: the question is answered, or asked back, by itself.
"""

from __future__ import annotations

import re

# «Card 4 of 20», «Flashcard 3:». («Q12/20», «Question 7 of 10» taken off too turned a CHECK
# round's ask-back into a wrong answer, en51: left as they are.)
_COUNTER = re.compile(
    r"(?:(?<=\n)|^)[^\w\n]*(?:"
    r"(?:flash\s*card|card)\s*(?:(?P<c>\d{1,3})(?:\s*(?:/|of)\s*\d{1,3})?\s*[:.\-–—)]*"
    r"|[:\-–—]+))\s*[:.\-–—)]*",
    re.IGNORECASE,
)
# The player's empty slot, «Answer: ____», «Your answer: ___», «Answer: ?»; a score or a
# timer, «Points: 10», «(Points: 5)», «[5 pts]», «10 points», «Time: 30s», «Level: easy».
_FURNITURE = re.compile(
    r"[\[(]?\s*(?:"
    r"(?:your\s+)?answer\s*:\s*(?:_{2,}|\.{3,}|\?|…)[\s_.…]*"
    r"|(?:points?|pts|score|marks?|time|timer|level|difficulty)\s*:\s*"
    r"(?:\d+\s*(?:s|sec|secs|seconds|pts|points|marks)?|easy|medium|hard)\b"
    # (a score the player wins, «+10 pts», with its sign)
    r"|\+?\d{1,3}\s*(?:pts|points)\b"
    # a timer beside the counter («Q2/10 ⏰ 20 sec»)
    r"|(?<=\d\s)[^\w\s]*\s*\d{1,3}\s*(?:sec|secs|seconds)\b"
    r")\s*[\])]?",
    re.IGNORECASE,
)
# A hint up to the end of its sentence or line («Hint: he was the second caliph.»).
_HINT = re.compile(r"\(?\bhint\s*:\s*[^\n?)]*?(?:[.!](?=\s|$)|\)|(?=\n)|$)", re.IGNORECASE)
# The answer key at the bottom: «Answer key: 1-b 2-a», «Answers: 1b, 2a», «Key: B».
_KEY = re.compile(
    r"\b(?:answer\s+key|answers|key)\s*:\s*(?:\d{0,3}\s*[-.)=:]?\s*[a-e]\b[\s,;]*)+$",
    re.IGNORECASE,
)


# A flashcard told by its sides: «Front: Abu Bakr's contribution / Back: ____», «Card front:
# '…' – what do I put on the back?», «Front: Abu Bakr's gift – back?». The front is what is
# asked; the talk of its back is the answer wanted and asks nothing of the text.
_FRONT = re.compile(
    r"\bfront(?:\s+side)?(?:\s+says)?\s*[:\-–—]\s*(?P<front>[^\n]+?)\s*"
    r"(?=\n|$|[–—-]\s+(?:what|so\s+what)\b|[–—-]\s+[^\n]*\bback\b"
    r"|\s(?:what|so\s+what)\b[^\n]*\bback\b)",
    re.IGNORECASE,
)
_BACK = re.compile(r"\bback\b", re.IGNORECASE)


def card_front(text: str) -> str | None:
    """The front of a flashcard whose back is asked for, else None."""
    front = _FRONT.search(text)
    if front is None or not _BACK.search(text[front.end() :]):
        return None
    asked = front.group("front").strip().strip("'\"‘’“”").strip()
    return asked if any(ch.isalpha() for ch in asked) else None


def _numbered(match: re.Match[str]) -> str:
    number = match.group("c")
    return f"Q{number}. " if number else ""


def without_card_furniture(text: str) -> str:
    """The card's question(s) and options without its counter, score, slot, hint and key;
    any other message as it is."""
    out = card_front(text) or text
    out = _KEY.sub("", out.rstrip())
    out = _HINT.sub(" ", out)
    out = _FURNITURE.sub(" ", out)
    out = _COUNTER.sub(_numbered, out)
    if out == text or not any(ch.isalpha() for ch in out):
        return text
    lines = (re.sub(r"[ \t]{2,}", " ", line).strip() for line in out.splitlines())
    return "\n".join(line for line in lines if line)
