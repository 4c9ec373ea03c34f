"""Words no fact's text uses, read as the plain word the facts do use (en32): «afterwards»,
«thereafter» are «after»; «recruit», «enlist» are «gather»; «ruled» asks the ruler; «big» is
«large»; a «region» is a place; a «standoff» asks whether they fought; a reflexive pronoun
(«themselves») is a function word; «hit» is attacked, «slackers» held back (en48). Each as
the user sees the reply."""

import pytest

from bot.english_replies import render_english
from knowledge.english_concepts import CONCEPTS as FACT_CONCEPTS
from knowledge.english_engine import EnglishEngine
from knowledge.english_synonyms import SYNONYMS
from knowledge.english_text import concept
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("What happened to Ukaydir afterwards?", "ukaydir"),
        ("Which expeditions did the Prophet lead afterwards, after Tabuk?", "last_expedition"),
        ("Where did the army camp thereafter?", "stationing"),
        ("Was Tabuk a standoff or a real battle with the Romans?", "no_battle"),
        ("How did Heraclius recruit soldiers against the Muslims?", "heraclius"),
        ("How did the Romans enlist troops for the attack?", "roman_mobilisation"),
        ("Did the Romans themselves come out to fight at Tabuk?", "roman_surprise"),
        ("Who ruled Dumat al-Jandal?", "ukaydir"),
        ("In which region did the Romans gather their troops?", "roman_mobilisation"),
        ("Which region did Khalid go to?", "dumat_aljandal"),
        ("Did the Romans gather a big army in Syria?", "roman_mobilisation"),
        ("How big was the army of Tabuk?", "army_size"),
        # (en57) a follow-up on a worksheet: «it begin», «it start» ask when it took place.
        ("In which month did the expedition begin?", "date"),
        ("When did Tabuk start?", "date"),
        # (en48) «hit» is attacked; the slackers and shirkers held back.
        ("Who hit the Prophet's envoy before Tabuk?", "envoy_assault"),
        ("Which verse rebukes the shirkers of Tabuk?", "verse_38"),
        ("Name the sura of the verse about the slackers at Tabuk.", "verse_38"),
        # (en48) «altogether», «already» and an opening «Bismillah» ask nothing.
        ("How many Muslims marched to Tabuk altogether?", "army_size"),
        ("Bismillah. Where was Khalid sent during Tabuk?", "dumat_aljandal"),
        ("Had the Romans already gathered in al-Sham before Tabuk?", "roman_mobilisation"),
        # (en49) Roman Urdu: «dushman» is the enemy, «daulat» wealth.
        ("Who were the dushman in ghazwa-e-Tabook?", "enemy"),
        ("How much of his daulat did Abu Bakr give?", "abu_bakr_donation"),
    ],
)
def test_a_word_no_fact_uses_is_read_as_its_plain_word(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]
    plain = render_english(english_engine.answer(message), english_engine).plain
    english = english_engine.matcher.english(fact_id)
    assert english is not None
    assert english.answer in plain


@pytest.mark.parametrize(
    "message",
    [
        # «planning» stays a word no fact explains: dropped, the rest would read as why
        # the expedition happened, which is not what is asked.
        "What were the Byzantines planning before the Muslims marched to Tabuk?",
        # «making … suffer»: dropping «making» would leave only «expedition» and «Muslims».
        "Why was the expedition making the Muslims suffer so much?",
    ],
)
def test_a_word_kept_unknown_is_not_answered_by_a_guess(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) == [None]


def test_each_synonym_is_read_as_a_word_the_facts_know(english_engine: EnglishEngine) -> None:
    vocabulary = english_engine.matcher.vocabulary
    for word, target in SYNONYMS.items():
        # A synonym never overrides a concept the facts' own words already have.
        assert word not in FACT_CONCEPTS, word
        assert concept(word) == target, word
        assert target in vocabulary, (word, target)
