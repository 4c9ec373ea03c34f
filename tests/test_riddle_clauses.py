"""Riddles told in the teller's own words: each clause of the description judged as a
statement (knowledge/riddle_clauses.py), the words after the ask left out (a prize, a
hashtag), «سنة تسع» read as the year, and an expedition saying «أنا الغزوة …» read as an
expedition, not a person. Each row is a riddle and the reply's opening the user sees."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.answer_keys import read_numbers
from knowledge.forms import FormAnswerer, Status
from knowledge.riddle_clauses import clauses
from tests.message_helpers import assert_opens, reply_to


@pytest.mark.parametrize(
    "riddle",
    [
        # two causes the text gives, no marker word among them
        "غزوة كان لها سببان: اعتداء على سفير النبي ﷺ، وحشد الروم جموعاً كثيرة بالشام. ما اسمها؟",
        # the treaties and Khalid's errand; the quiz's title names Ramadan and «السابع»
        "مسابقة رمضان - السؤال السابع: غزوة عقد فيها النبي ﷺ معاهدات مع أهل أيلة، وأرسل خالدا"
        " إلى دومة الجندل. ما هي؟",
        # a prize line after the ask: its «10» and «لأول» are no detail of the riddle
        "🌟 مسابقة السيرة 🌟\nجيشٌ سُمّي بالعسرة، خرج في شدة حر وجدب، وتقهقر العدو أمامه إلى"
        " داخل بلاده دون قتال…\nما هي هذه الغزوة؟\n🎁 الجائزة: رصيد 10 ريال لأول إجابة صحيحة",
        # «سنة تسع» is the year the text gives, not a count no fact states
        "السلام عليكم، انا غزوة كانت في رجب سنة تسع، وتخلف عني المنافقون، من أنا؟",
        # an expedition speaking of itself with «أنا الغزوة التي …» is no person
        "من أنا؟ أنا الغزوة التي فضحت المنافقين، وتبرع فيها عثمان بن عفان بتسعمائة وخمسين جملاً.",
        # the Prophet's choice to spare blood, told twice in other words
        "السؤال الثالث عشر: ما الغزوة التي لم يشأ النبي ﷺ أن يهاجم فيها العدو بعد أن تراجع،"
        " حقناً للدماء؟",
    ],
)
def test_a_description_in_other_words_names_tabuk(answerer: FormAnswerer, riddle: str) -> None:
    reply, text = reply_to(answerer, riddle)
    assert reply.parts[0].status is Status.RIDDLE_TABUK, text
    # (after «وعليكم السلام» when the riddle opens with a salam)
    opened = text.removeprefix(texts.GREETING_PREFIX).lstrip()
    assert opened.startswith(texts.RIDDLE_TABUK), text


@pytest.mark.parametrize(
    "riddle",
    [
        # Rajab of the year nine, then a hard battle won: no Tabuk (a clause the text denies)
        "غزوة وقعت في رجب سنة تسع، وقاتل فيها المسلمون الروم قتالاً شديداً حتى هزموهم وقتلوا"
        " قائدهم. ما اسمها؟",
        # Tabuk's heat, then a battle with the Romans won: the «ما» of the ask denies nothing
        "غزوة خرج فيها المسلمون في الحر وقاتلوا فيها الروم قتالا شديدا وانتصروا عليهم، فما هي؟",
        # Badr in numbers the text never gives
        "غزوة خرج فيها ثلاثمائة وبضعة عشر رجلا فقط وانتصروا. ما اسمها؟",
    ],
)
def test_a_description_the_text_contradicts_is_not_tabuk(
    answerer: FormAnswerer, riddle: str
) -> None:
    assert_opens(answerer, riddle, Status.RIDDLE_OTHER, texts.RIDDLE_OTHER)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # «و» before a new subject or verb ends a clause
        ("ماكانش فيها قتال والروم رجعو لبلادهم", ("ماكانش فيها قتال", "والروم رجعو لبلادهم")),
        # not the «وسلم» of the blessing, nor a number's next part
        ("تبرع فيها عثمان بتسعمائة وخمسين جملا", ("تبرع فيها عثمان بتسعمائة وخمسين جملا",)),
        ("أرسل النبي صلى الله عليه وسلم خالدا", ("أرسل النبي صلى الله عليه وسلم خالدا",)),
        # the noun that says what is described is no clause word; one word is no clause
        ("غزوة عقد فيها النبي معاهدات، وجدب", ("عقد فيها النبي معاهدات",)),
    ],
)
def test_clauses_of_a_description(description: str, expected: tuple[str, ...]) -> None:
    assert clauses(description) == expected


@pytest.mark.parametrize(
    ("text", "years", "numbers"),
    [
        ("كانت في رجب سنة تسع", (9,), ()),
        ("عام تسعة للهجرة", (9,), ()),
        # a thousand after it: a count, never a year
        ("سنة تسع آلاف", (), (9000,)),
    ],
)
def test_a_year_written_as_a_word(
    text: str, years: tuple[int, ...], numbers: tuple[int, ...]
) -> None:
    found_numbers, found_years = read_numbers(text)
    assert found_years == years
    assert found_numbers == numbers


@pytest.mark.parametrize(
    ("riddle", "status", "opening"),
    [
        # a game's «خمن الغزوة:» asks first, the clues follow with no ask after them
        (
            "خمن الغزوة 🧐: قبل تبوك، اعتداء على سفير النبي، ثلاث قادة سقطوا، وخالد أنقذ الجيش"
            " من هزيمة كاملة",
            Status.RIDDLE_MUTAH,
            texts.RIDDLE_MUTAH,
        ),
        (
            "احزر المعركة: خرج فيها المسلمون في شدة الحر ولم يقع فيها قتال",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (
            "خمن الغزوة: انتصر فيها المسلمون على قريش في رمضان",
            Status.RIDDLE_OTHER,
            texts.RIDDLE_OTHER,
        ),
    ],
)
def test_guess_the_expedition_asks_first(
    answerer: FormAnswerer, riddle: str, status: Status, opening: str
) -> None:
    assert_opens(answerer, riddle, status, opening)
