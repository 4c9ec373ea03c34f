"""Questions naming a subject of the text but asking a detail the text does not state: each
row a message, and the fact that must not be shown for it (asking back or saying the text
does not state it is right; answering with the fact about that subject is a wrong answer)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    ("message", "not_shown"),
    [
        # Ayla is named (only the treaties state it) but its king's name is asked
        ("ما اسم ملك أيلة الذي صالحه النبي؟", "treaties"),
        # «سمه» is no word the facts know: it may be the very detail asked (Mu'tah's date)
        ("غزوة موتة حصلت في انهي سمه قبل تبوك؟", "mutah"),
        # Heraclius is named, and only his fact states him, but not his death or his view
        ("هرقل كيف مات؟", "heraclius"),
        ("هرقل وش كان رأيه في النبي؟", "heraclius"),
        ("من هو والد هرقل؟", "heraclius"),
        ("أكيدر شو كان دينه؟", "ukaydir"),
        ("ابن عوف كم كان عمره وقت تبوك؟", "abdulrahman_donation"),
    ],
)
def test_a_named_subject_does_not_answer_a_detail_no_fact_states(
    answerer: FormAnswerer, message: str, not_shown: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert answer_text(answerer, not_shown) not in text, text
