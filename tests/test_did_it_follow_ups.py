"""«ومنو سواه؟», «ومن فعله؟» («who did it?») after a question about a deed asks who did that
deed: the fact that answers the question before it says so («العدو المشترك (الروم ومن
حالفهم من الغساسنة) … اعتدى على سفير النبي»), never the enemy fact given as a second answer.
After a relative the «it» is the relative's own («فما الذي فعله الروم …؟» asks what they did)."""

from __future__ import annotations

import pytest

from knowledge.follow_ups import refers
from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "اريد اعرف شنو الاعتداء اللي صار على سفير الرسول ﷺ قبل تبوك ومنو سواه؟",
        "ما الاعتداء الذي وقع على سفير النبي؟ ومن فعله؟",
    ],
)
def test_who_did_it_is_the_doer_of_the_deed_asked_before(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert given == ["envoy_assault"], text
    assert answer_text(answerer, "enemy") not in text


@pytest.mark.parametrize(
    ("text", "pointing"),
    [
        ("ومنو سواه", True),
        ("ومن فعله", True),
        ("فما الذي فعله الروم", False),
        ("شنو اللي سواه الروم", False),
        ("وش سواه الروم", False),
        ("وشنو سواه الروم", False),
        ("ومنو اللي سواه", True),
        ("وليش فعلوه", True),
    ],
)
def test_did_it_points_back_unless_a_relative_owns_it(text: str, pointing: bool) -> None:
    assert refers(text, frozenset()) is pointing


def test_what_the_romans_did_is_still_their_surprise(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer,
        "فضيلة الشيخ حفظكم الله، أستمع منذ مدة إلى سلسلة دروس في السيرة، وذكر المحاضر أن"
        " معركةً لم تقع في تبوك. فما الذي فعله الروم حين فوجئوا بقدوم جيش المسلمين؟",
    )
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert given == ["roman_surprise"], text
