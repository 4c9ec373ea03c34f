"""One person's share of a whole that lists several people's («عثمان … 950 جملًا» of the
donations): its figures are that person's, never the army's. A count asked of no one
(«كم كان عدد الإبل التي معهم؟», «كم جمل كان في جيش العسرة») is not answered with one donor's
camels; asked of the donor by name («كم جملًا قدم عثمان»), it is."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from knowledge.asked import Asked
from knowledge.lexicon import QuestionType
from knowledge.names_asked import SAME_PERSON

PEOPLE = frozenset().union(*SAME_PERSON)


def people_shares(
    fact_ids: Iterable[str],
    people_of: Callable[[str], frozenset[str]],
    wholes_of: Callable[[str], tuple[str, ...]],
    everything: frozenset[str],
) -> frozenset[str]:
    """The facts that are one person's share: a part whose whole (not one of `everything`,
    the overview, which is every fact's whole) names that person and the other people its other
    parts name, two people at least."""
    ids = tuple(fact_ids)
    shares: set[str] = set()
    for whole in {whole for fact_id in ids for whole in wholes_of(fact_id)} - everything:
        parts = [fact_id for fact_id in ids if whole in wholes_of(fact_id)]
        named = {fact_id: people_of(fact_id) & people_of(whole) for fact_id in parts}
        persons = {frozenset(people) for people in named.values() if people}
        if len(persons) >= 2:
            shares.update(fact_id for fact_id, people in named.items() if people)
    return frozenset(shares)


def a_share_asked_of_no_one(asked: Asked, fact_id: str, shares: frozenset[str]) -> bool:
    """Whether a count is asked, naming no one, of a fact that is one person's share."""
    return asked.kind is QuestionType.NUMBER and fact_id in shares and not _names_someone(asked)


def a_share_asked_beyond_the_gift(asked: Asked, fact_id: str, shares: frozenset[str]) -> bool:
    """Whether one person's share is asked whether that person went or fought («هل خرج عمر
    إلى تبوك؟», «هل شارك أبو بكر في غزوة تبوك؟»), with no word of a gift: the gift does not
    say it («شارك بماله», «أخرج من ماله» are the gift)."""
    return fact_id in shares and bool(asked.detail & _GOING) and not asked.detail & _GIFT


def a_share_asked_of_the_army(asked: Asked, fact_id: str, shares: frozenset[str]) -> bool:
    """Whether one person's share is asked, naming no one and no giving, as a yes/no or a
    how of the army («هل كان الجيش على الخيول؟», «هل ركب المسلمون الإبل؟»): the donor's
    camels and horses say what he gave, not what the army rode or had."""
    return (
        asked.kind in (QuestionType.YESNO, QuestionType.MANNER)
        and fact_id in shares
        and not _names_someone(asked)
        and not asked.detail & _GIVING
    )


# Stems (as knowledge/analysis.py reads them) of going out, being there, fighting, taking
# part: «خرج/طلع/راح/مشى», «ذهب», «حضر», «سافر», «قاتل/حارب», «شارك», «شهد».
_GOING = frozenset("خرج ذهب حضر سفر قتال شارك شهد".split())
# Stems of a gift: «قدم/تبرع/أنفق/ساهم/أعطى», «مال», «تجهيز/جهز», «دفع», «جمل/بعير»,
# «فرس/خيل», «نصف», «ثروته», «صدقة».
_GIFT = frozenset("تبرع مال تجهيز دفع جمل فرس نصف ثروت صدق".split())
# The gift's words without its beasts: what asks of a giving, not of the camels themselves.
_GIVING = _GIFT - {"جمل", "فرس"}


def _names_someone(asked: Asked) -> bool:
    """Whether the question names a person: a name, or a kunya or nasab as typed («أبو
    حفص», «ابوبكر», «ابن عوف»), which the subject may not hold."""
    if asked.subject & PEOPLE:
        return True
    return any(word.startswith(_KUNYA) or word in _SON_OF for word in asked.words)


# «أبو/أبا/أبي …» (a kunya, typed apart or run on) and «ابن/بن …» (a nasab), normalised
# («أبي» alone is left out: it is also «I want» in the Gulf).
_KUNYA = ("ابو", "ابا")
_SON_OF = frozenset({"ابن", "بن"})
