"""Exercise labels and a listener's doubt (en52): a label naming the kind of item before a
colon («Claim:», «Quick-fire:», «Chronology check:», «WAEC CRS past question:») asks nothing;
a debate's «Claim: … Counter: … Who's right?» asks the claim's verdict, and so does «Agree or
disagree?» after a motion; «Is that right, or have I misheard?» after what a podcast host or a
brother in the halaqa said asks the verdict of what was said. Each as the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_labels import without_exercise_labels
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        ("Claim: the Muslim army at Tabuk numbered about 3,000. T/F", "army_size", texts.EN_FALSE),
        ("Quick-fire round: Umar gave half his wealth for Tabuk. True?",
         "umar_donation", texts.EN_TRUE),
        ("Counter-claim: Tabuk was fought against the Persian empire. T/F",
         "enemy", texts.EN_FALSE),
        ("Claim: Abu Bakr gave all his wealth. Counter: no, that was Umar. Which one is right?",
         "abu_bakr_donation", texts.EN_TRUE),
        ("Motion: Tabuk was the last expedition of the Prophet. Agree or disagree?",
         "last_expedition", texts.EN_TRUE),
        ("I was listening to a lecture in the car and the speaker said Umar gave all his wealth. "
         "Is that right, or did I mishear?", "umar_donation", texts.EN_FALSE),
        ("the sister in the halaqa said Abu Bakr gave all his wealth, is that right or am I "
         "misremembering?", "abu_bakr_donation", texts.EN_TRUE),
    ],
)  # fmt: skip
def test_labelled_claim_is_settled(english_engine, message, fact, verdict) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Chronology check: was Tabuk the final ghazwa of the Prophet?", "last_expedition"),
        ("WAEC CRS past question: who led the expedition of Tabuk?", "leader"),
        ("Test q: which tribes came with the Romans to al-Sham?", "roman_allies"),
    ],
)
def test_labelled_question_is_answered(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Claim: Umar gave half. T/F", "Umar gave half. T/F"),
        ("Timeline question: what came next?", "what came next?"),
        ("NECO 2019 Q3: who led it?", "who led it?"),
        # A topic, a reporter, a form's own heading and a passage's label stay.
        ("tabuk: when? against whom?", "tabuk: when? against whom?"),
        ("The Prophet said: 'go out'", "The Prophet said: 'go out'"),
        ("True or False: Umar gave half.", "True or False: Umar gave half."),
        ("Passage: The army went north.", "Passage: The army went north."),
        ("Ghazwa-e-Tabook notes:\n- Reason?", "Ghazwa-e-Tabook notes:\n- Reason?"),
    ],
)
def test_without_exercise_labels(message, expected) -> None:
    assert without_exercise_labels(message) == expected


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        ("Claim: the Muslims and the Romans fought a fierce battle at Tabuk. Rebuttal?",
         "no_battle", texts.EN_FALSE),
        ("Counter-claim: before Tabuk the Romans were massing soldiers in al-Sham and pushing "
         "towards the Arabian Peninsula. T/F", "roman_mobilisation", texts.EN_TRUE),
    ],
)  # fmt: skip
def test_debate_claim_is_settled(english_engine, message, fact, verdict) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)
