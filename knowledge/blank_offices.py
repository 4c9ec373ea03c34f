"""Who holds an office over a people, asked by a blank («كان ملك الروم هو ……», «اسم رئيس
دومة الجندل ……», «ملك الغساسنة هو ……»): one word list of offices, how a sentence names the
office and whose it is, and the one check of a fact (does it say that office of that people?).

Part of filling blanks (knowledge/blanks.py), which asks it twice: a sentence opening with
the office and ending on its blank asks a person when the fact says that office; and a
person put in a blank after an office is kept only when the fact says that office («كان ملك
الغساسنة هو ……»: the envoy fact names a person and the Ghassanids, but nobody as their
king; the text does not say who was).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.answer_keys import mentions, phrase, words_of
from knowledge.models import Fact

# The offices, with or without «ال» («ملك الروم», «الملك هرقل»).
_OFFICE = r"(?:ال)?(ملك|رئيس|زعيم|قائد|أمير|امير|حاكم|عظيم)"
# The word after the office is whose it is, unless it is a relative, a preposition or a
# pronoun («القائد الذي …», «الأمير في …», «الملك هو …»).
_WHOSE = r"(?!(?:الذي|الذى|التي|اللي|اللى|في|من|هو|هي)(?!\S))([^\s…]+)"
# The office anywhere before a blank («أكمل: ملك الغساسنة زمن الغزوة هو ……»).
_OFFICE_OF = re.compile(rf"(?<!\S){_OFFICE}\s+{_WHOSE}")
# The office opening the sentence (after «كان» or «اسم»), a few words, and the blank last:
# «كان ملك الروم في غزوة تبوك هو ……», «اسم رئيس دومة الجندل ……».
_OFFICE_FIRST = re.compile(
    rf"^\s*(?:(?:كان|كانت|اسم)\s+)?{_OFFICE}\s+{_WHOSE}"
    r"(?:\s+\S+){0,6}?(?:\s+(?:هو|هي))?\s*…\s*[.؟?:]?\s*$"
)


@dataclass(frozen=True, slots=True)
class Office:
    """An office and whose it is, as the sentence words them («ملك», «الروم»)."""

    title: str
    people: str


def office_before(text: str) -> Office | None:
    """The first office named in the words before a blank, with whose it is."""
    found = _OFFICE_OF.search(text)
    return Office(found.group(1), found.group(2)) if found else None


def office_first(sentence: str) -> Office | None:
    """The office a sentence opens with when its one blank closes it («كان ملك الروم في غزوة
    تبوك هو ……»): the blank asks who holds it."""
    found = _OFFICE_FIRST.match(sentence)
    return Office(found.group(1), found.group(2)) if found else None


def says_office(fact: Fact, office: Office) -> bool:
    """Whether the fact says that office of that people itself («هرقل هو ملك الروم»), in its
    answer or its source sentence; a fact sharing only the people («قائد الروم في تبوك»:
    Khalid led at Mu'tah) or the office names no holder of it."""
    told = words_of(f"{fact.answer} {fact.source}")
    return mentions(told, phrase(f"{office.title} {office.people}"))
