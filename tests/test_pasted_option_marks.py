"""Options lettered with emoji or set after empty boxes, as channels and worksheets paste them."""

from __future__ import annotations

import pytest

from knowledge.enclosed_numbers import plain_option_letters
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        # in an Arabic message, the Arabic letters an Arabic sheet letters its options with
        ("من قائدها؟ 🅰️ النبي 🅱️ خالد", "من قائدها؟  (أ) النبي  (ب) خالد"),
        ("🅰 الفرس\n🅱 الروم\n©️ قريش", " (أ) الفرس\n (ب) الروم\n (ج) قريش"),
        # with no Arabic letter, the Latin ones
        ("Who led it? 🅰️ the Prophet 🅱️ Khalid", "Who led it?  (a) the Prophet  (b) Khalid"),
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
        ("من قائد غزوة تبوك؟ 🅰️ النبي ﷺ 🅱️ خالد بن الوليد", "(أ) النبي ﷺ", "leader"),
        ("كانت غزوة تبوك ضد:\n🅰️ الفرس\n🅱️ الروم\n©️ قريش", "(ب) الروم", "enemy"),
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


@pytest.mark.parametrize(
    ("message", "shown", "never"),
    [
        # an Arabic reply names the chosen option as an Arabic sheet would, never «(a)»
        ("متى كانت غزوة تبوك؟ 🅰️ رمضان 🅱️ رجب", "الجواب: (ب) رجب", "(b)"),
        ("كم عدد جيش المسلمين في تبوك؟\nⒶ ثلاثة آلاف\nⒷ أكثر من أربعين ألفا", "(ب) أكثر", "(b)"),
        # options the user lettered in Latin keep their letters
        ("متى كانت غزوة تبوك؟ a) رمضان b) رجب", "الجواب: (b) رجب", "(ب)"),
    ],
)
def test_the_reply_shows_the_option_letters_of_the_message(
    answerer: FormAnswerer, message: str, shown: str, never: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.status for part in reply.parts] == [Status.CHOICE], text
    assert shown in text.splitlines()[0], text
    assert never not in text, text
