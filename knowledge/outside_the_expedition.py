"""A statement placed after the expedition is not judged by what happened in it.

«هاجم الروم المدينة بعد غزوة تبوك» claims something after the expedition; the fact denying
any fighting tells what happened during it («لم يقع قتال في غزوة تبوك»), and «بعث النبي جيشًا
إلى الروم بعد تبوك» is not contradicted by the envoy attacked before it, which says nothing of
what came after. Nor is «بعد تبوك غزا الروم المدينة» confirmed by the distance fact
(«بعيدة»: «بعد» read as far). The text settles neither: the reply says it cannot judge. A fact
that itself places what it tells before or after the expedition («بعد غزوة تبوك توالت الوفود»,
«قبل غزوة تبوك أوقع الروم … في مؤتة»), or says it was the last («آخر غزوات النبي»: nothing
came after it), still judges such a statement.

Only «بعد»: what a statement places before the expedition («قبل غزوة تبوك») may be its own
preparation, which the facts telling its course do settle (measured: judging «قبل» so too
left a statement of the CHECK rounds unjudged that is judged today).
"""

from __future__ import annotations

from knowledge.asked import before_or_after
from knowledge.models import Fact
from knowledge.normalize import normalize

# An answer saying its event was the last («آخر غزوات النبي»): nothing came after it.
_LAST = frozenset(("اخر",))


def placed_after(statement: str) -> bool:
    """Whether the statement places what it claims after the expedition («بعد غزوة تبوك»)."""
    return "بعد" in before_or_after(tuple(normalize(statement).split()))


def speaks_only_of_its_course(fact: Fact) -> bool:
    """Whether the fact's answer places nothing before or after the expedition."""
    words = tuple(normalize(fact.answer).split())
    return not before_or_after(words) and _LAST.isdisjoint(words)


def judges_outside(statement: str, fact: Fact) -> bool:
    """Whether `fact` may judge the statement as far as time goes: always, unless the
    statement is placed after the expedition and the fact tells only its course."""
    return not (placed_after(statement) and speaks_only_of_its_course(fact))
