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
# A limit in brackets closing the message (en70): «(short answer, 3–4 sentences)», «(brief
# answer, max 2 lines)», «(one word answer)»: all its words are words of a limit and one of them
# names the answer's length or form.
_BRACKETED_LIMIT = re.compile(r"\s*\(([^()\n]*)\)\s*[.!]?\s*$")
_BRACKETED_CUES = _LIMIT_CUES | frozenset("short brief briefly answer".split())
# A trailing clause after a comma, a full stop or a dash.
_TRAILING_CLAUSE = re.compile(r"(?:,|\.|;|\s[-–—])\s*([^,.;\n?]+?)\s*[.!]?\s*$")


# A limit inside the question: «… in 3 bullet points», «in two lines», «in under 50 words»;
# the manner of the answer: «in simple words», «in plain English», «in your own words», «as a
# numbered list», «in point form» (en56: left in, «Explain in simple words why …» hid the «why»
# after the command and was answered with the overview).
_INLINE_LIMIT = re.compile(
    r"\s+in\s+(?:(?:under|less\s+than|about|max(?:imum)?)\s+)?(?:\d+|one|two|three|four|five)?\s*"
    r"(?:short\s+)?(?:bullet\s+points?|bullets|points|lines|sentences|words)\b"
    r"|(?:^|,?\s+)in\s+(?:very\s+)?(?:simple|easy|plain|basic|layman'?s|laymans|lay|everyday|your\s+own|"
    r"simple\s+and\s+easy)\s+(?:english\s+)?(?:words|terms|language|english)\b"
    r"|,?\s+in\s+(?:a\s+)?(?:point|bullet|list|table|tabular)\s+form\b|,?\s+point[\s-]?wise\b"
    r"|,?\s+as\s+(?:a\s+)?(?:numbered\s+|bulleted\s+|bullet\s+|short\s+|simple\s+)?list\b"
    r"|,?\s+as\s+(?:\d+\s+|a\s+few\s+)?bullet(?:\s+point)?s\b"
    # How long the answer may take to read or say (en70): «Tabuk in 60 seconds», «in 2
    # minutes»; no fact tells a time in seconds or minutes.
    r"|\s+in\s+(?:(?:under|less\s+than|about|just)\s+)?(?:\d+|one|two|three|five|ten|thirty|"
    r"sixty|a\s+few|a)\s+(?:seconds?|secs?|minutes?|mins?)\b"
    # Bullet points named anywhere as the answer's form (en70): «hypocrites at tabuk summary
    # bullet points», «tabuk jizya agreements bullet points»; no fact tells of a bullet.
    r"|,?\s+(?:in\s+)?(?:(?:\d+|a\s+few|some|short|quick|key)\s+)?(?:bullet\s*points?|bullets)\b",
    re.IGNORECASE,
)
# «Give me 5 bullet points on …», «Write 3 points about …», «Make a short list of …»: the
# form of the answer wrapped around the command; read as «write notes on …» and «list …».
_POINTS_ON = re.compile(
    r"\b(?P<command>give|write|make|list|share|provide)\s+(?:me\s+|us\s+)?(?:a\s+)?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|some|short|key|main|quick)\s+)*"
    r"(?:bullet\s+points?|bullets|points|lines|sentences)\s+(?:on|about|regarding|covering|of)\s+"
    r"|\bmake\s+(?:me\s+)?(?:a|an)\s+(?:short\s+|quick\s+|brief\s+|simple\s+)?list\s+of\s+",
    re.IGNORECASE,
)
# «Explain like I'm five:», «Explain like a teacher to a 10 year old:», «ELI5:», «TL;DR»: how
# to pitch the answer, said before it.
_PITCH = re.compile(
    r"^\W*(?:(?:explain|tell\s+me|answer)\s+(?:it\s+|this\s+)?(?:like|as\s+if)\s+[^:?\n]{1,40}?"
    r"\s*:|(?:eli5|tl\s*;?\s*dr)\b\s*[:,.\-–—]?)\s*(?=\S)",
    re.IGNORECASE,
)
# Indian English asks politely with «kindly/please provide, share, send …» and «let me know»:
# the request verbs are «give» and «tell me» (read as content, «provide» was a gift given).
_POLITE_REQUEST = re.compile(
    r"^(?P<lead>\W*(?:(?:kindly|please|pls|plz)\s+)+)(?:(?P<give>provide|share|send)(?:\s+(?:me|us))?"
    r"|(?P<tell>let\s+(?:me|us)\s+know))\b",
    re.IGNORECASE,
)

