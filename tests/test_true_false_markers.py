"""True/false markers as people write them around one statement: the lead before it and the
tail after it are set aside, and the statement alone is judged (knowledge/sheet_patterns.py)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import Form, read_message
from tests.message_helpers import assert_verdict

_TRUE = "عمر بن الخطاب قدم نصف ماله"
_FALSE = "أبو بكر قدم نصف ماله"


@pytest.mark.parametrize(
    "layout",
    [
        # an exam's «answer with true or false», the answer's «ب» on «صح»
        "أجب بصح أو خطأ: {}",
        "أجيبي بصح أو خطأ:\n{}",
        # the readers called before the colon
        "صح ولا خطأ يا شباب: {}",
        # a post's title, then the instruction asked
        "🔥 تحدي اليوم: صح ولا خطأ؟ {}",
        # «correct the statement»: judged, a true one has nothing to correct
        "صحح العبارة: {}",
        "صحح الخطأ: {}",
        "صحح الخطأ في العبارة التالية: {}",
        "بين صحة أو خطأ العبارة: {}",
        # the statement's label before its quotation marks
        'العبارة: "{}" صحيحة أم خاطئة؟',
        "شو رأيكم بهالمعلومة: {}",
        # the claim just told, asked true as «this information / these words»
        "{}، صح هالمعلومة؟",
        "{} هل هذه المعلومة صحيحة؟",
        "{}، هل المعلومة صحيحة؟",
        "{}. هل هذا الخبر ثابت؟",
        # «or not» cut short, and «والا» for «ولا»
        "{} صح ولا؟",
        "{}، صح والا غلط؟",
    ],
)
def test_a_statement_in_any_marker_is_judged_alone(answerer: FormAnswerer, layout: str) -> None:
    for statement, verdict, fact_id in (
        (_TRUE, True, "umar_donation"),
        (_FALSE, False, "abu_bakr_donation"),
    ):
        message = read_message(layout.format(statement))
        assert [part.form for part in message.parts] == [Form.TRUE_FALSE]
        assert message.parts[0].text.strip('"«» ') == statement
        assert_verdict(answerer, layout.format(statement), verdict, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # a question after «صحح» is still a question, not a statement's label
        "العبارة التالية من أي سورة؟",
        # «هذا الكلام» with no claim before it asks nothing to judge
        "هل هذا الكلام صحيح؟",
    ],
)
def test_a_marker_with_no_statement_judges_nothing(answerer: FormAnswerer, message: str) -> None:
    read = read_message(message)
    assert all(part.form is not Form.TRUE_FALSE or part.text for part in read.parts)
    reply = answerer.answer_message(message)
    assert all(part.verdict is None for part in reply.parts)


@pytest.mark.parametrize(
    ("statement", "verdict", "fact_id"),
    [
        # «رسول الله» is the Prophet, whom the facts call «النبي»
        ("صح أم خطأ: كانت تبوك آخر غزوة لرسول الله", True, "last_expedition"),
        ("صح أم خطأ: عقد رسول الله معاهدات مع سكان تبوك وأيلة", True, "treaties"),
        ("كانت تبوك آخر غزوة غزاها رسول الله\n✅ صح\n❌ خطأ", True, "last_expedition"),
        ("صح أم خطأ: كانت تبوك أول غزوة لرسول الله", False, "last_expedition"),
        ("صح أم خطأ: قتل رسول الله أكيدر", False, "ukaydir"),
    ],
)
def test_the_prophet_called_the_messenger_of_god_is_the_prophet(
    answerer: FormAnswerer, statement: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict(answerer, statement, verdict, fact_id)


def test_the_messenger_of_god_given_to_is_no_other_person_in_a_gift(
    answerer: FormAnswerer,
) -> None:
    # the gift fact names Umar, not the Prophet: «لرسول الله» is no other donor put in his
    # place, so the statement is never «خطأ» by it
    reply = answerer.answer_message("صح أم خطأ: قدم عمر بن الخطاب نصف ماله لرسول الله")
    assert reply.parts[0].verdict is not False


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # where the statement was found, closed by its colon, is no part of the claim
        (
            "بارك الله فيكم سؤال من كتاب ولدي: كان الوصول الى بلاد الروم شاقا وعصيبا ( )",
            True,
            "distance",
        ),
        ("سؤال الواجب: كانت غزوة تبوك في رمضان ( )", False, "date"),
        ("ولدي عنده اختبار بكرة: كانت تبوك آخر غزوة للنبي صح ولا غلط", True, "last_expedition"),
    ],
)
def test_the_source_before_a_marked_statement_is_set_aside(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict(answerer, message, verdict, fact_id)


def test_a_verse_s_colon_is_no_source(answerer: FormAnswerer) -> None:
    message = read_message("قال تعالى: انفروا خفافا وثقالا ( )")
    assert message.parts[0].text.startswith("قال تعالى")
