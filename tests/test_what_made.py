"""«ايش اللي خلا …», «ما الذي جعل …»: a «what made» frame asks a reason, and its verb is no
detail of the question (nor is whom the asker will tell it to, «أبيّن للناس»); «هل خلى
النبي سبيل أكيدر» (let him go) keeps it, and so does «خلاه» (made it), which points back.
Each row is a message and what the user sees."""

from __future__ import annotations

import pytest

from knowledge.asking_frames import without_made_verb
from knowledge.forms import FormAnswerer
from knowledge.normalize import normalize
from knowledge.question_rewrites import rewrite_phrases
from tests.message_helpers import assert_answered_with


@pytest.mark.parametrize(
    "message",
    [
        "ايش اللي خلا المنافقين يتخلفوا عن الغزوه؟",
        "شو اللي خلى المنافقين يقعدوا عن تبوك؟",
        "ما الذي جعل المنافقين يتخلفون؟",
    ],
)
def test_what_made_the_hypocrites_stay_is_their_fact(answerer: FormAnswerer, message: str) -> None:
    assert_answered_with(answerer, message, "hypocrites", "تخلفوا عن ركب المجاهدين")


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("شنو اللي خلا الرسول يطلع لتبوك؟", "reasons", "من أسباب غزوة تبوك"),
        ("شنو اللي خلا الروم يرجعون لورا؟", "roman_surprise", "تقهقروا"),
        # every «what» of knowledge/question_words.py opens the frame («ماذا», Moroccan «اشنو»)
        ("ماذا الذي جعل الروم ينسحبون؟", "roman_surprise", "تقهقروا"),
        ("اشنو اللي خلا المنافقين يتخلفوا؟", "hypocrites", "تخلفوا عن ركب المجاهدين"),
        ("هل خلى النبي سبيل أكيدر؟", "ukaydir", "خلّى سبيله"),
    ],
)
def test_other_made_frames_keep_their_answers(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ايش اللي خلا المنافقين يتخلفوا", "ايش اللي المنافقين يتخلفوا"),
        ("وما الذي جعل الروم ينسحبون", "وما الذي الروم ينسحبون"),
        ("شو اللي خلت النبي يطلع", "شو اللي النبي يطلع"),
        # not after a question word and a relative; not with an object pronoun
        ("هل خلي النبي سبيل اكيدر", "هل خلي النبي سبيل اكيدر"),
        ("ايه اللي خلاه شاق", "ايه اللي خلاه شاق"),
        ("الاسباب اللي خلت النبي يغزو", "الاسباب اللي خلت النبي يغزو"),
    ],
)
def test_how_the_frame_is_read(text: str, read: str) -> None:
    assert " ".join(without_made_verb(tuple(normalize(text).split()))) == read


@pytest.mark.parametrize(
    "message",
    [
        "أعد درسا عن غزوة تبوك، وأريد أن أبين للناس لماذا خرج النبي ﷺ إلى الروم أصلا",
        "بدي اشرح للحضور ليش خرج النبي لتبوك",
    ],
)
def test_whom_it_is_told_to_is_no_topic(answerer: FormAnswerer, message: str) -> None:
    # «للناس» after «أبيّن» is the audience, not the people the army went out against
    assert_answered_with(answerer, message, "reasons", "من أسباب غزوة تبوك")


def test_the_people_of_the_text_stay_a_topic() -> None:
    words = tuple(normalize("صف الوضع الاقتصادي للناس").split())
    assert "للناس" in rewrite_phrases(words)
