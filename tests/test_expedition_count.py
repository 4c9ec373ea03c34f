"""How many expeditions the Prophet made, or which, the text does not state (only that Tabuk
was the last): asked with «الغزوات» («عدد الغزوات التي غزاها النبي», «كم غزوة غزا النبي»),
it got the army's size. Whether he made any after Tabuk is still the last expedition."""

from __future__ import annotations

import pytest

from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    "message",
    [
        "عدد الغزوات التي غزاها النبي",
        "كم عدد الغزوات التي شارك فيها النبي؟",
        "كم غزوة غزا الرسول صلى الله عليه وسلم",
        "ما الغزوات التي خاضها النبي",
        "اذكر الغزوات اللي غزاها الرسول",
    ],
)
def test_the_number_or_list_of_expeditions_is_said_to_be_unstated(answerer, message) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.reply.gap is not None and part.reply.gap.id == "expedition_count", text
    assert "أربعين" not in text


@pytest.mark.parametrize(
    "message",
    [
        "ما الغزوات التي غزاها النبي بعد تبوك",
        "هل كانت تبوك آخر غزوات النبي",
        "ما ترتيب غزوة تبوك بين الغزوات",
    ],
)
def test_expeditions_after_tabuk_are_the_last_expedition(answerer, message) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id if p.fact else None for p in reply.parts] == ["last_expedition"], text


@pytest.mark.parametrize(
    "message",
    ["ما الغزوة التي كانت قبل تبوك", "اي غزوة جات قبل تبوك", "ما الغزوة التي سبقت غزوة تبوك"],
)
def test_the_expedition_just_before_tabuk_is_unstated(answerer, message) -> None:
    # (the text names Mu'tah before Tabuk, not which came just before: it got the Romans'
    # gathering «قبل غزوة تبوك جمع الروم …»)
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.reply.gap is not None and part.reply.gap.id == "previous_expedition", text


def test_mutah_said_to_be_before_tabuk_is_still_mutah(answerer) -> None:
    reply, text = reply_to(answerer, "هل مؤتة غزوة كانت قبل تبوك؟")
    assert [p.fact.id if p.fact else None for p in reply.parts] == ["mutah"], text
