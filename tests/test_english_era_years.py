"""A Common Era year that only dates the subject (knowledge/english_era.py): «Describe the
Tabuk campaign of 630 CE» asks the campaign, as «9 AH» would; a question asking the
Gregorian date, or a statement claiming it, still gets the honest «not stated» reply.

Each is shown as the user sees the reply.
"""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts

NOT_STATED = "does not state this detail"


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        # O-Level wording: the event named with its Common Era year.
        ("Describe the expedition to Tabuk in 630 CE.", "overview", "Rajab"),
        ("Give an account of the Tabuk campaign (630 AD). [10]", "overview", "Rajab"),
        ("Why did the Tabuk expedition of 630 take place?", "reasons", "Romans"),
        ("Which empire were the Muslims marching against in 630 CE?", "enemy", "Byzantine"),
        ("Who commanded the Muslims at Tabuk in 630 C.E.?", "leader", "Prophet"),
        # Both calendars side by side: the years still only date the subject.
        ("Write a note on the Tabuk campaign (9 AH / 630 CE).", "overview", "Rajab"),
    ],
)
def test_a_common_era_year_beside_the_subject_only_dates_it(
    english_engine, message, fact, said
) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert said in render_english(english_engine.answer(message), english_engine).plain


@pytest.mark.parametrize(
    "message",
    [
        # The Gregorian date asked: the text gives only the Hijri date.
        "When was Tabuk in CE?",
        "In which year of the Gregorian calendar did Tabuk happen, 630 or 631?",
        "What is the date of Tabuk in 630 CE terms?",
        # The year converted: nothing but the year is named.
        "What is 630 CE in Hijri?",
    ],
)
def test_the_gregorian_date_asked_is_not_stated(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert NOT_STATED in plain


def test_a_statement_claiming_the_year_is_not_settled(english_engine) -> None:
    # «True or false: Tabuk took place in 630 CE»: the year is the claim, which the text
    # does not state; no verdict is given.
    message = "True or false: Tabuk took place in 630 CE."
    assert answered_facts(english_engine, message) == [None]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert NOT_STATED in plain
