"""An English statement closed by the value it is not («…, not all of it», «…, not Ramadan»)
is judged by its head (knowledge/english_contrast.py): «Umar gave half of his wealth, not all
of it» was «False» by the denied «all»."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_contrast import contrasted_head


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("True or false: Umar gave half of his wealth, not all of it.", texts.EN_TRUE),
        ("True or false: Abu Bakr gave all his wealth, not half.", texts.EN_TRUE),
        ("True or false: Umar gave all of his wealth, not half of it.", texts.EN_FALSE),
        ("True or false: Tabuk was in Rajab, not Ramadan.", texts.EN_TRUE),
        ("True or false: Tabuk took place in Ramadan, not Rajab.", texts.EN_FALSE),
    ],
)
def test_a_contrast_tail_is_judged_by_its_head(english_engine, message, verdict) -> None:
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert plain.startswith(verdict), plain


@pytest.mark.parametrize(
    "statement",
    [
        "The Romans retreated and did not fight.",  # a deed denied, no value
        "The hypocrites stayed behind, not the believers.",  # people, not a value
    ],
)
def test_only_a_value_denied_is_a_contrast(statement: str) -> None:
    assert contrasted_head(statement) == statement
