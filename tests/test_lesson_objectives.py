"""A lesson plan's objective is read as the exam question it stands for: «أن يذكر الطالب
ما قدمه عثمان» asks what «اذكر ما قدمه عثمان» asks. Each row is a message and the fact its
parts are answered with; the last rows are text that only looks like an objective."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.lesson_objectives import objectives_as_exam_verbs
from tests.message_helpers import assert_each_part_answered


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("أن يذكر الطالب ما قدمه عثمان بن عفان رضي الله عنه.", ["uthman_donation"]),
        ("أن يعدد المتعلم أسباب غزوة تبوك", ["reasons"]),
        ("يتعرف الطالب على نتائج غزوة تبوك", ["outcome"]),
        ("أن تبين الطالبة موقف المنافقين من غزوة تبوك", ["hypocrites"]),
        (  # the learner named once, then left out: each objective is a question
            "الأهداف السلوكية للدرس: (1) أن يذكر الطالب ما قدمه عثمان بن عفان رضي الله عنه. "
            "(2) أن يذكر ما قدمه عبد الرحمن بن عوف رضي الله عنه.",
            ["uthman_donation", "abdulrahman_donation"],
        ),
    ],
)
def test_an_objective_is_answered_as_its_exam_question(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("أن يذكر الطالب أسباب الغزوة", "اذكر أسباب الغزوة"),
        ("أن يتعرف المتعلم على نتائج الغزوة", "اذكر نتائج الغزوة"),
        ("1- أن يعدد التلميذ نتائج الغزوة", "1- عدّد نتائج الغزوة"),
        ("الهدف: أن تستنتج الطالبة سبب التسمية", "الهدف: استنتج سبب التسمية"),
    ],
)
def test_the_objective_verb_becomes_the_exam_verb(text: str, read: str) -> None:
    assert objectives_as_exam_verbs(text) == read


@pytest.mark.parametrize(
    "text",
    [
        # («أن» inside a sentence: a claim or a question, no objective)
        "هل يجب أن يذكر الخطيب غزوة تبوك",
        "سمعت أن يذكر",
        # (a verb with no «أن» and no learner named is no objective)
        "يذكر أن عثمان قدم 950 جملا",
    ],
)
def test_text_that_is_no_objective_is_left_as_typed(text: str) -> None:
    assert objectives_as_exam_verbs(text) == text
