"""What a user sees when a message asks a second question the reader must find: a
dialect's question word after «؟ و», a follow-up read with the part before it."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from knowledge.question_split import split_questions
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        # Tunisian/Libyan «شنوة» (what), typed with «ة», opens a second question as «شنوه»
        ("قداش كان عدد الجيش؟ و شنوة سبب الغزوة؟", ["army_size", "reasons"]),
        ("شكون قاد غزوة تبوك؟ وشنوة قدم عثمان للجيش؟", ["leader", "uthman_donation"]),
    ],
)
def test_a_dialect_question_word_opens_a_second_question(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)


def test_shnowa_with_ta_opens_a_question_only_after_a_question_mark() -> None:
    # inside a sentence a word typed with «ة» is read as typed: no second question there
    assert split_questions("قداش كان عدد الجيش و شنوة سبب الغزوة") == [
        "قداش كان عدد الجيش و شنوة سبب الغزوة"
    ]


@pytest.mark.parametrize(
    "message",
    [
        "شو عمل الغساسنة مع سفير الرسول؟ وواش هادا من أسباب غزوة تبوك؟",
        "1) ماذا فعل الغساسنة بسفير النبي ﷺ؟\n2) وهل كان ذلك من أسباب غزوة تبوك؟",
    ],
)
def test_this_in_a_yes_no_follow_up_is_the_deed_before_it(
    answerer: FormAnswerer, message: str
) -> None:
    # «was this among the causes?» is asked of the envoy's killing, which its own fact says
    # was one; alone it got every cause (the reasons, the whole the envoy's fact is part of)
    reply, text = reply_to(answerer, message)
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert given and set(given) == {"envoy_assault"}, text
    assert answer_text(answerer, "reasons") not in text


def test_this_is_left_alone_when_the_deed_before_is_no_cause_of_its_own(
    answerer: FormAnswerer,
) -> None:
    # the Romans' mobilising fact does not say it was a cause: the causes answer «this»
    reply, text = reply_to(answerer, "ماذا فعل الروم قبل تبوك؟ وهل كان هذا من أسباب الغزوة؟")
    assert [part.fact.id for part in reply.parts if part.fact] == [
        "roman_mobilisation",
        "reasons",
    ], text


@pytest.mark.parametrize(
    ("message", "said"),
    [
        # the part before was given the envoy's fact: «this» is its deed, and the fact says
        # it was a cause: yes, pointing at it, not the same fact again nor «see above»
        (
            "1) ماذا فعل الغساسنة بسفير النبي ﷺ؟\n2) وهل كان ذلك من أسباب غزوة تبوك؟",
            "نعم، كما يذكره النص في جواب السؤال الأول أعلاه.",
        ),
        # the part before asks a detail the text lacks (his name): the deed its reply is
        # about is still the killing, whose fact says yes
        (
            "1) من هو السفير الذي قتله الغساسنة؟\n2) وهل كان ذلك من أسباب غزوة تبوك؟",
            "نعم، من أسباب غزوة تبوك أن العدو المشترك",
        ),
    ],
)
def test_a_yes_no_follow_up_on_this_answers_yes_of_the_reply_before(
    answerer: FormAnswerer, message: str, said: str
) -> None:
    _, text = reply_to(answerer, message)
    assert said in text, text
    assert "جوابه في جواب السؤال" not in text, text
    assert text.count(answer_text(answerer, "envoy_assault")) == 1, text


@pytest.mark.parametrize(
    "message",
    [
        # a deed whose fact does not say it was a cause: every cause, no «yes»
        "1) كيف جمع الروم جيوشهم بالشام؟\n2) وهل كان هذا من أسباب غزوة تبوك؟",
        # a follow-up asking the denial gets no «yes»
        "1- ماذا فعل الغساسنة بسفير النبي؟\n2- وهل هذا لم يكن من أسباب الغزوة؟",
    ],
)
def test_no_yes_for_this_when_the_fact_before_does_not_say_it(
    answerer: FormAnswerer, message: str
) -> None:
    _, text = reply_to(answerer, message)
    assert "نعم" not in text, text


@pytest.mark.parametrize(
    ("message", "given", "not_given"),
    [
        # when it came down is not told, but «the verse of the hour of hardship» is one verse
        ("امتى نزلت اية ساعة العسرة؟ وشو هي الاية؟", "verse_117", None),
        # «انفروا خفافا وثقالا» is a verse the text does not quote: «its number» is not 38's
        ("متى نزلت آية انفروا خفافا وثقالا؟ وما رقمها؟", None, "verse_38"),
    ],
)
def test_a_verse_detail_after_a_verse_asked_back(
    answerer: FormAnswerer, message: str, given: str | None, not_given: str | None
) -> None:
    reply, text = reply_to(answerer, message)
    facts = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert facts == ([given] if given else []), text
    if not_given:
        assert answer_text(answerer, not_given) not in text


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        # «ولا فهمت/عرفت …» (nor did I understand / know) + a question word asks again
        (
            "والله ما بعرف كم كان عدد الجيش ولا بعرف مين تبرع بنص ماله",
            ["army_size", "umar_donation"],
        ),
        (
            "عندي واجب وما عرفت متى خرج الجيش لتبوك ولا عرفت ليش سموه جيش العسرة",
            ["date", "army_name"],
        ),
        # the first «ما فهمت» asks nothing: one question, not «ما فهمت؟» and another
        ("ما فهمت ولا عرفت متى كانت الغزوة", ["date"]),
    ],
)
def test_nor_knowing_opens_a_second_question(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        # a tag «صح» (right?) after a question checks a detail it tells; the question word
        # after it asks again
        ("متى كانت الغزوة في رجب صح كم كان عدد الجيش", ["date", "army_size"]),
    ],
)
def test_a_tag_or_a_filler_around_the_question(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)


def test_a_tag_after_a_claim_leaves_the_claim_to_judge(answerer: FormAnswerer) -> None:
    # «… صح ليش …»: the claim is judged, the question after the tag answered
    reply, text = reply_to(answerer, "الجيش كان ثلاثين الف صح ليش سموه جيش العسرة")
    # (the text says more than forty thousand: «خطأ»)
    assert [part.fact.id if part.fact else None for part in reply.parts] == [
        "army_size",
        "army_name",
    ], text
    assert reply.parts[0].verdict is False, text


@pytest.mark.parametrize(
    ("message", "question"),
    [
        # «يعني/طيب» before «ابغى اعرف»: a filler, then the request; the one asked about,
        # named before the question word, stays with the question (shown as asked)
        ("يعني ابغى اعرف عثمان قدم كم بعير للجيش", "عثمان قدم كم بعير للجيش"),
        ("طيب بدي اعرف هرقل شو عمل قبل الغزوة", "هرقل شو عمل قبل الغزوة"),
    ],
)
def test_a_filler_before_i_want_to_know_keeps_the_subject(message: str, question: str) -> None:
    assert [part.text for part in read_message(message).parts] == [question]
