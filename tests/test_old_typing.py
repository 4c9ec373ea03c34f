"""How older people type a question: blessings written in full, words run together or spread
out by spaces, a vocative joined to the word after it. None of it is part of what is asked."""

from __future__ import annotations

import pytest

from knowledge.analysis import drop_honorifics
from knowledge.forms import FormAnswerer
from knowledge.normalize import normalize
from tests.message_helpers import assert_answered_with, reply_to

# --- blessings written in full -------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        (
            "لماذا لم يقاتل رسول الله صلى الله عليه وعلى آله وصحبه وسلم تسليما كثيرا"
            " الروم في تبوك",
            "no_battle",
            "حقنًا للدماء",
        ),
        ("متى خرج رسول الله صلى الله عليه وآله وسلم إلى تبوك", "date", "رجب"),
        ("متى خرج النبي صلى الله عليه وعلى آله الطيبين الطاهرين إلى تبوك", "date", "رجب"),
        ("متى خرج النبي عليه أفضل الصلاة وأتم التسليم إلى تبوك", "date", "رجب"),
        ("ماذا قدم عثمان رضي الله عنه وأرضاه في تبوك", "uthman_donation", "950"),
        ("ماذا قدم أبو بكر الصديق رضي الله تعالى عنه في غزوة تبوك", "abu_bakr_donation", "كله"),
        ("ماذا قدم الصحابي الجليل عثمان بن عفان لجيش العسرة", "uthman_donation", "950"),
        ("ماذا قال الله تبارك وتعالى في المتثاقلين عن الخروج إلى تبوك", "verse_38", "اثاقلتم"),
        ("ماذا قال الله جل جلاله في المتثاقلين عن الخروج إلى تبوك", "verse_38", "اثاقلتم"),
        ("متى خرج الحبيب المصطفى صلى الله عليه وسلم إلى تبوك", "date", "رجب"),
    ],
)
def test_a_blessing_in_full_asks_nothing(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # the whole blessing goes, «آله» (family) is never read as «إله» (a god)
        ("قال النبي صلى الله عليه وعلى آله وصحبه وسلم تسليما كثيرا", "قال النبي"),
        ("عثمان رضي الله عنه وأرضاه", "عثمان"),
        ("الصحابة رضي الله عنهم أجمعين", "الصحابه"),
        # the short form is left to the stopwords, as before
        ("قال النبي صلى الله عليه وسلم", "قال النبي صلي الله عليه وسلم"),
        # asked after a question word, it is the question («هل رضي الله عنهم»)
        ("هل رضي الله عنهم وأرضاهم", "هل رضي الله عنهم وارضاهم"),
    ],
)
def test_which_words_a_blessing_drops(typed: str, read: str) -> None:
    assert " ".join(drop_honorifics(tuple(normalize(typed).split()))) == read


def test_a_blessing_does_not_answer_what_the_text_leaves_out(answerer: FormAnswerer) -> None:
    # Ali's share is not in the text: the blessing for him makes no answer of it
    reply, text = reply_to(answerer, "ماذا قدم علي بن أبي طالب كرم الله وجهه في تبوك")
    assert not reply.answered, text


# --- a vocative joined to the one addressed ------------------------------------------------


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        (
            "السلام عليكم ورحمة الله وبركاته ياشيخ ماذا قدم أبو بكر الصديق في غزوة تبوك"
            " جزاكم الله خيرا",
            "abu_bakr_donation",
            "كله",
        ),
        ("ياشيخنا متى كانت غزوة تبوك", "date", "رجب"),
        ("يااستاذ كم كان عدد جيش تبوك", "army_size", "أربعين ألف"),
        ("ياحاج ليش سموه جيش العسرة", "army_name", "صعوبات"),
    ],
)
def test_a_joined_vocative_asks_nothing(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)
