"""A sentence to complete inside the words that bring it: a sentence quoted and then asked
about («هذه الجملة: «رابط بجنوده عند ....» ما الكلمة الناقصة؟»), or quoted after a colon. The
sentence is what is completed; the words around it ask nothing of the facts, and their colon
is no stem before options run together with dots (knowledge/message_options.py). Part of
reading a message (knowledge/part_form.py). (A lead-in closed by the instruction and its colon,
«يا شباب ساعدوني أكمل: …», read the same way was left out: bisected on held-out it moved a
confident wrong answer from one set to another.)"""

from __future__ import annotations

import re

from knowledge.message_patterns import ADDRESS, REQUEST, STORY
from knowledge.sheet_patterns import BLANK_MARK, SHEET_LINE

# Asking for the missing word after the sentence: «ما الكلمة الناقصة؟», «كم الرقم الناقص؟»,
# «ايش الناقص؟» (its «ة» often left off: «الكلمة الناقص»).
_MISSING_ASKED = re.compile(
    r"[\s،,.:]*(?:(?:ما|ماهي|ماهو|ايش|إيش|ايه|إيه|شو|وش|شنو|اش|كم)\s+)?(?:(?:هي|هو)\s+)?"
    r"(?:(?:ال)?(?:كلم[ةه]|كلمات|رقم|عدد|اسم)\s+)?"
    r"(?:ال)?(?:ناقص[ةه]?|مفقود[ةه]?)\s*[؟?!]*\s*$"
)
# What introduces a quotation and names nothing asked: «قال تعالى», «قوله تعالى».
_QUOTING = re.compile(r"^\s*(?:قال|قوله|يقول)\s+(?:تعالى|تعالي|الله)\s*[:：]?\s*$")
# Numbers, lone letters and the marks around them: an item's label, no words of it.
_LABELS = re.compile(r"[0-9٠-٩]+|(?<!\S)\S(?!\S)|[()\[\]\-–—:：،,.؛/]")
# A quoted sentence: «…», "…" or “…”.
_QUOTED = re.compile(r"«([^«»]+)»|\"([^\"]+)\"|“([^“”]+)”")


def sentence_to_complete(text: str) -> str | None:
    """The quoted sentence to complete when words ask about it or lead into it with a colon,
    else None; the words before a colon must ask nothing (a story, a plea, an address, a
    heading or a quotation's «قال تعالى»)."""
    if "«" not in text and '"' not in text and "“" not in text:
        return None  # (no quotation: most texts; _QUOTED needs one of its marks)
    asked = _MISSING_ASKED.search(text)
    body = text[: asked.start()] if asked is not None and asked.start() > 0 else text
    quoted = _QUOTED.search(body)
    if quoted is not None:
        inner = next(group for group in quoted.groups() if group is not None)
        before = body[: quoted.start()]
        outside = before + body[quoted.end() :]
        # («… الجملة: «……» ما الكلمة الناقصة؟»: the quote is the sentence, the rest asks)
        led = before.rstrip().endswith((":", "："))
        if (asked or led) and BLANK_MARK.search(inner) and not BLANK_MARK.search(outside):
            return inner.strip() if asked or _asks_nothing(before) else None
    return None


def _asks_nothing(lead: str) -> bool:
    """Words before a quoted sentence to complete that name nothing it is about: none, a
    label or heading, a story («سؤال بنتي»), a plea or request («يا شباب ساعدوني»), an
    address, or the words quoting a verse («قال تعالى»)."""
    lead = lead.strip(" ،,.:：-–")
    # («ب- «……»», «السؤال الثالث (2): «……»»: numbers, labels and a sheet's heading)
    bare = _LABELS.sub(" ", lead).strip()
    return (
        not bare
        or SHEET_LINE.match(lead) is not None
        or SHEET_LINE.match(bare) is not None
        or STORY.search(lead) is not None
        or ADDRESS.match(lead + "،") is not None
        or REQUEST.match(lead) is not None
        or _QUOTING.match(lead) is not None
    )
