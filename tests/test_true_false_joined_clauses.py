"""True/false statements: a verb in another tense, a place named for another deed.

A dialect verb the text writes in the present tense («خلّص الجيش» for «أن يخلّص الجيش») is the
fact's own verb bound as the fact binds it (unsettled.rebound); a place the statement names
itself for another deed is no other value of the place it claims (StatementJudge.
no_correction)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.form_replies import Status
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_never_true, assert_verdict, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("صح أو غلط: خالد بن الوليد هو اللي خلّص الجيش في مؤتة من هزيمة كاملة", "mutah"),
    ],
)
def test_the_fact_s_own_verb_in_the_present_tense(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, True, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # (a real denial beside the joined clause still denies)
        "صح أم خطأ: النبي ما رابط عند تبوك بعد ما تراجع الروم",
        "صح ولا غلط: الروم ما تراجعوا بعد ما وصل جيش المسلمين",
    ],
)
def test_a_denial_beside_a_joined_clause_is_never_true(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_true(answerer, message)


@pytest.mark.parametrize(
    "message",
    [
        # («حتى ما» is «not even»: a denial, never read as a joined clause)
        "صح ولا غلط: الروم انسحبوا حتى ما قاتلوا المسلمين",
    ],
)
def test_not_even_is_a_denial(answerer: FormAnswerer, message: str) -> None:
    assert_never_false(answerer, message)


@pytest.mark.parametrize(
    "message",
    [
        "صح ولا غلط: رجع النبي للمدينة بعد ما رابط في تبوك",
        "صح ولا غلط: رجع النبي للمدينة بعدما رابط في تبوك",
    ],
)
def test_a_place_named_for_another_deed_corrects_nothing(
    answerer: FormAnswerer, message: str
) -> None:
    # The text says where he stationed, not where he went afterwards.
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is Status.UNSETTLED, text
    assert text.startswith(texts.VERDICT_UNSETTLED), text
