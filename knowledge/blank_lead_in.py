"""A sentence to complete inside the words that bring it: a lead-in closed by the instruction
and a colon («يا شباب ساعدوني أكمل: قدم أبو بكر ……», «كملي الفراغ (سؤال بنتي): نزلت … ……»),
or a sentence quoted and then asked about («هذه الجملة: «رابط بجنوده عند ....» ما الكلمة
الناقصة؟»). The sentence is what is completed; the words around it ask nothing of the facts,
and their colon is no stem before options run together with dots (knowledge/message_options.py).
Part of reading a message (knowledge/part_form.py)."""

from __future__ import annotations

import re

from knowledge.sheet_patterns import BLANK_MARK

# The instruction to complete, closing a lead-in with its colon; an aside in brackets may come
# between («كملي الفراغ (سؤال بنتي بالخامس):»), and what is to be completed («أكمل الجملة:»).
_INSTRUCTION_IN = re.compile(
    r"(?<!\S)(?:أكمل|اكمل|أكملي|اكملي|كمل|كملي|كمّل|كمّلي|كملوا|كملو|املأ|املا|املئي|املي)"
    r"(?:\s+(?:لي|لنا))?"
    r"(?:\s+(?:ال)?(?:فراغ|فراغات|جمل[ةه]|جمل|عبار[ةه]|ناقص|كلام))?"
    r"\s*(?:\([^()\n]{0,40}\))?\s*[:：]\s*"
)
# Asking for the missing word after the sentence: «ما الكلمة الناقصة؟», «كم الرقم الناقص؟»,
# «ايش الناقص؟» (its «ة» often left off: «الكلمة الناقص»).
_MISSING_ASKED = re.compile(
    r"[\s،,.:]*(?:(?:ما|ماهي|ماهو|ايش|إيش|ايه|إيه|شو|وش|شنو|اش|كم)\s+)?(?:(?:هي|هو)\s+)?"
    r"(?:(?:ال)?(?:كلم[ةه]|كلمات|رقم|عدد|اسم)\s+)?"
    r"(?:ال)?(?:ناقص[ةه]?|مفقود[ةه]?)\s*[؟?!]*\s*$"
)
# A quoted sentence: «…», "…" or “…”.
_QUOTED = re.compile(r"«([^«»]+)»|\"([^\"]+)\"|“([^“”]+)”")


def sentence_to_complete(text: str) -> str | None:
    """The sentence to complete when words lead into it or ask about it, else None."""
    asked = _MISSING_ASKED.search(text)
    body = text[: asked.start()] if asked is not None and asked.start() > 0 else text
    quoted = _QUOTED.search(body)
    if quoted is not None:
        inner = next(group for group in quoted.groups() if group is not None)
        outside = body[: quoted.start()] + body[quoted.end() :]
        # («… الجملة: «……» ما الكلمة الناقصة؟»: the quote is the sentence, the rest asks)
        led = body[: quoted.start()].rstrip().endswith((":", "："))
        if (asked or led) and BLANK_MARK.search(inner) and not BLANK_MARK.search(outside):
            return inner.strip()
    leads = list(_INSTRUCTION_IN.finditer(body))
    if not leads:
        return None
    lead = leads[-1]
    rest = body[lead.end() :]
    if BLANK_MARK.search(body[: lead.start()]) or not BLANK_MARK.search(rest):
        return None  # (a blank before the instruction: the lead-in is part of the sentence)
    if len(rest.split()) < 3:
        return None
    return rest.strip()
