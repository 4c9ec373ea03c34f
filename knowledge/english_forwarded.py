"""Forwarded messages sent to be checked: the claim is what is asked, the wrapper asks nothing.

People paste a chain message with a line of their own around it: «Forwarded as received:»,
«My aunt sent this on WhatsApp:», «Is this true? 👇 …». The wrapper tells where the claim came
from or that a verdict is wanted; it never decides. Told the usual way round — the claim, then
«Is this true?» — the message is read by the claim-and-tag rules every other checked claim
goes through (`english_forms`, `english_engine`).
"""

from __future__ import annotations

import re

# Where the claim came from, before a colon, a full stop or a dash: «Forwarded as received:»,
# «Fwd:», «My aunt sent this on WhatsApp:», «Got this in the family group -», «This is going
# around on Facebook:». Only up to that mark: what follows is the claim.
_WRAPPER = re.compile(
    r"^\W*(?:"
    r"(?:fwd?|fw)\s*:"
    r"|forwarded(?:\s+(?:as\s+received|many\s+times|message|msg))?\s*[:.\-–—]"
    r"|(?:my|a|our|his|her|some|someone|somebody)(?:\s+[\w']+){0,3}?\s+"
    r"(?:sent|forwarded|shared|posted)\s+(?:me\s+|us\s+)?(?:this|it)"
    r"(?:\s+(?:on|in|to|via|from)(?:\s+[\w']+){1,3})?\s*[:\-–—]"
    r"|(?:i\s+)?(?:got|received|saw|found)\s+this(?:\s+(?:on|in|from|via)(?:\s+[\w']+){1,3})?"
    r"\s*[:\-–—]"
    r"|this\s+is\s+going\s+around(?:\s+(?:on|in)(?:\s+[\w']+){1,3})?\s*[:\-–—]"
    r")[\s\W]*?(?=[\w\"'“‘])",
    re.IGNORECASE,
)

# A request for a verdict before the claim: «Is this true? 👇», «Is it correct?», «True or
# not?», «Can you verify this?», «Fact check please:». It needs its own closing mark (or an
# emoji/arrow), so «Is it true that …» keeps its own reading.
_TAG_FIRST = re.compile(
    # («Is this statement accurate? …», «Accurate or not? …»: en72)
    r"^\W*(?:is\s+(?:this|it|that)(?:\s+(?:statement|sentence|claim))?\s+"
    r"(?:true|correct|right|real|authentic|accurate)"
    r"|(?:true|accurate)\s+or\s+not|real\s+or\s+fake|fact\s+or\s+fake"
    r"|can\s+(?:you|someone|anyone)\s+(?:verify|check|confirm)\s+this"
    r"|(?:please\s+)?fact[\s-]?check(?:\s+(?:this|please|pls))*"
    r"|please\s+(?:verify|check)(?:\s+this)?)"
    r"\s*(?:[?:!]|[^\w\s\"'“‘(]+)[\s\W]*?(?=[\w\"'“‘])",
    re.IGNORECASE,
)

# «it is true that the Romans fled?», «it's true that …?»: the word order of French «c'est
# vrai que …?» (and of «est-il vrai que»), asked with a question mark.
_IT_IS_TRUE = re.compile(
    r"^(\W*)(?:it\s+is|it'?s|it’s)\s+(true|correct|right)\s+that\s+(?=[^?]+\?\s*$)",
    re.IGNORECASE,
)


def _unwrapped(text: str) -> str:
    """The message without its forwarding wrapper, when something is left after it."""
    wrapper = _WRAPPER.match(text)
    if wrapper is None:
        return text
    rest = text[wrapper.end() :].strip()
    return rest if any(ch.isalpha() for ch in rest) else text


def claim_first(text: str) -> str:
    """A forwarded or tag-first claim told as a claim then «Is this true?»; any other message
    as it is."""
    body = _unwrapped(text)
    asked = _IT_IS_TRUE.match(body)
    if asked is not None:
        return f"{asked.group(1)}Is it {asked.group(2)} that {body[asked.end() :]}"
    tag = _TAG_FIRST.match(body)
    if tag is None:
        return body
    claim = body[tag.end() :].strip()
    if "?" in claim or not any(ch.isalpha() for ch in claim):
        # A question after the tag is asked by itself; a tag alone is left as it came.
        return body
    return f"{claim.rstrip(' .!')}. Is this true?"
