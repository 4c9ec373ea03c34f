"""Whether the option chosen for a «who/which» stem is the one who did what the stem asks.

An option is supported by the words the fact's answer shares with it; a side or person the
answer names beside the doer shares them too. «Which group's hearts were full of faith?
a) the hypocrites b) the believers»: the answer («alongside the hypocrites, there were Muslims
whose hearts were full of faith») names the hypocrites, not the believers, and the hypocrites
were chosen; «Which army fell back into its own lands? a) the Muslim army b) the Roman army»
chose the Muslims. Read with the stem as a statement («the hypocrites … hearts were full of
faith»), the option must be the doer of the deed in the answer (knowledge/english_doers.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.english import EnglishMatcher
from knowledge.english_doers import same_doer
from knowledge.english_forms import Part
from knowledge.english_rules import DOERS, VALUE_WORDS, told
from knowledge.models import Fact
from knowledge.tuning import EN_CHOICE_MIN_MARGIN

# The stem's opening that the option fills as the subject, up to its verb: «Who», «Which
# army», «Which Arab tribe», «Which group's hearts», «Which of the following sahaba». Not
# «Whom …», nor «Which tribes did the Romans bring …?»: there the option is the object, and
# the subject is another.
_ASKS_WHO = re.compile(
    r"^\W*(?:who|whose|which(?:\s+of\s+(?:the\s+following|these|those))?(?:\s+[\w'-]+){0,3}?)\s+"
    r"(?=(?:was|were|is|are|gave|fell|went|came|led|\w+ed)\b)",
    re.IGNORECASE,
)


def subject_asked(stem: str) -> re.Match[str] | None:
    """The stem's opening that asks its subject («Who was», «Which companion gave»), if so."""
    return _ASKS_WHO.match(stem)


# An option naming a deed and whom it befell: «the attack on the Prophet's envoy».
_BEFALLEN = re.compile(r"^\W*(?:the\s+|an?\s+)?\w+\s+(?:on|upon|against)\b", re.IGNORECASE)


def not_the_doer(
    matcher: EnglishMatcher,
    fact: Fact,
    stem: str,
    option: str,
    typed: Callable[[str], bool],
) -> bool:
    """Is the option a doer that the fact's answer does not give the stem's deed to?"""
    asked = _ASKS_WHO.match(stem)
    english = matcher.english(fact.id)
    if asked is None or english is None:
        return False
    if not any(t in DOERS for t in matcher.reader.read(option).terms):
        return False
    if _BEFALLEN.search(option):
        # «the attack on the Prophet's envoy»: a deed named with whom it befell; the option
        # names no doer of the stem's verb.
        return False
    statement = matcher.reader.read(f"{option} {stem[asked.end() :]}".rstrip(" ?"))
    return not same_doer(matcher, english.answer, statement, typed)


def the_one_doer(
    matcher: EnglishMatcher,
    fact: Fact,
    part: Part,
    supports: list[float],
    typed: Callable[[str], bool],
) -> int | None:
    """Options tied for the top support on a «who/which» stem, each a person or side the
    answer names: the one the answer gives the stem's deed to. «Who was the ruler of Dumat
    al-Jandal? a) Heraclius b) Ukaydir c) Khalid»: the answer names Khalid too (the town
    submitted to him), so Ukaydir and Khalid tied and no option was chosen; read with the
    stem («Khalid was the ruler of Dumat al-Jandal»), only Ukaydir is its doer. None unless
    every tied option names a doer and exactly one of them is the deed's doer, or is named
    with the stem's value (`_named_with_the_value`: every donor «gave» in the gifts fact)."""
    if _ASKS_WHO.match(part.text) is None:
        return None
    top = max(supports)
    tied = [i for i, s in enumerate(supports) if top - s < EN_CHOICE_MIN_MARGIN]
    if len(tied) < 2 or not all(
        any(t in DOERS for t in matcher.reader.read(part.options[i]).terms) for i in tied
    ):
        return None
    doers = [i for i in tied if not not_the_doer(matcher, fact, part.text, part.options[i], typed)]
    if len(doers) == 1:
        return doers[0]
    return _named_with_the_value(matcher, fact, part, tied, typed)


def _named_with_the_value(
    matcher: EnglishMatcher,
    fact: Fact,
    part: Part,
    tied: list[int],
    typed: Callable[[str], bool],
) -> int | None:
    """Of the tied options, the one named in the answer's clause that holds the stem's own
    values: «Which companion gave 950 camels? a) Umar b) Abu Bakr c) Uthman» against the gifts
    of every donor («…; Umar ibn al-Khattab, who gave half his wealth; Uthman ibn Affan, who
    gave 950 camels …»): each «gave», but 950 is told in Uthman's clause alone. None when the
    stem has no value (a number, a share, a name) or not exactly one option is so named."""
    english = matcher.english(fact.id)
    if english is None:
        return None
    values = {
        t
        for t in matcher.correct(matcher.reader.read(part.text).terms)
        if (typed(t) or t in VALUE_WORDS) and t != "tabuk"
    }
    if not values:
        return None
    from knowledge.english_choice import counted  # (english_choice imports this module)

    names = {i: set(matcher.correct(matcher.reader.read(part.options[i]).terms)) for i in tied}
    # «gave 50 camels» is not told by «950 camels, 50 horses»: a number with what it counts
    things = counted(matcher, part.text)
    found: set[int] = set()
    for clause in re.split(r"[;.]\s+", told(english.answer)):
        said = set(matcher.reader.read(clause).terms)
        counts = counted(matcher, clause)
        if values <= said and all(counts.get(n) == thing for n, thing in things.items()):
            found |= {i for i in tied if names[i] and names[i] <= said}
    return found.pop() if len(found) == 1 else None
