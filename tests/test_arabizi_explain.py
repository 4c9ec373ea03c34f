"""`bot ask --explain` for Arabizi messages (knowledge/arabizi_explain.py): the side taken,
the Arabic-script reading, which words were read plainly and which guessed, the Arabic
explanation of that reading, and the care rule when it asked back."""

from __future__ import annotations

import pytest

from knowledge.engine import AnswerEngine
from knowledge.english_engine import EnglishEngine
from knowledge.english_explain import explain_routed
from knowledge.explain import explain_message


def _head(out: str) -> list[str]:
    """The four lines the Arabizi account opens with."""
    return out.splitlines()[:4]


@pytest.mark.parametrize(
    ("message", "reading", "plain", "guessed", "decision"),
    [
        # a question whose answer holds on a plainly read word («جيش»)
        ("chkoun jahaz jaysh el 3osra?", "شكون جهز جيش العسره؟", "جيش", "جهز العسره",
         "decision: answer donations"),
        # options typed on one line keep their Latin letters and are read as options
        ("kam kan 3adad el jaysh? a) 10000 b) 30000 c) 3000",
         "كم كان عدد الجيش؟ a) 10000 b) 30000 c) 3000", "عدد الجيش", "(none)",
         "decision: answer army_size"),
    ],
)  # fmt: skip
def test_an_arabizi_message_shows_its_reading_and_the_arabic_account(
    arabic_engine: AnswerEngine,
    english_engine: EnglishEngine,
    message: str,
    reading: str,
    plain: str,
    guessed: str,
    decision: str,
) -> None:
    out = explain_routed(arabic_engine, english_engine, message)
    side, typed, read, guesses = _head(out)
    assert side.startswith("side: Arabizi"), out
    assert typed == f"Arabic-script reading: «{reading}»", out
    assert read == f"read plainly: {plain}", out
    assert guesses == f"guessed: {guessed}", out
    # the Arabic side's own account of the reading follows, unchanged
    assert explain_message(arabic_engine, reading) in out, out
    assert decision in out, out
    assert "not_arabic" not in out, out
    assert "arabizi: rests on guessed words" not in out, out


def test_an_ask_back_by_the_care_rule_is_named(
    arabic_engine: AnswerEngine, english_engine: EnglishEngine
) -> None:
    # «munafiqin» (hypocrites) is guessed as «المنفقين» (spenders): the engine would answer
    # with the donations, and the care rule asks back
    message = "salam, 2aret el sira mbare7 w 7abbet a3ref: shu 3amalo el munafiqin 2abl tabuk?"
    out = explain_routed(arabic_engine, english_engine, message)
    assert "guessed: مبرح المنفقين" in out, out
    assert "decision: answer donations" in out, out
    assert out.endswith(
        "care: the question asked back, the answer rests on guessed words\n"
        "rule: arabizi: rests on guessed words"
    ), out


def test_english_with_arabic_words_is_not_taken_for_arabizi(
    arabic_engine: AnswerEngine, english_engine: EnglishEngine
) -> None:
    out = explain_routed(arabic_engine, english_engine, "What did Uthman give at Tabuk?")
    assert out.startswith("side: English"), out
    assert "Arabizi" not in out, out
