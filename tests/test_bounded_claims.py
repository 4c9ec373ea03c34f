"""A claimed figure against one the text gives only as a lower bound: the army was «أكثر من
أربعين ألف مجاهد». «More than thirty thousand» follows from it; «less than thirty thousand»
and «thirty thousand» contradict it; «more than / less than / exactly fifty thousand» it
cannot settle (it was «خطأ», a wrong verdict, for «أكثر من ثلاثين ألف»)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("بلغ عدد المسلمين في الجيش أكثر من ثلاثين ألف مقاتل", True),
        ("كان عدد جيش المسلمين أكثر من أربعين ألفا", True),
        ("كان عدد جيش المسلمين أقل من ثلاثين ألفا", False),
        ("كان عدد جيش المسلمين ثلاثين ألفا", False),
        ("كان عدد جيش المسلمين أقل من خمسين ألفا", None),
        ("كان عدد جيش المسلمين أكثر من خمسين ألفا", None),
        ("كان عدد جيش المسلمين خمسين ألفا", None),
        # a figure of another order counts something else: the gift, not the army
        ("قدم عثمان 950 جملا", True),
        ("قدم عثمان 900 جمل", False),
    ],
)
def test_a_figure_against_the_army_s_lower_bound(
    answerer: FormAnswerer, statement: str, verdict: bool | None
) -> None:
    reply, text = reply_to(answerer, f"صح أم خطأ: {statement}")
    (part,) = reply.parts
    assert part.verdict is verdict, text
    if verdict is None:
        assert text.startswith(texts.VERDICT_UNSETTLED[:40]), text


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("True or False: the Muslim army was more than 30,000", True),
        ("True or False: the Muslim army was more than 40,000", True),
        ("True or False: the Muslim army was 30,000", False),
        ("True or False: Uthman gave 900 camels", False),
    ],
)
def test_the_same_in_english(english_engine, statement: str, verdict: bool | None) -> None:
    (part,) = english_engine.answer(statement).parts
    assert part.verdict is verdict
