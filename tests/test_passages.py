"""A labelled passage before reading-comprehension questions (knowledge/passages.py): the
paragraph under «النص:», «الفقرة:», «اقرأ … ثم أجب:» is what the questions are about, never
a part of its own, so the choice, statement or blank after it is what gets answered; and
it never answers what the text does not state."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from knowledge.message import read_message
from knowledge.passages import passage_apart
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact_id", "said"),
    [
        (
            "اقرأ النص التالي ثم أجب:\n«خرج المسلمون في حر شديد، وكان الروم قد جمعوا جموعا"
            " كثيرة بالشام.»\nمن كان ملك الروم؟",
            "heraclius",
            "هرقل",
        ),
        (
            "النص: نادى النبي ﷺ الناس إلى الخروج في وقت عسرة.\nفي أي شهر كان ذلك؟\n"
            "أ) رمضان\nب) رجب\nج) شوال",
            "date",
            "رجب",
        ),
        (
            "النص: كان الروم قد أساؤوا إلى رسول بعثه النبي ﷺ.\n"
            "أكمل من معلوماتك: خرج النبي ﷺ إلى تبوك في شهر ......",
            "date",
            "رجب",
        ),
        (
            "الفقرة: لما بلغ الجيش تبوك لم يجد أحدا من الروم.\n"
            "صح أم خطأ: وقع قتال شديد بين المسلمين والروم في تبوك.",
            "no_battle",
            "خطأ",
        ),
        (
            'النص:\n"خرج النبي ﷺ\nفي ثلاثين ألفا"\nما اسم الجيش؟',
            "army_name",
            "العسرة",
        ),
    ],
)
def test_the_question_after_a_passage_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str, said: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert len(reply.parts) == 1, text
    assert reply.parts[0].done and reply.parts[0].fact is not None, text
    assert reply.parts[0].fact.id == fact_id, text
    assert said in text


def test_a_detail_the_text_lacks_stays_unanswered_after_a_passage(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(
        answerer, "اقرأ: «صالح أهل دومة الجندل النبيَّ ﷺ.»\nكم كان عدد أهل دومة الجندل؟"
    )
    assert len(reply.parts) == 1, text
    assert reply.parts[0].status is Status.NOT_ANSWERED, text


@pytest.mark.parametrize(
    ("lines", "rest", "passage"),
    [
        (["النص: خرج الجيش في رجب.", "متى خرج؟"], ["متى خرج؟"], "خرج الجيش في رجب."),
        (["اقرأ الفقرة ثم أجب عما يليها:", "«أ ب", "ج د»", "س؟"], ["س؟"], "«أ ب ج د»"),
        # nothing after it: the line is the message
        (["النص: خرج الجيش في رجب."], ["النص: خرج الجيش في رجب."], ""),
        # a paragraph that asks is no passage
        (["النص: هل خرج الجيش في رجب؟", "شكرا"], ["النص: هل خرج الجيش في رجب؟", "شكرا"], ""),
        # «نص ماله» is half his wealth, no label
        (["نص ماله قدمه عمر", "صح؟"], ["نص ماله قدمه عمر", "صح؟"], ""),
    ],
)
def test_passage_apart(lines: list[str], rest: list[str], passage: str) -> None:
    assert passage_apart(lines) == (rest, passage)


def test_a_passage_is_context_not_a_part() -> None:
    read = read_message("الفقرة: أرسل النبي ﷺ خالدا إلى دومة الجندل.\nمن أرسل؟")
    assert [part.text for part in read.parts] == ["من أرسل؟"]
    assert "دومة الجندل" in read.parts[0].context
