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

_LABEL = (
    r"(?:(?:the|my|our|your|a)\s+)?(?:(?:student'?s?|model|sample|suggested|expected|proposed|"
    r"correct)\s+)*(?:answer\s+key|key|answer|response)(?:\s+(?:given|says|was|is))?"
)
_CHECK = (
    r"(?:(?:is|was)\s+(?:that|this|it)\s+(?:right|correct|accurate|ok|okay|true|what\s+the\s+"
    r"(?:source|text|book|chapter|author)\s+says)|(?:is\s+(?:that|this|it)\s+)?(?:correct|right)|"
    r"am\s+i\s+(?:right|correct)|did\s+(?:i|we)\s+get\s+it\s+right|anything\s+missing|"
    r"(?:is\s+)?anything\s+(?:missing|wrong)|what\s+(?:did\s+(?:i|we)\s+miss|is\s+missing)|"
    r"does\s+(?:the|this)\s+(?:text|source|book|chapter)\s+(?:back\s+(?:this|it|that)\s+up|"
    r"agree|say\s+so|support\s+(?:this|it|that))|(?:does\s+it|do\s+they)\s+match(?:\s+the\s+"
    r"(?:text|source))?)"
)
_CHECKED = re.compile(
    r"^(?P<lead>.*?)(?:[\"“](?P<quoted>[^\"”]{8,}?)[\"”]|(?P<asked>[^\"“”:\n]{8,}?\?))"
    rf"\s*[.,;]?\s*(?P<label>{_LABEL})\s*[:\-–—]\s*(?P<given>[^\n]+?)"
    rf"(?:[\s.!,;]+(?P<check>{_CHECK})\s*[?!.]*)?\s*$",
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
