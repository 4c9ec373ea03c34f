"""A reply in a thread opens with whom it is to («@sara_22 …»), a sheet's «سؤال» is often typed
without its hamza («سوال ٢:»), and two bare questions in a row («وين صارت؟ ومين قادها؟») both
ask about the expedition. Read otherwise the mention was a word of the question (asked back),
the heading was shown and read as part of the question, and «who led it» was left asked back
though the part before it was answered about the expedition."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import assert_each_part_answered


@pytest.mark.parametrize(
    ("message", "read_as"),
    [
        ("@sara_22 طيب متى كانت غزوة تبوك؟", ["متى كانت غزوة تبوك؟"]),
        ("@bot_tabuk, ليش الروم انسحبوا من تبوك", ["ليش الروم انسحبوا من تبوك"]),
        (
            "سوال ١: من قاد غزوة تبوك؟\nسوال ٢: متى كانت؟",
            ["من قاد غزوة تبوك؟", "متى كانت؟"],
        ),
        ("السوال الثاني: كم كان عدد الجيش؟", ["كم كان عدد الجيش؟"]),
    ],
)
def test_mentions_and_hamzaless_headings_are_no_words_asked(
    message: str, read_as: list[str]
) -> None:
    assert [part.text for part in read_message(message).parts] == read_as


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("متى صارت؟ ومين قادها؟", ["date", "leader"]),
        ("@omar_1 طيب وين كانت؟ ومين قائدها؟", ["location", "leader"]),
    ],
)
def test_two_bare_questions_both_ask_the_expedition(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)


def test_a_bare_question_after_a_story_still_points_at_it(answerer: FormAnswerer) -> None:
    # «شو القصة؟» asks about the story told; the question after it is not read alone
    reply = answerer.answer_message(
        "سمعت بالدرس إن الروم اعتدوا على سفير للنبي. شو القصة؟ وشو علاقتها بتبوك؟"
    )
    assert "heraclius" not in [part.fact.id for part in reply.parts if part.fact]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «I want to know», then the subject, then the question word asked last: the subject
        # is part of the question, never a story before it
        ("ابي اعرف خالد بن الوليد راح وين في غزوة تبوك", "dumat_aljandal"),
        ("بدي اعرف هرقل عمل شو مع جنوده", "heraclius"),
    ],
)
def test_the_subject_before_a_late_question_word_is_asked(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


def test_her_after_the_expedition_named_keeps_its_own_answer(answerer: FormAnswerer) -> None:
    # «فيها» is the expedition the part before names; the follow-up's own fact states what
    # it asks («قتال»), so it is not taken for a restatement of the part before
    assert_each_part_answered(
        answerer,
        "غزوة تبوك دي المسلمين خرجوا فيها ضد مين؟ وهل صار فيها قتال ولا لا؟",
        ["enemy", "no_battle"],
    )


def test_his_after_someone_named_still_points_at_him(answerer: FormAnswerer) -> None:
    # «أرسله» is the envoy the part before is about, never Khalid sent to Dumat al-Jandal
    reply = answerer.answer_message("على من اعتدى الروم قبل تبوك؟ ومن الذي أرسله النبي؟")
    assert "dumat_aljandal" not in [part.fact.id for part in reply.parts if part.fact]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # the question someone asks, told before another question, is asked itself
        (
            "يا جماعة بنتي تسأل ليش الروم جمعوا جيوش كثيرة بالشام، وش السالفة؟",
            "roman_mobilisation",
        ),
        ("ولدي سألني متى خرج النبي لتبوك، وانا ما عرفت", "date"),
    ],
)
def test_a_reported_question_is_asked(answerer: FormAnswerer, message: str, fact_id: str) -> None:
    reply = answerer.answer_message(message)
    assert fact_id in [part.fact.id for part in reply.parts if part.done and part.fact]


def test_a_question_opening_with_a_preposition_is_cut_at_its_comma(
    answerer: FormAnswerer,
) -> None:
    # «في أي شهر …، ومن …»: the first question opens with its question word after «في»
    assert_each_part_answered(
        answerer, "في أي سنة كانت غزوة تبوك، ومن كان قائدها؟", ["date", "leader"]
    )
