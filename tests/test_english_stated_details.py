"""English questions about details the text states, once answered «not known» (en64):
- what the text says of something, named with a description («What does the Islamic account
  say Heraclius did …?», «What do (Muslim) historians say …») or with «about» («What does the
  text say about the hypocrites?», «… confirm what it says about …»), and «Can/would you say
  …», ask what the text tells, not words someone said (only the verses' facts quote words);
  a verse named keeps «it» the verse; «felt» is «feel»;
- who reported it is no part of it («The sheikh said …», «I remember the lecturer saying …»);
- the asker's course («Week 7 quiz question», «Lesson aim -») is no known gap's word, nor is a
  name told in a clause of time opening the question («After Zayd … were killed, who …?»), nor
  a Common Era year told beside a Hijri month asked.
Details the text does not state stay refused."""

import pytest

from knowledge.english_decision import EnglishOutcome
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "What does the Islamic account say Heraclius did to get his troops ready for this "
            "campaign?",
            "heraclius",
        ),
        ("What does the Islamic account say about Heraclius?", "heraclius"),
        ("What does the text say about the hypocrites?", "hypocrites"),
        ("What does the source say about how the Arabs felt about the Romans?", "arab_fear"),
        ("What does the account say about how the believers responded?", "believers"),
        # A verse named: «it» is the verse, and its words are asked.
        ("What does the Quran say about those who stayed behind?", "verse_38"),
        ("Surah Tawbah 38: what does it say about those who stayed behind?", "verse_38"),
        ("What does your source say Uthman gave?", "uthman_donation"),
        # «you say»: the one asked is to tell it; writers in general, named without «the».
        ("Can you say who led the army of Tabuk?", "leader"),
        ("What would you say were the main reasons for Tabuk?", "reasons"),
        ("How would you say the Romans reacted?", "roman_surprise"),
        ("What do historians say about why the Romans withdrew?", "roman_surprise"),
        ("What do Muslim historians say Heraclius did?", "heraclius"),
        # Who reported it is no part of it.
        (
            "The sheikh said the Romans brought two Arab tribes along, one was Ghassan and the "
            "other started with an L... Lakhm? Lakhmids?",
            "roman_allies",
        ),
        ("The imam mentioned the army was called Jaysh al-Usrah. Why?", "army_name"),
        # The asker's course: a week, a lesson's aim, a numbered session is no gap's word.
        ("Week 9 seminar reading - who submitted to Khalid?", "dumat_aljandal"),
        ("Lesson aim - students can state the size of the Muslim army at Tabuk", "army_size"),
        ("Lesson 5 recap - what did Heraclius give his soldiers?", "heraclius"),
        ("Lesson objective - explain why the Romans withdrew from Tabuk.", "roman_surprise"),
        # The Hijri month asked, the Common Era year told with the subject.
        ("Which Islamic month did Tabuk (630 CE) happen in?", "date"),
        ("The expedition of Tabuk (630 CE) took place in which lunar month?", "date"),
        ("Tabuk (630 CE): which Hijri month?", "date"),
    ],
)
def test_stated_details_answered(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "Can someone confirm what it says about how the Arabs felt about facing the Romans?",
            "arab_fear",
        ),
        # Mu'tah's commanders told as killed in a clause of time: who saved the army is asked.
        ("After Zayd, Ja'far and Ibn Rawaha were killed at Mu'tah, who saved the army?", "mutah"),
    ],
)
def test_offered_first_no_longer_not_known(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    decision = english_engine.answer(message).parts[0].decision
    assert decision.outcome is EnglishOutcome.SUGGEST
    assert decision.suggestions[0].id == fact_id


def test_a_weeks_quiz_question_is_no_journeys_length(english_engine: EnglishEngine) -> None:
    message = (
        "Week 7 quiz question, can't find it in the reader:\n"
        "The Muslim force that marched to Tabuk is reported as numbering\n"
        "a) around 3,000\nb) around 10,000\nc) more than 40,000\nd) around 100,000"
    )
    (part,) = english_engine.answer(message).parts
    assert part.answered and part.fact is not None
    assert (part.fact.id, part.choice) == ("army_size", 2)


@pytest.mark.parametrize(
    ("message", "fact_id", "verdict"),
    [
        # The asker recalls who said it: the claim is what is checked.
        (
            "I remember the lecturer saying the expedition happened in Ramadan of year 8. "
            "Is that right?",
            "date",
            False,
        ),
        (
            "I remember my teacher saying Abu Bakr gave half his wealth. Is that right?",
            "abu_bakr_donation",
            False,
        ),
    ],
)
def test_a_recalled_report_is_checked(
    english_engine: EnglishEngine, message: str, fact_id: str, verdict: bool
) -> None:
    (part,) = english_engine.answer(message).parts
    assert part.fact is not None
    assert (part.fact.id, part.verdict) == (fact_id, verdict)


@pytest.mark.parametrize(
    ("message", "gap"),
    [
        ("What does the text say about the three who stayed behind?", "three_who_stayed"),
        ("What does the Islamic account say about Abu Dharr?", "abu_dharr"),
        # What a person said is still a saying.
        ("What did the Prophet say about Tabuk?", "sayings"),
        ("What lesson does Tabuk teach us?", "lessons"),
        ("Give two lessons from the expedition of Tabuk.", "lessons"),
        ("How many weeks did the journey take?", "journey_length"),
        ("What is 630 CE in Hijri?", "gregorian_date"),
        ("Which month of 630 CE was Tabuk in?", "gregorian_date"),
        ("What year CE was Tabuk?", "gregorian_date"),
        ("In which Hijri year and in which CE year did Tabuk happen?", "gregorian_date"),
        ("When was Zayd killed?", "mutah_commanders"),
        ("Who were Zayd, Ja'far and Ibn Rawaha?", "mutah_commanders"),
        # The scene's own story asked, or a detail the main clause asks, stays refused.
        ("After the boycott of the three, what happened?", "three_who_stayed"),
        ("When Zaid was killed, who took the flag?", "banner"),
    ],
)
def test_details_the_text_lacks_stay_refused(
    english_engine: EnglishEngine, message: str, gap: str
) -> None:
    decision = english_engine.answer(message).parts[0].decision
    assert (decision.outcome, decision.gap) == (EnglishOutcome.GAP, gap)
