"""A question naming where the asker read it («بحسب النص», «حسب الدرس», «كما ورد في درس غزوة
تبوك») asks what it asks without that source; «صدق» (really) before a question word is no
charity. Each row is a message, the fact answering it and words the user sees."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.source_words import without_source
from tests.message_helpers import assert_answered_with


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("ما موقف المنافقين من الغزوة بحسب النص؟", "hypocrites", "المنافق"),
        ("ما حدث للمسلمين في غزوة مؤتة كما ورد في درس غزوة تبوك.", "mutah", "مؤتة"),
        ("كم كان عدد جيش المسلمين حسب الكتاب المدرسي؟", "army_size", "أربعين ألف"),
        ("متى كانت غزوة تبوك حسب ما ورد في الدرس", "date", "رجب"),
        # a researcher asking by the bot's own text
        ("ماذا قدم عثمان بن عفان بحسب النص الذي لديكم؟", "uthman_donation", "عثمان"),
        ("كم كان عدد الجيش حسب المصدر اللي عندكم؟", "army_size", "أربعين ألف"),
        # the one a pasted text means, named in full
        ("من هو ملك الروم المذكور في النص؟", "heraclius", "هرقل"),
        ("اسم ملك الروم المقصود في الفقرة وما فعله", "heraclius", "هرقل"),
        # the one the text gives, said with a relative, and how exactly
        ("كم عدد الجيش الذي يذكره النص بالتحديد؟", "army_size", "أربعين ألف"),
        # where a claim passed on was read is no word of the claim
        ("صحيح إن غزوة تبوك كانت في رجب زي ما مكتوب في المنشور؟", "date", "رجب"),
        (
            "خويي يقول جيش المسلمين في تبوك كان ثلاثين الف وانا اقول اكثر، "
            "صدق كم كان عددهم حسب الدرس؟",
            "army_size",
            "أربعين ألف",
        ),
    ],
)
def test_the_source_named_asks_nothing(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("كم كان عدده بحسب النص؟", "كم كان عدده؟"),
        ("صدق كم كان عددهم؟", "كم كان عددهم؟"),
        # «بالنص» is «in half»: Umar's half, no source
        ("عمر قسم ماله بالنص", "عمر قسم ماله بالنص"),
        # a source alone is left as typed; charity is no «really»
        ("حسب النص", "حسب النص"),
        ("صدقة عثمان", "صدقة عثمان"),
    ],
)
def test_what_is_taken_off(text: str, read: str) -> None:
    assert without_source(text) == read


def test_a_pointer_at_an_unnamed_one_is_asked_back(answerer: FormAnswerer) -> None:
    """«من القائد المذكور في الفقرة السابقة؟»: which commander the text meant is not said
    (Khalid led the horsemen, the Prophet the army), so it is not guessed."""
    reply = answerer.answer_message("من القائد المذكور في الفقرة السابقة؟")
    assert not reply.parts[0].done


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        # «where did you get that …» asks whether the claim is true
        ("من وين جبت إن عمر قدم نص ماله؟", "umar_donation", "نصف ماله"),
        ("منين جايب انو الجيش كان عشرة آلاف؟", "army_size", "أربعين ألف"),
        # a bare «source?» after the question asks nothing more
        ("متى كانت غزوة تبوك؟ المصدر؟", "date", "رجب"),
    ],
)
def test_where_it_came_from_asks_the_claim(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)
