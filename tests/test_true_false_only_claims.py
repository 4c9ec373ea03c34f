"""«Only he did it» where the text names others (knowledge/only_claims.py): «خطأ» by the fact
that lists them; the ones the statement lists itself are no others, and a fact naming one
alone («قدم أبو بكر ماله كله») leaves «only» to the judge."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("صح ولا غلط: عثمان بس هو اللي اتبرع في تبوك ومحدش غيره دفع", "donations"),
        ("صح أم خطأ: تبرع عثمان فقط لتجهيز جيش العسرة", "donations"),
        ("صح أم خطأ: انضمت قبيلة لخم فقط إلى الروم", "roman_allies"),
        ("صح أم خطأ: عقد النبي معاهدة مع أهل أيلة فقط", "treaties"),
        # («وغيرهما», «وغيرهم من الصحابة»: the text says there were others)
        ("صح أم خطأ: انضمت لخم وغسان فقط إلى الروم", "roman_allies"),
    ],
)
def test_only_one_where_the_text_lists_others_is_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # (every place the fact lists is listed by the statement too)
        "صح أم خطأ: عقد النبي معاهدات مع أهل تبوك وأيلة فقط",
        # (the text names him alone for it)
        "صح أم خطأ: أبو بكر بس اللي قدم ماله كله",
        "صح أم خطأ: رابط النبي عند تبوك فقط",
        # («بس» before a clause is «but», not «only»)
        "صح ولا غلط: الروم تقهقروا بس النبي رابط عند تبوك",
    ],
)
def test_only_is_not_false_where_the_text_names_no_other(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)
