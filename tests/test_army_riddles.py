"""An army described, then its name asked: the army of the expedition the description fits.
Fitting Tabuk, the army's name («جيش العسرة»), or the expedition when «its» name is asked in
the feminine; an army of the Trench, Badr or Mu'tah is never named so."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    "message",
    [
        "لغز: جيش خرج في الحر الشديد ولم يقاتل فيه أحد، والعدو رجع لبلاده. شو اسمه؟",
        "سؤال المسابقة: جيش جهزه عثمان بالإبل والخيل وخرج في شدة الحر، ما اسمه؟",
        "أنا جيش خرجت في رجب سنة تسع والعدو انسحب قبل ما أوصله، وش اسمي؟",
    ],
)
def test_an_army_of_tabuk_described_is_given_its_name(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id for p in reply.parts if p.done and p.fact] == ["army_name"], text


def test_its_name_asked_in_the_feminine_is_the_expedition(answerer: FormAnswerer) -> None:
    message = "فزورة: جيش كبير خرج بالحر الشديد، والروم ما قاتلوا ورجعوا. شو اسمها؟"
    _, text = reply_to(answerer, message)
    assert text.startswith(texts.RIDDLE_TABUK), text


@pytest.mark.parametrize(
    "message",
    [
        "لغز: جيش حفر الخندق حول المدينة، ما اسمه؟",
        "لغز: جيش قاتل الروم واستشهد قادته الثلاثة، ما اسمه؟",
        "أنا جيش انتصرت على قريش في رمضان، شو اسمي؟",
    ],
)
def test_an_army_of_another_expedition_is_not_named(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.fact and part.fact.id == "army_name" for part in reply.parts), text
    assert not text.startswith(texts.RIDDLE_TABUK), text
