"""A follow-up asking only «their aim» or «the reason» after a «why» question asks that why
again («ليش ما صار قتال؟ وش السبب؟»): it joins the part before, never answered alone with
what its one word matches (the place the army headed to for «قصد», the expedition's reasons
for «السبب»). Each row is a message and the facts given."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.restated_why import restates_the_why
from tests.message_helpers import facts_given, reply_to


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("ليش ما صار قتال في تبوك؟ وش السبب؟", ["no_battle"]),
        ("ليش سموه جيش العسرة؟\nوش السبب؟", ["army_name"]),
        (
            "يا جماعة، ابني يسأل ليش الروم جمعوا جيوشهم في الشام، ايش كان قصدهم؟",
            ["roman_mobilisation"],
        ),
        ("لماذا تخلف المنافقون عن تبوك؟ وما غرضهم؟", ["hypocrites"]),
    ],
)
def test_the_why_asked_again_joins_it(
    answerer: FormAnswerer, message: str, facts: list[str]
) -> None:
    given, text = facts_given(answerer, message)
    assert given == facts, text


def test_what_restates_the_why() -> None:
    assert restates_the_why("ايش كان قصدهم؟", "ليش الروم جمعوا جيوشهم في الشام")
    assert restates_the_why("وما الهدف من ذلك؟", "لماذا أعطى هرقل الجنود رزق سنة؟")
    # (near misses: after a «when» question; a reason of something else named)
    assert not restates_the_why("ايش كان قصدهم؟", "متى جمع الروم جيوشهم؟")
    assert not restates_the_why("وما سبب توبته؟", "ليش تخلف كعب بن مالك؟")
    assert not restates_the_why("وما سبب تسميتها؟", "لماذا خرج النبي إلى تبوك؟")


def test_another_reason_asked_after_a_why_keeps_its_place(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "ليش تخلف كعب بن مالك؟ وما سبب توبته؟")
    assert len(reply.parts) == 2, text
