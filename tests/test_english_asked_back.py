"""English questions the engine used to ask back although the fact states what is asked
(issue 17): riddles that say «which battle am I thinking of», a description whose words are
those of a known gap, «according to your text», South-East Asian particles, verses cited by
sura and number. Each as the user sees the reply; details the text does not state stay
unanswered."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from knowledge.english_normalize import normalize_english
from tests.english_helpers import answered_facts


@pytest.fixture
def engine(english_engine: EnglishEngine) -> EnglishEngine:
    """The shipped English engine (conftest), under the short name these tables use."""
    return english_engine


def _shows(engine: EnglishEngine, message: str, fact_id: str) -> None:
    """The message is answered by the fact, and its English text is in the reply."""
    assert answered_facts(engine, message) == [fact_id]
    english = engine.matcher.english(fact_id)
    assert english is not None
    assert english.answer in render_english(engine.answer(message), engine).plain


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # The asker has an event in mind and describes it.
        (
            "Which battle am I thinking of? Muslim commanders were killed one after another "
            "fighting the Romans and Khalid brought the army back.",
            "mutah",
        ),
        (
            "Which expedition are we talking about: the Prophet marched in Rajab in great heat "
            "against the Romans and no fighting took place?",
            "overview",
        ),
        # A description that names the frontier or the north tells of the event; it asks no
        # detail the text leaves out (where in Arabia Tabuk lies).
        (
            "Identify the expedition: Roman troops gathered on the northern frontier, the "
            "Muslims marched north in the heat, and the enemy withdrew without fighting.",
            "overview",
        ),
        # After a label naming the kind, «What is it?» is the riddle's question.
        (
            "Guess the event: the army of hardship marched in Rajab 9 AH and the Romans "
            "withdrew without a battle. What is it?",
            "overview",
        ),
    ],
)
def test_a_riddle_about_an_event_in_mind_is_answered(
    engine: EnglishEngine, message: str, fact_id: str
) -> None:
    _shows(engine, message, fact_id)


def test_a_riddle_in_mind_describing_another_event_is_not_tabuk(engine: EnglishEngine) -> None:
    message = "Which battle am I thinking of: 313 Muslims, in Ramadan of 2 AH?"
    assert answered_facts(engine, message) == [None]
    assert render_english(engine.answer(message), engine).plain == texts.EN_RIDDLE_OTHER


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # Where the answer is to come from: the one text, nothing asked of its own.
        ("According to your text, what did Umar give for the army?", "umar_donation"),
        ("What is the link between Mu'tah and Tabuk according to the sources?", "mutah"),
        ("My imam said otherwise. What does your book say Abu Bakr gave?", "abu_bakr_donation"),
    ],
)
def test_the_source_pointed_to_asks_nothing(
    engine: EnglishEngine, message: str, fact_id: str
) -> None:
    _shows(engine, message, fact_id)


def test_a_bare_what_does_your_source_say_is_not_answered_alone(engine: EnglishEngine) -> None:
    # Alone it points back at an answer; it asks no fact of its own.
    assert answered_facts(engine, "What does your source say?") == [None]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("Ustazah, how many soldiers from the Muslim side went to Tabuk ah?", "army_size"),
        ("Cikgu, why the Romans run away without fighting ah?", "roman_surprise"),
        ("Tabuk tu who lead the army lah?", "leader"),
    ],
)
def test_south_east_asian_particles_and_address_ask_nothing(
    engine: EnglishEngine, message: str, fact_id: str
) -> None:
    _shows(engine, message, fact_id)


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        # The era keeps its year; the particle goes only after a word and before the end.
        ("Was it in 9 ah?", "was it in 9 ah"),
        ("Was Tabuk in 9 AH?", "was tabuk in 9 ah"),
        ("how many soldier ah?", "how many soldier"),
    ],
)
def test_the_particle_ah_is_not_the_era(text: str, normalised: str) -> None:
    assert normalize_english(text) == normalised


def test_the_roman_side_counted_is_still_not_stated(engine: EnglishEngine) -> None:
    # «from the Roman side» is the Romans: the text gives no count of them.
    assert answered_facts(engine, "How many soldiers came from the Roman side?") == [None]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # A citation names the verse by sura and number, without the word «verse».
        ("Explain at-Tawbah 9:117 and whom it praises.", "verse_117"),
        ("Those staying behind from the campaign - Surah Tawbah 9:38", "verse_38"),
    ],
)
def test_a_verse_cited_by_sura_and_number_is_that_verse(
    engine: EnglishEngine, message: str, fact_id: str
) -> None:
    _shows(engine, message, fact_id)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «people» after «how many» only says persons are counted: the men of the army.
        ("How many people marched to Tabuk with the Prophet?", "army_size"),
        # A query typed as keywords ends with what it wants.
        ("usman tabuk camels horses number", "uthman_donation"),
    ],
)
def test_a_count_of_people_and_a_keyword_count_are_answered(
    engine: EnglishEngine, message: str, fact_id: str
) -> None:
    _shows(engine, message, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # No count of the Romans nor of the donors is stated: still not answered.
        "What was the number of people in the Roman army?",
        "How many people gave their wealth for Tabuk?",
        "abu bakr tabuk wealth number",
    ],
)
def test_counts_the_text_does_not_state_stay_unanswered(
    engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(engine, message) == [None]


@pytest.mark.parametrize(
    ("message", "fact_id", "verdict"),
    [
        # «Assess the claim that …»: the claim is judged against the text.
        (
            "Critically assess the claim that Abu Bakr gave half of his wealth.",
            "abu_bakr_donation",
            "False.",
        ),
        (
            "Evaluate the view that Heraclius paid his soldiers a year in advance.",
            "heraclius",
            "True.",
        ),
        (
            "Discuss the statement that the Muslims fought a fierce battle at Tabuk.",
            "no_battle",
            "False.",
        ),
    ],
)
def test_a_claim_to_assess_gets_a_verdict(
    engine: EnglishEngine, message: str, fact_id: str, verdict: str
) -> None:
    assert answered_facts(engine, message) == [fact_id]
    plain = render_english(engine.answer(message), engine).plain
    assert verdict in plain.splitlines()


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # How simply to answer is no part of what is asked.
        ("explain like im 10 why the romans retreated", "roman_surprise"),
        ("Explain like I am five: why was the army called the army of hardship?", "army_name"),
        # Chat spelling and emphasis.
        ("what did the ppl of Tabuk agree to?", "treaties"),
        ("Which was the last expedition the Prophet led personally?", "last_expedition"),
        # Adverbs that only press for precision ask nothing more.
        ("Who precisely led the army?", "leader"),
        ("What was the hardship, concretely?", "hardship"),
        # What a party's attitude was towards sets the scene: the attitude is asked.
        ("Explain the attitude of the munafiqun toward the order to march.", "hypocrites"),
        ("Write about the stance of the hypocrites towards the call for Tabuk.", "hypocrites"),
        # «show» says what the asker is to make of the fact: no detail another fact tells.
        ("Explain what happened at Mu'tah and show how it is linked to Tabuk.", "mutah"),
        ("Outline the battle of Mu'tah and show its connection with Tabuk.", "mutah"),
    ],
)
def test_how_to_answer_chat_spelling_and_scene_words_ask_nothing(
    engine: EnglishEngine, message: str, fact_id: str
) -> None:
    _shows(engine, message, fact_id)
