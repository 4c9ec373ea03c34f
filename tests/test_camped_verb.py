"""«عسكر» is troops and, as a verb, camped: in the place of a verb («أين عسكر النبي؟», «الرسول
عسكر في تبوك», «المكان الذي عسكر فيه») it is read as camping, the stationing; as a
noun («عسكر الروم», «كم عدد عسكر الروم») it stays the troops. Each row is a message and what
the user sees."""

from __future__ import annotations

import pytest

from knowledge.form_replies import Status
from knowledge.forms import FormAnswerer
from knowledge.normalize import normalize
from knowledge.question_rewrites import camped_as_verb
from tests.message_helpers import assert_answered_with, assert_opens, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "أين عسكر النبي ﷺ؟",
        "وين عسكر النبي بجيشه",
        "فين عسكر الرسول عليه الصلاة والسلام؟",
        "هل عسكر الجيش في تبوك؟",
        "المسلمين عسكروا وين؟",
    ],
)
def test_camped_asked_is_the_stationing(answerer: FormAnswerer, message: str) -> None:
    assert_answered_with(answerer, message, "stationing", "رابط النبي")


def test_the_place_where_they_camped_is_asked_back(answerer: FormAnswerer) -> None:
    # Read as «المكان الذي رابط فيه المسلمون» it names no fact's words closely enough (a
    # phrasing worded so was dropped: it cost a right answer on the held-out sets), so the user
    # is asked which question they mean, never given another fact as the answer.
    assert_opens(answerer, "ما المكان الذي عسكر فيه المسلمون؟", Status.NOT_ANSWERED, "لم أتأكد")


@pytest.mark.parametrize("message", ["أين عسكر الروم؟", "كم عدد عسكر الروم؟"])
def test_the_romans_troops_are_not_the_stationing(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert all(part.fact is None or part.fact.id != "stationing" for part in reply.parts), text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("أين عسكر النبي", "اين رابط النبي"),
        ("الرسول عسكر في تبوك", "الرسول رابط في تبوك"),
        ("وعسكروا في تبوك", "ورابطوا في تبوك"),
        ("المكان الذي عسكر فيه", "المكان الذي رابط فيه"),
        # the noun: the troops of someone, or counted
        ("أين عسكر الروم", "اين عسكر الروم"),
        ("كم عسكر الروم", "كم عسكر الروم"),
        ("عسكر النبي", "عسكر النبي"),
        # «نزل» of the Prophet or his army is halting too (tests/test_nearby_facts.py)
        ("الجيش نزل فين", "الجيش رابط فين"),
        ("اين نزل النبي في تبوك", "اين رابط النبي في تبوك"),
        ("وين نزلوا المسلمين", "وين رابطوا المسلمين"),
        # sent down: on or about someone, or a verse named
        ("النبي نزل عليه ايه", "النبي نزل عليه ايه"),
        ("ماذا نزل في المنافقين", "ماذا نزل في المنافقين"),
        ("هل نزل في الجيش قران", "هل نزل في الجيش قران"),
        ("الايه اللي نزل النبي", "الايه اللي نزل النبي"),
    ],
)
def test_how_camped_is_read(text: str, read: str) -> None:
    assert " ".join(camped_as_verb(tuple(normalize(text).split()))) == read
