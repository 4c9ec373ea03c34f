"""What a message tells around its question that asks nothing: «more» in «أبي أعرف أكثر عن …»,
an emoji ending a clause, and «عمري» (my age, my dear), which is not Umar. Each row is a
message and what the user is told."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact_id", "opening"),
    [
        # «more about» the expedition is no «more than» forty thousand
        ("أبي أعرف أكثر عن غزوة تبوك", "overview", "غزوة تبوك غزوة قادها"),
        ("اعرف اكتر عن غزوة تبوك", "overview", "غزوة تبوك غزوة قادها"),
        # an emoji between two clauses ends the first as a comma does
        ("يا سلام عثمان جهز الجيش 🤍 طيب وأبو بكر كم قدم؟", "abu_bakr_donation", "ماله كله"),
        # «عمري» is the asker's age: Abu Bakr gave all his wealth, not Umar
        (
            "عمري 12 سنة وابغى اعرف مين اللي قدم كل ماله في غزوة تبوك",
            "abu_bakr_donation",
            "ماله كله",
        ),
    ],
)
def test_what_is_told_around_the_question_does_not_decide_it(
    answerer: FormAnswerer, message: str, fact_id: str, opening: str
) -> None:
    reply, text = reply_to(answerer, message)
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert given == [fact_id], text
    assert opening in text, text
