"""«Was he with them?» (knowledge/presence_asked.py): a yes/no question whether someone was
with someone else is not answered, nor confirmed with «نعم», by that person's fact when it
never says who was with whom; a fact that does tell it still answers."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.lexicon import QuestionType
from knowledge.normalize import normalize
from knowledge.presence_asked import asks_if_with, tells_who_was_with
from tests.message_helpers import assert_each_part_answered, assert_not_answered_with


@pytest.mark.parametrize(
    ("message", "not_shown"),
    [
        ("هل كان هرقل مع جيشه في تبوك؟", "heraclius"),
        ("واش كان هرقل مع الجيش ديالو فتبوك؟", "heraclius"),
        ("هل كان أبو بكر مع النبي في تبوك؟", "abu_bakr_donation"),
        # every word of the claim is in «فتخلفوا عن ركب المجاهدين»: no «نعم» for it
        ("هل كان المنافقون مع الجيش؟", "hypocrites"),
    ],
)
def test_with_whom_is_not_answered_by_a_fact_that_never_says_it(
    answerer: FormAnswerer, message: str, not_shown: str
) -> None:
    text = assert_not_answered_with(answerer, message, not_shown)
    assert not text.startswith("نعم"), text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("هل كان خالد مع النبي في تبوك؟", "dumat_aljandal"),
        ("هل كانت لخم وغسان مع الروم في غزوة تبوك؟", "roman_allies"),
        ("هل كان النبي مع جنوده في تبوك؟", "stationing"),
    ],
)
def test_a_fact_that_tells_who_was_with_whom_still_answers(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


@pytest.mark.parametrize(
    ("question", "kind", "asks"),
    [
        ("هل كان هرقل مع جيشه", QuestionType.YESNO, True),
        ("واش كان هرقل مع الجيش", QuestionType.THING, True),
        ("هل قدم عمر نصف ماله", QuestionType.YESNO, False),
        ("من كان مع خالد", QuestionType.PERSON, False),
        # «with» of another verb, or far from «كان»: no one asked to be with anyone
        ("واش الروم كانو خايفين يتقابلو مع المسلمين", QuestionType.THING, False),
        ("هل كانت الجزية من شروط الصلح مع أهل دومة الجندل", QuestionType.YESNO, False),
    ],
)
def test_asks_if_with(question: str, kind: QuestionType, asks: bool) -> None:
    assert asks_if_with(kind, tuple(normalize(question).split())) is asks


@pytest.mark.parametrize(
    ("answer", "tells"),
    [
        ("وجّه النبي خالد بن الوليد مع فرقة من الجيش", True),
        ("جلب الروم معهم قبائل عربية", True),
        ("رابط النبي بجنوده عند تبوك", True),
        ("هرقل هو ملك الروم", False),
    ],
)
def test_tells_who_was_with(answer: str, tells: bool) -> None:
    assert tells_who_was_with(answer) is tells
