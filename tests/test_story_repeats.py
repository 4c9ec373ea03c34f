"""What a user sees when the question only repeats what the story before it said («… إن
الوصول لبلاد الروم كان صعب، ليه كان صعب؟»), or asks «who are they?» of people a line before
named: the story's subject is what is asked, never a fact that merely shares the one word."""

from __future__ import annotations

import pytest

from knowledge.follow_ups import repeats_the_story
from knowledge.forms import FormAnswerer
from knowledge.pronoun_referents import says_they
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «صعب/شاق» alone is the army's name («جيش العسرة»): the story says what was hard
        ("سمعت في درس ان الوصول لبلاد الروم كان شاق، ليش كان شاق؟", "distance"),
        ("قريت في كتاب ان تجهيز الجيش كان صعب جدا، ليش كان صعب؟", "hardship"),
    ],
)
def test_a_question_repeating_the_story_asks_about_its_subject(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [fact_id], text
    assert "جيش العسرة" not in text.split("\n")[0], text


@pytest.mark.parametrize(
    ("message", "not_given"),
    [
        # «where do we find it» is the verse the story names, never the Romans «meeting» them
        ("بنتي سألتني عن الآية اللي فيها ساعة العسرة، وين نلاقيها؟", "roman_surprise"),
        # «does anyone know» asks the story's naming, never who else went («أحد»)
        ("صار نقاش في القروب عن سبب تسمية تبوك بهذا الاسم، أحد يعرف؟", "leader"),
    ],
)
def test_one_word_after_a_story_is_no_fact_that_merely_has_it(
    answerer: FormAnswerer, message: str, not_given: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert all(part.fact is None or part.fact.id != not_given for part in reply.parts), text
    given = answerer.engine.fact(not_given)
    assert given is not None and given.answer[:30] not in text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # one word, but the story names whom it is about
        (
            "صديقي يقول إن عثمان دفع ألف دينار، وأنا أقول إنه قدم إبلاً، فماذا قدم بالضبط؟",
            "uthman_donation",
        ),
        ("المحاضر ذكر أن دومة الجندل دفعت شيئاً، ما هو؟", "jizya"),
        # one word, but a keyword of the fact it gets: the name, the end
        ("الجيش كان أكثر من أربعين ألفا، فبماذا سمي؟", "army_name"),
        ("ماما حكتلي قصة تبوك قبل النوم بس نمت بالنص، بدي اعرف شو صار بالاخر", "outcome"),
    ],
)
def test_one_word_after_a_story_naming_its_subject_still_answers(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [fact_id], text


@pytest.mark.parametrize(
    "message",
    [
        "الصحابة اللي قدموا اموالهم\nمين هم؟",
        "عندي واجب عن اللي تبرعوا بأموالهم\nمين هم؟",
    ],
)
def test_who_are_they_is_never_the_enemy(answerer: FormAnswerer, message: str) -> None:
    # «they» are the givers the line before names, never the expedition's enemy
    reply, text = reply_to(answerer, message)
    assert all(part.fact is None or part.fact.id != "enemy" for part in reply.parts), text
    assert "الروم" not in text, text


def test_what_repeats_the_story() -> None:
    vocabulary = {"صعب", "وصول", "بلاد", "روم", "عسر", "جيش"}
    story = "قريت ان الوصول لبلاد الروم كان صعب"
    assert repeats_the_story("ليه كان صعب؟", story, vocabulary)
    # («ليه سموه جيش العسرة؟» names its own subject; «متى كانت؟» repeats nothing)
    assert not repeats_the_story("ليه سموه جيش العسرة؟", story, vocabulary)
    assert not repeats_the_story("متى كانت؟", story, vocabulary)


def test_they_alone() -> None:
    assert says_they("مين هم؟")
    assert says_they("ومنو هما؟")
    assert not says_they("ما هي غزوة تبوك؟")
    assert not says_they("كم عددهم؟")
