"""«من ورقة المسابقة: …», «من تعليق ع التيك توك: …»: the paper, book or post a question was
copied from, named with «من» before a colon, is set aside; «من» there is «from», not «who»
(knowledge/message_preamble.py, `_FROM_SOURCE`)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("من ورقة المسابقة: اذكر ثلاثة من الصحابة الذين قدموا أموالهم لجيش العسرة", ["donations"]),
        ("من كتاب التربية الإسلامية: ماذا قدم عثمان بن عفان لجيش العسرة؟", ["uthman_donation"]),
        ("من الملزمة (صفحة 12): ماذا قدم عمر بن الخطاب في تبوك؟", ["umar_donation"]),
    ],
)
def test_the_source_before_a_colon_is_set_aside(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)


def test_a_post_quoted_after_its_source_is_read_as_the_post(answerer: FormAnswerer) -> None:
    # the claims swap the two gifts: Abu Bakr's own fact says what he gave (all of it)
    reply, text = reply_to(
        answerer, "من تعليق ع التيك توك: ابو بكر عطى نص ماله وعمر عطى كله 👀 مين الصح"
    )
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "abu_bakr_donation"
    assert "ماله كله" in text, text


def test_who_at_the_start_still_asks_who(answerer: FormAnswerer) -> None:
    # «من الذي قدم نصف ماله» asks who: no source named, no colon
    assert_each_part_answered(answerer, "من الذي قدم نصف ماله في غزوة تبوك؟", ["umar_donation"])
