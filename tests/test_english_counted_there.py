"""English: «there» closing a count («how many soldiers were there») is «there were»: it
points at no place named before, so a follow-up count is not read with the previous part's
person («what did Uthman give plus how many soldiers were there» is the army's size, not
Uthman's camels). «there» after a deed still points back (knowledge/english_cues.points_back)."""

import pytest

from knowledge.english_cues import points_back


@pytest.mark.parametrize(
    ("text", "pointing"),
    [
        ("how many soldiers were there", False),
        ("How many camels were there?", False),
        ("what did they do there", True),
        ("how long did he stay there?", True),
        ("what did the Prophet do after that, and who was there", True),
    ],
)
def test_a_counting_there_points_at_nothing(text, pointing) -> None:
    assert points_back(text) is pointing


def test_a_count_after_a_donor_is_the_armys(english_engine) -> None:
    reply = english_engine.answer("what did abu bakr give plus how many soldiers were there")
    assert [part.fact.id if part.fact else None for part in reply.parts] == [
        "abu_bakr_donation",
        "army_size",
    ]
