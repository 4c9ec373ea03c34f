"""«Their …» after a «who» question is the one its answer named: «من هو عدو المسلمين في
تبوك؟ ومن حلفاؤهم؟» asks the Romans' allies (read with «المسلمين», the part before's own
word, it was unsure). Each row is a message and the facts given."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import facts_given


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("من هو عدو المسلمين في تبوك؟\nومن حلفاؤهم؟", ["enemy", "roman_allies"]),
        ("ضد من خرج المسلمون في تبوك؟ ومن كان حليفهم؟", ["enemy", "roman_allies"]),
        # (near miss: after a «when» question «its number» is the army's, as before)
        ("في أي شهر خرج الجيش إلى تبوك؟ وكم كان عدده؟", ["date", "army_size"]),
    ],
)
def test_their_is_the_one_the_who_question_answered(
    answerer: FormAnswerer, message: str, facts: list[str]
) -> None:
    given, text = facts_given(answerer, message)
    assert given == facts, text
