"""Chatbot-style framing around an English question (issue 17, en33).

People write to the bot as they write to a chatbot: a persona first («You are an Islamic
history expert.», «Act as a history teacher and …», «Pretend you are my tutor.») and limits on
the answer last («…, key facts only, no intro», «in 3 bullet points», «max 50 words»). Neither
names anything of the text: read with the question, «expert», «intro» or «bullet» are words no
fact knows and turn an answer into a question back, and a persona left as a preamble is read as
the context of the parts after it. Both are set aside before the message is cut into parts; a
message that is nothing else is read as it is.

Part of reading a message into parts (knowledge/english_forms.py).
"""

from __future__ import annotations

import re

# Who the bot is asked to be: a role, never a person or a deed of the story.
_ROLES = (
    r"teacher|tutor|expert|historian|scholar|professor|examiner|assistant|guide|quiz\s*master|"
    r"host|lecturer|chatbot|bot|ai|mufti|sheikh|shaykh|imam|ustadh|ustaz|narrator|storyteller|"
    r"instructor|coach"
)
_PERSONA = re.compile(
    r"^\W*(?:you\s+are|you're|act\s+as|acting\s+as|pretend\s+(?:you\s+are|to\s+be)|"
    r"imagine\s+you\s+are|be|as)\s+(?:a|an|my|our|the)\s+(?:[\w'-]+\s+){0,4}?"
    rf"(?:{_ROLES})s?\b(?:\s+(?:for|of|in|on)\s+(?:[\w'-]+\s*){{1,3}}?)?"
    r"\s*(?:[.!:;,\n]+\s*|\s+and\s+(?=\w))",
    re.IGNORECASE,
)
# Limits on the answer: what a trailing clause may hold.
_LIMIT_WORDS = frozenset(
    """
    key main facts fact points point only just no intro introduction fluff preamble bullet bullets
    short shortly brief briefly simple simply in one two three four five lines line words word
    sentence sentences max maximum under less than please keep it answer summary tldr tl dr list
    form format plain english the a an with without details detail extra
    """.split()
)
_LIMIT_CUES = frozenset(
    "only no intro introduction fluff bullet bullets lines line words sentence sentences max "
    "maximum tldr".split()
)
# A trailing clause after a comma, a full stop or a dash.
_TRAILING_CLAUSE = re.compile(r"(?:,|\.|;|\s[-–—])\s*([^,.;\n?]+?)\s*[.!]?\s*$")


# A limit inside the question: «… in 3 bullet points», «in two lines», «in under 50 words».
_INLINE_LIMIT = re.compile(
    r"\s+in\s+(?:(?:under|less\s+than|about|max(?:imum)?)\s+)?(?:\d+|one|two|three|four|five)?\s*"
    r"(?:short\s+)?(?:bullet\s+points?|bullets|points|lines|sentences|words)\b",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+|\d+", text.lower())


def _limits(clause: str) -> bool:
    words = _words(clause)
    return (
        bool(words)
        and all(w in _LIMIT_WORDS or w.isdigit() for w in words)
        and bool(_LIMIT_CUES & set(words))
    )


def without_prompt_framing(text: str) -> str:
    """The message without a chatbot persona before it and limits on the answer after it."""
    rest = text
    persona = _PERSONA.match(rest)
    if persona is not None and rest[persona.end() :].strip():
        rest = rest[persona.end() :]
    while True:
        clause = _TRAILING_CLAUSE.search(rest)
        if clause is None or not _limits(clause.group(1)) or not rest[: clause.start()].strip():
            break
        rest = rest[: clause.start()]
    rest = _INLINE_LIMIT.sub("", rest)
    return rest.strip() if _words(rest) else text
