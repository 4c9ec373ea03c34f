"""A mosque a story names as where the asker is («أنا إمام مسجد», «في المسجد سُئلنا») is no
question about Masjid al-Dirar: the question after the story is answered. A story that
tells of that mosque (who built it, its pulling down) still gets the honest "not stated",
never the hypocrites' fact. Each row is a message and what the user sees."""

from __future__ import annotations

import pytest

from knowledge.form_replies import Status
from knowledge.forms import FormAnswerer
from knowledge.story_settings import only_its_setting
from tests.message_helpers import assert_answered_with, assert_opens


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        (
            "في مسابقة بالمسجد سألونا: ما آخر غزوة غزاها النبي ﷺ؟",
            "last_expedition",
            "آخر غزوات النبي",
        ),
        (
            "أنا خطيب في مسجد الحي وأحضّر خطبة، كم كان عدد جيش المسلمين ﷺ في تبوك؟",
            "army_size",
            "أربعين ألف",
        ),
        (
            "بعد صلاة العصر في الجامع سألني واحد: ما هي الآية التي نزلت في المتثاقلين؟",
            "verse_38",
            "اثَّاقَلْتُمْ",
        ),
    ],
)
def test_a_mosque_where_the_asker_is_does_not_stop_the_answer(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


@pytest.mark.parametrize(
    "message",
    [
        "عندي بحث عن المسجد اللي بناه المنافقين، شو صار فيه؟",
        "قرأت عن مسجد الضرار، ماذا حدث له؟",
    ],
)
def test_a_story_about_the_mosque_is_still_not_stated(
    answerer: FormAnswerer, message: str
) -> None:
    assert_opens(answerer, message, Status.NOT_ANSWERED, "لا يذكر النص")


@pytest.mark.parametrize(
    ("story", "setting"),
    [
        ("أنا إمام مسجد صغير وأحضّر خطبة", True),
        ("أعدّ درساً في المسجد بعد العصر عن غزوة تبوك", True),
        ("عندي بحث عن المسجد اللي بناه المنافقين", False),
        ("الشيخ تكلم عن مسجد الضرار", False),
        ("المسجد الذي هدمه النبي", False),
    ],
)
def test_what_tells_of_the_mosque(story: str, setting: bool) -> None:
    assert only_its_setting(story) is setting
