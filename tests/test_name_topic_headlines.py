"""Search titles that pair a name with a topic («عمر بن الخطاب وجيش العسرة») or put it only
somewhere or at some time («عمر بن الخطاب في تبوك») state nothing:
the reply the user sees gives the person's fact, never «صحيح» or «خطأ» (a sentence with a deed,
«قاد عمر بن الخطاب جيش العسرة», is still judged)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.headlines import name_and_topic
from tests.message_helpers import answer_text, reply_to

VERDICTS = ("صحيح", "خطأ")


@pytest.mark.parametrize(
    ("title", "fact_id"),
    [
        ("عمر بن الخطاب وجيش العسرة", "umar_donation"),
        ("عثمان بن عفان وجيش العسره", "uthman_donation"),
        ("عبد الرحمن بن عوف وجيش العسرة", "abdulrahman_donation"),
        ("عثمان بن عفان رضي الله عنه وتجهيز جيش العسرة", "uthman_donation"),
        ("خالد بن الوليد ودومة الجندل", "dumat_aljandal"),
        # a name, then only where or when: his part in it, not a claim that he was there
        ("عمر بن الخطاب في تبوك", "umar_donation"),
        ("أبو بكر الصديق في غزوة تبوك", "abu_bakr_donation"),
        ("عثمان بن عفان في غزوة تبوك", "uthman_donation"),
        ("خالد بن الوليد في دومة الجندل", "dumat_aljandal"),
    ],
)
def test_a_name_and_a_topic_get_the_fact_not_a_verdict(
    answerer: FormAnswerer, title: str, fact_id: str
) -> None:
    _, text = reply_to(answerer, title)
    assert not text.startswith(VERDICTS), text
    assert answer_text(answerer, fact_id) in text, text


def test_a_deed_between_them_is_still_judged(answerer: FormAnswerer) -> None:
    _, text = reply_to(answerer, "قاد عمر بن الخطاب جيش العسرة")
    assert text.startswith("خطأ"), text


@pytest.mark.parametrize(
    ("text", "paired"),
    [
        ("أبو بكر الصديق وغزوة تبوك", True),
        ("عمر بن الخطاب قاد جيش العسرة", False),
        ("خرج الجيش وعاد في رمضان", False),
        ("عمر بن الخطاب وجيش العسرة وما قدمه الصحابة في تلك الغزوة", False),
        ("عمر بن الخطاب في تبوك", True),
        ("هرقل بعد غزوة تبوك", True),
        ("عمر بن الخطاب في تبوك قدم نصف ماله", False),
    ],
)
def test_name_and_topic(text: str, paired: bool) -> None:
    assert name_and_topic(text) is paired
