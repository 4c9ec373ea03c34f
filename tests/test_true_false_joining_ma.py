"""A dialect's joining «ما» («قبل ما», «أول ما», «عند ما»: before, as soon as, when) denies
nothing: the statement is judged as the standard language writes it
(knowledge/statement_words.py, `ma_joining`). «بعد ما» is left as typed: in the Gulf and the
Levant it is also «not yet», and reading it as «after» moved a held-out wrong answer."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.statement_words import ma_joining
from tests.message_helpers import assert_verdict


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # «بعد ما» is also «not yet» («بعد ما رجعوا»: they have not come back yet)
        ("رابط النبي عند تبوك بعد ما تراجع الروم", "رابط النبي عند تبوك بعد ما تراجع الروم"),
        ("انسحبوا قبل ما يوصل المسلمين", "انسحبوا قبل أن يوصل المسلمين"),
        ("هربوا أول ما وصل الجيش", "هربوا عندما وصل الجيش"),
        # a «ما» after any other word is still «not»
        ("ما قاتل المسلمون الروم", "ما قاتل المسلمون الروم"),
        ("الروم ما انسحبوا", "الروم ما انسحبوا"),
    ],
)
def test_the_joining_ma_is_written_as_the_standard_language_writes_it(
    typed: str, read: str
) -> None:
    assert ma_joining(typed) == read


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("صح ولا غلط: الروم هربوا أول ما وصل جيش المسلمين", True, "roman_surprise"),
        ("الروم هجموا على المسلمين أول ما وصلوا تبوك", False, "no_battle"),
        # a real denial beside it is still read: «did not fight them after they retreated»
        ("صح ولا غلط: ما قاتل المسلمون الروم بعد ما تراجعوا", True, "no_battle"),
    ],
)
def test_a_statement_with_a_joining_ma_is_judged(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict(answerer, message, verdict, fact_id)


def test_before_the_retreat_is_never_confirmed(answerer: FormAnswerer) -> None:
    # the text has him camp after the Romans retreated, never before
    reply = answerer.answer_message("صح أم خطأ: رابط النبي عند تبوك قبل ما يتراجع الروم")
    assert reply.parts[0].verdict is not True
