"""A judgement a statement says someone received, which the fact does not tell (en72).

«The hypocrites were praised in the Quran», «Abu Bakr was blamed for giving all his wealth»,
«Khalid was criticised for sparing Ukaydir»: the rest of the statement is the fact's own
words (the hypocrites, the Quran; Abu Bakr's gift), so enough of it was covered and the
statement was «True», though the fact says nothing of praise or blame. Whether someone was
praised, blamed, punished, rewarded or forgiven is a claim of its own: the statement is not
settled true unless the fact's answer or its phrasings speak of that judgement (the verse
revealed in praise of those who went out is asked «Which verse praises …»). A false verdict
(«… were praised for joining the army» against «did not join») is left to the other rules.
Part of settling a statement (knowledge/english_verdict.py).
"""

from __future__ import annotations

import re

from knowledge.english_data import EnglishFact

# Judgements passed on someone, by the roots of their verbs and nouns: «praised», «praise»,
# «blamed», «condemned», «criticised/criticized», «punished», «rewarded», «forgiven/forgave»,
# «honoured/honored», «rebuked», «censured», «reproached», «scolded», «commended».
_JUDGEMENT = re.compile(
    r"\b(?P<root>prais|blam|condemn|critici[sz]|punish|reward|forgiv|forgav|honou?r|rebuk|"
    r"censur|reproach|scold|commend)\w*",
    re.IGNORECASE,
)


# Words of one judgement: blame in any of its words is told where the fact speaks of a rebuke
# («Surah at-Tawbah 38 criticises those who were slow» by «the verse that rebukes …»), and
# praise where it speaks of praise.
_KIND = {
    "blam": "blame",
    "condemn": "blame",
    "criticis": "blame",
    "criticiz": "blame",
    "rebuk": "blame",
    "censur": "blame",
    "reproach": "blame",
    "scold": "blame",
    "prais": "praise",
    "commend": "praise",
    "honour": "praise",
    "honor": "praise",
    "forgav": "forgiv",
}


def _judgements(text: str) -> set[str]:
    """The judgements a text speaks of, each by its kind."""
    roots = (match.group("root").lower() for match in _JUDGEMENT.finditer(text))
    return {_KIND.get(root, root) for root in roots}


def unstated_judgement(statement: str, fact: EnglishFact) -> str | None:
    """The judgement the statement tells of that neither the fact's answer nor its phrasings
    speak of, else None."""
    told = _judgements(" ".join((fact.answer, *fact.questions)))
    return next((kind for kind in sorted(_judgements(statement)) if kind not in told), None)
