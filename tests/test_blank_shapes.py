"""Blanks as worksheets and phones draw them, read as blanks and filled from the facts' words."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from knowledge.message import Form, read_message
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "forms"),
    [
        # a run of tatweel standing alone is a blank drawn with the stretch key
        ("كان عدد جيش المسلمين في تبوك ــــــ ألفا", [Form.BLANK]),
        ("أكمل: رابط النبي بجنوده عند ـــــــــ فأوقع الرعب في قلوب الأعداء", [Form.BLANK]),
        ("قدم عمر بن الخطاب ـــــ ماله", [Form.BLANK]),
        # tatweel stretching a word is no blank
        ("متى كانت غـــــزوة تبـــــوك", [Form.QUESTION]),
        # «ضع الكلمة المناسبة:» leads a blank without «في الفراغ»: its «……» are no options
        ("ضع الكلمة المناسبة: رابط النبي بجنوده عند …… فأوقع الرعب", [Form.BLANK]),
        ("اكتب الكلمة المناسبة: قدم عمر ......... ماله", [Form.BLANK]),
    ],
)
def test_blank_shapes_read(message: str, forms: list[Form]) -> None:
    assert [part.form for part in read_message(message).parts] == forms


@pytest.mark.parametrize(
    ("message", "words", "fact_id"),
    [
        # (read with the tatweel dropped it was the statement «… في تبوك ألفا», judged «خطأ»)
        ("كان عدد جيش المسلمين في تبوك ــــــ ألفا", "أكثر من أربعين ألف مجاهد", "army_size"),
        (
            "أكمل: رابط النبي بجنوده عند ـــــــــ فأوقع الرعب في قلوب الأعداء",
            "تبوك",
            "stationing",
        ),
        ("قدم عمر بن الخطاب ـــــ ماله", "نصف", "umar_donation"),
        ("ضع الكلمة المناسبة: رابط النبي بجنوده عند …… فأوقع الرعب", "تبوك", "stationing"),
        # a title opening the sentence, whose it is, and the blank last: who holds it
        ("كان ملك الروم في غزوة تبوك هو ……", "هرقل", "heraclius"),
        ("أكمل: كان ملك الروم في زمن غزوة تبوك هو ______", "هرقل", "heraclius"),
        ("كان رئيس دومة الجندل في غزوة تبوك هو ....", "أكيدر", "ukaydir"),
        # a worksheet's label, its blank last: the label's opening noun says what is missing
        ("الشهر الذي وقعت فيه غزوة تبوك: ......", "رجب", "date"),
        ("السنة التي وقعت فيها غزوة تبوك ......", "السنة التاسعة للهجرة", "date"),
        ("عدد الجمال التي قدمها عثمان: ......", "950 جملًا وخمسين فرسًا", "uthman_donation"),
        ("المكان الذي تجمع فيه الروم: ......", "الشام", "roman_mobilisation"),
    ],
)
def test_blank_shapes_filled(
    answerer: FormAnswerer, message: str, words: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.status for part in reply.parts] == [Status.FILLED], text
    assert [part.fact.id for part in reply.parts if part.fact] == [fact_id], text
    assert text.startswith(texts.BLANK_ANSWER.format(words=words)), text


@pytest.mark.parametrize(
    "message",
    [
        # the text names no commander of the Romans: Khalid led at Mu'tah, not the Romans
        "قائد الروم في تبوك هو ……",
        "قائد جيش الروم في تبوك ……",
        # nor who commanded at Mu'tah first (Khalid took over after the three fell)
        "أمير الجيش في مؤتة هو ……",
        # the engine unsure of the label's fact: «متى» finds the expedition's date among
        # those offered, not the year asked
        "السنة التي توفي فيها النبي ......",
        "الشهر الذي رجع فيه النبي إلى المدينة ......",
        # details the text does not state
        "عدد جيش الروم في تبوك ......",
        "عدد شهداء المسلمين في تبوك: ......",
    ],
)
def test_blank_shapes_not_invented(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.filled for part in reply.parts), text
