"""English: a follow-up that leans on the deed of the question before it.

A bare «why?» after a question asks the reason of the deed that question asked, not only of
the people it named («What did the Prophet announce in Rajab, and why?»); a month or year a
«why» question tells only places the deed («… in Rajab 9 AH?»), unless it is a time the text
never gives, or the expedition itself is all that is left («Why was Tabuk in Rajab?»,
knowledge/english_told_time.py). «Why or why not?» after a question belongs to it.
"""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("What did the Prophet proclaim in Rajab of 9 AH, and why?", ["mobilisation", "reasons"]),
        ("Why did the Prophet announce the general mobilisation in Rajab?", ["reasons"]),
        # a bare «when» keeps to the subject: the time of leading it is the expedition's
        ("Who led the expedition of Tabuk and when?", ["leader", "date"]),
        ("Who led the army to Tabuk, and why?", ["leader", "reasons"]),
        # «Why or why not?» asks the reason of the answer to the question before: one part
        ("Did the Muslims fight the Romans at Tabuk? Why or why not?", ["no_battle"]),
        ("Was Ukaydir killed? Why or why not?", ["ukaydir"]),
    ],
)
def test_a_follow_up_asks_of_the_deed_before(english_engine, message, expected):
    assert answered_facts(english_engine, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        # a month the text never gives may be a wrong premise
        "Why did the Prophet announce the general mobilisation in Shawwal?",
        # asked why then: the text does not say why Rajab
        "Why was Tabuk in Rajab?",
        "Why did the expedition happen in Rajab 9 AH?",
    ],
)
def test_a_told_time_that_is_no_mere_setting_stays_unsure(english_engine, message):
    assert answered_facts(english_engine, message) == [None]
