"""A question naming only the expedition is answered with the overview; not when a word the
stopword list would drop asks a detail of it (its time: «زمانها», «في أي زمان»). Bare
«زمان», long ago, asks nothing («كيف كانت غزوة تبوك زمان» is still the overview). A part
after it opening «أقصد/يعني …» says what the general question meant, and stands for it."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_each_part_answered


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("غزوة تبوك زمانها", "date"),
        ("غزوة تبوك في أي زمان؟", "date"),
        ("في اي زمان كانت غزوة تبوك", "date"),
        ("كيف كانت غزوة تبوك زمان؟", "overview"),
        ("شو صار بتبوك زمان", "overview"),
    ],
)
def test_its_time_asked_is_the_date_long_ago_is_not(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «I mean» after a general question says what it was asking: that alone is answered
        ("ما هي غزوة تبوك؟ أقصد لماذا حدثت", "reasons"),
        ("شو هي غزوة تبوك؟ قصدي مين اللي قادها", "leader"),
        ("ايش هي غزوة تبوك؟ يعني ليش قامت؟", "reasons"),
    ],
)
def test_what_a_general_question_meant_stands_for_it(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


def test_a_second_question_after_the_overview_keeps_both(answerer: FormAnswerer) -> None:
    assert_each_part_answered(answerer, "ما هي غزوة تبوك؟ ومن قائدها؟", ["overview", "leader"])
