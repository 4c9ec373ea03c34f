"""A question pasted with the asker's own answer and a check of it («السؤال: … جوابي: … صح؟»):
the question is answered alone, a key's option or a mark before a statement is judged right or
wrong, and a written answer is shown beside what the text says; messages that only tell an
answer someone else gave, or set a sheet, are read as before."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from knowledge.proposed_answers import proposed_answer
from tests.message_helpers import answer_text, reply_to

_OPTIONS = "كم كان عدد جيش المسلمين في تبوك؟\nأ) 3000\nب) أكثر من 40 ألف\nج) 10 آلاف\n"


@pytest.mark.parametrize(
    ("message", "heads", "fact_id"),
    [
        (  # a written answer to an exam question: compared, never judged
            "السؤال: علل تسمية جيش تبوك بجيش العسرة. جوابي: لأنه كان قليل العدد. صح؟",
            (texts.PROPOSED_COMPARE,),
            "army_name",
        ),
        (  # the exam verb's question, a short answer the text states: right
            "وضّح ما فعله العدو المشترك بسفير النبي ﷺ قبل تبوك. إجابتي: اعتدى عليه. "
            "هل هي كافية أم ناقصة؟",
            (texts.PROPOSED_RIGHT,),
            "envoy_assault",
        ),
        (  # the question quoted, «قارن» asking each side
            "السؤال: «قارن بين موقف المنافقين وموقف المؤمنين الصادقين من غزوة تبوك»\n"
            "نموذج إجابتي: المنافقون تخلفوا، والمؤمنون استجابوا. هل تكفي للدرجة الكاملة؟",
            (texts.PROPOSED_COMPARE,),
            "hypocrites",
        ),
        (  # a pupil's short answer, read into the question as a claim: wrong
            "السؤال: متى كانت غزوة تبوك؟ الطالب كتب: في رمضان سنة 8. هل أعطيه الدرجة؟",
            (texts.PROPOSED_WRONG, texts.PROPOSED_TEXT_SAYS),
            "date",
        ),
        (  # a son's answer, a name: wrong, the leader told
            "سؤال الواجب: من قائد جيش المسلمين في تبوك؟ ابني جاوب: خالد بن الوليد. صح جوابه؟",
            (texts.PROPOSED_WRONG, texts.PROPOSED_TEXT_SAYS),
            "leader",
        ),
        (  # the question quoted, the answer «في الحل»: right
            'في ورقة العمل: "ماذا قدم عمر بن الخطاب؟" وكتبت في الحل: نصف ماله. هل هذا دقيق؟',
            (texts.PROPOSED_RIGHT, texts.PROPOSED_TEXT_SAYS),
            "umar_donation",
        ),
        (  # a blank's words given: right when the words filled hold them
            "أكمل: سمي جيش تبوك بجيش ......... جوابي: العسرة. صح؟",
            (texts.PROPOSED_RIGHT,),
            "army_name",
        ),
        (  # the verdict the asker gave a claim under its instruction: right
            "صح أم خطأ: كانت غزوة تبوك في رجب. جاوبت صح، هل أنا صح؟",
            (texts.PROPOSED_RIGHT, texts.PROPOSED_STATEMENT_TRUE),
            "date",
        ),
        (  # a son's cross on a false claim: right, the claim false
            "ضع ✓ أو ✗: كانت غزوة تبوك في رمضان. ابني كتب ✗. صح؟",
            (texts.PROPOSED_RIGHT, texts.PROPOSED_STATEMENT_FALSE),
            "date",
        ),
        (  # the answer told right after the question's mark, no colon: wrong
            "كم قدم عثمان من الإبل؟ جاوبت 1000 بعير، صح؟",
            (texts.PROPOSED_WRONG, texts.PROPOSED_TEXT_SAYS),
            "uthman_donation",
        ),
        (  # a key's letter under the options, no check asked: the key is wrong
            "من قدّم ماله كله؟\n(أ) عمر\n(ب) أبو بكر\n(ج) عبد الرحمن بن عوف\nالمفتاح عندي: (أ)",
            (texts.PROPOSED_WRONG, "(ب) أبو بكر"),
            "abu_bakr_donation",
        ),
        (  # the key's letter is the option the text states
            _OPTIONS + "حطيت في المفتاح (ب)، صح؟",
            (texts.PROPOSED_RIGHT, "(ب) أكثر من 40 ألف"),
            "army_size",
        ),
        (  # a tick before a true statement
            "حطيت ✓ قدام العبارة: قدم عمر بن الخطاب نصف ماله لتجهيز الجيش. تأكدولي",
            (texts.PROPOSED_RIGHT, texts.PROPOSED_STATEMENT_TRUE),
            "umar_donation",
        ),
        (  # a cross before a true statement: the key is wrong, the statement true
            "وضعت (✗) في نموذج الإجابة أمام العبارة: «كانت غزوة تبوك آخر غزوات النبي ﷺ». "
            "هل هذا صحيح؟",
            (texts.PROPOSED_WRONG, texts.PROPOSED_STATEMENT_TRUE),
            "last_expedition",
        ),
    ],
)
def test_the_question_answered_and_the_answer_given_checked(
    answerer: FormAnswerer, message: str, heads: tuple[str, ...], fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    # (a reply of one part opens with the verdict; of several, the first part's label)
    assert text.startswith(heads[0]) or len(reply.parts) > 1, text
    assert all(head in text for head in heads), text
    assert answer_text(answerer, fact_id) in text, text
    assert any(part.fact is not None and part.fact.id == fact_id for part in reply.parts)


def test_a_mark_before_a_statement_the_text_does_not_settle_is_not_judged(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(answerer, "وضعت ✓ أمام العبارة: «كان عدد جيش الروم مئة ألف». صح؟")
    assert reply.parts[0].status is not Status.VERDICT, text
    assert texts.PROPOSED_RIGHT not in text and texts.PROPOSED_WRONG not in text, text


def test_a_blank_given_other_words_is_not_called_wrong(answerer: FormAnswerer) -> None:
    # (a number in words is still the figure: only compared, never «ليست صحيحة»)
    _, text = reply_to(answerer, "أكمل: قدم عثمان بن عفان ...... جملا. جوابي: تسعمائة وخمسين. صح؟")
    assert texts.PROPOSED_WRONG not in text, text


@pytest.mark.parametrize(
    "message",
    [
        # options without a key: a plain choice
        _OPTIONS.rstrip(),
        # «كتبت» telling what was written about, no answer after a colon
        "كتبت بحثا عن غزوة تبوك، متى كانت؟",
        # a sheet's instruction, not a mark put before a statement
        "ضع ✓ أو ✗: كانت غزوة تبوك في رجب",
        # what was said to someone after the question («قلت لصاحبي …»): no answer of one's own
        "متى كانت غزوة تبوك؟ وقلت لصاحبي انها في رجب صح؟",
        # «غلط» telling, not asking: «… جاوبت بدر ومتأكد غلط» (no question mark)
        "شنو آخر غزوة للرسول؟ جاوبت بدر ومتأكد غلط",
        # a verdict told with no true/false instruction before the claim: not read so
        "كانت غزوة تبوك في رجب. جاوبت صح، هل أنا صح؟",
        # a contestant's answer told: judged as a claim (knowledge/forwarded_claims.py)
        "في برنامج المسابقات المتسابقة جاوبت أن الغزوة كانت في شهر رمضان، هل جوابها صح؟",
    ],
)
def test_messages_without_an_answer_of_the_askers_own_are_read_as_before(
    answerer: FormAnswerer, message: str
) -> None:
    assert proposed_answer(message) is None
    _, text = reply_to(answerer, message)
    assert not any(
        head in text
        for head in (texts.PROPOSED_RIGHT, texts.PROPOSED_WRONG, texts.PROPOSED_COMPARE)
    ), text
