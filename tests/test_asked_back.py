"""When the engine asks back and when it need not: each row a message and what the user sees.
A question naming a subject only the leader states is answered (never «هل تقصد»); one that
also asks a detail another fact is about, or holds a word no fact knows, is still asked back."""

from __future__ import annotations

import pytest

from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, reply_to

ASKED_BACK = "هل تقصد"


@pytest.fixture(scope="module")
def answerer() -> FormAnswerer:
    return FormAnswerer(AnswerEngine(load_shipped().facts))


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # Heraclius is named; the other facts offered share only the frame or «دخل»
        ("هرقل شنو دخله بالغزوة؟", "heraclius"),
        ("هرقل وشو دخله بتبوك", "heraclius"),
        # Mu'tah is named; the army's hardship shares only «أصاب»
        ("شنو اللي اصاب جيش المسلمين بمؤتة؟", "mutah"),
        ("المسلمين انكسروا في مؤتة؟", "mutah"),
        # Ukaydir and Ibn Awf are named, and no other fact offered mentions them
        ("اكيدر وش سالفته", "ukaydir"),
        ("ابن عوف شو دخله بتبوك", "abdulrahman_donation"),
    ],
)
def test_a_subject_only_the_leader_states_is_answered_not_asked_back(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    _, text = reply_to(answerer, message)
    assert answer_text(answerer, fact_id) in text and ASKED_BACK not in text, text


@pytest.mark.parametrize(
    ("message", "not_shown"),
    [
        # Ayla is named (only the treaties state it) but «اسم ملك» is what is asked, and
        # Heraclius («ملك الروم») and the army's name are about that: no fact states it.
        ("ما اسم ملك أيلة الذي صالحه النبي؟", "treaties"),
        # «سمه» is no word the facts know: it may be the very detail asked (Mu'tah's date).
        ("غزوة موتة حصلت في انهي سمه قبل تبوك؟", "mutah"),
    ],
)
def test_a_named_subject_does_not_answer_a_detail_no_fact_states(
    answerer: FormAnswerer, message: str, not_shown: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert answer_text(answerer, not_shown) not in text, text
