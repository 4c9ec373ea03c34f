"""A detail asked of the Muslims' side is not answered by a fact that tells it only of the
Romans' side (knowledge/muslim_side.py): the tribes the Romans brought are not tribes that
joined the Muslims, nor is the army the Muslims faced their own army."""

from __future__ import annotations

import pytest

from knowledge.muslim_side import asks_the_muslim_side, tells_only_the_romans
from knowledge.normalize import normalize
from tests.message_helpers import assert_answered_with, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "شو القبايل اللي انضمت لجيش المسلمين بتبوك؟",
        "اذكر القبائل التي انضمت إلى جيش المسلمين.",
        "هلا والله، ابي اسماء القبايل اللي طلعت مع الرسول لتبوك",
        # the Muslims' army by its names
        "عدد القبائل التي خرجت مع جيش العسرة",
        "ما القبائل التي انضمت لجيش العسرة؟",
        "شو القبايل اللي طلعت مع جيش تبوك؟",
    ],
)
def test_tribes_asked_on_the_muslims_side_are_not_the_romans_allies(answerer, message) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done and part.fact for part in reply.parts), text


@pytest.mark.parametrize(
    "message",
    [
        "ما القبائل التي جلبها الروم معهم؟",
        "ما القبائل التي كانت مع الروم ضد المسلمين؟",
        "ما القبائل التي كانت مع جيش الروم؟",
    ],
)
def test_tribes_asked_on_the_romans_side_are_still_answered(answerer, message) -> None:
    assert_answered_with(answerer, message, "roman_allies", "لخم")


def test_the_side_is_read_from_the_words_before_it() -> None:
    assert asks_the_muslim_side(tuple(normalize("القبائل المشاركة مع المسلمين").split()))
    assert asks_the_muslim_side(tuple(normalize("من انضم إلى جيش النبي").split()))
    assert not asks_the_muslim_side(tuple(normalize("من حارب ضد المسلمين").split()))
    assert tells_only_the_romans("جلب الروم معهم قبائل عربية، منها لخم وغسان.")
    assert not tells_only_the_romans("لم يتوقع الروم أن يستجيب هذا العدد من المسلمين.")


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: خرجت قبيلة جهينة مع المسلمين إلى تبوك",
        "انضمت قبيلة مزينة لجيش المسلمين في تبوك. صح أم خطأ",
        "كانت قبيلة غفار مع النبي في غزوة تبوك (صح/خطأ)",
    ],
)
def test_a_tribe_put_with_the_muslims_is_not_corrected_by_the_romans_allies(
    answerer, message
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.verdict is None and part.fact is None, text


@pytest.mark.parametrize(
    "message",
    ["كانت لخم مع المسلمين في غزوة تبوك. صح أم خطأ", "صح أم خطأ: قاتلت غسان مع المسلمين"],
)
def test_a_tribe_the_fact_names_with_the_romans_is_still_corrected(answerer, message) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.verdict is False and part.fact is not None, text
    assert part.fact.id == "roman_allies"


@pytest.mark.parametrize(
    "message",
    ["ما جيش المسلمين", "ما جيش المسلمين في غزوة تبوك؟", "قارن بين جيش المسلمين وجيش الروم"],
)
def test_the_muslims_army_alone_is_not_the_enemy(answerer, message) -> None:
    # the Muslims' own army, named and nothing asked of it: not the army it faced
    reply, text = reply_to(answerer, message)
    assert not any(part.done and part.fact and part.fact.id == "enemy" for part in reply.parts), (
        text
    )


@pytest.mark.parametrize(
    "message",
    [
        "ضد من خرج جيش المسلمين؟",
        "جيش المسلمين واجه مين؟",
        # the army in front of the Muslims, not the Muslims' army (a shipped phrasing)
        "وش الجيش اللي كان قدام المسلمين في تبوك؟",
    ],
)
def test_whom_the_muslims_army_faced_is_still_the_enemy(answerer, message) -> None:
    assert_answered_with(answerer, message, "enemy", "الروم")


def test_who_went_with_him_after_the_prophet_is_not_the_enemy(answerer) -> None:
    # «معه» after a deed: who was with the Prophet, not whom he went against
    reply, text = reply_to(answerer, "متى خرج النبي؟ ومن خرج معه؟")
    assert reply.parts[0].done and reply.parts[0].fact.id == "date"
    assert not (reply.parts[1].done and reply.parts[1].fact.id == "enemy"), text


def test_the_prophet_and_those_with_him_faced_is_still_the_enemy(answerer) -> None:
    assert_answered_with(answerer, "من واجه النبي ومن معه في تبوك؟", "enemy", "الروم")


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # a noun asked of one side that the fact has only of the other
        ("ما عاصمة الروم", "distance"),
        ("وين كانت عاصمة الروم وقتها؟", "distance"),
        ("كم كان عدد جيش الروم", "army_size"),
    ],
)
def test_a_thing_of_one_side_is_not_answered_with_the_other_side_s(
    answerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done and part.fact and part.fact.id == fact_id for part in reply.parts), (
        text
    )


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("ما هي عاصمة المسلمين وقت غزوة تبوك", "distance"),
        ("كم كان عدد جيش المسلمين", "army_size"),
        # «ضد المسلمين» sets a side against the other: no thing the Muslims own
        ("منو الطرف اللي جان ضد المسلمين بتبوك؟", "enemy"),
    ],
)
def test_the_thing_of_the_side_the_fact_tells_is_still_answered(
    answerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].done and reply.parts[0].fact.id == fact_id, text
