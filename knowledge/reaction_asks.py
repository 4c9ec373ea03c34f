"""What the enemy did when the army came, read as the enemy's stance then.

«ماذا فعل الروم عند وصول المسلمين؟», «شو عملوا الروم لما وصل الجيش؟», «وش سوى الروم لما
وصل جيش المسلمين؟» ask how the Romans met the army's coming: their stance at that moment
(«ما موقف الروم عند وصول …»). Read word by word, «did» is a function word and «arrive» the
only detail, so the facts where someone else arrives (the Prophet at Tabuk, the way to the
Romans, the Romans' own armies reaching the border) ranked as high and the question was
asked back. Only the Romans' side asked with a deed at the army's coming or its news is
read so: what they did before («قبل غزوة تبوك»: they gathered) or after stays as typed. It
only reads: it never looks at the facts (part of reading a message, knowledge/message.py).
"""

from __future__ import annotations

import re

_WHAT = r"(?:و|ف)?(?:ماذا|ما\s+ذا|ما\s+الذي|شو|وش|ايش|إيش|شنو|ايه|إيه|اش|واش|اشنو|شنهو|آش)"
# did, made, did to them («شو صار مع الروم»: what became of them)
_DID = (
    r"(?:(?:فعل|فعلت|فعلوا|فعلو|عمل|عملت|عملوا|عملو|سوى|سوت|سووا|سوو|سوا|دار|داروا|دارو"
    r"|كان\s+رد\s+فعل|كانت\s+ردة\s+فعل)\s+"
    r"|(?:صار|حصل|جرى)\s+(?:مع\s+|في\s+|ب\s*|ل\s*))"
)
_ROMANS = r"(?:ال)?(?:روم|رومان|بيزنطيين|بيزنطيون|غساسنة|غساسنه)|(?:جيش|جيوش|جنود|حلفاء)\s+الروم"
# when / as soon as, then the army's coming or the news of it
_WHEN = r"(?:لما|لمّا|عند|عندما|حين|حينما|وقت|بعد\s+ما|أول\s+ما|اول\s+ما|ساعة\s+ما|يوم)"
_COMING = (
    r"(?:وصل|وصول|وصلوا|وصلو|بلغ|بلغهم|بلوغ|قدوم|قدم|اقترب|اقتراب|زحف|تقدم|خروج|خرج|طلع"
    r"|جاء|جا|اجا|إجا|علموا|علمو|علم|سمعوا|سمعو|سمع|عرفوا|عرفو|شافوا|شافو|رأوا|راوا)"
)
_DEED_AT_COMING = re.compile(
    rf"^\s*{_WHAT}\s+{_DID}(?P<party>{_ROMANS})\s+(?P<when>{_WHEN}\s+{_COMING}\b)"
    rf"|^\s*(?P<party2>{_ROMANS})\s+{_WHAT}\s+{_DID}(?P<when2>{_WHEN}\s+{_COMING}\b)"
)


def as_stance(text: str) -> str:
    """«ماذا فعل الروم عند وصول المسلمين؟» -> «ما موقف الروم عند وصول المسلمين؟»; any
    other question as it is."""
    match = _DEED_AT_COMING.match(text)
    if match is None:
        return text
    party = match.group("party") or match.group("party2")
    when_start = match.start("when") if match.group("when") else match.start("when2")
    return f"ما موقف {party} {text[when_start:]}"
