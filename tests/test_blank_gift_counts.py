"""A count of one person's gift fills no blank that names him nowhere: the text counts
camels and horses only as Uthman's gift, so «كان في جيش تبوك …… فرس» (the army's horses) is
not filled with «950 جملًا وخمسين فرسًا»; a sentence naming him, by name or by title the
key knows («ذو النورين»), is filled as before (BlankFiller._someone_s_count)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    "message",
    [
        "كان في جيش تبوك ........ فرس",
        "كان مع جيش المسلمين في تبوك ........ جمل",
    ],
)
def test_the_army_s_count_is_not_filled_with_a_gift(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is not Status.FILLED, text
    assert "950" not in text, text


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("أكمل: قدم ذو النورين ........ جملا لتجهيز جيش العسرة", "950"),
        ("أكمل: قدم عثمان ..... جملا وخمسين فرسا", "950"),
        ("كمل: عثمان رضي الله عنه جهز الجيش ب ... جمل", "950"),
    ],
)
def test_the_giver_named_keeps_the_fill(answerer: FormAnswerer, message: str, words: str) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is Status.FILLED, text
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "uthman_donation"
    assert words in text, text
