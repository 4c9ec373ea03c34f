"""English stories before a question (en71): a whole sentence opening «After …» is a story of
its own, and a story that turns from another battle to Tabuk is read from the turn on."""

import pytest

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a sentence closed by a full stop: the other battle it names refuses nothing
        ("After finishing the chapter on Hunayn, I moved on to Tabuk. How big was the Muslim "
         "army there?", ["army_size"]),
        # near miss: an «after» phrase that is no sentence still belongs to the question
        ("After the expedition, what did the Arab tribes do?", ["delegations"]),
    ],
)  # fmt: skip
def test_a_full_sentence_opening_after_is_a_story(
    english_engine: EnglishEngine, message: str, expected: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == expected


def test_an_after_question_about_another_battle_is_still_refused(
    english_engine: EnglishEngine,
) -> None:
    """«After Hunayn, what did the Prophet do?» asks about Hunayn: not answered."""
    message = "After the Battle of Hunayn, what did the Prophet do?"
    assert answered_facts(english_engine, message) == [None]
