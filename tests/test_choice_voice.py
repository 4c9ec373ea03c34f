"""Multiple choice as voice typing, parents and channels send it (issue 13): options said in a
row («… ؟ رجب ولا رمضان», «… مين عمر ولا أبو بكر»), after bullets on the stem's line, labelled
«أ. ب.», under «🔴 السؤال الأخير 🔴», or after «اختر الإجابة الصحيحة:» on the stem's line; the
reply a user sees names the option chosen, then the fact."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from knowledge.message import Form, read_message
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    ("message", "stem", "options"),
    [
        (
            "مين حالف الروم في تبوك؟ الغساسنة ولا بني تميم ولا الاوس",
            "مين حالف الروم في تبوك؟",
            ["الغساسنة", "بني تميم", "الاوس"],
        ),
        ("في اي شهر خرج المسلمون لتبوك؟ رجب ولا رمضان", None, ["رجب", "رمضان"]),
        ("اللي قدم نص ماله مين عمر ولا ابو بكر", None, ["عمر", "ابو بكر"]),
        (
            "كم كان عدد الجيش في تبوك 30 الف ولا 40 الف ولا اكثر من 40 الف",
            "كم كان عدد الجيش في تبوك",
            ["30 الف", "40 الف", "اكثر من 40 الف"],
        ),
        ("من قدم نصف ماله: أبو بكر أم عمر أم عثمان", None, ["أبو بكر", "عمر", "عثمان"]),
        (
            "لماذا لم يهاجم النبي الروم؟ ▫️ خوفا منهم ▫️ حقنا للدماء ▫️ لقلة السلاح",
            "لماذا لم يهاجم النبي الروم؟",
            ["خوفا منهم", "حقنا للدماء", "لقلة السلاح"],
        ),
        (
            "من قدم ٩٥٠ جملا؟ أ. عثمان بن عفان ب. طلحة ج. عمر",
            None,
            ["عثمان بن عفان", "طلحة", "عمر"],
        ),
        (
            "اختر الاجابة الصحيحة: كانت غزوة تبوك ضد\n🔹 الفرس\n🔹 الروم\n🔹 قريش",
            "كانت غزوة تبوك ضد",
            ["الفرس", "الروم", "قريش"],
        ),
        (
            "🔴 السؤال الأخير 🔴\nكم فرسا قدم عثمان؟\n▫️ 100\n▫️ 50\n▫️ 70",
            "كم فرسا قدم عثمان؟",
            ["100", "50", "70"],
        ),
    ],
)
def test_options_are_read_however_they_are_joined(
    message: str, stem: str | None, options: list[str]
) -> None:
    parts = read_message(message).parts
    assert [part.form for part in parts] == [Form.CHOICE]
    if stem is not None:
        assert parts[0].text == stem
    assert [option.text for option in parts[0].options] == options


@pytest.mark.parametrize(
    "message",
    [
        # one «أم» with no word closing a stem: an either/or question (either_or.py)
        "كانت غزوة تبوك في رجب أم في شعبان؟",
        # «ولا لا»: yes or no
        "هل قاتل النبي الروم ولا لا",
        # «ولا» as «nor», in a sentence that asks nothing
        "النبي ما قاتل الروم ولا هاجمهم ولا طاردهم",
        # a statement to judge, its «صح ولا غلط» no options
        "الجيش كان ثلاثين الف صح ولا غلط",
        # after the «؟», «و» + a verb of being or «هل» asks either/or of its own
        "امتى طلع الجيش لتبوك؟ وكانت الغزوة ضد الفرس ولا الروم؟",
        "متى نادى النبي بالنفير العام؟ وهل كان ضد قريش ولا الروم؟",
    ],
)
def test_or_in_a_sentence_is_no_list_of_options(message: str) -> None:
    assert Form.CHOICE not in [part.form for part in read_message(message).parts]


def test_an_either_or_question_after_another_is_answered_on_its_own(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(answerer, "امتى طلع الجيش لتبوك؟ وكانت الغزوة ضد الفرس ولا الروم؟")
    assert [part.fact.id if part.done and part.fact else None for part in reply.parts] == [
        "date",
        "enemy",
    ], text


@pytest.mark.parametrize(
    ("message", "label", "option", "fact_id"),
    [
        (
            "مين حالف الروم في تبوك؟ الغساسنة ولا بني تميم ولا الاوس",
            "1",
            "الغساسنة",
            "roman_allies",
        ),
        ("في اي شهر خرج المسلمون لتبوك؟ رجب ولا رمضان", "1", "رجب", "date"),
        ("اللي قدم نص ماله مين عمر ولا ابو بكر", "1", "عمر", "umar_donation"),
        (
            "🔴 السؤال الأخير 🔴\nكم فرسا قدم عثمان بن عفان؟\n▫️ 100\n▫️ 50\n▫️ 70",
            "2",
            "50",
            "uthman_donation",
        ),
    ],
)
def test_the_reply_names_the_option_then_the_fact(
    answerer: FormAnswerer, message: str, label: str, option: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.CHOICE, text
    assert part.fact is not None and part.fact.id == fact_id
    assert text.startswith(texts.CHOICE_ANSWER.format(label=label, option=option)), text
    assert answer_text(answerer, fact_id) in text
