"""Hashtags that file a post (en70): «What happened at Tabuk? #seerah #islamichistory», a
question copied from Instagram or TikTok with its tags after it. Read as words, «seerah» or
«islamichistory» are words no fact knows and turned the answer into a question back. Tags
closing a line or standing on a line alone are taken off; a tag inside the sentence, a number
after «#» and a message of tags only are left as they are. Each as the user sees the reply."""

import pytest

from knowledge.english_tags import without_closing_tags
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("What happened at Tabuk? #seerah #islamichistory", "overview"),
        ("why was it called the army of hardship #JayshAlUsrah", "army_name"),
        ("How many camels did Uthman give?? #sahaba #charity", "uthman_donation"),
        ("Who was the chief of Dumat al-Jandal?\n#quiz #seerah", "ukaydir"),
    ],
)
def test_a_question_with_its_post_tags_is_answered(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What happened at Tabuk? #seerah #islamichistory", "What happened at Tabuk?"),
        ("who gave half his wealth #umar, #sahaba", "who gave half his wealth"),
        ("#quiz\nwho gave half his wealth?", "who gave half his wealth?"),
        # A tag inside the sentence is one of its words; «#1» is a number, no tag.
        ("Tell me about #Tabuk and its treaties", "Tell me about #Tabuk and its treaties"),
        ("What is #1 on the list", "What is #1 on the list"),
        # Nothing but tags: read as it is.
        ("#tabuk #seerah", "#tabuk #seerah"),
    ],
)
def test_only_tags_that_file_the_post_are_taken_off(text, expected) -> None:
    assert without_closing_tags(text) == expected
