"""What a user sees when the first of two questions is one the bot is unsure of and the second
is answered: each question gets its own reply in order (the first asked back, the second
answered), instead of one reply that answers the second under the first's words; and a yes/no
question after a detail the text lacks («… ؟ وهل صار قتال؟») is answered on its own
(issue 13)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    ("message", "second"),
    [
        # (what the Romans did when the army came is now their retreat: reaction_asks.py)
        ("ما الصعوبات التي واجهت الجيش؟ ولماذا لم يلحق النبي الروم؟", "no_battle"),
        ("وش الصعوبات اللي واجهت الجيش؟ وشنو دار النبي ﷺ مع أكيدر؟", "ukaydir"),
    ],
)
def test_an_unsure_first_question_is_asked_back_in_its_place(
    answerer: FormAnswerer, message: str, second: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert len(reply.parts) == 2, text
    first, then = reply.parts
    assert not first.done and first.reply.suggestions, text
    assert then.done and then.fact is not None and then.fact.id == second, text
    # the first is asked back; the answer stands under the second question
    assert text.index(texts.PART_SUGGEST) < text.index(texts.PART_ORDINALS[1])
    assert text.index(texts.PART_ORDINALS[1]) < text.index(answer_text(answerer, second)[:30])


def test_a_yes_no_question_after_a_detail_the_text_lacks_is_answered(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(answerer, "كم يوم جلس النبي بتبوك؟ وهل صار قتال؟")
    assert len(reply.parts) == 2, text
    assert not reply.parts[0].done and "لا يذكر النص" in text
    assert reply.parts[1].fact is not None and reply.parts[1].fact.id == "no_battle"
    assert reply.parts[1].done
