"""A question sent with an answer to check, read as the question (issue 17, en70).

Teachers check their answer keys and students their answers: «Quiz question: "Who did the
Prophet send to Dumat al-Jandal?" Answer key: Ali ibn Abi Talib. Is that what the source
says?», «Worksheet Q: "Explain what the hypocrites did …" My model answer: "…" Anything
missing?», «Q: … Key: …. Does the text back this up?». What is asked is the question; the
answer given is what the reply is compared with, and the check after it («Is that right?»,
«Anything missing?») asks nothing of its own. Read together, the answer's words (a name the
text never gives, a model answer's paraphrase) were taken for the question's and the message
was asked back, or the check alone was read as a question («Is that what the source says?»
answered with a verse). The question is answered by itself, and the asker compares.

The question is the quoted text before the label, or the text ending in «?» before it; the
label names an answer given («answer key», «key», «(my) (model) answer», «student's answer»,
«suggested answer»); the answer runs to the check at the end, or to the end. A message without
such a label («Who gave half? Umar, right?») is left to the claim rules.

A step of the repairs made before a message is read (knowledge/english_preparation.py).
"""

from __future__ import annotations

import re

# The label of an answer given: «answer key», «key», «(my) (model) answer», «student's answer»,
# «suggested answer» (knowledge/english_key_checks.py reads keys with it too).
ANSWER_LABEL = (
    r"(?:(?:the|my|our|your|a)\s+)?(?:(?:student'?s?|model|sample|suggested|expected|proposed|"
    r"correct)\s+)*(?:answer\s+key|key|answer|response)"
)
_LABEL = ANSWER_LABEL + r"(?:\s+(?:given|says|was|is))?"
# The request to check whether it is right: «Is that right?», «Is that what the source says?»,
# «Does the text back this up?» (knowledge/english_key_checks.py judges a key so asked).
RIGHT_CHECK = (
    r"(?:(?:so\s+|but\s+)?(?:is|was)\s+(?:that|this|it|the\s+key)\s+(?:right|correct|accurate|"
    r"ok|okay|true|what\s+the\s+(?:source|text|book|chapter|author)\s+says)"
    r"|(?:is\s+(?:that|this|it)\s+)?(?:correct|right)|am\s+i\s+(?:right|correct)"
    r"|did\s+(?:i|we)\s+get\s+it\s+right"
    r"|does\s+(?:the|this)\s+(?:text|source|book|chapter)\s+(?:back\s+(?:this|it|that)\s+up|"
    r"agree|say\s+so|support\s+(?:this|it|that))|(?:does\s+it|do\s+they)\s+match(?:\s+the\s+"
    r"(?:text|source))?)"
)
# Or what it lacks: «Anything missing?», «What did I miss?» (a model answer in words of its
# own, which no key verdict settles).
_MISSING_CHECK = (
    r"(?:anything\s+missing|(?:is\s+)?anything\s+(?:missing|wrong)"
    r"|what\s+(?:did\s+(?:i|we)\s+miss|is\s+missing))"
)

_CHECKED = re.compile(
    r"^(?P<lead>.*?)(?:[\"“](?P<quoted>[^\"”]{8,}?)[\"”]|(?P<asked>[^\"“”:\n]{8,}?\?))"
    rf"\s*[.,;]?\s*(?P<label>{_LABEL})\s*[:\-–—]\s*(?P<given>[^\n]+?)"
    rf"(?:[\s.!,;]+(?P<check>{RIGHT_CHECK}|{_MISSING_CHECK})\s*[?!.]*)?\s*$",
    re.IGNORECASE | re.DOTALL,
)
# A lead that is itself a question keeps the message whole («Who gave half? Answer: …» is the
# asked form already); the lead is furniture or the asker's talk ending in «:» or «—» or a
# full stop.
_LEAD_END = re.compile(r"(?:^|[:\-–—.!]\s*)$")


def question_of_check(text: str) -> str:
    """The question of a message that gives an answer to check; any other message as it is."""
    found = _CHECKED.match(text.strip())
    if found is None or "?" in found.group("lead"):
        return text
    if found.group("check") is None and not re.search(
        r"key|model|student|sample|suggested|"
        r"expected|proposed",
        found.group("label"),
        re.IGNORECASE,
    ):
        return text  # «… Answer: Umar» with no check and no key: a quiz's own answer line
    lead = found.group("lead").strip()
    if lead and not _LEAD_END.search(lead) and found.group("quoted") is None:
        return text
    question = (found.group("quoted") or found.group("asked")).strip()
    return question if any(ch.isalpha() for ch in question) else text
