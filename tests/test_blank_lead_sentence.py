"""«أكمل الجملة:», «اكمل الجمله:», «أكمل الجملة الآتية:»: the whole instruction is the blank's
lead. Its «الجمل» (the plural) was taken first, and the «ة» left over made «ة: … …… …» a stem
with dots for option separators: the sentence was not filled, or a wrong fact was chosen.
«أكمل الجمل الآتية:» (the plural) stays a lead too."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.sheet_patterns import BLANK_LEAD
from tests.message_helpers import assert_filled


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("أكمل الجملة: أعلن النبي", "أكمل الجملة: "),
        ("اكمل الجمله: جلب الروم", "اكمل الجمله: "),
        ("أكمل الجملة الآتية: كان", "أكمل الجملة الآتية: "),
        ("أكمل الجمل الآتية: أعلن", "أكمل الجمل الآتية: "),
    ],
)
def test_the_lead_is_the_whole_instruction(text: str, lead: str) -> None:
    found = BLANK_LEAD.match(text)
    assert found is not None and found.group(0) == lead


@pytest.mark.parametrize(
    ("message", "fact", "words"),
    [
        (
            "أكمل الجملة: أعلن النبي ﷺ التعبئة العامة ضد ........ ومن حالفها من الغساسنة",
            "mobilisation",
            "البيزنطية",
        ),
        ("اكمل الجمله: جلب الروم معهم قبائل عربية منها ........ وغسان", "roman_allies", "لخم"),
        ("أكمل الجملة: حقن النبي ﷺ دم ........ وخلى سبيله", "ukaydir", "أكيدر"),
        (
            "أكمل الجملة الآتية: كان تعداد جيش المسلمين في تبوك أكثر من ........ مجاهد",
            "army_size",
            "أربعين ألف",
        ),
    ],
)
def test_the_sentence_is_filled(
    answerer: FormAnswerer, message: str, fact: str, words: str
) -> None:
    assert_filled(answerer, message, fact, words)
