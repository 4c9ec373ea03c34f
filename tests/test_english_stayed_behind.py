"""Marching out is the opposite of staying behind (knowledge/english_lexicon.CONTRADICTIONS):
«The hypocrites went out with the Prophet» is false by «they stayed behind and did not join
the fighters» (it was «True» by the words it shares with the answer), and «they did not go
out» is true by it. As the user sees the reply."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("T/F: The munafiqun went out with the Prophet to Tabuk.", False),
        ("True or false: the hypocrites set out eagerly for Tabuk.", False),
        ("T/F: the hypocrites did not go out to Tabuk.", True),
        ("The munafiqun did not march with the army. T/F", True),
    ],
)
def test_marching_out_against_staying_behind(english_engine, message, verdict) -> None:
    assert [part.verdict for part in english_engine.answer(message).parts] == [verdict]
    assert answered_facts(english_engine, message) == ["hypocrites"]
