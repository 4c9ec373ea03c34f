"""A «هل هذا/ذلك …؟» follow-up that says «one of the causes» («سببا من أسباب …»,
knowledge/that_follow_ups.py): the singular before «من» and its plural say «of the causes»,
so the fact that states the plural answers yes of the deed before; what the fact does not
state (another battle, a deed not told as a cause) still gets no «yes»."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "1) ماذا فعل الغساسنة بسفير النبي؟\n2) فهل كان ذلك سببا من أسباب غزوة تبوك؟",
        "1- ماذا فعل الغساسنة برسول النبي إليهم؟\n2- وهل هذا كان سببًا من أسباب الغزوة؟",
    ],
)
def test_one_of_the_causes_is_asked_of_the_deed_before(
    answerer: FormAnswerer, message: str
) -> None:
    _, text = reply_to(answerer, message)
    assert "نعم، " in text, text
    assert text.count(answer_text(answerer, "envoy_assault")) == 1, text
    assert answer_text(answerer, "reasons")[:60] not in text, text


@pytest.mark.parametrize(
    "message",
    [
        # another expedition's causes: not what the fact states
        "1) ماذا فعل الغساسنة بسفير النبي؟\n2) وهل كان ذلك سببا من أسباب غزوة بدر؟",
        # a deed whose fact does not say it was a cause
        "1) كيف جمع الروم جيوشهم بالشام؟\n2) فهل كان ذلك سببا من أسباب الغزوة؟",
    ],
)
def test_no_yes_when_the_fact_before_does_not_state_it(
    answerer: FormAnswerer, message: str
) -> None:
    _, text = reply_to(answerer, message)
    assert "نعم" not in text, text
