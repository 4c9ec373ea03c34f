"""«to prevent / avoid / stop bloodshed» read as the no-battle fact's «to spare bloodshed»
(en69, knowledge/english_phrases.py): «prevent» was mended as a slip of «present» and «avoid»
matched nothing, so a true statement of why the Prophet did not attack stayed unsettled. A
statement that he attacked is still false. As the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        (
            "True or false: the Prophet did not attack the retreating Romans in order to "
            "prevent bloodshed.",
            texts.EN_TRUE,
        ),
        (
            "True or false: the Prophet chose not to pursue the Romans so as to avoid bloodshed.",
            texts.EN_TRUE,
        ),
        # the deed the answer denies, with the same purpose: still false
        (
            "True or false: the Prophet attacked the Romans at Tabuk to prevent bloodshed.",
            texts.EN_FALSE,
        ),
    ],
)
def test_sparing_bloodshed_in_other_words(english_engine, message, verdict) -> None:
    assert answered_facts(english_engine, message) == ["no_battle"]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


def test_the_reason_among_options_is_chosen(english_engine) -> None:
    message = (
        "Why did the Prophet not attack the Romans after they withdrew?\na) to avoid bloodshed\n"
        "b) because he was afraid\nc) because his army was small\nd) because it was winter"
    )
    assert (
        "Answer: (a) to avoid bloodshed\n"
        in render_english(english_engine.answer(message), english_engine).plain
    )


def test_prevent_without_bloodshed_is_not_sparing(english_engine) -> None:
    reading = english_engine.matcher.reader.read("they wanted to prevent the Romans")
    assert "spare" not in reading.terms
