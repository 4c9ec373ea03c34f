"""Options lettered with emoji or set after empty boxes, as channels and worksheets paste them."""

from __future__ import annotations

import pytest

from knowledge.enclosed_numbers import plain_option_letters
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("من قائدها؟ 🅰️ النبي 🅱️ خالد", "من قائدها؟  (a) النبي  (b) خالد"),
        ("🅰 الفرس\n🅱 الروم\n©️ قريش", " (a) الفرس\n (b) الروم\n (c) قريش"),
        # one letter alone, or letters out of order, letter nothing
        ("🅱️ خالد", "🅱️ خالد"),
        ("🅱️ خالد 🅰️ النبي", "🅱️ خالد 🅰️ النبي"),
        ("© قناة السيرة: متى كانت غزوة تبوك", "© قناة السيرة: متى كانت غزوة تبوك"),
    ],
)
def test_emoji_letters_written_as_option_letters(typed: str, plain: str) -> None:
    assert plain_option_letters(typed) == plain


@pytest.mark.parametrize(
    ("message", "chosen", "fact_id"),
    [
        # (read with the emoji dropped, the options were words of the question, and «who
        # led it» was answered with Khalid's errand to Dumat al-Jandal)
        ("من قائد غزوة تبوك؟ 🅰️ النبي ﷺ 🅱️ خالد بن الوليد", "(a) النبي ﷺ", "leader"),
        ("كانت غزوة تبوك ضد:\n🅰️ الفرس\n🅱️ الروم\n©️ قريش", "(b) الروم", "enemy"),
        # empty boxes before the options, on the stem's line or one a line
        ("في أي شهر كانت غزوة تبوك؟ ☐ رجب ☐ شعبان ☐ رمضان", "(1) رجب", "date"),
        ("في أي شهر كانت غزوة تبوك؟\n☐ رجب\n☐ شعبان\n☐ رمضان", "(1) رجب", "date"),
        ("كانت غزوة تبوك ضد: □ الفرس □ الروم □ قريش", "(2) الروم", "enemy"),
    ],
)
def test_marked_options_chosen(
    answerer: FormAnswerer, message: str, chosen: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.status for part in reply.parts] == [Status.CHOICE], text
    assert [part.fact.id for part in reply.parts if part.fact] == [fact_id], text
    assert chosen in text.splitlines()[0], text


def test_a_box_after_a_statement_stays_its_verdict_box(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "كانت غزوة تبوك في شهر رجب ☐")
    assert [part.status for part in reply.parts] == [Status.VERDICT], text


def test_emoji_lettered_verdicts_stay_verdicts() -> None:
    typed = "دارت معركة عند تبوك\n🅰️ صح\n🅱️ خطأ"
    assert plain_option_letters(typed) == typed
