"""A statement denying a deed the text states of someone (knowledge/denied_deeds.py): «خطأ»
then the fact, though the denial taken away is not the fact's sentence in full; never «خطأ»
when the fact denies something itself, when someone else is named, or when the verb comes
only from a question that may be answered «no»."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict_then_fact, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # the verb in the words people ask with («بماذا تبرع أبو بكر»), «بشيء» no detail
        ("لم يتبرع أبو بكر الصديق بشيء من ماله. ( )", "abu_bakr_donation"),
        # (the list of gifts, which names his too, corrects it)
        ("أبو بكر ما تبرع بشي لتجهيز الجيش، صح ولا غلط؟", "donations"),
        # «ولم يذكر النص مقدار ما قدمه» says what the text leaves unsaid, no denial
        ("عبد الرحمن بن عوف ما قدم ولا اشي لتجهيز الجيش، صح؟", "donations"),
        ("لم يقدم عبد الرحمن بن عوف شيئا لتجهيز الجيش ( )", "abdulrahman_donation"),
        ("أهل دومة الجندل أسلموا كلهم ولم يدفعوا الجزية", "jizya"),
    ],
)
def test_a_denied_deed_of_the_one_the_text_names_is_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    # (assert_verdict checks that the reply opens with «خطأ»)
    assert_verdict_then_fact(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # «هل قتل النبي أكيدر؟» asks the fact, but its answer is «no»: not the text's deed
        "لم يُقتل أكيدر. ( )",
        "لم يقتل النبي أكيدر صح ولا خطأ",
        # someone else than the one the text names («عمر قدم نصف ماله»)
        "أبو بكر لم يقدم نصف ماله ( )",
        "لم يرسل النبي عليا إلى دومة الجندل ( )",
        "لم يقد خالد بن الوليد جيش تبوك ( )",
        "لم يدفع أكيدر الجزية ( )",
        # the fact denies it itself
        "النبي لم يهاجم الروم في تبوك ( )",
        "لم يكن تجهيز الجيش سهلا ( )",
        # a bare «أحد» only stresses the denial, as the statement judge reads it
        "لم يقاتل النبي أحد في تبوك ( )",
        # a party the treaties do not name
        "لم يعقد النبي معاهدة مع الروم ( )",
    ],
)
def test_a_denial_the_text_does_not_contradict_is_never_false(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)


def test_the_reply_shows_the_gift_the_text_states(answerer: FormAnswerer) -> None:
    _, text = reply_to(answerer, "لم يتبرع أبو بكر الصديق بشيء من ماله ( )")
    assert "ماله كله" in text
