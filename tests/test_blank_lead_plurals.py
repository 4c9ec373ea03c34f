"""The blank's instruction said to several readers («كملوا», «أكملوا», «كملو»), «for me»
after it («كملوا لي الجملة:»), and where the sheet comes from in brackets before its colon
(«أكمل الفراغ (من واجب اختي):»): the sentence after the colon is filled as a blank, never
read as a stem whose dots separate options (sheet_patterns.BLANK_LEAD, BLANK_INSTRUCTION).
«كمل» as a verb of the sentence, with no colon after, is no instruction to cut."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import Form, read_message
from knowledge.sheet_patterns import BLANK_LEAD
from tests.message_helpers import assert_filled


@pytest.mark.parametrize(
    ("message", "fact", "words"),
    [
        ("كملوا الفراغ: رابط النبي ﷺ بجنوده عند ........ بعد تراجع الروم", "stationing", "تبوك"),
        ("أكمل الفراغ (سؤال الوحدة الثالثة): أكيدر هو رئيس ........", "ukaydir", "دومة الجندل"),
        (
            "كملوا الفراغ (من واجب اختي): قاد خالد بن الوليد سرية إلى ........",
            "dumat_aljandal",
            "دومة الجندل",
        ),
        (
            "كملو (واجب بكرة): راع الروم أن يبادرهم جيش تبوك في ........ دارهم",
            "roman_surprise",
            "عقر",
        ),
        ("كملوا لي الفراغ: قاد خالد بن الوليد سرية إلى ........", "dumat_aljandal", "دومة الجندل"),
    ],
)
def test_the_sentence_after_the_instruction_is_filled(
    answerer: FormAnswerer, message: str, fact: str, words: str
) -> None:
    assert_filled(answerer, message, fact, words)


def test_the_brackets_go_with_the_instruction() -> None:
    message = read_message("أكمل الفراغ (من واجب اختي): قاد خالد بن الوليد سرية إلى ........")
    assert [part.form for part in message.parts] == [Form.BLANK]
    assert "واجب" not in message.parts[0].text


@pytest.mark.parametrize(
    "text",
    [
        # («كمل الجيش طريقه»: the army went on; a bracket with no colon after it)
        "كملوا طريقهم (الجيش) إلى تبوك",
        "كمل الجيش طريقه إلى تبوك",
    ],
)
def test_no_bracket_is_taken_without_the_colon(text: str) -> None:
    found = BLANK_LEAD.match(text)
    assert found is None or "(" not in found.group(0)
