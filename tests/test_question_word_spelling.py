"""Question words as learners and children mistype them («لمادا», «مازا»): mended where a
clause starts, so the message is read and answered as if typed right; nothing else moves."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.question_word_spelling import mend_opening_question_words
from tests.message_helpers import assert_each_part_answered


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("لمادا خرج النبي إلى تبوك؟", "لماذا خرج النبي إلى تبوك؟"),
        (
            "مازا قدم عثمان؟ ولمازا سمي الجيش بهذا الاسم؟",
            "ماذا قدم عثمان؟ ولماذا سمي الجيش بهذا الاسم؟",
        ),
        # (words that are no slip of a question word by a confused letter stay as typed)
        ("كيفك؟ ومين قاد الجيش", "كيفك؟ ومين قاد الجيش"),
        ("مرتي تسأل: متى كانت الغزوة", "مرتي تسأل: متى كانت الغزوة"),
        ("الماديه", "الماديه"),
    ],
)
def test_a_question_word_with_a_confused_letter_is_mended(
    answerer: FormAnswerer, typed: str, read: str
) -> None:
    assert mend_opening_question_words(typed, answerer.engine.matcher.vocabulary) == read


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        # («لمادا» is no «الماديه»: why he went, not the hardship of the preparation)
        ("لمادا خرج النبي الى تبوك", ["reasons"]),
        (
            "انا من اندونيسيا. اريد اعرف: لمادا خرج النبي الى تبوك؟ ومن كانوا الاعداء؟",
            ["reasons", "enemy"],
        ),
        ("مادا قدم عثمان بن عفان", ["uthman_donation"]),
    ],
)
def test_a_learners_question_is_answered_as_if_typed_right(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)
