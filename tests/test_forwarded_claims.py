"""Forwarded and quoted claims asked about: a WhatsApp forward, a spread post, a contestant's
answer, then «هل الكلام دقيق؟», «ما صحتها؟», «صحيح؟». The wrapper and the check name nothing
of Tabuk; each sentence forwarded is judged, and the reply a user sees opens with «صحيح»,
«خطأ» or «لا أستطيع أن أحكم …» (a detail the text does not state is never «خطأ»)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from knowledge.forwarded_claims import forwarded
from knowledge.message import read_message
from knowledge.message_models import Form
from tests.message_helpers import assert_never_true, assert_verdict_then_fact, reply_to


@pytest.mark.parametrize(
    ("message", "claims"),
    [
        (  # «منقول للفائدة:» then two sentences, «، و…» opening the second
            "منقول للفائدة: كانت غزوة تبوك في رجب، وكان جيشها جيش العسرة.\nهل الكلام دقيق؟",
            ("كانت غزوة تبوك في رجب", "وكان جيشها جيش العسرة"),
        ),
        (  # a received message, the claim in quotation marks
            "وصلتني رسالة فيها: «خرج النبي إلى تبوك في شهر رجب». صحيح؟",
            ("خرج النبي إلى تبوك في شهر رجب",),
        ),
        (  # received on WhatsApp: the medium's words are no claim
            "وصلني مسج على الواتس يقول إن عمر قدم نصف ماله، صح؟",
            ("عمر قدم نصف ماله",),
        ),
        (  # a post spread around, the check on the claim's own line
            "رسالة منتشرة تقول إن خالد بن الوليد ذهب إلى أيلة، ما صحتها؟",
            ("خالد بن الوليد ذهب إلى أيلة",),
        ),
        (  # sent on, Levantine
            "بعتولي انو النبي خرج لتبوك بالصيف.. صح؟",
            ("النبي خرج لتبوك بالصيف",),
        ),
        (  # the forward's plea on its own line, and the plea closing it, are no claims
            "انشرها تؤجر 🌷\nتقهقر الروم إلى داخل بلادهم ولم يقع قتال. انشرها ولك الأجر\n"
            "هل هذا صحيح؟",
            ("تقهقر الروم إلى داخل بلادهم ولم يقع قتال",),
        ),
        (  # a contestant's answer; the host's verdict on it is no claim
            "في برنامج المسابقات المتسابقة جاوبت أن الغزوة كانت في شهر رمضان والمقدم قال "
            "إجابة صحيحة، هل جوابها صح؟",
            ("الغزوة كانت في شهر رمضان",),
        ),
        (  # what the user said in a lesson, «هل العبارة صحيحة؟»
            "في درس الجمعة قلت: إن النبي ﷺ عسكر بجيشه عند تبوك. هل العبارة صحيحة؟",
            ("النبي ﷺ عسكر بجيشه عند تبوك",),
        ),
        (  # what someone mentioned, and what the user thinks of it
            "ذكر أحد الإخوة أن جيش المسلمين كان عشرة آلاف. أظن هذا خطأ؟",
            ("جيش المسلمين كان عشرة آلاف",),
        ),
        (  # a hashtag heading the post, «صح ولا أنا غلطان؟»
            "#تبوك، خرج النبي إلى تبوك في شهر رمضان، صح ولا أنا غلطان؟",
            ("خرج النبي إلى تبوك في شهر رمضان",),
        ),
        (  # a contest's statement without «أن», the user's own answer to check
            "في المسابقة قالوا عثمان جهز الجيش بتسعمائة وخمسين بعيرا. اخترت صح، اجابتي سليمة؟",
            ("عثمان جهز الجيش بتسعمائة وخمسين بعيرا",),
        ),
        (  # a model answer on the sheet, «shall I rely on it?»
            "الإجابة في الورقة تقول: أرسل النبي أبا بكر إلى دومة الجندل. اعتمدها؟",
            ("أرسل النبي أبا بكر إلى دومة الجندل",),
        ),
        (  # a trend, the claim quoted, a tick closing it
            "ترند اليوم: «الروم هربوا ولم يقع قتال في تبوك» ✅",
            ("الروم هربوا ولم يقع قتال في تبوك",),
        ),
        (  # the user's answer, the marks asked in either order
            "جاوبت: خرج الجيش في زمن عسرة وشدة حر. ✔️ ولا ❌ ؟",
            ("خرج الجيش في زمن عسرة وشدة حر",),
        ),
        (  # one sentence with «وبعدها» and no comma is one claim
            "منقول: غزوة تبوك آخر غزوات النبي وبعدها فتح مكة. هل هذا الكلام صحيح؟",
            ("غزوة تبوك آخر غزوات النبي وبعدها فتح مكة",),
        ),
        (  # the figures asked about: each side's figure, and nothing else told
            "منقول\n«كان الروم مئة ألف والمسلمون ثلاثين ألفا، فلما سمعوا بهم تفرقوا»\n"
            "هل الأعداد صحيحة؟",
            ("كان الروم مئة ألف", "والمسلمون ثلاثين ألفا"),
        ),
    ],
)
def test_forwarded_message_is_read_into_its_claims(message: str, claims: tuple[str, ...]) -> None:
    found = forwarded(message)
    assert found is not None
    assert found.claims == claims


@pytest.mark.parametrize(
    "message",
    [
        # a wrapper without a check asks nothing about the claim
        "منقول: كانت غزوة تبوك في رجب",
        # a check without a wrapper is the reading of told claims (knowledge/message_parts.py)
        "كانت غزوة تبوك في رجب، هل هذا صحيح؟",
        # a question after a wrapper asks it, it does not check the words
        "وصلتني رسالة فيها أن خالدا ذهب إلى دومة الجندل، فمن هو خالد؟",
        # a verse or a saying quoted is no claim someone told
        "قال الله تعالى: انفروا خفافا وثقالا. صح؟",
    ],
)
def test_message_without_wrapper_and_check_is_not_a_forward(message: str) -> None:
    assert forwarded(message) is None


def test_question_after_the_check_is_a_part_of_its_own() -> None:
    message = read_message("منقول: قدم عثمان ثلاثمائة بعير. هل هذا العدد صحيح؟ كم بعير بالضبط؟")
    assert [part.form for part in message.parts] == [Form.TRUE_FALSE, Form.QUESTION]
    assert message.parts[1].text == "كم بعير بالضبط"


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        (
            "منقول للفائدة: كانت غزوة تبوك في السنة الثامنة للهجرة. هل المعلومة صحيحة؟",
            False,
            "date",
        ),
        ("وصلتني رسالة فيها: «خرج النبي إلى تبوك في شهر رجب». صحيح؟", True, "date"),
        ("رسالة منتشرة تقول إن النبي ﷺ قاتل الروم في تبوك وهزمهم، ما صحتها؟", False, "no_battle"),
        ("بعتولي انو جيش المسلمين كان ثلاثين ألف، صح؟", False, "army_size"),
        ("المتسابق قال إن عمر بن الخطاب قدم نصف ماله، هل فعلاً هذا ما حدث؟", True, "umar_donation"),
        # a near-miss share, the place Khalid went to: false, with the value the text states
        ("منقول: قدم عمر بن الخطاب الثلث من ماله في تبوك. هل هذا صحيح؟", False, "umar_donation"),
        (
            "المشترك أجاب بأن خالد بن الوليد ذهب إلى أيلة، هل هذا ما حدث فعلاً؟",
            False,
            "dumat_aljandal",
        ),
        ("ذكر أحد الإخوة أن جيش المسلمين كان عشرة آلاف. أظن هذا خطأ؟", False, "army_size"),
        ("#تبوك، خرج النبي إلى تبوك في شهر رمضان، صح ولا أنا غلطان؟", False, "date"),
        (
            "في درس الجمعة قلت: إن النبي ﷺ عسكر بجيشه عند تبوك. هل العبارة صحيحة؟",
            True,
            "stationing",
        ),
        (
            "الإجابة في الورقة تقول: أرسل النبي أبا بكر إلى دومة الجندل. اعتمدها؟",
            False,
            "dumat_aljandal",
        ),
        ("ترند اليوم: «الروم هربوا ولم يقع قتال في تبوك» ✅", True, "no_battle"),
        # a false first clause makes the claim false, whatever the clause after it says
        ("بعتولي انو مؤتة صارت بعد تبوك وكانت آخر غزوة.. صح؟", False, "mutah"),
    ],
)
def test_forwarded_claim_gets_its_verdict_then_the_fact(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # the text does not state what Abd al-Rahman gave: not «خطأ» by Umar's half
        "منقول: قدم عبد الرحمن بن عوف نصف ماله في تبوك. هل هذا صحيح؟",
        "منقول: قدم عبد الرحمن بن عوف الثلث من ماله في تبوك. هل هذا صحيح؟",
        # nor who carried the banner
        "انتشر في القروب إن أبا بكر حمل الراية في تبوك، صحيح؟",
        # nor why Tabuk is so named
        "يقولون في رسالة منتشرة إن تبوك سميت بهذا الاسم لأن الصحابة كانوا يبوكون الماء.. "
        "هل هذا صحيح؟",
    ],
)
def test_forwarded_detail_the_text_does_not_state_is_not_judged(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is not Status.VERDICT, text
    assert text.startswith(texts.VERDICT_UNSETTLED.rstrip(".")), text


def test_each_forwarded_sentence_gets_its_own_verdict(answerer: FormAnswerer) -> None:
    message = (
        "منقول للفائدة: غزوة تبوك هي آخر غزوات النبي صلى الله عليه وسلم، وبعدها توالت الوفود "
        "العربية تعلن إسلامها.\nهل الكلام دقيق؟"
    )
    reply, text = reply_to(answerer, message)
    assert [(part.fact.id if part.fact else None, part.verdict) for part in reply.parts] == [
        ("last_expedition", True),
        ("delegations", True),
    ], text
    assert text.count(texts.VERDICT_TRUE) == 2, text


def test_only_the_figures_are_checked_when_the_numbers_are_asked(
    answerer: FormAnswerer,
) -> None:
    message = (
        "منقول\n«وكان الروم أربعين ألفاً والمسلمون ثلاثين ألفاً، فلما سمع الروم بقدوم المسلمين "
        "تفرقوا»\nهل أعداد الفريقين صحيحة؟"
    )
    reply, text = reply_to(answerer, message)
    # the Romans' number is not stated; the Muslims' is, and it is not thirty thousand
    assert [part.status for part in reply.parts] == [Status.UNSETTLED, Status.VERDICT], text
    assert reply.parts[1].verdict is False and reply.parts[1].fact is not None
    assert reply.parts[1].fact.id == "army_size"


def test_one_sentence_is_not_confirmed_by_its_first_clause(answerer: FormAnswerer) -> None:
    # «A وبعدها B» with no comma is one claim: Mecca was taken before Tabuk, not after it
    assert_never_true(
        answerer, "منقول: غزوة تبوك آخر غزوات النبي وبعدها فتح مكة. هل هذا الكلام صحيح؟"
    )


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # «whoever says X is wrong, Y»: Y is the user's claim, X the one refuted
        ("اللي يقول الغزوه كانت في رمضان غلطان، كانت في رجب صح ولا لا", True, "date"),
        ("اللي يقول إن عمر قدم ماله كله غلطان، عمر قدم نصف ماله، صح؟", True, "umar_donation"),
        ("اللي يقول الجيش كان أربعين ألف غلطان، كان ثلاثين ألف صح ولا لا", False, "army_size"),
    ],
)
def test_claim_after_a_refuted_one_is_judged(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)
