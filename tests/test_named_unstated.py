"""A statement naming someone the judging fact never names is not «صحيح» by it
(knowledge/named_unstated.py): the overview's phrasings say «بكرة» (tomorrow), read as Abu
Bakr's term, yet the overview never names him."""

from __future__ import annotations

import pytest

from knowledge.forms import Status
from tests.message_helpers import assert_never_true, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "زعم زميلي أن أبا بكر هو من قاد جيش تبوك، فهل هذا صحيح؟",
        "قال صديقي إن أبا بكر هو الذي قاد غزوة تبوك، هل كلامه صحيح؟",
        "أبا بكر قاد جيش العسرة",
        "سمعت أن أبا بكر كان قائد جيش تبوك صح؟",
    ],
)
def test_someone_the_fact_never_names_is_not_confirmed(answerer, message) -> None:
    assert_never_true(answerer, message)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("قدم أبو بكر ماله كله. صح أم خطأ", "abu_bakr_donation"),
        # another name of the same person, which the fact states
        ("الفاروق قدم نصف ماله. صح أم خطأ", "umar_donation"),
        # a party said of the fact's subject in other words is no person
        ("نزلت آيات من القرآن في المنافقين المتخلفين عن تبوك. صح أم خطأ", None),
    ],
)
def test_a_true_statement_naming_its_own_person_is_still_confirmed(
    answerer, message, fact_id
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.VERDICT and part.verdict is True, text
    if fact_id is not None:
        assert part.fact is not None and part.fact.id == fact_id, text