# «Please do the needful and tell …», «… Kindly do the needful.»: asks for an answer, no more.
_NEEDFUL = re.compile(
    r"\b(?:(?:kindly|please|pls|plz)\s+)?do\s+the\s+needful\b[\s,.!]*(?:and\s+)?", re.IGNORECASE
)


# A limit said first and set off by a colon, comma, full stop or dash: «One word answer:», «Short
# answer please:», «No explanation needed, just …», «Keep it short - …», «Bullet points please:».
_LEADING_CLAUSE = re.compile(r"^\W*([^,.:;?\n]+?)\s*(?:[:,.;]|\s[-–—])\s*(?:just\s+)?(?=\S)")
_LEADING_LIMIT_WORDS = _LIMIT_WORDS | frozenset(
    "explanation explanations needed need required necessary be keep reply respond numbered "
    "quick concise".split()
)
_LEADING_CUES = frozenset(
    "only just no word words line lines sentence sentences bullet bullets points short brief "
    "briefly concise quick simple simply max maximum tldr".split()
)
_MAX_LEADING_LIMITS = 3
# One word alone is a limit only when it can be nothing else («No, Umar gave half» denies).
_LONE_LIMITS = frozenset("briefly brief shortly tldr concisely".split())
# Where a leading limit asked for notes on a topic named after it («Bullet points please:
# treaties made during Tabuk»), the topic is what the notes are on.
_NOTES_CUES = frozenset("bullet bullets points list".split())
_ASKING_START = re.compile(
    r"^\W*(?:who|whom|whose|what|when|where|why|how|which|is|was|were|did|do|does|are|can|could|"
    r"name|state|give|list|explain|describe|write|tell|outline|mention|true|false)\b",
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
    rest = _PITCH.sub("", rest, count=1)
    for _ in range(_MAX_LEADING_LIMITS):  # «Just the answer, no explanation: …»
        rest = _without_leading_limit(rest)
    rest = _POINTS_ON.sub(_notes_on, rest, count=1)
    rest = _POLITE_REQUEST.sub(_plain_request, _NEEDFUL.sub("", rest))
    rest = _without_bracketed_limit(rest)
    while True:
        clause = _TRAILING_CLAUSE.search(rest)
        if clause is None or not _limits(clause.group(1)) or not rest[: clause.start()].strip():
            break
        rest = rest[: clause.start()]
    rest = _INLINE_LIMIT.sub("", rest).lstrip(" ,")
    return rest.strip() if _words(rest) else text


def _without_bracketed_limit(text: str) -> str:
    """The message without a limit on the answer in brackets at its end."""
    bracket = _BRACKETED_LIMIT.search(text)
    if bracket is None or not text[: bracket.start()].strip():
        return text
    words = _words(bracket.group(1))
    limit_words = _LIMIT_WORDS | {"reply", "max", "maximum", "answers"}
    if not words or not all(w in limit_words or w.isdigit() for w in words):
        return text
    return text[: bracket.start()] if _BRACKETED_CUES & set(words) else text


def _without_leading_limit(text: str) -> str:
    """The message without a limit on the answer said first («One word answer: …»)."""
    lead = _LEADING_CLAUSE.match(text)
    if lead is None or not text[lead.end() :].strip():
        return text
    words = _words(lead.group(1))
    if not words or not all(w in _LEADING_LIMIT_WORDS or w.isdigit() for w in words):
        return text
    if not _LEADING_CUES & set(words) or (len(words) == 1 and words[0] not in _LONE_LIMITS):
        return text
    rest = text[lead.end() :]
    if _NOTES_CUES & set(words) and not _ASKING_START.match(rest):
        return f"Write notes on {rest}"
    return rest


def _notes_on(match: re.Match[str]) -> str:
    return "list " if match.group("command") is None else "write notes on "


def _plain_request(match: re.Match[str]) -> str:
    return match.group("lead") + ("give" if match.group("give") else "tell me")
