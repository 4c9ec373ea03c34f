"""Dialect negations in a statement («مش», «مو», «موب», «مب»: not) deny what follows them, so
«النبي مش هو اللي قاد غزوة تبوك» is never «صحيح»; at the statement's end they are a tag asking
for agreement («… مو؟»: wasn't it?) and deny nothing."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_true, assert_verdict_then_fact


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("النبي مش هو اللي قاد غزوة تبوك صح ام خطأ", "leader"),
        ("عثمان مو هو اللي قدم 950 جمل صح ولا غلط", "uthman_donation"),
    ],
)
def test_a_statement_a_dialect_negation_denies_is_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    # (assert_verdict checks that the reply opens with «خطأ»)
    assert_verdict_then_fact(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        "غزوة تبوك مش آخر غزوة للنبي، صح ولا غلط؟",
        "المنافقين مب هم اللي تخلفوا صح؟",
        "أبو بكر موب هو اللي قدم ماله كله صح ولا خطأ",
    ],
)
def test_a_denied_statement_is_never_confirmed(answerer: FormAnswerer, message: str) -> None:
    assert_never_true(answerer, message)


def test_a_closing_tag_asks_for_agreement_and_denies_nothing(answerer: FormAnswerer) -> None:
    assert_verdict_then_fact(answerer, "غزوة تبوك كانت في رجب مو؟", True, "date")
