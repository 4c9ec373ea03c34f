"""The banners of the army («رايات جيش تبوك», «ألوية الجيش»), which the text never tells, are
a known gap (the banner gap), not the Romans' surprise or the army's size that their words
ranked first; Mu'tah's banner, taken up by Khalid, is still Mu'tah's."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_each_part_answered, reply_to


@pytest.mark.parametrize("message", ["رايات جيش تبوك", "الوية الجيش في تبوك"])
def test_the_armys_banners_are_a_gap(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert text.startswith(texts.GAP.split("{")[0] + "من حمل الراية"), text


def test_mutahs_banner_is_still_mutahs(answerer: FormAnswerer) -> None:
    assert_each_part_answered(answerer, "مين استلم الراية بعد القادة في مؤتة؟", ["mutah"])
