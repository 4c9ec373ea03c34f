"""Dictated and chatted English (en52). Today's Tabuk is found by its folded names too: «whats
the weather in tabook» asks about the city, however the name was typed or misheard."""

from knowledge.english import EnglishOutcome


def test_weather_in_a_misspelt_tabuk_is_today(english_engine) -> None:
    reply = english_engine.answer("whats the weather in tabook this week")
    assert reply.parts[0].decision.outcome is EnglishOutcome.MODERN
