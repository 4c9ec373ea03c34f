"""Crossword and letter-game clues (knowledge/crossword_clues.py): the grid's place, the
answer's length and first letter ask nothing; the description asks what or who it is. A
clue of a detail the text lacks stays unanswered. «ما الشهر الذي …» asks a time, and the
emperor is Heraclius, never the empire (knowledge/synonyms.py)."""

from __future__ import annotations

import pytest

from knowledge.crossword_clues import clue_as_question
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("عمودي ٢: الصحابي الذي قدم نصف ماله (٣ حروف)", "umar_donation"),
        ("أفقي ٥: الشهر الذي خرج فيه الجيش إلى تبوك (٣ حروف)", "date"),
        ("حرف الهاء: الامبراطور الذي جمع الجيوش على المسلمين", "heraclius"),
        ("من الإمبراطور الذي جمع الجيوش على المسلمين؟", "heraclius"),
        ("ما الشهر الذي أعلن فيه النبي التعبئة العامة؟", "date"),
        ("حرف التاء: غزوة لم يقع فيها قتال وكانت آخر غزوات النبي", "overview"),
    ],
)
def test_a_clue_is_answered(answerer: FormAnswerer, message: str, fact_id: str) -> None:
    reply, text = reply_to(answerer, message)
    assert len(reply.parts) == 1, text
    part = reply.parts[0]
    given = "overview" if part.status is Status.RIDDLE_TABUK else part.fact and part.fact.id
    assert part.done and given == fact_id, text


def test_the_empire_is_still_the_enemy(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "ضد أي امبراطورية كانت غزوة تبوك؟")
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "enemy", text


def test_a_clue_of_a_detail_the_text_lacks_is_not_answered(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "أفقي ٣: اسم رسول النبي الذي قتله الغساسنة (٦ حروف)")
    assert not reply.parts[0].done, text


@pytest.mark.parametrize(
    ("line", "question"),
    [
        ("أفقي ١: الشهر الذي خرج فيه الجيش (٣ حروف)", "ما الشهر الذي خرج فيه الجيش"),
        ("حل الكلمات المتقاطعة: عمودي 4: قائد الروم", "من قائد الروم"),
        ("حرف العين: ما قدمه عثمان", "ما قدمه عثمان"),
        ("غزوة في رجب (٤ حروف)", "غزوة في رجب، ما هي؟"),
        # unmarked lines are read as typed
        ("الشهر الذي خرج فيه الجيش", "الشهر الذي خرج فيه الجيش"),
        ("حرف الجر في الآية", "حرف الجر في الآية"),
    ],
)
def test_clue_as_question(line: str, question: str) -> None:
    assert clue_as_question(line) == question
