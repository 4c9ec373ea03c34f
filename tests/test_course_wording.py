"""Course wording: a qualifier of a broad topic («النتائج السياسية», «الآثار الدينية», «الأسباب
الرئيسية») asks nothing beyond the topic; «الآثار» are the results; «صنع» (did) is a light
verb like «فعل»; «أظهر نفاقه» is the text's «أعلن». Words on how exact or plain the answer
should be, and for whom («تحديدا», «الحقيقي», «مع بيان», «بلغة بسيطة», «بجملة واحدة», «للصغار»,
«تعريف بسيط») ask nothing either, and a detail the
text lacks stays unanswered with them. Each row is a message, the fact answering it and words
the user sees."""

from __future__ import annotations

import pytest

from knowledge.aspect_words import without_aspect_qualifiers
from knowledge.forms import FormAnswerer
from knowledge.normalize import normalize
from tests.message_helpers import assert_answered_with, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("اهم نتائج غزوة تبوك السياسيه", "outcome", "الوفود"),
        ("النتائج السياسية لغزوة تبوك ملخص", "outcome", "دون قتال"),
        ("الآثار السياسية والعسكرية لغزوة تبوك", "outcome", "دون قتال"),
        ("ما الأسباب الحقيقية لغزوة تبوك؟", "reasons", "مؤتة"),
        ("ماذا صنع الروم وحلفاؤهم بسفير النبي ﷺ قبل هذه الأحداث؟", "envoy_assault", "سفير"),
        ("ما الذي دفع المنافقين لإظهار نفاقهم في تبوك؟", "hypocrites", "نفاق"),
        ("أين وقعت الغزوة تحديدا؟", "location", "تبوك"),
        ("من القائد الحقيقي لغزوة تبوك؟", "leader", "النبي"),
        (
            "ما الصحابة الذين أنفقوا في تجهيز جيش العسرة، مع بيان ما قدمه كل منهم.",
            "donations",
            "عثمان",
        ),
        ("وابني يسأل عن تبوك. هل تلخص لي ما حدث فيها بلغة بسيطة؟", "overview", "الروم"),
        # whom the answer is for and how it is put («بجملة» is no «جمل», camels)
        ("نهاية غزوة تبوك بجملة واحدة يفهمها طفل", "outcome", "دون قتال"),
        (
            "موقف سيدنا أبي بكر الصديق في تجهيز الجيش بأسلوب قصصي للصغار",
            "abu_bakr_donation",
            "ماله كله",
        ),
        ("أسباب غزوة تبوك بجملة واحدة", "reasons", "مؤتة"),
        # «تعريف بسيط لـ…»: how the definition is put, then what is defined
        ("تعريف بسيط للمنافقين ودورهم في غزوة تبوك", "hypocrites", "نفاق"),
        ("تعريف بسيط لأكيدر", "ukaydir", "دومة الجندل"),
        ("موقف أبي بكر الصديق في تجهيز الجيش بأسلوب قصصي", "abu_bakr_donation", "ماله كله"),
        (
            "كيف اظهر المنافقون نفاقهم في وقت تبوك بالذات دون غيره؟",
            "hypocrites",
            "نفاق",
        ),
    ],
)
def test_course_wording_asks_the_topic(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


@pytest.mark.parametrize(
    "message",
    ["كم يوما أقام النبي ﷺ في تبوك تحديدا؟", "كم كان عدد الروم بالتحديد؟"],
)
def test_exactly_asks_no_detail_the_text_lacks(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert not [part for part in reply.parts if part.done], text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("النتائج السياسية والعسكرية", "النتايج"),
        ("نتائج غزوة تبوك السياسية", "نتايج غزوه تبوك"),
        ("الآثار الدينية", "النتايج"),
        # an indefinite topic keeps its qualifier: one motive offered among two
        ("أم لأسباب سياسية", "ام لاسباب سياسيه"),
        # a qualifier away from any topic is a word of its own
        ("ما سياسة النبي مع القبائل", "ما سياسه النبي مع القبايل"),
    ],
)
def test_which_qualifiers_are_dropped(text: str, read: str) -> None:
    assert " ".join(without_aspect_qualifiers(tuple(normalize(text).split()))) == read
