"""True/false statements the text neither states nor denies in their words (issue 13): a
denial the text makes itself in other words, and a person no fact about the rest of the
statement names, are never «خطأ»; the reply a user sees says what it can and cannot settle."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.base import load_shipped
from knowledge.forms import FormAnswerer, Status
from knowledge.said_as_asked import denied_words
from tests.message_helpers import (
    assert_never_false,
    assert_never_true,
    assert_verdict_then_fact,
    reply_to,
)


@pytest.mark.parametrize(
    "message",
    [
        # the no-battle fact denies the attack itself («لم يشأ … أن يهاجمهم»): a statement
        # denying a pursuit says the same in other words, not the opposite
        "النبي ﷺ ما لحق الروم حقنا للدماء",
        "النبي ﷺ ما طارد الروم بعد انسحابهم ( )",
        # the believers' fact says «دون خوف أو تردد»
        "المؤمنون لم يترددوا في تقديم أموالهم ( )",
    ],
)
def test_a_denial_the_fact_makes_in_other_words_is_never_false(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)


@pytest.mark.parametrize(
    "message",
    [
        # no fact states what Abu Bakr left his family; Ukaydir's release («خلى سبيله»)
        # names another person but none of the statement's other words
        "ترك ابو بكر لأهله الله ورسوله ( )",
    ],
)
def test_a_person_is_not_corrected_by_a_fact_about_something_else(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is not Status.VERDICT, text
    assert not text.startswith((texts.VERDICT_FALSE, texts.VERDICT_TRUE)), text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # a figure typed against the words around it is read as its own word
        ("قدم عثمان950جملا وخمسين فرسا صح ام خطأ", "uthman_donation"),
        ("قدم عثمان بن عفان 950جملا و50 فرسا ( )", "uthman_donation"),
    ],
)
def test_a_figure_glued_to_a_word_is_still_checked(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, True, fact_id)


def test_a_glued_figure_that_is_not_the_text_s_is_false(answerer: FormAnswerer) -> None:
    assert_verdict_then_fact(answerer, "كان عدد الجيش30000 مقاتل ( )", False, "army_size")


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «بعير» for the text's camels, «جاب كل فلوسه», «اجت الوفود تبايع»: the words people
        # use when they ask for the fact, with most of the other words the fact's own
        ("جهز عثمان بن عفان 950 بعيرا و50 فرسا ( )", "uthman_donation"),
        ("ابوبكر جاب كل فلوسه للجيش صح ولا لا", "abu_bakr_donation"),
        ("اجت الوفود تبايع النبي ﷺ بعد تبوك صح", "delegations"),
    ],
)
def test_a_statement_in_the_words_people_ask_with_is_true(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, True, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # the believers' fact says «دون خوف أو تردد»: hesitating is what it denies
        "تردد المؤمنون في الخروج وخافوا ( )",
        # Mu'tah's fact names Khalid and those who fell, but not Khalid among them
        "خالد بن الوليد قتل في مؤتة ( )",
        # a surah the verse's fact does not name
        "آية ساعة العسرة من سورة البقرة. صح أم خطأ",
    ],
)
def test_the_words_people_ask_with_never_make_a_contrary_statement_true(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_true(answerer, message)


def test_the_words_a_fact_states_only_under_a_denial() -> None:
    facts = {fact.id: fact for fact in load_shipped().facts}
    assert {"خوف", "تردد"} <= denied_words((facts["believers"],))
    assert not denied_words((facts["uthman_donation"],))


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # the army's own name names what every fact is about, not a detail of the fact's own
        ("صح أم خطأ: أنفق الصحابة أموالهم في تجهيز جيش العسرة", "donations"),
        ("عمر بن الخطاب تبرع بنصف ماله في جيش العسرة ✓ ✗", "umar_donation"),
    ],
)
def test_the_army_s_own_name_in_passing_leaves_a_statement_true(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, True, fact_id)


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("قدم أبو بكر نصف ماله لجيش العسرة ( )", False, "abu_bakr_donation"),
        ("قدم عثمان 300 جمل لجيش العسرة ( )", False, "uthman_donation"),
    ],
)
def test_a_detail_beside_the_army_s_name_is_still_checked(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


def test_the_army_s_name_does_not_make_another_giver_true(answerer: FormAnswerer) -> None:
    _, text = reply_to(answerer, "أنفق المنافقون أموالهم في تجهيز جيش العسرة ( )")
    assert not text.startswith(texts.VERDICT_TRUE), text


@pytest.mark.parametrize(
    "message",
    [
        # a verse the text quotes for Tabuk, said to have come down at another battle
        "نزلت اية ساعة العسرة في غزوة بدر صح ام خطأ",
        "نزلت آية الذين اتبعوه في ساعة العسرة في غزوة الخندق ( )",
    ],
)
def test_a_quoted_verse_put_at_another_battle_is_false(
    answerer: FormAnswerer, message: str
) -> None:
    text = assert_verdict_then_fact(answerer, message, False, "verse_117")
    assert "التوبة: 117" in text


@pytest.mark.parametrize(
    "message",
    [
        # verses about the hypocrites came down at other times too: no quoted verse, no «خطأ»
        "نزلت في المنافقين آيات في غزوة أحد ( )",
        # a verse the text does not quote
        "نزلت آية لقد رضي الله عن المؤمنين إذ يبايعونك تحت الشجرة في صلح الحديبية ( )",
        # what the Prophet did at Tabuk he may have done at Badr too
        "خرج النبي ﷺ بنفسه في غزوة بدر ( )",
    ],
)
def test_only_a_quoted_verse_is_tied_to_tabuk_alone(answerer: FormAnswerer, message: str) -> None:
    _, text = reply_to(answerer, message)
    assert not text.startswith((texts.VERDICT_FALSE, texts.VERDICT_TRUE)), text


@pytest.mark.parametrize(
    "message",
    [
        # «أعطى المرتزقة» where the fact says «أعطى الجنود المرتزقة»: the noun left out before
        # its adjective binds the verb to nothing else; the subject first or the verb first
        "صح ولا غلط: هرقل أعطى المرتزقة رزق سنة مقدما",
        "صح ولا غلط: أعطى هرقل المرتزقة رزق سنة مقدما",
    ],
)
def test_a_noun_left_out_before_its_adjective_is_still_the_fact_s_binding(
    answerer: FormAnswerer, message: str
) -> None:
    assert_verdict_then_fact(answerer, message, True, "heraclius")


def test_a_definite_noun_bound_otherwise_is_still_unsettled(answerer: FormAnswerer) -> None:
    # «ليتخذوا موقف الهجوم»: the fact binds «موقف» to «الدفاع», and «الهجوم» to the wish
    assert_never_true(answerer, "صح أم خطأ: تقهقر الروم إلى داخل بلادهم ليتخذوا موقف الهجوم")
