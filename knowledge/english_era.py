"""A Gregorian year that only dates the subject a question names, told apart from a question
that asks the Gregorian date (which the text does not state: the known gap «gregorian_date»).

O-Level and IGCSE papers name the event with its Common Era year: «Describe the Tabuk campaign
of 630 CE», «Explain why the expedition to Tabuk (630) took place». The year places the
subject as «9 AH» does (knowledge/english.py drops those terms too); what is asked is the
march, the reasons, the whole story. A time question («When was Tabuk in CE?»), one naming
the date or the calendar, and a statement («Tabuk took place in 630 CE»: the year is its
claim) still reach the gap.
"""

from __future__ import annotations

from knowledge.english_rules import YEAR_TERMS
from knowledge.english_text import Reading
from knowledge.lexicon import QuestionType

# Era words as the reader leaves them («630 C.E.» reads «630 c e»).
ERA_WORDS = frozenset({"ce", "ad", "c", "e"})
# Years of the Common Era in the Prophet's Madinan years: a year beside the subject dates it.
_FIRST_YEAR, _LAST_YEAR = 622, 632
# Words that ask for a date, in any calendar.
_DATE_WORDS = frozenset(
    {"date", "year", "calendar", "gregorian", "month", "day", "time", "christian", "english"}
)


# The Hijri date's own words: a question left with only these asks to convert the year.
_HIJRI = YEAR_TERMS | {"hijri"}
# Words naming the Hijri calendar as the one a date is asked in.
_HIJRI_CALENDAR = frozenset({"islamic", "hijri", "hijrah", "hijra", "lunar"})


def _year(term: str) -> bool:
    return term.isdigit() and _FIRST_YEAR <= int(term) <= _LAST_YEAR


def era_label(reading: Reading) -> bool:
    """Does a Common Era year in a question or command only date its subject?"""
    terms = set(reading.terms)
    words = set(reading.normalized.split())
    if not any(_year(t) for t in terms):
        return False
    if not set(without_era(reading.terms)) - _HIJRI:
        return False  # «What is 630 CE in Hijri?»: the year is all there is; it is converted
    if words & _HIJRI_CALENDAR:
        # «Tabuk (630 CE) - in which Islamic month did the Prophet call people to arms?»: the
        # Hijri date is asked, and the Common Era year is told with the subject.
        return True
    if reading.question_type is QuestionType.TIME or (terms | words) & _DATE_WORDS:
        return False
    # A statement's year is what it claims; only a question or a command is dated by it.
    return reading.commanded or reading.question_type is not QuestionType.NONE


def without_era(terms: tuple[str, ...]) -> tuple[str, ...]:
    """The terms with the Common Era year and its era word left out."""
    return tuple(t for t in terms if not _year(t) and t not in ERA_WORDS)
