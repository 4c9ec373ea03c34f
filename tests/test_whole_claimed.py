"""A statement that says the whole of something («الجيش كله», «كل الجيش») is «صحيح» only by
a fact that says the whole of it too (knowledge/totality.py): the list of gifts has Uthman give
camels and horses, not equip the whole army; Abu Bakr's «ماله كله» is stated. And «ما رأيكم؟»
after a claim asks the readers to judge it, never what someone saw («رأى»)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import assert_never_true, assert_verdict, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: جهز عثمان الجيش كله",
        "صح أم خطأ: عثمان جهز كل الجيش",
        "هل صحيح أن عثمان جهز الجيش كله؟",
        "قال الناس إن عثمان جهز الجيش كله. هل هذا صحيح؟",
        "عمر بن الخطاب جهز جيش العسرة كله، صح ولا غلط؟",
    ],
)
def test_the_whole_army_is_never_true_by_a_gift_to_it(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_true(answerer, message)


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: قدم أبو بكر ماله كله",
        "صح أم خطأ: قدم أبو بكر كل ماله",
        "صح أم خطأ: تبرع أبو بكر بكل ماله",
    ],
)
def test_a_whole_the_fact_states_is_still_true(answerer: FormAnswerer, message: str) -> None:
    assert_verdict(answerer, message, True, "abu_bakr_donation")


@pytest.mark.parametrize(
    "message",
    [
        "النص: قال الناس إن عثمان جهز الجيش كله. ما رأيكم؟",
        "عثمان جهز الجيش كله، شو رأيك؟",
    ],
)
def test_your_view_after_a_claim_judges_the_claim(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert len(reply.parts) == 1, text
    assert reply.parts[0].status is not Status.ANSWER, text  # (not what the Romans saw)
    assert_never_true(answerer, message)


def test_your_view_after_a_false_claim_corrects_it(answerer: FormAnswerer) -> None:
    assert_verdict(answerer, "خرج الجيش إلى تبوك في رمضان. ما رأيك؟", False, "date")


def test_your_view_alone_asks_nothing_of_the_text(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "ما رأيكم؟")
    assert not any(part.done for part in reply.parts), text
