"""Questions that share a fact's words but ask what it does not give: how many died (the
text says only «عدد من المسلمين»), how many mercenaries (only «جموعًا كثيرة»), where someone
was (the fact about him gives no place)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


def _given(answerer: FormAnswerer, message: str) -> tuple[list[str], str]:
    reply, text = reply_to(answerer, message)
    return [part.fact.id for part in reply.parts if part.done and part.fact], text


@pytest.mark.parametrize(
    "message",
    [
        # a verb of dying right after «كم» counts people, as «كم عدد الذين استشهدوا» does
        "كم استشهد من المسلمين في مؤتة؟",
        "قديش مات من المسلمين بمؤتة؟",
        "كم مات من المسلمين في تبوك؟",
        # «عدد المرتزقة» is their number, never «list the mercenaries»
        "عدد المرتزقة في جيش هرقل",
        "عدد الجنود المرتزقة الذين جمعهم الروم",
        # «عدد الخيول» is the army's horses counted, not «list the horses»: Uthman's fifty
        # are his gift, not the army's number
        "عدد الخيول في جيش تبوك",
        "عدد الأحصنة في غزوة تبوك",
        # «أين» asks a place of the one person named: his fact gives none
        "أين كان هرقل أثناء غزوة تبوك؟",
        "وين كان هرقل وقت غزوة تبوك؟",
    ],
)
def test_a_detail_the_fact_does_not_give_is_not_answered(
    answerer: FormAnswerer, message: str
) -> None:
    given, text = _given(answerer, message)
    assert given == [], text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # the commanders are counted by the text: three
        ("قديش قائد استشهد بمؤتة؟", "mutah"),
        ("كم قائدا استشهد في مؤتة؟", "mutah"),
        # a person named and nothing else asked: his fact
        ("دور هرقل في غزوة تبوك", "heraclius"),
        ("من هو هرقل؟", "heraclius"),
        ("كم كان عدد جيش المسلمين في تبوك؟", "army_size"),
    ],
)
def test_what_the_fact_gives_is_still_answered(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    given, text = _given(answerer, message)
    assert given == [fact_id], text
