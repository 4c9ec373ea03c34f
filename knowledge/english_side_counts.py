"""A count of the Romans' army, said in a statement or asked in the words of one.

«The Byzantine army was 50,000 strong», «Heraclius gathered 40,000 men», «The Romans had
60,000 soldiers»: the text says the Romans gathered large forces and never counts them, so
such a claim is the known gap of the Romans' numbers (`roman_troops`), not a claim the
Muslim army's count can settle (it was judged false against «more than 40,000»). The gap's
trigger phrases catch the questions («how many Romans …»); this catches the claims.

Kept apart from the trigger look-ups (knowledge/english_refusals.py) so each stays small.
"""

from __future__ import annotations

from collections.abc import Iterable

# The gap of the Romans' numbers (knowledge/data/known_gaps.json).
GAP = "roman_troops"
# Terms naming the other side as the one counted (Byzantine is read «roman»).
_OTHER_SIDE = frozenset({"roman", "enemyarmy", "enemy", "heraclius"})
# Words a bare count of an army may hold besides the count and who is counted: that it was
# gathered or brought to a place, and «strong», «about», «more than».
_HEADCOUNT = frozenset(
    {
        "soldier", "number", "strong", "gather", "assemble", "mass", "bring", "army", "tabuk",
        "sham", "border", "morethan", "about", "around", "only", "total", "advance", "camp",
    }
)  # fmt: skip
# A count at or under this is a date, a day count or a share, not an army's headcount.
_LEAST_HEADCOUNT = 100


def counts_other_side(terms: Iterable[str]) -> bool:
    """Do the terms only count the Romans' army («roman, enemyarmy, 50000, strong»)? Not
    when the Muslims are named too, nor when anything but a headcount is said («Heraclius
    paid 40,000 dinars» is a sum)."""
    terms = set(terms)
    figures = {t for t in terms if t.isdigit()}
    if not figures or not terms & _OTHER_SIDE:
        return False
    if any(int(t) < _LEAST_HEADCOUNT for t in figures):
        return False
    return not terms - figures - _OTHER_SIDE - _HEADCOUNT
