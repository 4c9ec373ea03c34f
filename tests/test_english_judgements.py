"""A judgement a statement says someone received — praise, blame, punishment, reward — is a
claim of its own (en72, knowledge/english_judgements.py): «The hypocrites were praised in the
Quran» was «True» by the hypocrites' fact (the hypocrites, the Quran), which tells no praise.
Not settled unless the fact speaks of that judgement; as the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import judged


@pytest.mark.parametrize(
    "message",
    [
        "True or false: the hypocrites were praised in the Quran.",
        "True or false: Abu Bakr was blamed by the Prophet for giving all his wealth.",
        "True or false: the hypocrites were honoured for staying behind.",
        "True or false: Umar was rebuked for giving only half of his wealth.",
    ],
)
def test_an_untold_judgement_is_not_settled(english_engine, message) -> None:
    assert judged(english_engine, message)[1] is None
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert not plain.startswith((texts.EN_TRUE, texts.EN_FALSE))


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        # the verse's fact speaks of its rebuke: blame in other words is told
        (
            "T or F? Surah at-Tawbah verse 38 criticises those who were slow to march out "
            "in Allah's way.",
            "verse_38",
        ),
        # no judgement claimed: the fact's words settle it as before
        (
            "True or false: the hypocrites stayed behind and did not join the fighters.",
            "hypocrites",
        ),
    ],
)
def test_a_told_judgement_or_none_is_still_settled(english_engine, message, fact) -> None:
    assert judged(english_engine, message) == (fact, True)
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert plain.startswith(texts.EN_TRUE)
