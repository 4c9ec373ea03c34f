"""A quality claimed of the subject in a word read as a function word (en62): «simple»,
«short», «huge» frame or stress a question («in simple terms», «a short note»), but after
«was/were/is» closing the clause they are the whole claim. «Equipping the army of Tabuk was
simple» was «True» by the gifts fact, which covers the rest word for word; «simple» said of
the subject is «easy», false by «neither easy nor simple»; a quality no answer has leaves the
statement unsettled. Each as the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_predicates import unstated_quality
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        ("True or false: Equipping the army of Tabuk was simple.", "hardship", texts.EN_FALSE),
        ("True or false: Preparing the army was simple and cheap.", "hardship", texts.EN_FALSE),
        ("True or false: Equipping the army was easy.", "hardship", texts.EN_FALSE),
        ("True or false: The march was short and easy.", "hardship", texts.EN_FALSE),
    ],
)  # fmt: skip
def test_a_simple_task_is_false_by_the_hardship(english_engine, message, fact, verdict) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


@pytest.mark.parametrize(
    "message",
    ["True or false: The Muslim army was huge.", "True or false: The journey to Tabuk was short."],
)
def test_a_quality_no_answer_states_is_not_true(english_engine, message) -> None:
    assert all(part.verdict is not True for part in english_engine.answer(message).parts)


@pytest.mark.parametrize(
    ("statement", "answer", "expected"),
    [
        ("the journey was short", "the lands were far", "short"),
        ("the army was very huge and strong", "more than forty thousand", "huge"),
        ("the army was short of water", "", None),  # short of: lacking, no quality
        ("write a short note", "", None),  # no «was» before it: a request's words
        ("the way was short", "the way was short", None),  # the answer has the word
    ],
)
def test_unstated_quality(statement, answer, expected) -> None:
    assert unstated_quality(statement, answer) == expected
