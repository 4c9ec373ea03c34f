"""An address with its courtesy («يا جماعة الخير») before a question, and why they ask after
it in the Levant's «لانو …» («because we have an exam»), ask nothing: the question between
them is answered. Each row is the answer a user sees."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import assert_each_part_answered


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("متى صارت غزوة تبوك لانو عنا امتحان بكرا", "date"),
        ("يا جماعة الخير بدي اسال متى صارت غزوة تبوك لانو عنا امتحان بكرا", "date"),
        ("السلام عليكم يا جماعه الخير متا صارت غزوه تبوك لانو عنا امتحان بكرا", "date"),
    ],
)
def test_an_address_and_a_reason_around_the_question_ask_nothing(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


def test_of_the_good_is_no_word_of_the_question() -> None:
    parts = read_message("يا جماعة الخير متى صارت غزوة تبوك").parts
    assert [part.text for part in parts] == ["متى صارت غزوة تبوك"]
    assert parts[0].context == ""
