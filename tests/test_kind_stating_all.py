"""Asked when of a deed that two close facts both tell with its month, the fact whose answer
is a date answers: it says every word asked too (knowledge/sole_fact.py,
`sole_of_the_kind_stating_all`)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import answer_text, assert_answered_with, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "امتى النبي أعلن التعبئة العامة؟",
        "في أي شهر أعلن الرسول التعبئة العامة؟",
    ],
)
def test_when_the_call_to_arms_was_made_is_answered_with_the_date(
    answerer: FormAnswerer, message: str
) -> None:
    assert_answered_with(answerer, message, "date", answer_text(answerer, "date"))


def test_a_word_only_the_call_to_arms_states_leaves_it_asked_back(
    answerer: FormAnswerer,
) -> None:
    # the date's answer does not name the Byzantines: it is not the only fact that says it all
    reply, text = reply_to(answerer, "متى أعلن النبي التعبئة العامة ضد البيزنطيين؟")
    assert [part.fact.id for part in reply.parts if part.done and part.fact] != ["date"], text


def test_a_statement_about_the_call_to_arms_is_confirmed_by_its_own_fact(
    answerer: FormAnswerer,
) -> None:
    # its month is cut out to check it («متى … أعلنها النبي في»): the topic's fact answers
    reply, text = reply_to(answerer, "النفير العام الذي اعلنه النبى فى رجب")
    part = reply.parts[0]
    assert part.status is Status.VERDICT and part.verdict is True, text
    assert part.fact is not None and part.fact.id == "mobilisation", text
