"""Arabizi: Arabic typed in Latin letters and digits is told from English, written in Arabic
script, and answered by the Arabic reading, in Arabic (knowledge/arabizi.py)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.arabizi import is_arabizi, letter_digit_word, to_arabic
from knowledge.arabizi_spelling import spellings
from knowledge.english_engine import EnglishReply
from knowledge.form_replies import Status
from knowledge.router import Router, is_english, route
from tests.message_helpers import (
    assert_answered_with,
    assert_each_part_answered,
    assert_verdict,
    reply_to,
)


@pytest.mark.parametrize(
    ("word", "first"),
    [
        ("tabuk", "تبوك"),  # a medial «u» is a long و
        ("rasool", "رسول"),  # a doubled vowel is one long vowel
        ("meen", "مين"),
        ("jaysh", "جيش"),  # «sh» is one letter
        ("5ayma", "خيمه"),  # 5 = خ; a final «a» is the feminine ة
        ("3arab", "عرب"),  # 3 = ع; a medial short «a» is not written
        ("ghazwet", "غزوه"),  # «-et» before a genitive is the feminine ة
        ("aslan", "اسلا"),  # «-an» is the adverb's alif («s» is plain by default)
        ("maloh", "مله"),  # «-oh» is the pronoun «his», not «وه»
    ],
)
def test_a_word_is_spelled_by_the_letter_table_likeliest_first(word, first) -> None:
    assert spellings(word)[0] == first


@pytest.mark.parametrize(
    ("word", "spelling"),
    [("sa7abi", "صحابي"), ("ta2s", "طقس"), ("tari2", "طريق"), ("2tal", "قتال")],
)
def test_the_unusual_readings_are_among_the_spellings(word, spelling) -> None:
    # (s as ص, t as ط, 2 as the ق said as a glottal stop, a as a long ا)
    assert spelling in spellings(word)


@pytest.mark.parametrize(
    ("word", "letter_digit"),
    [
        ("3arab", True),
        ("sa7abi", True),
        ("ta2s", True),
        ("tari2", True),
        ("jumu3", True),
        ("2nd", False),
        ("10th", False),
        ("Q5", False),
        ("KS3", False),
        ("9AH", False),
        ("mp3", False),
        ("covid19", False),
        ("7ad", False),  # too short to tell from a code
    ],
)
def test_a_digit_stands_for_a_letter_only_in_arabizi_shapes(word, letter_digit) -> None:
    assert letter_digit_word(word) is letter_digit


@pytest.mark.parametrize(
    "text",
    [
        "shu sabab ghazwet tabuk? 7ad y3rf?",  # Levantine
        "chkoun li jahaz jaysh el 3osra?",  # Maghrebi
        "wesh sawa abu bakr fi tabuk? chno 3ata?",  # Gulf
        "leh esmo jaysh el 3osra?",  # Egyptian
        "tabuk kanet a5er ghazwa lel nabi, sa7?",
        "ghazwet tabuk kanet sanet kam? bsor3a\na) 5\nb) 9",
        "يا جماعة shu esm el sa7abi elli kan safeer el nabi?",  # mixed scripts
    ],
)
def test_arabizi_is_recognised(text) -> None:
    assert is_arabizi(text)
    assert not is_english(text)


def test_function_words_without_a_letter_digit_are_not_read_as_arabizi() -> None:
    # (too little to tell from English or from a name; guessed spellings answered wrongly)
    assert not is_arabizi("shu sabab ghazwet tabuk?")


@pytest.mark.parametrize(
    "text",
    [
        "Was Tabuk the last ghazwa of the rasool?",
        "last ghazwa of rasool allah",
        "who was the enemy in ghazwa tabuk",
        "Q5 (a) Describe the expedition of Tabuk. [10]",
        "Give 2 reasons for the expedition of 9AH.",
        "Tabuk in 3 words",
        "Jaysh al Usrah",
        "What did Hazrat Usman give? Was it 950 camels?",
        "ELI5 the expedition of Tabuk",
        "KS3 RE: why did the hypocrites stay behind?",
    ],
)
def test_english_with_arabic_words_or_digits_is_not_arabizi(text) -> None:
    assert not is_arabizi(text)
    assert is_english(text)


def _unknown(word: str) -> tuple[int, int]:
    return 0, 0


@pytest.mark.parametrize(
    ("text", "arabic"),
    [
        ("shu esm el nabi?", "شو اسم النبي؟"),  # function words by the table; «el» joins
        ("meen el-rum?", "مين الروم؟"),  # a hyphen after the article too
        ("kam yom mn el madina la tabuk?", "كم يوم من المدينه الى تبوك؟"),  # «la» is "to"
        ("w 3omar, sa7 wala la?", "وعومر، صح ولا لا؟"),  # «w» joined; «la» "no" at the end
        ("kanet fi ay sana?\na) 5\nb) 9", "كانت في اي سنه؟\na) 5\nb) 9"),  # options stay
        ("pls kamel el jumla", "pls كمل الجومله"),  # English chat words stay Latin
    ],
)
def test_arabizi_is_written_in_arabic_script(text, arabic) -> None:
    assert to_arabic(text, _unknown) == arabic


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("shu sabab ghazwet tabuk? 7ad y3rf?", "reasons", "سفير"),
        ("leh esmo jaysh el 3osra?", "army_name", "العسرة"),
        ("chno 3ta 3othman l jaysh el 3osra?", "uthman_donation", "950"),
        ("kam kan 3adad el jaysh fi ghazwet tabuk?", "army_size", "أربعين ألف"),
        ("meen 2ad jaysh el muslimin 3ala tabuk?", "leader", "النبي"),
        ("shu 3amalo el rum 2abl ghazwet tabuk?", "roman_mobilisation", "بالشام"),
    ],
)
def test_an_arabizi_question_is_answered_in_arabic(answerer, message, fact_id, words) -> None:
    text = assert_answered_with(answerer, message, fact_id, words)
    assert texts.NOT_ARABIC not in text


def test_an_arabizi_statement_is_judged(answerer) -> None:
    assert_verdict(answerer, "abu bakr 3ata nos maloh bas, sa7?", False, "abu_bakr_donation")


def test_arabizi_options_are_chosen_from(answerer) -> None:
    reply, text = reply_to(
        answerer, "ghazwet tabuk kanet sanet kam lel hijra? bsor3a\na) 5\nb) 9\nc) 10"
    )
    part = reply.parts[0]
    assert part.status is Status.CHOICE and part.choice is not None, text
    assert part.choice.text == "9", text


def test_several_arabizi_questions_are_answered_each(answerer) -> None:
    assert_each_part_answered(
        answerer,
        "1- shu sabab ghazwet tabuk?\n2- meen el 3adu?\n3- emta kanet?",
        ["reasons", "enemy", "date"],
    )


def test_an_arabizi_question_off_the_subject_is_not_answered(answerer) -> None:
    reply, text = reply_to(answerer, "chkoun rba7 fi ghazwat badr? 3afak")
    assert not any(part.done for part in reply.parts), text


def test_an_arabizi_message_goes_to_the_arabic_engine(arabic_engine, english_engine) -> None:
    message = "shu sabab ghazwet tabuk? 7ad y3rf?"
    assert route(message, english_engine) == (False, message)
    reply = Router(arabic_engine, english_engine).answer(message)
    assert not isinstance(reply, EnglishReply)
    assert reply.fact is not None and reply.fact.id == "reasons"


# Care: a decision that rests on guessed spellings is asked back (knowledge/arabizi_care.py).


def test_an_answer_resting_on_a_guessed_word_is_asked_back(answerer) -> None:
    # «munafiqin» (hypocrites) is spelled «المنفقين» (spenders), which points at the
    # donations; the only plainly read word, «تبوك», names the topic, not the fact
    message = "salam, 2aret el sira mbare7 w 7abbet a3ref: shu 3amalo el munafiqin 2abl tabuk?"
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert reply.parts[0].reply.rule == "arabizi: rests on guessed words", text


@pytest.mark.parametrize(
    "message",
    [
        # details the text does not state, after a greeting or a story
        "salam 3alaykom, bent 3ammi sa2altni: shu kan lebs el nabi fi tabuk?",
        "ya a5i, jeddi kan y7ki 3an tabuk. kam bir kan fi tabuk wa2t el ghazwa?",
        "shu kan esm el jamal elli rekbo el nabi fi tabuk?\n"
        "a) el qaswa2\nb) el 3adba2\nc) el jad3a2",
        "kam bi3ir 3ata 3omar fi tabuk?\na) 100 bi3ir\nb) 200 bi3ir\nc) 300 bi3ir",
    ],
)
def test_arabizi_asking_what_the_text_does_not_state_is_not_answered(answerer, message) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text


def test_a_question_read_plainly_after_a_greeting_is_answered(answerer) -> None:
    # «العدو» and «تبوك» are read, not guessed: the answer holds on them
    message = (
        "ya a5i 3indi so2al, ibni sa2alni w ma 3refet jawbo: meen kan el 3adu bi ghazwet tabuk?"
    )
    assert_answered_with(answerer, message, "enemy", "الروم")


def test_an_option_read_plainly_is_chosen(answerer) -> None:
    reply, text = reply_to(
        answerer, "meen tabarra3 b kol maloh fi tabuk?\na) abu bakr\nb) 3omar\nc) 3othman"
    )
    part = reply.parts[0]
    assert part.status is Status.CHOICE and part.choice is not None, text
    assert part.choice.label.startswith("a"), text


def test_the_router_asks_back_an_answer_resting_on_guessed_words(
    arabic_engine, english_engine
) -> None:
    message = "salam, 2aret el sira mbare7 w 7abbet a3ref: shu 3amalo el munafiqin 2abl tabuk?"
    reply = Router(arabic_engine, english_engine).answer(message)
    assert not isinstance(reply, EnglishReply)
    assert not reply.answered


# Options typed on one line («… a) ayla b) dumat c) tabuk»): the Latin letters stay labels.


@pytest.mark.parametrize(
    ("message", "arabic"),
    [
        ("meen tabarra3 b kol maloh? a) abu bakr b) 3omar", "a) ابو بكر b) عومر"),
        ("kam kan 3adad el jaysh? a. 10000 b. 30000 c. 3000", "a. 10000 b. 30000 c. 3000"),
        ("wein sa7at el ghazwa? A- tabuk B- ayla", "A- تبوك B- ايله"),
    ],
)
def test_option_letters_inside_a_line_stay_latin(message: str, arabic: str) -> None:
    assert to_arabic(message, lambda word: (0, 0)).endswith(arabic)


@pytest.mark.parametrize(
    ("message", "arabic"),
    [
        # «b» before a hyphen and a word is «in», not an option label
        ("ro7na b-el sayyara", "روحنه بالسيره"),
        ("3omar b - 3othman", "عومر بعوثما"),
    ],
)
def test_a_particle_letter_inside_a_line_is_still_read(message: str, arabic: str) -> None:
    assert to_arabic(message, lambda word: (0, 0)) == arabic


def test_options_typed_on_one_line_are_read_as_options(answerer) -> None:
    reply, text = reply_to(
        answerer, "meen tabarra3 b kol maloh fi tabuk? a) abu bakr b) 3omar c) 3othman"
    )
    part = reply.parts[0]
    assert part.status is Status.CHOICE and part.choice is not None, text
    assert part.choice.label.startswith("a"), text
    assert "ابو بكر" in text or "أبو بكر" in text, text


# Without letter-digits: three different Arabizi function words and no English one.


@pytest.mark.parametrize(
    "text",
    [
        "ma hiya ghazwet tabuk w emta kanet?",  # hiya, emta, kanet
        "shu kan esm el jaysh w leh?",  # shu, kan, el, leh
        "meen kan el qa2ed",  # (a letter-digit too)
        "eh hiya ghazwet tabuk ya shabab",
    ],
)
def test_arabizi_without_letter_digits_is_recognised_by_its_function_words(text) -> None:
    assert is_arabizi(text)
    assert not is_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "What was the ghazwa of Tabuk?",  # a transliterated word in English
        "What was the role of Ali ibn Abi Talib at Tabuk?",
        "Men of Tabuk: who were the three who stayed behind?",
        "slm bhai, ukaidar kaun tha",  # Roman Urdu: one sign only
        "Ghazwa e Tabuk kab hui?",
        "shu sabab ghazwet tabuk?",  # two signs say too little
        "ana fi tabuk",
    ],
)
def test_english_or_too_few_signs_without_letter_digits_is_not_arabizi(text) -> None:
    assert not is_arabizi(text)


def test_plain_arabizi_is_answered_in_arabic_part_by_part(answerer) -> None:
    # «w» is written joined to its word, «وامتى», so the second question is read apart
    text = assert_each_part_answered(
        answerer, "ma hiya ghazwet tabuk w emta kanet?", ["overview", "date"]
    )
    assert "رجب" in text


def test_plain_arabizi_goes_to_the_arabic_engine(arabic_engine, english_engine) -> None:
    message = "ma hiya ghazwet tabuk w emta kanet?"
    assert route(message, english_engine) == (False, message)
    reply = Router(arabic_engine, english_engine).answer(message)
    assert not isinstance(reply, EnglishReply)


def test_plain_arabizi_resting_on_any_guessed_word_is_asked_back(answerer) -> None:
    # no letter-digit: «jamal», «rekbo» are guesses, and nothing guessed is relied on
    reply, text = reply_to(answerer, "shu kan esm el jamal elli rekbo el nabi?")
    assert not any(part.done for part in reply.parts), text
