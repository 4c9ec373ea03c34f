"""Chatbot-style prompts and podcast or lecture framing in English messages (issue 17, en33):
a persona («You are an Islamic history expert.», «Act as an examiner and …») and limits on the
answer («…, key facts only, no intro», «in 3 bullet points») are set aside; a claim heard in a
talk («In episode 14 the speaker said …. Is that right?», «I heard in the lecture that … — was
that really the case?», «did the speaker get it right that …?») is settled as a true/false."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from knowledge.english_prompts import without_prompt_framing
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("You are a history tutor for Year 9. Who was the enemy at Tabuk?", ["enemy"]),
        ("Act as an examiner and tell me what happened at Dumat al-Jandal.", ["dumat_aljandal"]),
        ("Imagine you are a historian. Why did the Romans fall back into their lands?",
         ["roman_surprise"]),
        ("Causes of the Tabuk expedition, bullet points only, no fluff", ["reasons"]),
        ("Explain the outcome of Tabuk in 3 points, no intro please", ["outcome"]),
        # What the text does not state stays unstated, whatever the framing.
        ("Key facts only, no intro: how many Roman soldiers were at Tabuk?", [None]),
        # en56: the manner and form of the answer, said inside or before the question.
        ("Explain in simple words why the Prophet set out for Tabuk.", ["reasons"]),
        ("Explain in plain English why no battle was fought at Tabuk.", ["no_battle"]),
        ("In layman's terms, why is the army called Jaysh al-Usrah?", ["army_name"]),
        ("One word answer: who led the army to Tabuk?", ["leader"]),
        ("Just the answer, no explanation: what was the result of Tabuk?", ["outcome"]),
        ("Keep it short - what did Umar give?", ["umar_donation"]),
        ("Explain like I'm five: how did Tabuk end?", ["outcome"]),
        ("TL;DR why did the Romans fall back?", ["roman_surprise"]),
        ("Give me the causes of Tabuk as a numbered list.", ["reasons"]),
        ("Give me 4 bullet points on the hardships before Tabuk.", ["hardship"]),
        ("Bullet points please: the treaties of Tabuk", ["treaties"]),
        ("Make a short list of the Companions who gave their wealth.", ["donations"]),
        ("Short answer please: how many Romans were killed at Tabuk?", [None]),
    ],
)  # fmt: skip
def test_prompt_framing_is_set_aside(english_engine: EnglishEngine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    "message",
    [
        # A clause of the story after a comma is no limit, «as the Romans» no persona.
        "As the Romans retreated, what did the Prophet do?",
        "Name the tribes in the Roman army",
        "Who was the emperor, the one who paid his soldiers?",
        # A denial or a claim said first is no limit on the answer.
        "No, Umar gave half. Who gave all?",
        "Only Abu Bakr gave all his wealth. True?",
        "Short question: who led Tabuk?",
    ],
)
def test_story_words_are_not_framing(message) -> None:
    assert without_prompt_framing(message) == message


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        ("In yesterday's lecture the ustadh said Umar gave all of his wealth. Is that correct?",
         "umar_donation", False),
        ("During the khutbah the imam said more than 40,000 men went to Tabuk - was that "
         "actually the case?", "army_size", True),
        ("did the imam get it right that Heraclius paid his soldiers a year in advance?",
         "heraclius", True),
        ("Is my brother correct that Abu Bakr gave half his wealth?", "abu_bakr_donation", False),
    ],
)  # fmt: skip
def test_a_claim_heard_in_a_talk_is_settled(
    english_engine: EnglishEngine, message, fact, verdict
) -> None:
    [part] = english_engine.answer(message).parts
    assert part.fact is not None and part.fact.id == fact
    assert part.verdict is verdict


def test_a_settled_claim_is_shown_with_its_verdict(english_engine: EnglishEngine) -> None:
    message = (
        "In episode 14 the speaker said the army at Tabuk was more than 40,000. Is that right?"
    )
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert "True" in plain or "صحيح" in plain
    assert "40,000" in plain


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        # en70: a limit in brackets at the end, how long the answer may take, bullet points.
        ("Explain why the Prophet marched to Tabuk (short answer, 2-3 sentences)", "reasons"),
        ("Describe what Abu Bakr gave. (brief answer, max 2 lines)", "abu_bakr_donation"),
        ("Tabuk treaties in 30 seconds", "treaties"),
        ("Tabuk in 2 minutes: why did the Romans pull back", "roman_surprise"),
        ("hypocrites at tabuk summary bullet points", "hypocrites"),
        ("tabuk expedition summary bullet points how it ended", "outcome"),
    ],
)  # fmt: skip
def test_the_answers_length_or_form_is_set_aside(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


@pytest.mark.parametrize(
    "message",
    [
        # Brackets holding words of the story, or a number of the story, stay.
        "Who gave half his wealth (Umar or Uthman)?",
        "Uthman gave camels (950)",
        "How many fighters went out (in thousands)",
        # A time of the story is no limit on the answer.
        "Did the Prophet stay at Tabuk in the heat of summer?",
    ],
)
def test_brackets_and_times_of_the_story_stay(message) -> None:
    assert without_prompt_framing(message) == message
