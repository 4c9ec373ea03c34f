"""Another event named only as a yardstick for Tabuk («… كما وقع في بدر») asks nothing about
that event; «ذم المتثاقلين» is the verse that rebukes them.
Each row is a message, the fact answering it and words the user sees; a comparison asked
for itself is still no question about Tabuk."""

from __future__ import annotations

import pytest

from knowledge.compared_events import without_comparison
from knowledge.forms import FormAnswerer
from knowledge.normalize import normalize
from tests.message_helpers import assert_answered_with, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("لماذا لم يقع قتال فى تبوك كما وقع فى بدر ؟", "no_battle", "حقنًا للدماء"),
        ("ليش ما صار قتال بتبوك زي ما صار في بدر؟", "no_battle", "حقنًا للدماء"),
        ("من قاد المسلمين في تبوك مثل غزوة الخندق؟", "leader", "النبي"),
        # every marker and go-between of question_words.COMPARISON_* («متل», «عدد»)
        ("ليش ما صار قتال في تبوك متل بدر؟", "no_battle", "حقنًا للدماء"),
        ("كم كان عدد المسلمين في تبوك مثل عدد بدر؟", "army_size", "أربعين ألف"),
        ("ما الآية التي نزلت في ذم المتثاقلين عن النفير في سبيل الله", "verse_38", "التوبة: 38"),
    ],
)
def test_the_question_about_tabuk_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


@pytest.mark.parametrize(
    "message",
    [
        "هل كانت غزوة تبوك مثل غزوة بدر؟",
        "وش اللي صار في تبوك مثل حنين؟",
        "ماذا حدث في بدر؟",
        "هل كانت تبوك متل بدر؟",
    ],
)
def test_a_comparison_asked_for_itself_is_not_answered(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not [part for part in reply.parts if part.done], text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("لماذا لم يقع قتال في تبوك كما وقع في غزوة بدر", "لماذا لم يقع قتال في تبوك"),
        # compared before Tabuk is named: the words stay
        ("مثل بدر ماذا حدث في تبوك", "مثل بدر ماذا حدث في تبوك"),
        # nothing asked but the comparison
        ("هل كانت تبوك مثل بدر", "هل كانت تبوك مثل بدر"),
    ],
)
def test_what_is_cut(text: str, read: str) -> None:
    assert " ".join(without_comparison(tuple(normalize(text).split()))) == read
