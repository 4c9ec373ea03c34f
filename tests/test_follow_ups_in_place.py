"""A short follow-up that no reading with the part before it places keeps its place in the
reply: after a question about the expedition it is read with the expedition named («ما هي
تبوك؟ ومتى كانت؟»: its date), and otherwise it is said in its place that it is not
answered. It is dropped only when it restates the part before («متى كانت؟ بأي شهر؟»)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("ما هي تبوك؟ ومتى كانت؟", ["overview", "date"]),
        ("سلام، انا من باكستان واتعلم العربي. ما هي تبوك؟ واين هي؟", ["overview", "location"]),
        ("شو هي غزوة تبوك؟ وامتى صارت؟", ["overview", "date"]),
        # a bare «and when?» read «متى قاد …», «متى سبب …»: the expedition's own date, never
        # dropped as a restatement of the leader or the reasons
        ("مين قاد غزوة تبوك؟ ومتى؟", ["leader", "date"]),
        ("من قاد غزوة تبوك ومتى", ["leader", "date"]),
        ("ما سبب غزوة تبوك؟ ومتى؟", ["reasons", "date"]),
    ],
)
def test_a_follow_up_after_the_expedition_asks_about_it(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    text = assert_each_part_answered(answerer, message, fact_ids)
    assert texts.part_label(1, "").rstrip(" :") in text  # labelled, one after another
    for fact_id in fact_ids:
        assert answer_text(answerer, fact_id)[:40] in text


def test_each_part_in_order_with_a_detail_the_text_lacks_said_in_its_place(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(answerer, "ما هي تبوك؟ ومتى كانت؟ وكم عدد الروم؟")
    assert [part.fact.id if part.done and part.fact else None for part in reply.parts] == [
        "overview",
        "date",
        None,
    ], text
    assert text.index("متى كانت") < text.index("كم عدد الروم"), text
    assert "لا يذكر النص" in text


def test_a_follow_up_that_asks_another_detail_is_never_dropped(answerer: FormAnswerer) -> None:
    # «when did he die»: the text does not tell; the part is not lost, it is asked back or
    # said not answered in its place, under its own label
    reply, text = reply_to(answerer, "من هو هرقل؟ ومتى مات؟")
    assert len(reply.parts) == 2, text
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "heraclius"
    assert not reply.parts[1].done, text
    assert "متى مات" in text


@pytest.mark.parametrize(
    "message", ["متى كانت غزوة تبوك؟ بأي شهر؟", "متى كانت غزوة تبوك؟ وفي اي سنة؟"]
)
def test_a_follow_up_that_restates_the_question_is_one_question(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == ["date"], text
    assert len(reply.parts) == 1, text


def test_his_after_someone_named_before_is_not_the_expedition(answerer: FormAnswerer) -> None:
    # «what happened with him» after «who is he» (Ukaydir, named in the story before): never
    # the expedition's overview
    reply, text = reply_to(
        answerer, "يا شيخ، في درس المسجد ذكر الإمام قصة أكيدر وما فهمت، مين هو وشو صار معه؟"
    )
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert "overview" not in given, text
    assert "ukaydir" in given, text


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        # «in it»: the army the part before asked about, by its title (no name the facts know)
        ("ماهو جيش العسرة؟ وايش الآية اللي نزلت فيه؟", ["army_name", "verse_117"]),
        ("شو معنى جيش العسرة؟ وشو الآية اللي نزلت فيه؟", ["army_name", "verse_117"]),
    ],
)
def test_a_follow_up_pointing_back_is_read_with_what_the_part_before_asked(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    text = assert_each_part_answered(answerer, message, fact_ids)
    assert answer_text(answerer, "verse_117")[:40] in text


@pytest.mark.parametrize(
    "message", ["ما هي أيلة؟ النبي عمل معها ماذا؟", "ما هي أيلة؟ وماذا فعل النبي معها؟"]
)
def test_after_a_place_the_text_does_not_define_a_follow_up_about_it_is_answered(
    answerer: FormAnswerer, message: str
) -> None:
    # The text never says what Ayla is (said so in its place), but it states the treaty made
    # with it: «what did he do with it» is answered
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == ["treaties"], text
    assert answer_text(answerer, "treaties")[:40] in text


def test_they_read_with_the_names_before_answers_what_that_part_was_unsure_of(
    answerer: FormAnswerer,
) -> None:
    # «who are they by name» is asked back (the text names none of them); «what did they do»,
    # read with «المنافقين», is their fact, which that part offered: not joined and lost
    reply, text = reply_to(answerer, "من هم المنافقين بأسمائهم؟ وماذا فعلوا في تبوك؟")
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert given == ["hypocrites"], text
    assert answer_text(answerer, "hypocrites")[:40] in text


@pytest.mark.parametrize(
    "message",
    [
        # «its number» of the army the part before named first, then asked the name of
        "الجيش اسمه ايه؟ وعدده كام؟",
        "الجيش كان اسمه ايش؟ وكم عدده؟",
        # «طب» (well then) opens the follow-up and names nothing
        "الجيش ده اسمه ايه؟ طب وعدده كام؟",
    ],
)
def test_its_number_after_the_army_s_name_is_the_army_s(
    answerer: FormAnswerer, message: str
) -> None:
    assert_each_part_answered(answerer, message, ["army_name", "army_size"])


def test_their_detail_after_another_s_unstated_age_stays_unanswered(
    answerer: FormAnswerer,
) -> None:
    # «عمر» is named there too: read with both, nothing is sure, so nothing is given
    reply, text = reply_to(answerer, "كم كان عمر هرقل؟ وماذا أعطى جنوده؟")
    assert all(part.fact is None or not part.done for part in reply.parts), text


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        # «they» after a part naming the Romans and Syria: read with both, unsure; read with
        # the Romans alone, their retreat
        (
            "ماذا فعل الروم في الشام؟ ولماذا تراجعوا إلى بلادهم؟",
            ["roman_mobilisation", "roman_surprise"],
        ),
        (
            "شو عمل الروم بالشام؟ وليه انسحبوا لداخل بلادهم؟",
            ["roman_mobilisation", "roman_surprise"],
        ),
        (
            "ليش الروم جمعوا جيوشهم في الشام؟ وليش رجعوا لبلادهم؟",
            ["roman_mobilisation", "roman_surprise"],
        ),
    ],
)
def test_they_are_the_one_name_before_that_reads_sure(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)
