"""English riddles asking which expedition a description is (issue 17, en19 probe): Tabuk is
named when its facts' details mark it, Mu'tah by its fact, anything else is not Tabuk."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_decision import EnglishOutcome
from knowledge.english_engine import EnglishEngine
from knowledge.english_expeditions import expedition_riddle
from tests.english_helpers import answered_facts

_TABUK = ("overview", texts.EN_RIDDLE_TABUK, "This is the expedition of Tabuk.")
_MUTAH = ("mutah", texts.EN_RIDDLE_MUTAH, "Mu'tah")


@pytest.mark.parametrize(
    ("message", "named"),
    [
        ("I am the expedition in Rajab 9 AH against the Romans. Which expedition am I?", _TABUK),
        (
            "Riddle: I am an expedition in Rajab 9 AH with no fighting, the Prophet's last. "
            "What am I?",
            _TABUK,
        ),
        (
            "Guess the battle: over 40,000 Muslims, intense heat, no fighting, and the Romans "
            "retreated.",
            _TABUK,
        ),
        (
            "Clues: Romans, Heraclius, 40,000 Muslims, Ayla, Dumat al-Jandal. Which expedition?",
            _TABUK,
        ),
        (
            "I happened in the month of Rajab, in the year 9 AH, and no sword was drawn. "
            "What am I?",
            _TABUK,
        ),
        (
            "Guess the expedition from these clues:\n1) 9 AH\n2) the Romans\n3) no fighting\n"
            "4) Khalid sent to Dumat al-Jandal",
            _TABUK,
        ),
        (
            "riddle: muslims marched in the summer heat, romans ran away, no fight happened. "
            "which ghazwa am i",
            _TABUK,
        ),
        (
            "I am the expedition that came in a time of drought and great heat, when the Romans "
            "massed on the border. Which am I?",
            _TABUK,
        ),
        (
            "Clues: 1. Jaish al-Usrah 2. Ayla 3. jizya 4. the Romans pulled back. Name the "
            "expedition.",
            _TABUK,
        ),
        # The riddle's question put first, or a description of «this expedition».
        (
            "What is the name of this expedition? It was in Rajab 9 AH and its army was called "
            "the army of hardship.",
            _TABUK,
        ),
        (
            "This expedition took place in Rajab 9 AH; the enemy pulled back and nobody fought. "
            "What is it called?",
            _TABUK,
        ),
        (
            "Which ghazwa does this describe: Uthman gave 950 camels and Abu Bakr gave all his "
            "wealth?",
            _TABUK,
        ),
        # «What's it called?», «Identify the campaign described. [1]» ask the same.
        (
            "This campaign was fought in Rajab 9 AH against the Byzantines, who fell back "
            "without a fight. What's it called?",
            _TABUK,
        ),
        (
            "A campaign in the summer heat of 9 AH in which the Romans withdrew and no battle "
            "was fought. Identify the campaign described. [1]",
            _TABUK,
        ),
        (
            "The Romans massed in Syria, the Muslims marched out in great heat, and no battle was "
            "fought. Which battle is being described?",
            _TABUK,
        ),
        (
            "I am a battle where three Muslim commanders were killed and Khalid saved the army "
            "from total defeat. Which battle am I?",
            _MUTAH,
        ),
        (
            "I am a battle before Tabuk where the three commanders fell and Khalid saved the "
            "army. Which battle am I?",
            _MUTAH,
        ),
        (
            "Which battle am I? Three commanders fell one after another and Khalid bin Walid "
            "pulled the army back.",
            _MUTAH,
        ),
        # Mu'tah's commanders by name: the text does not name them (a known gap of Mu'tah's),
        # yet they are Mu'tah's people, not another event's.
        (
            "Which battle am I? Zaid ibn Haritha fell, then Ja'far, then Ibn Rawaha, all "
            "fighting the Byzantines.",
            _MUTAH,
        ),
        (
            "riddle - my first three leaders were jafar, zayd and rawaha and the romans beat "
            "us. what battle am i",
            _MUTAH,
        ),
    ],
)
def test_a_riddle_describing_tabuk_or_mutah_names_it(
    english_engine: EnglishEngine, message: str, named: tuple[str, str, str]
) -> None:
    fact_id, lead, words = named
    reply = english_engine.answer(message)
    assert answered_facts(english_engine, message) == [fact_id]
    plain = render_english(reply, english_engine).plain
    assert plain.startswith(lead)
    assert words in plain


@pytest.mark.parametrize(
    "message",
    [
        # Values no Tabuk fact states: a number, a month, a year.
        "Guess the battle: the Muslims were 313, it was in Ramadan 2 AH.",
        "guess the battle: ramadan, 8 AH, 10000 men, makkah opened",
        "I am the expedition that took place in Shawwal 5 AH. Which expedition am I?",
        # Names no fact knows.
        "I am the army sent against the Romans under Usama after the Prophet's death. "
        "Which campaign am I?",
        "Which battle am I? Fought in 8 AH at Hunain valley against Hawazin.",
        # Details the text does not tell of.
        "Which battle am I? A trench was dug around Madinah to stop the enemy.",
        "I am a ghazwa where the archers disobeyed the order. Which ghazwa am I?",
        "This battle took place in Ramadan 2 AH with 313 Muslims. What is it called?",
        "This battle took place in Ramadan 2 AH with 313 Muslims. What's it called?",
        "A battle of 2 AH in Ramadan in which 313 Muslims won. Identify the battle described. [1]",
        "Which battle does this describe: the Muslims dug a trench around Madinah?",
        "Guess the battle: the Muslims lost, the enemy chased them to Madinah and burned the "
        "date palms.",
        # A defeat told: at Tabuk no one fought, whatever else it shares with Tabuk.
        "Guess the battle: the Muslims were defeated, the enemy chased them to Madinah and "
        "burned the date palms.",
        "Which battle am I? The Muslims were beaten and the enemy reached Madinah.",
    ],
)
def test_a_riddle_describing_another_event_is_not_named(
    english_engine: EnglishEngine, message: str
) -> None:
    reply = english_engine.answer(message)
    assert answered_facts(english_engine, message) == [None]
    assert reply.parts[0].decision.outcome in (
        EnglishOutcome.NOT_TABUK,
        EnglishOutcome.OTHER_EVENT,
        EnglishOutcome.GAP,
    )
    assert "This is the expedition of Tabuk" not in render_english(reply, english_engine).plain


def test_the_reply_to_a_riddle_that_fits_no_event_says_so(english_engine: EnglishEngine) -> None:
    reply = english_engine.answer(
        "Guess the battle: the Muslims were 313, it was in Ramadan 2 AH."
    )
    assert render_english(reply, english_engine).plain == texts.EN_RIDDLE_OTHER


@pytest.mark.parametrize(
    "message",
    [
        # A question about Tabuk asks no riddle.
        "Which expedition was the last one the Prophet led?",
        "Describe the main events of the expedition of Tabuk. [10]",
        # «Who am I?» without a speaker who says he is an event asks for a person.
        "Who am I? I gave 950 camels and 50 horses.",
        "I am the chief of Dumat al-Jandal. What am I?",
    ],
)
def test_other_messages_are_no_expedition_riddle(message: str) -> None:
    assert expedition_riddle(message) is None


@pytest.mark.parametrize(
    ("message", "fact_id", "name"),
    [
        # The fact of all the gifts and one donor's own lead together; one person is asked.
        (
            "I gave half of my wealth to equip the army of hardship. Who am I?",
            "umar_donation",
            "Umar",
        ),
        (
            "Who am I? I gave all my wealth for the army of hardship.",
            "abu_bakr_donation",
            "Abu Bakr",
        ),
        (
            "i gave half of what i owned for the army of usrah, who am i",
            "umar_donation",
            "Umar",
        ),
    ],
)
def test_a_person_riddle_is_answered_by_the_givers_own_fact(
    english_engine: EnglishEngine, message: str, fact_id: str, name: str
) -> None:
    reply = english_engine.answer(message)
    assert answered_facts(english_engine, message) == [fact_id]
    assert name in render_english(reply, english_engine).plain


def test_a_person_riddle_that_fits_several_givers_is_asked_back(
    english_engine: EnglishEngine,
) -> None:
    # «my wealth» fits every giver's gift: no one person's. («every thing I owned», once read
    # as «every» and «thing», is «everything»: Abu Bakr's, tests/test_english_claim_words.py.)
    reply = english_engine.answer("i gave my wealth for the tabuk army. who am i")
    assert answered_facts(english_engine, "i gave my wealth for the tabuk army. who am i") == [
        None
    ]
    assert reply.parts[0].decision.outcome is EnglishOutcome.SUGGEST


def test_a_riddle_with_one_detail_of_tabuk_offers_tabuk(english_engine: EnglishEngine) -> None:
    # «The Prophet's last»: one detail of Tabuk's and none against it; offered, not named.
    message = "Can you guess which expedition this is? The Prophet's last, against the Byzantines."
    reply = english_engine.answer(message)
    decision = reply.parts[0].decision
    assert decision.outcome is EnglishOutcome.SUGGEST
    assert [fact.id for fact in decision.suggestions] == ["overview"]
    plain = render_english(reply, english_engine).plain
    assert plain.startswith(texts.EN_SUGGEST)
    assert "What was the expedition of Tabuk?" in plain


@pytest.mark.parametrize(
    ("message", "named"),
    [
        # The asker's words about the riddle before a colon are no detail of the event.
        (
            "ok here is my riddle for the quiz night: I was the Prophet's last ghazwa and the "
            "Romans pulled back when I came. Which ghazwa am I?",
            _TABUK,
        ),
        (
            "A puzzle from our teacher: three commanders fell one after another and Khalid "
            "saved the army. Which battle am I?",
            _MUTAH,
        ),
    ],
)
def test_a_riddle_after_the_askers_words_about_it_names_its_event(
    english_engine: EnglishEngine, message: str, named: tuple[str, str, str]
) -> None:
    fact_id, lead, words = named
    assert answered_facts(english_engine, message) == [fact_id]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert plain.startswith(lead)
    assert words in plain


def test_a_riddle_after_the_askers_words_still_rules_out_another_event(
    english_engine: EnglishEngine,
) -> None:
    message = "My riddle for the class: 313 Muslims won in Ramadan 2 AH. Which battle am I?"
    assert answered_facts(english_engine, message) == [None]
