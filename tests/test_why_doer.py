"""A «why» asked of one side is not answered with the fact telling why the other side did
the like (knowledge/why_doer.py): the Romans holding back is not the Prophet holding back."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from knowledge.normalize import normalize
from knowledge.why_doer import first_side
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    ("message", "other_side_s"),
    [
        ("ليش ما هاجم الروم جيش النبي في تبوك؟", "no_battle"),
        ("لماذا لم يحارب الروم المسلمين؟", "no_battle"),
        ("ليش الروم ما هجموا؟", "no_battle"),
        ("ليش النبي ما لحق جيش الروم لما انسحب لداخل بلاده؟", "roman_surprise"),
        ("علل: لم يتبع النبي جيش الروم بعد انسحابه إلى داخل بلاده", "roman_surprise"),
    ],
)
def test_why_of_one_side_is_not_the_other_side_s_reason(
    answerer: FormAnswerer, message: str, other_side_s: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not reply.parts[0].done, text
    assert answer_text(answerer, other_side_s) not in text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("لماذا لم يهاجم النبي الروم بعد تراجعهم؟", "no_battle"),
        ("علل: لم يلحق النبي بالروم حين تراجعوا", "no_battle"),
        ("ليش ما حاربوا الروم؟", "no_battle"),  # (the Romans after the verb: its object)
        ("لماذا تراجع الروم إلى داخل بلادهم؟", "roman_surprise"),
        ("لماذا هرب الروم من المسلمين؟", "roman_surprise"),
    ],
)
def test_why_of_the_fact_s_own_side_still_answers(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.ANSWER and part.fact is not None, text
    assert part.fact.id == fact_id


def test_the_doer_is_the_first_side_named() -> None:
    def words(text: str) -> tuple[str, ...]:
        return tuple(normalize(text).split())

    assert first_side(words("لماذا لم يهاجم الروم المسلمين")) == "romans"
    assert first_side(words("ليش النبي ما لحق الروم")) == "muslims"
    assert first_side(words("علاش الروم رجعو")) == "romans"
    assert first_side(words("ليش ما قاتلوا الروم")) is None
