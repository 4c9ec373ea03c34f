"""What a user sees when a follow-up «ولماذا؟» comes after a question about what happened
before or after the expedition: «why» asks about that event, never the expedition's own
reasons (ar97)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


def _answered(answerer: FormAnswerer, message: str) -> tuple[list[str], str]:
    reply, text = reply_to(answerer, message)
    return [part.fact.id for part in reply.parts if part.done and part.fact], text


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        # the expedition dates what is asked: «why» is not its reasons
        ("ماذا حدث بعد غزوة تبوك؟ ولماذا؟", ["delegations"]),
        ("شو صار بعد غزوة تبوك؟ وليش؟", ["delegations"]),
        # near miss: a part about the expedition itself; «when» is the expedition's date
        ("ما سبب غزوة تبوك؟ ومتى؟", ["reasons", "date"]),
    ],
)
def test_why_after_an_event_dated_by_the_expedition(
    answerer: FormAnswerer, message: str, wanted: list[str]
) -> None:
    got, text = _answered(answerer, message)
    assert got == wanted, (got, text)
