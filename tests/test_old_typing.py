"""How older people type a question: blessings written in full, words run together or spread
out by spaces, a vocative joined to the word after it. None of it is part of what is asked."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from knowledge.glued_words import GluedWords, join_spaced_letters, mend_cut_exam_verb
from knowledge.normalize import normalize
from knowledge.question_rewrites import drop_honorifics
from tests.message_helpers import assert_answered_with, assert_each_part_answered, reply_to

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


# --- words run together, letters spread apart ----------------------------------------------


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("ماذاقدمعثمانبنعفانفيغزوةتبوك", "uthman_donation", "950"),
        ("ماهوموقفالمنافقينمنغزوةتبوك", "hypocrites", "المنافقون"),
        ("هلوقعقتالفيتبوك", "no_battle", "لم يقع قتال"),
        ("ماذافعلخالدفيدومةالجندل", "dumat_aljandal", "فخضعت له"),
        # every letter apart, as some PDFs copy out
        ("ك م ك ا ن ع د د ج ي ش ا ل م س ل م ي ن ف ي ت ب و ك", "army_size", "أربعين ألف"),
        # one word spread apart: the verb is read, not lost («بماذا … جيش» was the number)
        ("بماذا س م ي جيش غزوة تبوك؟", "army_name", "جيش العسرة"),
    ],
)
def test_words_run_together_or_spread_apart(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("ماذاقدمعثمانبنعفانفيغزوةتبوك", "ماذا قدم عثمان بن عفان في غزوة تبوك"),
        ("بماذا س م ي الجيش", "بماذا سمي الجيش"),
        # long words of the language the facts do not use stay whole
        ("الاستراتيجية والمستشرقين", "الاستراتيجية والمستشرقين"),
        # two words run together are the analyser's; a word with its marks is left as typed
        ("ابوبكرالصديق", "ابوبكرالصديق"),
        ("ماذاقدّمعثمانبنعفان", "ماذاقدّمعثمانبنعفان"),
        # two lone letters are another damage (a lost «ي»: «ح ث»), not a word spread apart
        ("من ح ث المبدأ", "من ح ث المبدأ"),
    ],
)
def test_how_glued_and_spread_words_are_read(
    answerer: FormAnswerer, typed: str, read: str
) -> None:
    engine = answerer.engine
    glued = GluedWords(engine.facts, engine.matcher.vocabulary)
    assert glued.split(join_spaced_letters(typed)) == read


@pytest.mark.parametrize(
    "typed",
    [
        # a word read by its stem is never cut («استعدادا» is not «استع دا دا»)
        "حشد الروم جيوشهم استعدادا لغزو المدينة",
        # nor cut into fillers and stumps
        "والمستعمرات",
    ],
)
def test_known_or_unknowable_long_words_stay_whole(answerer: FormAnswerer, typed: str) -> None:
    engine = answerer.engine
    assert GluedWords(engine.facts, engine.matcher.vocabulary).split(typed) == typed


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        # an exam verb cut in two by PDF extraction is still the question's verb: the line
        # is answered, not judged as a statement
        ("عل ل: سمي جيش تبوك بجيش العسرة", "army_name", "صعوبات"),
        ("ب ين سبب تسمية جيش العسرة", "army_name", "صعوبات"),
        ("س1/ اذك ر ما قدمه أبو بكر الصديق لتجهيز الجيش", "abu_bakr_donation", "كله"),
    ],
)
def test_an_exam_verb_cut_in_two_asks(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.status for part in reply.parts] == [Status.ANSWER], text
    assert_answered_with(answerer, message, fact_id, words)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("عل ل: لم يقاتل النبي الروم", "علل: لم يقاتل النبي الروم"),
        ("أ) وض ح موقف الروم", "أ) وضح موقف الروم"),
        # words that are no exam verb when joined stay apart
        ("من هو قائد الروم", "من هو قائد الروم"),
        ("ما هي نتائج الغزوة", "ما هي نتائج الغزوة"),
    ],
)
def test_which_cut_first_words_are_joined(typed: str, read: str) -> None:
    assert mend_cut_exam_verb(typed) == read


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        # more blessings in full
        ("متى خرج النبي صلوات الله وسلامه عليه الى تبوك", ["date"]),
        ("متى خرج النبي عليه وعلى آله أفضل الصلاة والسلام الى تبوك", ["date"]),
        ("ماذا قدم عثمان رضي الله عنه و أرضاه في تبوك", ["uthman_donation"]),
        # punctuation typed onto the next question, dots trailing off a question
        ("متى كانت غزوة تبوك،،،،وكم كان عدد الجيش،،،", ["date", "army_size"]),
        ("متى كانت غزوة تبوك....وكم كان عدد الجيش؟؟", ["date", "army_size"]),
        ("متى كانت غزوة تبوك؟وكم كان عدد الجيش؟", ["date", "army_size"]),
        ("من الذي قدم ماله كله .......", ["abu_bakr_donation"]),
    ],
)
def test_older_people_s_punctuation_and_blessings(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)


def test_dots_after_a_statement_are_still_a_blank(answerer: FormAnswerer) -> None:
    # (no question word opens it: the dots are where the answer goes)
    reply, text = reply_to(answerer, "في أي شهر كانت غزوة تبوك؟ في شهر ......")
    assert reply.parts[0].status is Status.FILLED, text
