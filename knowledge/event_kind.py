"""The kind of event Tabuk was asked: a ghazwa or a sariyya («هل تبوك غزوة أم سرية؟»).

A ghazwa is an expedition the Prophet led himself; a sariyya one he sent under another
commander. The text tells who led Tabuk, so that fact is what settles the kind: the question
is asked again as who led it. Read word by word, «سرية» is only in the phrasings of Khalid's
detachment to Dumat al-Jandal («سرية خالد في تبوك»), which answered as if it were asked.
A sariyya within Tabuk (Khalid's, one sent, «السرية التي أرسلها النبي») is no such question.
"""

from __future__ import annotations

import re

# What settles the kind: who led the expedition (normalised, as the engine reads it).
WHO_LED = "من قاد غزوه تبوك"
# The rule of such a reply (knowledge/forms.py answers a question part with it, before the
# either/or reading: neither kind is a claim the text states in so many words).
KIND_RULE = "the kind of event asked: who led it"

_SARIYYA = r"(?:[وب]?(?:ال)?سريه|(?:ال)?سرايا)"
_GHAZWA = r"(?:[وب]?(?:ال)?غزوه)"
_OR = r"(?:ام|ولا|او|والا|وليست|وليس|مش|ماهي|لا)"
# «غزوة أم سرية», «سرية ولا غزوة», «غزوة وليست سرية»: the two kinds set against each other,
# ending the question (nothing asked after them)
_EITHER_KIND = re.compile(
    rf"(?:^|\s)(?:{_GHAZWA}\s+{_OR}\s+{_SARIYYA}|{_SARIYYA}\s+{_OR}\s+{_GHAZWA})$"
)
# «هل كانت تبوك سرية», «غزوة تبوك تعتبر سرية؟»: Tabuk said to be one, nothing after it
_TABUK_A_SARIYYA = re.compile(
    rf"(?:^|\s)تبوك\s+(?:(?:كانت|كان|تعتبر|تعد|هي|عباره\s+عن)\s+)?{_SARIYYA}$"
)
# Someone or something of the detachment sent within Tabuk: then «سرية» is that one.
_WITHIN = frozenset(
    "خالد الوليد دومه الجندل اكيدر فرقه ارسل ارسلها ارسلهم بعث بعثها وجه وجهها قائد قاد"
    " قادها التي اللي".split()
)


def asks_event_kind(normalized: str) -> bool:
    """Whether a question (normalised) asks whether Tabuk was a ghazwa or a sariyya."""
    words = normalized.split()
    if "تبوك" not in words or _WITHIN.intersection(words):
        return False
    return bool(_EITHER_KIND.search(normalized) or _TABUK_A_SARIYYA.search(normalized))
