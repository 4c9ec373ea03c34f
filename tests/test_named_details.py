"""Details the text does not state about people and things it names («زوجة أبي بكر», «كم
كان عمر عثمان», «كم درهم قدم عمر», «ملك أيلة»): the reply a user sees says the text does not
state them and is never the nearest fact about that person."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.engine import Outcome
from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to

# The opening of the honest reply to a known gap, before its detail.
GAP_OPENING = texts.GAP.split("{detail}")[0]


@pytest.mark.parametrize(
    ("question", "gap", "said"),
    [
        # a spouse, children or kin of someone the text names: their own fact does not say it
        ("ما اسم زوجة أبي بكر الصديق؟", "personal_details", "أزواجهم"),
        ("من هي زوجة عثمان بن عفان", "personal_details", "أزواجهم"),
        ("شنو اسم زوجة ابو بكر", "personal_details", "أزواجهم"),
        ("كم عدد أولاد عثمان بن عفان", "personal_details", "أولادهم"),
        ("عمر بن الخطاب كم ولد عنده", "personal_details", "أولادهم"),
        ("عثمان بن عفان وش كانت تجارته", "personal_details", "مهنهم"),
        ("أكيدر وين اندفن", "personal_details", "ووفاتهم"),
        # an age, asked with the dialects' «how much» or a pronoun («عمره»), not the caliph
        ("قداش كان عمر عثمان", "prophet_age", "أعمار"),
        ("هرقل كم كان عمره", "prophet_age", "أعمار"),
        # a sum of money: the text gives shares (all, half), never amounts
        ("عمر بن الخطاب كم درهم جاب", "wealth_amounts", "بالدراهم"),
        ("كم كان مال عمر بن الخطاب", "wealth_amounts", "نصف ماله"),
        ("أبو بكر كم كان عنده مال", "wealth_amounts", "ماله كله"),
        ("كم كانت ثروة عبد الرحمن بن عوف", "wealth_amounts", "ثرواتهم"),
        # the ruler of Ayla, whom the text does not name
        ("ما اسم صاحب أيلة الذي صالح النبي", "ayla_ruler", "صاحب أيلة"),
        ("مين رئيس أيلة", "ayla_ruler", "صاحب أيلة"),
        # details of named people and things kept in the other curated gaps
        ("أكيدر صار مسلم؟", "ukaydir_religion", "دين أكيدر"),
        ("هرقل كم جندي جمع", "roman_troops", "عدد جيش الروم"),
        ("ما هي أسماء غزوة تبوك الأخرى", "other_names", "بأسماء أخرى"),
        ("ما معنى كلمة تبوك", "name_origin", "أصل اسم تبوك"),
        ("من هم المنافقون بالأسماء", "hypocrites_leader", "رأس المنافقين"),
        ("بقداش صالحوا اهل دومة الجندل", "jizya_amount", "مقدار الجزية"),
    ],
)
def test_an_unstated_detail_of_a_named_subject_is_said_to_be_unstated(
    answerer: FormAnswerer, question: str, gap: str, said: str
) -> None:
    reply = answerer.engine.answer(question)
    assert reply.outcome is Outcome.GAP and reply.gap is not None, reply.rule
    assert reply.gap.id == gap
    _, text = reply_to(answerer, question)
    assert text.startswith(GAP_OPENING) and said in text, text


def test_the_nearest_facts_offered_are_about_the_person_asked(answerer: FormAnswerer) -> None:
    # the spouse of Abu Bakr: his gift is offered first, not a fixed list about others
    reply = answerer.engine.answer("ما اسم زوجة أبي بكر الصديق؟")
    assert reply.suggestions and reply.suggestions[0].fact.id == "abu_bakr_donation"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # what the text does state about the same people is still answered
        ("ماذا قدم أبو بكر في غزوة تبوك", "abu_bakr_donation"),
        ("كم قدم عمر من ماله", "umar_donation"),
        ("كم قدم عمر من ثروته لإعداد جيش العسرة؟", "umar_donation"),
        ("ما نسبة ما أنفقه عمر من أمواله على جيش تبوك؟", "umar_donation"),
        ("كم جملا قدم عثمان", "uthman_donation"),
        ("قديش دفع هرقل للجنود سلف؟", "heraclius"),
        ("جيش تبوك له اسم ثاني؟", "army_name"),
        ("من هو رئيس دومة الجندل", "ukaydir"),
        ("ماذا فعل النبي بأكيدر", "ukaydir"),
    ],
)
def test_what_the_text_states_of_them_is_still_answered(
    answerer: FormAnswerer, question: str, fact_id: str
) -> None:
    reply = answerer.engine.answer(question)
    assert reply.outcome is Outcome.ANSWER and reply.fact is not None, reply.rule
    assert reply.fact.id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        # a relative of someone the text names, written with no pronoun on it
        "من هو ابن هرقل",
        "ما اسم ابنة أبي بكر",
        "مين اخو أكيدر اللي انقتل",
        "كم عدد زوجات النبي وقت تبوك",
        # a headline: «أولاد» is his children, not the ordinal «أولا» before «د عثمان»
        "أولاد عثمان بن عفان",
        # a title or a kunya
        "ما لقب عثمان بن عفان",
        "ما كنية عمر بن الخطاب",
        "بماذا لقب أبو بكر",
        # after an exam's or a wish's opening
        "اذكر كنية عمر بن الخطاب.",
        "بدي اعرف اسم زوجة عثمان",
    ],
)
def test_a_relative_or_title_of_a_named_person_is_the_personal_gap(
    answerer: FormAnswerer, question: str
) -> None:
    reply, text = reply_to(answerer, question)
    assert reply.parts[0].fact is None, text
    assert text.startswith(GAP_OPENING) and "أزواجهم وأولادهم" in text, text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # names built of kin words stay names: «ابن عوف», «عمر بن الخطاب», «أبو بكر أم عمر»
        ("ماذا قدم ابن عوف", "abdulrahman_donation"),
        ("عمر بن الخطاب ماذا قدم", "umar_donation"),
        ("من قدم ماله كله أبو بكر أم عمر", "donations"),
        ("وش لقب جيش تبوك", "army_name"),
    ],
)
def test_names_made_of_kin_words_are_still_answered(
    answerer: FormAnswerer, question: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, question)
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == fact_id, text


def test_an_ordinal_numbering_a_question_is_still_cut(answerer: FormAnswerer) -> None:
    # «أولا: … ثانيا: …» still number two questions
    reply, _ = reply_to(answerer, "أولا: من قاد غزوة تبوك؟ ثانيا: كم كان عدد الجيش؟")
    assert [part.fact.id for part in reply.parts if part.fact] == ["leader", "army_size"]


@pytest.mark.parametrize(
    ("question", "gap"),
    [
        # headlines naming an unstated detail of someone the text names
        ("عمر خالد بن الوليد", "prophet_age"),
        ("قبر هرقل", "personal_details"),
        ("ثروة عبد الرحمن بن عوف", "wealth_amounts"),
        # the size of Khalid's detachment to Dumat al-Jandal
        ("كم جندي كان مع خالد لما راح دومة الجندل", "khalid_force"),
        ("كم كان عدد الفرقة التي مع خالد", "khalid_force"),
    ],
)
def test_a_headline_or_count_of_an_unstated_detail_is_its_gap(
    answerer: FormAnswerer, question: str, gap: str
) -> None:
    reply = answerer.engine.answer(question)
    assert reply.outcome is Outcome.GAP and reply.gap is not None and reply.gap.id == gap
    message, text = reply_to(answerer, question)
    assert message.parts[0].fact is None and text.startswith(GAP_OPENING), text


def test_its_count_after_a_question_about_a_verse_is_not_the_armys(
    answerer: FormAnswerer,
) -> None:
    # «آياتها» (its verses) points at the verse asked before, not at the expedition
    message, text = reply_to(answerer, "ما هي الآية التي نزلت في المتخلفين؟ وكم عدد آياتها؟")
    facts = [part.fact.id for part in message.parts if part.done and part.fact]
    assert facts == ["verse_38"], text


def test_its_number_after_a_question_about_the_army_is_still_the_armys(
    answerer: FormAnswerer,
) -> None:
    message, text = reply_to(answerer, "ما سبب تسمية الجيش بجيش العسرة؟ وكم كان عدده؟")
    facts = [part.fact.id for part in message.parts if part.done and part.fact]
    assert facts == ["army_name", "army_size"], text


@pytest.mark.parametrize(
    "headline",
    [
        # «عدد» before a body of people is «the number of», not the exam verb «عدِّد» (list):
        # read as the verb, these were answered with the hypocrites' and the mission's facts
        "عدد المنافقين المتخلفين",
        "عدد المنافقين الذين تخلفوا عن تبوك",
        "عدد فرقة خالد بن الوليد",
    ],
)
def test_the_number_of_a_group_the_text_does_not_count_is_said_to_be_unstated(
    answerer: FormAnswerer, headline: str
) -> None:
    message, text = reply_to(answerer, headline)
    assert message.parts[0].fact is None and text.startswith(GAP_OPENING), text


@pytest.mark.parametrize(
    "question",
    [
        # a relative with «his/her» on it: of someone named before, never the army's name
        "شو عمل هرقل؟ وما اسم ابنه؟",
        "ما اسم ابنه؟",
        "زوجته مين؟",
    ],
)
def test_a_relative_of_someone_named_before_is_the_personal_gap(
    answerer: FormAnswerer, question: str
) -> None:
    reply, text = reply_to(answerer, question)
    assert reply.parts[-1].fact is None, text
    assert "أزواجهم وأولادهم" in text, text
    assert all(part.fact is None or part.fact.id != "army_name" for part in reply.parts), text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «and his wife's name»: a question of its own after «و», not the whole message's gap
        ("ماذا قدم عمر بن الخطاب واسم زوجته", "umar_donation"),
        ("عثمان جهز كم فرس وأولاده مين", "uthman_donation"),
        ("شو عمل هرقل وابنه مين", "heraclius"),
    ],
)
def test_a_relative_asked_after_and_is_a_question_of_its_own(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id if part.done and part.fact else None for part in reply.parts] == [
        fact_id,
        None,
    ], text
    assert "أزواجهم وأولادهم" in text, text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «his name» or «its title» is no relative: one question, or the army's title
        ("من قاد الجيش واسمه ايش", "leader"),
        ("ما هو جيش العسرة؟ وما لقبه؟", "army_name"),
    ],
)
def test_a_name_or_title_with_his_is_no_relative(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert fact_id in [part.fact.id for part in reply.parts if part.done and part.fact], text
