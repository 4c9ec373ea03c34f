"""Who drew back, who struck whom: a plural verb of withdrawal after the Romans is theirs
(«والروم خافوا وانسحبوا، والجيش اسمه …»), a dialect's «مفيهاش قتال» denies the fighting, and
the Romans «أوقعوا بجيش المسلمين» is the Mu'tah fact's own telling; a victory or booty told
is no Tabuk."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("riddle", "status"),
    [
        (
            "غزوة مافيهاش قتال، والروم خافوا وتراجعوا، والجيش كان اسمه جيش العسرة. ايه هي؟",
            Status.RIDDLE_TABUK,
        ),
        ("غزوة أوقع فيها الروم بجيش المسلمين قبل تبوك، ما هي؟", Status.RIDDLE_MUTAH),
        # the Muslims drawing back is still not Tabuk's mark
        ("غزوة قاتل فيها المسلمون الروم ثم انسحب خالد بالجيش، ما هي؟", Status.RIDDLE_MUTAH),
        ("غزوة قاتل فيها المسلمون الروم ثم انسحبوا، ما هي؟", Status.RIDDLE_OTHER),
        # «عظيما؟» ends on «ما؟» but asks nothing: the victory told is read, not Tabuk
        (
            "ما الغزوة التي تخلف عنها المنافقون وانتصر فيها المسلمون نصرا عظيما؟",
            Status.RIDDLE_OTHER,
        ),
        # booty no fact tells of: another expedition, whatever the month
        ("ما هي الغزوة التي كانت في رجب وغنم فيها المسلمون غنائم كثيرة؟", Status.RIDDLE_OTHER),
        # «فما هي؟» still asks
        ("غزوة خرج فيها المسلمون في الحر ولم يقع فيها قتال، فما هي؟", Status.RIDDLE_TABUK),
    ],
)
def test_the_doer_and_the_telling_decide_the_expedition(
    answerer: FormAnswerer, riddle: str, status: Status
) -> None:
    reply, text = reply_to(answerer, riddle)
    assert [part.status for part in reply.parts] == [status], text


@pytest.mark.parametrize(
    "question",
    [
        # a figure and a people no Tabuk fact states: not the army's number, not Uthman's gift
        "ما الغزوة التي كان جيشها ثلاثة آلاف؟",
        "ما الغزوة التي كانت بين المسلمين والفرس؟",
    ],
)
def test_a_short_which_expedition_with_a_detail_no_tabuk_fact_states(
    answerer: FormAnswerer, question: str
) -> None:
    reply, text = reply_to(answerer, question)
    assert [part.status for part in reply.parts] == [Status.RIDDLE_OTHER], text


def test_a_short_which_expedition_tabuk_states_keeps_its_answer(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "ما الغزوة التي كانت آخر غزوات النبي؟")
    assert [p.fact.id for p in reply.parts if p.done and p.fact] == ["last_expedition"], text
