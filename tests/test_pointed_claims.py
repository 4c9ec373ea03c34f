"""«… هو صح؟», «… كلامه صح؟»: the verdict asked of the one who told a claim, whose words come
before («صاحبي حالف إن …»), without the asker's own counter-claim («وأنا أقول ثلاثين»); and a
quiz timer («⏱️ 10 ثواني») that is no statement of its own. Each row is a message and the
verdict the user is told."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import assert_verdict_then_fact


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("أخي يقول إن عمر قدم ماله كله. هو صح؟", False, "umar_donation"),
        # the asker's counter-claim («وأنا أقول في رمضان») is not what «كلامه» points to
        (
            "صديقي يقول إن الغزوة كانت في رجب، وأنا أقول في رمضان. كلامه صح؟",
            True,
            "date",
        ),
        (
            "صديقي يقول إن الغزوة كانت في رمضان، وأنا أقول في رجب. كلامه صح؟",
            False,
            "date",
        ),
        # sworn to is said: «حالف إن …»
        (
            "ابن عمي حالف إن عثمان قدم ألف جمل، أنا قلت أقل. هو صح؟",
            False,
            "uthman_donation",
        ),
    ],
)
def test_the_claim_he_told_is_judged(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


def test_he_with_no_claim_told_points_to_nothing() -> None:
    # no one's words told before «هو صح؟»: the part is not read as someone else's claim
    parts = read_message("كانت غزوة تبوك في رجب. هو صح؟").parts
    assert [part.text for part in parts] == ["كانت غزوة تبوك في رجب"]


@pytest.mark.parametrize(
    ("message", "statement"),
    [
        (
            "صح ولا خطأ ⏱️ 10 ثواني\nكانت غزوة تبوك آخر غزوات النبي ﷺ ✅❌",
            "كانت غزوة تبوك آخر غزوات النبي ﷺ",
        ),
        (
            "⏱️ 15 ثانية: كان عدد جيش الروم مئتي ألف مقاتل ( )",
            "كان عدد جيش الروم مئتي ألف مقاتل",
        ),
    ],
)
def test_a_quiz_timer_is_no_statement(message: str, statement: str) -> None:
    parts = read_message(message).parts
    assert [part.text for part in parts] == [statement]


def test_seconds_asked_are_still_asked() -> None:
    # no timer: «كم ثانية» asks (no fact counts seconds; the question is left as typed)
    assert read_message("كم ثانية استغرقت المعركة").parts[0].text == "كم ثانية استغرقت المعركة"


def test_a_timed_true_false_item_is_judged(answerer: FormAnswerer) -> None:
    assert_verdict_then_fact(
        answerer,
        "صح ولا خطأ ⏱️ 10 ثواني\nكانت غزوة تبوك آخر غزوات النبي ﷺ ✅❌",
        True,
        "last_expedition",
    )
