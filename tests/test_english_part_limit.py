"""English: a worksheet or revision list of four or five questions is answered whole
(EN_MAX_PARTS), each part with its own fact, and the reply still fits Telegram's limit; a
sixth question is left for another message, and the reply says so."""

import pytest

from bot.english_replies import render_english
from knowledge.english_forms import MAX_PARTS

ANSWER_LIMIT = 4096


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Revision for Monday:\n1) what did Abu Bakr give\n2) what did Umar give\n"
            "3) what did Uthman give\n4) who led the army of Tabuk",
            ["abu_bakr_donation", "umar_donation", "uthman_donation", "leader"],
        ),
        (
            "Tabuk notes:\n- Who led it?\n- Where is Tabuk?\n- Who was Heraclius?\n"
            "- What did Uthman give?\n- Who was sent to Dumat al-Jandal?",
            ["leader", "location", "heraclius", "uthman_donation", "dumat_aljandal"],
        ),
    ],
)
def test_four_or_five_questions_are_all_answered(english_engine, message, expected) -> None:
    reply = english_engine.answer(message)
    assert [part.fact.id if part.fact else None for part in reply.parts] == expected
    assert reply.more == 0
    rendered = render_english(reply, english_engine)
    assert len(rendered.plain) <= ANSWER_LIMIT and len(rendered.html) <= ANSWER_LIMIT
    assert "only" not in rendered.plain.split("\n")[-1]


def test_a_sixth_question_is_left_for_another_message(english_engine) -> None:
    message = (
        "1. Who led Tabuk? 2. Where is Tabuk? 3. Who was Heraclius? 4. What did Uthman give? "
        "5. What did Umar give? 6. What did Abu Bakr give?"
    )
    reply = english_engine.answer(message)
    assert len(reply.parts) == MAX_PARTS == 5 and reply.more == 1
    rendered = render_english(reply, english_engine)
    assert len(rendered.plain) <= ANSWER_LIMIT
    assert "I answered the first five questions only" in rendered.plain
