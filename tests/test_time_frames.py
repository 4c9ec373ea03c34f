"""A side named in a time frame («قبل وصول المسلمين», «عند عودة الجيش») says when a deed was
done, not who did it (knowledge/time_frames.py): it is never «corrected» by a fact in which
another side does something."""

from __future__ import annotations

import pytest

from knowledge.answer_keys import SlotKind, words_of
from knowledge.claim_reading import Claim
from knowledge.forms import FormAnswerer
from knowledge.time_frames import in_time_frame
from tests.message_helpers import assert_never_false, assert_verdict_then_fact


@pytest.mark.parametrize(
    ("statement", "party", "expected"),
    [
        ("انسحب الروم قبل وصول المسلمين", "المسلمين", True),
        ("تقهقر الروم بعد وصول جيش المسلمين", "المسلمين", True),
        ("انسحب الروم قبل وصول المسلمين", "الروم", False),
        ("قاتل المسلمين الروم", "المسلمين", False),
    ],
)
def test_a_side_after_a_moment_of_arrival_is_in_a_time_frame(
    statement: str, party: str, expected: bool
) -> None:

    claim = Claim(SlotKind.PARTY, (party,))
    assert in_time_frame(claim, words_of(statement)) is expected


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: انسحب الروم قبل وصول المسلمين إلى تبوك",
        "الروم انسحبوا قبل وصول المسلمين، صح ولا غلط؟",
    ],
)
def test_the_romans_withdrawing_before_the_muslims_arrived_is_never_false(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)


def test_a_false_deed_in_a_time_frame_is_still_false(answerer: FormAnswerer) -> None:
    # the frame leaves the deed itself to be judged: no fighting took place
    assert_verdict_then_fact(
        answerer,
        "صح أم خطأ: هاجم الروم المسلمين عند وصول جيش المسلمين إلى تبوك",
        False,
        "no_battle",
    )
