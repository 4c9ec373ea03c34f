"""English words for details the text does not state, and name spellings (issue 17; data in
knowledge/data/english.json): each is shown as the user sees the reply.

A detail of Tabuk the sira books tell but the source text does not (the boycott of the three
who stayed behind, the mosque the hypocrites built, who looked after the Prophet's family,
the size of the Roman army, the return to Madinah, Ukaydir's gift) gets the honest «not
stated» reply in the words people ask it with, never a nearby fact's answer. «Dawmat
al-Jandal» is the same place as «Dumat al-Jandal», and «accompanied» asks who went.
"""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts

NOT_STATED = "does not state this detail"


@pytest.mark.parametrize(
    "message",
    [
        # The three who stayed behind were boycotted; the text does not tell their story.
        "Why was Kab bin Malik boycotted?",
        "Who were the three Sahaba who were boycotted after Tabuk?",
        # Masjid al-Dirar, asked by what it was rather than by its name.
        "What was the mosque built by the hypocrites near Madinah called?",
        # Who was left in Madinah with the Prophet's family.
        "Who did the Prophet leave behind to look after his family in Madinah?",
        # The Byzantine army's size (the Muslims' is stated, the Romans' is not).
        "How many soldiers did the Byzantines bring to Tabuk?",
        # The return journey's date.
        "When did the army reach Madinah again after Tabuk?",
        # Ukaydir's gift.
        "What did Ukaidar give to the Prophet as a gift?",
    ],
)
def test_an_unstated_detail_in_other_words_is_not_stated(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert NOT_STATED in plain
    assert "In English:" not in plain


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        # The words added for the gaps leave the stated facts answered.
        ("How many soldiers were in the Muslim army at Tabuk?", "army_size", "forty thousand"),
        ("Who was sent to Dawmatul Jandal?", "dumat_aljandal", "Khalid ibn al-Walid"),
        ("What did Khalid do at Dawmat al-Jandal?", "dumat_aljandal", "submitted to him"),
        # «accompanied» is going with the Prophet: the army's count answers it.
        ("How many Sahaba accompanied the Holy Prophet to Tabuk?", "army_size", "forty thousand"),
        ("Who was Ukaydir?", "ukaydir", "chief of Dumat al-Jandal"),
    ],
)
def test_stated_facts_stay_answered(english_engine, message, fact, said) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert said in render_english(english_engine.answer(message), english_engine).plain


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        # «hired soldiers» are the mercenaries Heraclius paid.
        ("What did Heraclius give the hired soldiers?", "heraclius", "a year's pay in advance"),
        # Roman Urdu «qaum» (a people, a tribe), and «kaun si» (which) asking nothing more.
        ("Which Arab qaum joined the Romans?", "roman_allies", "Lakhm and Ghassan"),
        ("Romans ke saath kaun si Arab qaumein thi?", "roman_allies", "Lakhm and Ghassan"),
    ],
)
def test_learners_words_name_what_the_fact_tells(english_engine, message, fact, said) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert said in render_english(english_engine.answer(message), english_engine).plain


@pytest.mark.parametrize(
    "message",
    [
        # «pohanch kar» (on reaching) stays unread: read as «came», «Madina ... came» would be
        # the delegations that came to Madinah, not what the army did at Tabuk.
        "Madina se Tabuk pahunch kar lashkar ne kya kiya?",
        "Usman ne kya de kar madad ki?",
    ],
)
def test_unread_roman_urdu_is_asked_back_not_guessed(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]
