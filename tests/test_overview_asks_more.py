"""A question naming only the expedition is answered with the overview; not when a word the
stopword list would drop asks a detail of it (its time: «زمانها», «في أي زمان»). Bare
«زمان», long ago, asks nothing («كيف كانت غزوة تبوك زمان» is still the overview)."""

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
