"""A place that is another event's name after its head («فتح مكة», «غزوة أحد») names that
event: it is no place claimed of Tabuk, for a fact about another place to correct. The text
does not date the conquest of Makkah against Tabuk, so «كانت غزوة تبوك بعد فتح مكة» is not
settled (it was «خطأ», corrected by Khalid's errand «فتح دومة الجندل»)."""

from __future__ import annotations

import pytest

from knowledge.after_the_last import after_the_last
from knowledge.answer_keys import SlotKind
from knowledge.forms import Status
from knowledge.statements import StatementJudge
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: كانت غزوة تبوك بعد فتح مكة",
        "صح أم خطأ: غزوة تبوك وقعت قبل فتح مكة",
    ],
)
def test_tabuk_against_the_conquest_of_makkah_is_not_settled(answerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is not Status.VERDICT, text
    assert "خطأ." not in text and "صحيح." not in text, text


@pytest.mark.parametrize(
    ("statement", "places"),
    [
        ("كانت غزوة تبوك بعد فتح مكة", []),
        ("وقعت غزوة تبوك بعد الفتح مكة", []),
        # the city itself is still a place claimed
        ("خرج النبي من مكة إلى تبوك", [("مكه",)]),
    ],
)
def test_an_events_name_is_no_place_claimed(arabic_engine, statement: str, places: list) -> None:
    claims = StatementJudge(arabic_engine).claims(statement)
    assert [c.words for c in claims if c.kind is SlotKind.PLACE] == places


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        # Tabuk was the last expedition: one placed after it is false, corrected by that fact
        ("صح أم خطأ: تبوك آخر غزوات النبي وبعدها فتح مكة", "last_expedition"),
        ("صح أم خطأ: كانت غزوة حنين بعد غزوة تبوك", "last_expedition"),
        ("صح أم خطأ: بعد غزوة تبوك خرج النبي إلى غزوة خيبر", "last_expedition"),
        ("صح أم خطأ: بعد غزوة تبوك كانت غزوة أحد", "last_expedition"),
        ("صح أم خطأ: وقعت غزوة مؤتة بعد غزوة تبوك", "mutah"),
    ],
)
def test_an_expedition_after_the_last_is_false(answerer, message: str, fact: str) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.VERDICT and part.verdict is False, text
    assert part.fact is not None and part.fact.id == fact, text


@pytest.mark.parametrize(
    "statement",
    [
        "لم يغز النبي بعد تبوك غزوة حنين",
        "بعد غزوة تبوك توالت الوفود العربية",
        "كانت غزوة تبوك بعد فتح مكة",
    ],
)
def test_no_expedition_after_tabuk_is_claimed(arabic_engine, statement: str) -> None:
    assert after_the_last(statement, arabic_engine.facts) is None


@pytest.mark.parametrize(
    "message",
    [
        "ما الغزوة التي كانت بعد تبوك؟",
        "اي غزوة جات بعد تبوك",
        "ما هي الغزوة التي تلت غزوة تبوك",
    ],
)
def test_the_expedition_after_tabuk_is_none_it_was_the_last(answerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id if part.fact else None for part in reply.parts] == ["last_expedition"]
    assert "الوفود" not in text, text


def test_what_happened_after_tabuk_is_still_the_delegations(answerer) -> None:
    reply, _ = reply_to(answerer, "ماذا حدث بعد غزوة تبوك")
    assert [part.fact.id if part.fact else None for part in reply.parts] == ["delegations"]
