"""Lines and clauses around the question that ask nothing: who asked them («الشيخ سألنا
سؤالاً»), where the question comes from («سؤال من طالبة:») and that they did not know («…؟
وما عرفت أجاوب»). Each row is a message and the one fact the user is answered with."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id", "opening"),
    [
        (  # who asked them, on a line of its own: never a headline answered with the outcome
            "السلام عليكم\nأنا أدرس في حلقة تحفيظ\nالشيخ سألنا سؤالاً\n"
            "لماذا سُمّي جيش تبوك بجيش العسرة؟\nومشكورين",
            "army_name",
            "سُمّي جيش غزوة تبوك «جيش العسرة»",
        ),
        (  # where the question comes from, then the teacher's words: only the date is asked
            "سؤال من طالبة:\nالمعلمة قالت راجعوا غزوة تبوك للاختبار\nفمتى كانت غزوة تبوك؟",
            "date",
            "كانت غزوة تبوك في شهر رجب",
        ),
        (  # «وما عرفت أجاوب» after the question asks nothing
            "السلام عليكم، الأستاذ سألنا وش سوى النبي ﷺ بعد ما انسحب الروم؟ وما عرفت أجاوب",
            "stationing",
            "بعد تراجع الروم رابط النبي",
        ),
    ],
)
def test_lines_that_ask_nothing_are_no_parts(
    answerer: FormAnswerer, message: str, fact_id: str, opening: str
) -> None:
    reply, text = reply_to(answerer, message)
    done = [part for part in reply.parts if part.done]
    assert [part.fact.id for part in done if part.fact] == [fact_id], text
    assert opening in text, text
    assert "غزوة تبوك غزوة قادها" not in text, text  # no overview for a story line


def test_not_knowing_a_detail_after_a_question_still_asks_it(answerer: FormAnswerer) -> None:
    # «وما عرفت أجاوب» asks nothing; «وما عرفت عدد الجيش» asks the number
    reply, text = reply_to(answerer, "متى كانت غزوة تبوك؟ وما عرفت عدد جيش المسلمين")
    assert [part.fact.id for part in reply.parts if part.fact] == ["date", "army_size"], text


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        (  # an opening praising the group, then who asks: two questions, two parts
            "بسم الله ما شاء الله على هالقروب\nيا شباب بنتي تسأل سؤالين وأنا ما عندي علم:\n"
            "كم كان عدد جيش المسلمين في تبوك؟ ومن الذي جهز جيش العسرة بتسعمائة وخمسين بعيرا؟",
            ["army_size", "uthman_donation"],
        ),
        (  # «بسم الله والصلاة والسلام على رسول الله» on its line asks about no prophet
            "بسم الله والصلاة والسلام على رسول الله\nفي أي شهر خرج الجيش إلى تبوك؟\nوكم كان عدده؟",
            ["date", "army_size"],
        ),
        (  # blessings after the questions, whatever «بكم» or «أرجو أن تساعدوه» seem to ask
            "ابني عنده سؤالين: لماذا سمي جيش تبوك بجيش العسرة؟ وكم كان عدده؟\n"
            "أرجو أن تساعدوه، وجزاكم الله كل خير ونفع بكم الأمة",
            ["army_name", "army_size"],
        ),
    ],
)
def test_openings_and_blessings_around_two_questions_are_no_parts(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)
