"""Exam sheets' blanks and sections: how they are read, and the reply a user sees."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from knowledge.message import Form, read_message
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    ("message", "forms"),
    [
        # a blank between two halves of a sentence is no pair of options
        ("أكمل ما يأتي: قاد غزوة تبوك ___ بنفسه؟", [Form.BLANK]),
        ("ب- أكمل: قدم عمر بن الخطاب ___ ماله لتجهيز الجيش", [Form.BLANK]),
        ("ضع الكلمة المناسبة في الفراغ: رابط النبي بجنوده عند ______ فأوقع الرعب", [Form.BLANK]),
        ("املأ الفراغات بما يناسب: توجه جيش المسلمين إلى (.........) لملاقاة الروم", [Form.BLANK]),
        ("السؤال الرابع: أكمل ما يأتي: قدم عمر بن الخطاب ___ ماله.", [Form.BLANK]),
        ("أ) (4) أكمل: لم يشأ النبي أن يهاجم الروم -----", [Form.BLANK]),
        ("أكملالفراغ: كان العرب ______ مواجهة الروم", [Form.BLANK]),
        # «( )» inside a sentence is a blank; after «أكمل» even at its end
        ("رابط النبي بجنوده عند تبوك فأوقع ( ) في قلوب الأعداء", [Form.BLANK]),
        ("أكمل الفراغ: تقهقر الروم إلى داخل بلادهم ليتخذوا موقف ( )", [Form.BLANK]),
        # «( )» at the end with no instruction is still the box of a true/false item
        ("كانت غزوة تبوك في شهر رجب ( )", [Form.TRUE_FALSE]),
        # spaced dots are one blank, not sentence ends
        ("أكمل: قاد النبي غزوة تبوك في شهر . . . . من السنة التاسعة", [Form.BLANK]),
        # an instruction on a line of its own heads the blanks below it
        ("أكمل الفراغات الآتية:\nقبل غزوة تبوك أوقع الروم بجيش المسلمين في غزوة", [Form.BLANK]),
        ("ب- أكمل الفراغات الآتية بما يناسب:\nانتهت غزوة تبوك دون ....", [Form.BLANK]),
        (
            "ضع الكلمة المناسبة في الفراغ: من الذين قدموا أموالهم أبو بكر وعمر وعثمان و؟",
            [Form.BLANK],
        ),
        # a section's heading is no part; numbered questions are no options of the first
        ("التقويم:\n1- أذكر أسباب غزوة تبوك\n2- أصف عدد جيش المسلمين", [Form.QUESTION] * 2),
        (
            "أجيب عن الأسئلة الآتية:\nس1: بيّن ما قدمه عمر بن الخطاب.\nس2: بين أثر بعد المسافة"
            " على المقاتلين في تبوك\nس3: أتحدث عن تعداد جيش العسرة",
            [Form.QUESTION] * 3,
        ),
        (
            "نشاط: أجب عن الأسئلة\n1. اذكر قائد غزوة تبوك\n2. اذكر نتائج غزوة تبوك",
            [Form.QUESTION] * 2,
        ),
    ],
)
def test_exam_sheet_forms(message: str, forms: list[Form]) -> None:
    assert [part.form for part in read_message(message).parts] == forms


@pytest.mark.parametrize(
    ("message", "words", "fact_id"),
    [
        ("أكمل ما يأتي: قاد غزوة تبوك ___ بنفسه؟", "النبي", "leader"),
        ("س1: ب- أكمل: كان العرب ______ مواجهة الروم.", "يرهبون", "arab_fear"),
        (
            "ب- أكمل: بعد غزوة تبوك توالت .... العربية على النبي تعلن إسلامها",
            "الوفود",
            "delegations",
        ),
        ("أكمل الفراغ: تقهقر الروم إلى داخل بلادهم ليتخذوا موقف ( )", "الدفاع", "roman_surprise"),
        ("رابط النبي بجنوده عند تبوك فأوقع ( ) في قلوب الأعداء", "الرعب", "stationing"),
    ],
)
def test_exam_blank_replies(
    answerer: FormAnswerer, message: str, words: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.status for part in reply.parts] == [Status.FILLED]
    assert text.startswith(texts.BLANK_ANSWER.format(words=words)), text
    assert answer_text(answerer, fact_id) in text


def test_worksheet_heading_is_not_answered(answerer: FormAnswerer) -> None:
    reply, _ = reply_to(answerer, "التقويم:\n(1) أصف عدد جيش المسلمين\n(2) أصف أسباب غزوة تبوك.")
    assert [part.fact.id for part in reply.parts if part.fact] == ["army_size", "reasons"]


@pytest.mark.parametrize(
    ("message", "words"),
    [
        # a blank opening the sentence is the whole name, not the relative pronoun before
        # the words after it
        ("س1: ………… قدم نصف ماله في غزوة تبوك", "عمر بن الخطاب"),
        # the word the sentence already names («تبوك») is not what is missing
        ("أكمل: قبل غزوة تبوك أوقع الروم بجيش المسلمين في غزوة ____", "مؤتة"),
        # the words in brackets after the last ones said
        ("أكمل: كانت بلاد الروم بعيدة عن عاصمة المسلمين ______", "المدينة المنورة"),
        # «… هو ___» after «الذي» asks the person
        ("القائد الذي خلّص جيش المسلمين من هزيمة كاملة في مؤتة هو ______", "خالد بن الوليد"),
        # the key's answer less the words said around the blank
        ("أكمل: جلب الروم معهم قبائل عربية منها ( ) وغسان", "لخم"),
        # a counted noun after the blank asks how many
        ("أكمل: قدم عثمان بن عفان ….. جملا و ….. فرسا", "950، خمسين"),
        # «بعيرا» is «جملًا» once its accusative «ا» is read off («ب» is no preposition)
        ("أكمل: جهز عثمان الجيش ب950 بعيرا و ...... فرسا", "خمسين"),
        # the rest of the name and «الذي قدم» said again are not what is missing
        ("أكمل: قدم عثمان …… جملا وخمسين فرسا", "950"),
    ],
)
def test_blank_words(answerer: FormAnswerer, message: str, words: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.status for part in reply.parts] == [Status.FILLED], text
    assert text.startswith(texts.BLANK_ANSWER.format(words=words)), text


@pytest.mark.parametrize(
    "message",
    [
        # details the text does not state: no missing words are invented
        "أكمل: كان حامل لواء المسلمين في غزوة تبوك ______",
        "املأ الفراغ: قدم عبد الرحمن بن عوف ___ من الفضة",
        # the sentence already names «مؤتة»: «غزوة مؤتة» is not the missing person
        "أكمل: استطاع ______ أن يخلص الجيش من هزيمة كاملة في مؤتة.",
        # the words around the blank are the enemy's sentence, the engine reads the allies'
        "أكمل: كانت غزوة تبوك ضد الروم ومن حالفها من العرب ______",
        # a person is missing: the hardship of the preparation names nobody (it was filled
        # «زمن عسرة وشدة حر وجدب»)
        "أكمل: …… هو الذي جهّز جيش العسرة",
    ],
)
def test_blank_not_invented(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.filled for part in reply.parts), text
    assert not text.startswith(texts.BLANK_ANSWER.split("{")[0]), text


@pytest.mark.parametrize(
    ("message", "first_text"),
    [
        ("بِمَ تُفَسِّرُ تسمية جيش غزوة تبوك بجيش العسرة؟", "لماذا تسمية جيش غزوة تبوك"),
        ("ما تفسيرك لتسمية جيش تبوك جيش العسرة؟", "لماذا تسمية جيش تبوك"),
        ("ماذا نستفيد من موقف أبي بكر الصديق في تجهيز جيش العسرة؟", "ما موقف أبي بكر"),
        ("(3) استنتج الدرس المستفاد من تخلف المنافقين عن غزوة تبوك", "ما تخلف المنافقين"),
        ("ما العبرة من توالي الوفود على النبي بعد غزوة تبوك", "ما توالي الوفود"),
        ("ما دلالة مرابطة النبي بجنوده عند تبوك؟", "ما مرابطة النبي"),
        ("ما الدليل على رضا الله عن الذين اتبعوا النبي", "ما الآية التي نزلت في رضا الله"),
        ("أستدل من القرآن الكريم على ذم التثاقل", "ما الآية التي نزلت في ذم التثاقل"),
        ("وازن بين موقف المنافقين وموقف المؤمنين", "ما موقف المنافقين"),
    ],
)
def test_exam_verbs_read_as_questions(message: str, first_text: str) -> None:
    parts = read_message(message).parts
    assert parts[0].form is Form.QUESTION
    assert parts[0].text.startswith(first_text), parts[0].text


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("بِمَ تُفَسِّرُ تسمية جيش غزوة تبوك بجيش العسرة؟", ["army_name"]),
        ("2- ماذا نستفيد من موقف المؤمنين الصادقين في غزوة تبوك!", ["believers"]),
        ("ما العبرة من عدم مهاجمة النبي للروم بعد تراجعهم؟", ["no_battle"]),
        ("أ) ما الدليل على رضا الله عن الذين اتبعوا النبي في غزوة تبوك:", ["verse_117"]),
        ("استدل على عتاب الله للمتثاقلين عن الخروج إلى تبوك", ["verse_38"]),
    ],
)
def test_exam_verb_replies(answerer: FormAnswerer, message: str, fact_ids: list[str]) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == fact_ids, text
    assert answer_text(answerer, fact_ids[0])[:40] in text


@pytest.mark.parametrize(
    "message",
    ["ما الدليل على أن هرقل أسلم", "ما العبرة من بكاء البكائين في غزوة تبوك"],
)
def test_exam_verbs_do_not_answer_unstated_details(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text


def test_blank_found_by_the_engine_beats_a_chance_sentence(answerer: FormAnswerer) -> None:
    # «جيش العسرة» also stands in the army's name sentence; the engine reads Abu Bakr's gift
    reply, text = reply_to(answerer, "قدم أبو بكر الصديق رضي الله عنه في تجهيز جيش العسرة ......")
    assert text.startswith(texts.BLANK_ANSWER.format(words="ماله كله")), text
    assert [part.fact.id for part in reply.parts if part.fact] == ["abu_bakr_donation"]
