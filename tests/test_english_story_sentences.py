"""English stories before a question (en71): a whole sentence opening «After …» is a story of
its own, and a story that turns from another battle to Tabuk is read from the turn on."""

import pytest

from knowledge.english_counted_back import counted_back
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a sentence closed by a full stop: the other battle it names refuses nothing
        ("After finishing the chapter on Hunayn, I moved on to Tabuk. How big was the Muslim "
         "army there?", ["army_size"]),
        # near miss: an «after» phrase that is no sentence still belongs to the question
        ("After the expedition, what did the Arab tribes do?", ["delegations"]),
    ],
)  # fmt: skip
def test_a_full_sentence_opening_after_is_a_story(
    english_engine: EnglishEngine, message: str, expected: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == expected


def test_an_after_question_about_another_battle_is_still_refused(
    english_engine: EnglishEngine,
) -> None:
    """«After Hunayn, what did the Prophet do?» asks about Hunayn: not answered."""
    message = "After the Battle of Hunayn, what did the Prophet do?"
    assert answered_facts(english_engine, message) == [None]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the story turned from Mu'tah to Tabuk: «there» is Tabuk
        ("We studied Mu'tah yesterday. Today the topic is Tabuk. Who led the army there?",
         ["leader"]),
        ("In last week's lesson we covered Mu'tah and the three commanders. This week is "
         "Tabuk: who led the army there?", ["leader"]),
    ],
)  # fmt: skip
def test_a_story_turned_to_tabuk_is_read_from_the_turn(
    english_engine: EnglishEngine, message: str, expected: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == expected


def test_a_story_naming_both_in_one_sentence_has_not_turned(english_engine: EnglishEngine) -> None:
    """Mu'tah named with Tabuk in one sentence: «there» is still Mu'tah's field, not Tabuk's
    leader."""
    message = (
        "I've been reading about Mu'tah as background for Tabuk. After Zayd, Ja'far and Ibn "
        "Rawaha were killed, the army nearly collapsed. Who got them out of there?"
    )
    assert "leader" not in answered_facts(english_engine, message)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a serial list closed by «, and …»: a hedged item and a yes/no item open questions
        ("what Hijri year was Tabuk, roughly how many Muslims went, and who led it?",
         ["date", "army_size", "leader"]),
        ("who was the enemy at Tabuk, was there a battle, and how did it end?",
         ["enemy", "no_battle", "outcome"]),
        # near miss: a hedge after a comma with no serial list stays in its question
        ("How many Muslims went to Tabuk, roughly, and who led them?", ["army_size", "leader"]),
    ],
)  # fmt: skip
def test_serial_questions_with_hedges_and_yes_no_items(
    english_engine: EnglishEngine, message: str, expected: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # the second part names Tabuk: Mu'tah is not carried into it
        ("Who led the Muslims at Mu'tah, and who led them at Tabuk?", [None, "leader"]),
        # near miss: a part naming nothing of its own still takes Mu'tah from the part before
        ("What happened at the Battle of Mu'tah before Tabuk? Who was killed there?",
         ["mutah", "mutah"]),
    ],
)  # fmt: skip
def test_a_part_naming_tabuk_does_not_take_mutah_from_the_part_before(
    english_engine: EnglishEngine, message: str, expected: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == expected


def test_a_part_alone_must_know_the_names_it_points_back_to(english_engine: EnglishEngine) -> None:
    """«Who paid for it?» after the Romans' gathering in al-Sham: alone it is the Companions'
    gifts, which know nothing of the Romans (a confident wrong answer before): asked back."""
    message = "What did the Romans gather in Syria? Who paid for it?"
    assert answered_facts(english_engine, message) == ["roman_mobilisation", None]


def test_a_part_alone_agreeing_with_the_part_before_is_still_answered(
    english_engine: EnglishEngine,
) -> None:
    """Near miss: the date knows all the part before names (Tabuk), so it answers."""
    message = "- who led the army of Tabuk - when did it take place"
    assert answered_facts(english_engine, message) == ["leader", "date"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # «his» points at Heraclius: not the Muslims' capital (a confident wrong answer)
        ("Who was Heraclius? Where was his capital?", ["heraclius", None]),
        # «their» points at the Romans of the story
        ("I half remember from a podcast that the Romans paid their soldiers a year in "
         "advance. Who was their emperor?", ["heraclius"]),
        # near miss: in a «who» question «his» is the one asked for
        ("my answer was Abu Bakr but it was wrong, so who gave half his wealth?",
         ["umar_donation"]),
    ],
)  # fmt: skip
def test_a_possessive_points_back(
    english_engine: EnglishEngine, message: str, expected: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # whose commander the possessive says: not the Prophet's leading (answered before)
        ("Who was the Romans' commander at Tabuk?", [None]),
        ("Who was the Byzantines' general during the Tabuk campaign?", [None]),
        # near miss: the Muslims' commander is the Prophet
        ("Who was the commander of the Muslims at Tabuk?", ["leader"]),
    ],
)
def test_the_romans_commander_is_not_the_prophet(
    english_engine: EnglishEngine, message: str, expected: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a doubted figure no fact knows is not carried into the count
        ("My uncle keeps insisting the Muslims were only 3,000 at Tabuk and that's why it's "
         "called the army of hardship. We had a whole argument at dinner 😅 how many were they "
         "actually?", ["army_size"]),
        # near miss: a figure the facts know (30,000) is still carried
        ("My textbook says the army was 30,000. How many were there?", ["army_size"]),
    ],
)  # fmt: skip
def test_a_story_number_no_fact_knows_is_not_carried(
    english_engine: EnglishEngine, message: str, expected: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a few of a side: their count is stated nowhere, not the army's size
        ("Some companions wept because they had no mounts to ride to Tabuk. How many were "
         "they?", [None]),
        ("A few of the sahaba could not find camels for the march. How many were they?", [None]),
        # near miss: the companions as a whole are the army
        ("The companions answered the Prophet's call to Tabuk in huge numbers. How many were "
         "they?", ["army_size"]),
    ],
)  # fmt: skip
def test_the_count_of_some_of_a_side_is_not_the_army(
    english_engine: EnglishEngine, message: str, expected: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == expected


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # «they» are what the story counts
        ("My teacher said there were two main causes of Tabuk. What were they?", ["reasons"]),
        ("The book says the Prophet made two treaties during the expedition. What were they?",
         ["treaties"]),
        # was the expedition's overview (a confident wrong answer): now asked back
        ("Our imam said in khutbah that the Muslims of Tabuk faced three kinds of hardship. "
         "What were they?", [None]),
    ],
)  # fmt: skip
def test_what_were_they_after_a_story_that_counts_them(
    english_engine: EnglishEngine, message: str, expected: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == expected


@pytest.mark.parametrize(
    ("question", "story", "read_as"),
    [
        ("What were they?", "He said the army faced three kinds of hardship.",
         "What were the three kinds of hardship?"),
        # near misses: a question of its own; a story counting nothing, or two counts
        ("What did they do?", "He said the army faced three kinds of hardship.", None),
        ("What were they?", "He said the army had a special nickname.", None),
        ("What were they?", "Two companions gave three hundred camels.", None),
    ],
)  # fmt: skip
def test_the_counted_question(question: str, story: str, read_as: str | None) -> None:
    assert counted_back(question, story) == read_as


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # «its» after a «where» answered: the place the answer names (Dumat al-Jandal)
        ("Where did Khalid go during Tabuk? And who was its chief?",
         ["dumat_aljandal", "ukaydir"]),
        ("Where did Khalid go during Tabuk? What did its people pay?",
         ["dumat_aljandal", "jizya"]),
        # near miss: «its» after a question that asked no place
        ("What was the army of Tabuk called? Why was it given its name?",
         ["army_name", "army_name"]),
    ],
)  # fmt: skip
def test_its_after_a_place_answered(
    english_engine: EnglishEngine, message: str, expected: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == expected
