"""«My friend says X, I say Y. Who is right?»: the friend's claim is judged, without the
asker's reply after it (issue 17 preambles; knowledge/english_cues.py reported_claim)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_cues import reported_claim
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        (
            "hey so my friend says there was a huge battle at tabuk, i say no. who is right??",
            "no_battle",
            "False.",
        ),
        (
            "My teacher said Abu Bakr gave half his wealth but I think he gave all. Who is right?",
            "abu_bakr_donation",
            "False.",
        ),
        (
            "We had a debate in class. One student said there was a big battle at Tabuk, "
            "another said there wasn't. Which is correct?",
            "no_battle",
            "False.",
        ),
        (
            "My cousin says Umar gave all his wealth for Tabuk but my book says half. Who is "
            "right?",
            "umar_donation",
            "False.",
        ),
    ],
)
def test_the_reported_claim_is_judged(english_engine, message, fact, said) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(
        f"خطأ.\n{said}"
    )


def test_the_askers_own_side_is_no_part_of_the_claim() -> None:
    assert reported_claim("my friend says the army was 30k, i say it was more.") == (
        "the army was 30k"
    )


@pytest.mark.parametrize(
    ("preamble", "claim"),
    [
        ("One student said there was a battle at Tabuk, another said there wasn't.",
         "there was a battle at Tabuk"),
        ("my teacher says 30,000 went to Tabuk but my book says more.",
         "30,000 men went to Tabuk"),
        ("Some say the army was 30,000, others say it was more.", "the army was 30,000"),
    ],
)  # fmt: skip
def test_a_second_reporters_side_is_no_part_of_the_claim(preamble, claim) -> None:
    assert reported_claim(preamble) == claim


@pytest.mark.parametrize(
    "message",
    [
        # The asker's short reply in a sentence of its own reports nothing to judge.
        "My friend says Khalid killed Ukaydir after capturing him. I said no. Who's right?",
        # Chat in lower case, «who's right» with no question mark: still a question.
        "my friend says khalid killed ukaydir after capturing him. i said no. who's right",
        "my cousin said khalid killed ukaydir. i told him no. who is right",
    ],
)
def test_the_claim_before_the_askers_reply_is_judged(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == ["ukaydir"]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(
        "خطأ.\nFalse."
    )


def test_the_askers_reply_in_its_own_sentence_is_skipped() -> None:
    assert reported_claim("My friend says Khalid killed Ukaydir. I said no.") == (
        "Khalid killed Ukaydir."
    )


def test_chats_greeting_line_is_no_question(english_engine) -> None:
    # «who's» is read as a question word; «what's up», a greeting, is not one.
    assert answered_facts(english_engine, "what's up bro\nwho led tabuk army") == ["leader"]
