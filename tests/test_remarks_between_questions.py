"""What a user sees when a remark that they did not understand («ما فهمت منيح من الأستاذ»)
stands between two questions: it asks nothing, so it gets no reply of its own (ar97)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        (
            "ما سبب غزوة تبوك؟ ما فهمت كويس من المدرسة. وكم كان عدد الجيش؟",
            ["reasons", "army_size"],
        ),
        ("متى كانت غزوة تبوك؟ ما فهمت شي من الدرس. ومين قادها؟", ["date", "leader"]),
    ],
)
def test_a_remark_of_not_understanding_gets_no_reply(
    answerer: FormAnswerer, message: str, wanted: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id if part.fact else None for part in reply.parts] == wanted, text


def test_not_knowing_a_detail_still_asks_it(answerer: FormAnswerer) -> None:
    # near miss: «وما عرفت السبب» names what they did not know, the reason: it asks
    reply, text = reply_to(answerer, "غزوة تبوك كانت ضد الروم، وما عرفت السبب")
    assert any(part.fact is not None and part.fact.id == "reasons" for part in reply.parts), text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «at its end» is the end of what was asked about
        ("وشو صار بآخرها؟", "outcome"),
        ("وش صار باخره؟", "outcome"),
        # near miss: «آخر غزوة» is the last expedition
        ("هل كانت تبوك آخر غزوة غزاها النبي؟", "last_expedition"),
    ],
)
def test_at_its_end_is_not_the_last_expedition(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [fact_id], text


@pytest.mark.parametrize(
    ("message", "wanted"),
    [
        # a blessing or an apology ended by a full stop between two questions
        ("ما سبب غزوة تبوك؟ جزاك الله خيرا. ومن قاد الجيش؟", ["reasons", "leader"]),
        ("متى خرج الجيش؟ أعتذر عن الإطالة. وما سبب تسميته بجيش العسرة؟", ["date", "army_name"]),
        ("علاش سميو الجيش جيش العسرة؟ سمحلي. وشكون قاد الغزوة؟", ["army_name", "leader"]),
        # ended by a comma, «!», or only by the «و» of the next question
        ("ما سبب غزوة تبوك؟ آسف على الإزعاج، وكم كان عدد الجيش؟", ["reasons", "army_size"]),
        ("ما سبب غزوة تبوك؟ جزاك الله خيرا ومن قاد الجيش؟", ["reasons", "leader"]),
        ("ما سبب غزوة تبوك؟ شكرا! ومن قاد الجيش؟", ["reasons", "leader"]),
        # near miss: a question ended by a comma is a question of its own
        ("متى كانت غزوة تبوك؟ ومن قادها، وكم كان عدد الجيش؟", ["date", "leader", "army_size"]),
    ],
)
def test_a_blessing_or_apology_between_questions_is_not_read_with_the_next(
    answerer: FormAnswerer, message: str, wanted: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id if part.fact else None for part in reply.parts] == wanted, text


def test_a_story_between_questions_stays_with_the_question_after_it() -> None:
    # near miss: «قرأت أن الروم …» tells whose number «عددهم» asks: it is kept
    parts = read_message(
        "متى كانت غزوة تبوك؟ قرأت أن الروم جمعوا جيوشا كثيرة. وكم كان عددهم؟"
    ).parts
    assert "الروم" in parts[-1].text
