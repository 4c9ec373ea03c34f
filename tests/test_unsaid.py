"""Details a near fact leaves unsaid (knowledge/unsaid.py): a turn of someone's life, what
came after the event a fact tells last, the return or the end, a count of people left open,
a text's exact words, a unit of measure, a role. Each row is a message and the fact that
must not be shown for it: the user is asked back or told the text does not state it. Other
rows hold that the same facts still answer what they do state."""

from __future__ import annotations

import pytest

from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.forms import FormAnswerer
from knowledge.lexicon import QuestionType
from knowledge.normalize import normalize
from knowledge.unsaid import unsaid
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to


@pytest.fixture(scope="module")
def bare_answerer() -> FormAnswerer:
    """No known gaps: these rules alone must keep the fact from being shown."""
    return FormAnswerer(AnswerEngine(load_shipped().facts, gaps=()))


NOT_STATED = [
    # what came after the event the fact tells last
    ("ماذا حدث لأكيدر بعد أن رجع إلى قريته؟", "ukaydir"),
    ("أبين ما حدث لأكيدر بعد عودته إلى قريته.", "ukaydir"),
    # a turn of a life: death, killing, martyrdom, conversion, marriage
    ("كيف مات هرقل ملك الروم", "heraclius"),
    ("مين اللي قتل رسول النبي صلى الله عليه وسلم", "envoy_assault"),
    ("من هو الرسول الذي بعثه النبي وقتله الغساسنة؟", "envoy_assault"),
    ("متى توفي أكيدر صاحب دومة الجندل", "ukaydir"),
    ("من هي زوجة أكيدر", "ukaydir"),
    # the moment of the return or the end, which the fact does not tell
    ("ماذا فعل المنافقون عند عودة الجيش؟", "hypocrites"),
    ("شو عملوا المنافقين لما رجع النبي من تبوك", "hypocrites"),
    ("موقف الروم بعد انتهاء غزوة تبوك ورجوع المسلمين", "roman_surprise"),
    # a count of people the fact leaves open («عدد من المسلمين»)
    ("كم عدد المسلمين الذين استشهدوا في غزوة مؤتة؟", "mutah"),
    ("كم عدد الذين استشهدوا في مؤتة من المسلمين؟", "mutah"),
    # a unit the fact does not give
    ("كم دفع هرقل لكل جندي من المرتزقة بالدرهم", "heraclius"),
    # exact words
    ("ما نص المعاهدة التي عقدها النبي مع أهل أيلة", "treaties"),
    # a role the fact never names
    ("ماهو اسم قائد جيش الروم الي زحف لأطراف الجزيرة", "roman_mobilisation"),
    # a role said of a named person, asked whether he held it
    ("عمر بن الخطاب كان خليفة؟", "umar_donation"),
    ("أبو بكر كان قائد؟", "abu_bakr_donation"),
    # a treaty's terms: the fact says only with whom
    ("ما بنود الصلح مع أهل أيلة؟", "treaties"),
    ("شو كانت شروط المعاهدات اللي عقدها النبي بتبوك؟", "treaties"),
    ("على ماذا نصت المعاهدة مع أيلة؟", "treaties"),
    # what a pact was made on, asked with «على» before «what» or «عليه» after the verb
    ("على ماذا عاهد النبي أهل أيلة", "treaties"),
    ("على شو تعاهد النبي مع أيلة", "treaties"),
    ("شنو اتفق عليه النبي مع أهل أيلة", "treaties"),
]


@pytest.mark.parametrize(("message", "not_shown"), NOT_STATED)
def test_a_detail_the_near_fact_leaves_unsaid_is_not_answered_with_it(
    bare_answerer: FormAnswerer, message: str, not_shown: str
) -> None:
    reply, text = reply_to(bare_answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert answer_text(bare_answerer, not_shown) not in text, text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # the event followed by what came of it («وخلى سبيله فرجع»)
        ("الى اين رجع اكيدر بعد ما خلى النبي سبيله", "ukaydir"),
        ("ماذا حدث بعد أن خضعت دومة الجندل لخالد", "jizya"),
        ("ماذا فعل النبي بعد تراجع الروم", "stationing"),
        # the end told («انتهت»), what came after the expedition told («بعد غزوة تبوك»)
        ("ماذا حدث بعد انتهاء غزوة تبوك؟", "outcome"),
        ("ماذا حصل بعد انتهاء غزوة تبوك والعودة منها", "delegations"),
        # the return from the expedition is after it: the last expedition says so
        ("هل غزا الرسول بعد الرجوع من تبوك", "last_expedition"),
        # «بُعد بلاد الروم» is their distance, not «after»
        ("بين اثر بعد بلاد الروم عن عاصمة المسلمين", "distance"),
        # killing asked and the fact says the life was spared
        ("هل قتل النبي أكيدر", "ukaydir"),
        # a headline or a story names the killing; it asks the account the fact gives
        ("مقتل سفير النبي", "envoy_assault"),
        ("شو قصة سفير النبي اللي انقتل قبل غزوة تبوك؟", "envoy_assault"),
        # killing is checked only when who is asked: «why» names the assault told
        ("ليش قتلوا سفير النبي", "envoy_assault"),
        # «يسلمو» is thanks, not conversion
        ("يسلمو ايديكم، شو قدم عثمان", "uthman_donation"),
        # the commanders' count is given, the fallen are theirs («سقط»)
        ("كم قائد استشهد في مؤتة", "mutah"),
        # an open amount of money is what the giver gave
        ("شحال من فلوس عطا عثمان لجيش العسرة؟", "uthman_donation"),
        # «نص ماله» is half his wealth, «زوج ابنة النبي» Uthman's title
        ("واش عمر عطا نص الفلوس ديالو فتبوك؟", "umar_donation"),
        ("ما الذي قدمه عثمان بن عفان زوج ابنة النبي لجيش العسرة", "uthman_donation"),
        # the role named by the fact's own phrasings, also said of the one who held it
        ("من هو ملك الروم", "heraclius"),
        ("هرقل كان ملك الروم؟", "heraclius"),
        # what followed the event is told further on («… دمه وخلى سبيله فرجع»)
        ("ما مصير أكيدر بعد أن حقن النبي دمه", "ukaydir"),
        # exam words: «الدليل» is evidence, «أستشهد بآية» cites a verse (no role, no martyr)
        ("اذكر الدليل من القرآن على رضا الله عن جيش العسرة.", "verse_117"),
        ("أستشهد بآية قرآنية على رضا الله عن جيش العسرة", "verse_117"),
        ("استشهد من القرآن على ما نزل في المنافقين", "verse_38"),
        ("اذكر اسم رئيس دومة الجندل.", "ukaydir"),
        # a term told with «على»: Dumat's peace on the tribute; with whom the treaties were
        ("على ماذا صالحت دومة الجندل خالدا؟", "jizya"),
        ("على ايش صالحت دومة الجندل خالد", "jizya"),
        ("ما المعاهدات التي عقدها النبي في تبوك؟", "treaties"),
    ],
)
def test_what_the_fact_does_state_is_still_answered(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


@pytest.mark.parametrize(
    ("question", "kind", "left"),
    [
        ("ماذا حدث لاكيدر بعد ان رجع الي قريته", QuestionType.THING, "after"),
        ("كيف مات هرقل", QuestionType.MANNER, "life"),
        ("هل اسلم اكيدر", QuestionType.YESNO, "life"),
        ("كم عدد المسلمين الذين استشهدوا", QuestionType.NUMBER, "count"),
        ("كم كيلو قطع الجيش", QuestionType.NUMBER, "unit"),
        ("ما نص المعاهده", QuestionType.THING, "wording"),
        ("ما بنود المعاهده", QuestionType.THING, "terms"),
        ("ماذا فعل المنافقون عند عوده الجيش", QuestionType.THING, "return"),
    ],
)
def test_each_rule_names_itself(question: str, kind: QuestionType, left: str) -> None:
    answer = "أكيدر هو رئيس دومة الجندل، وقد حقن النبي دمه وخلّى سبيله فرجع إلى قريته."
    if left == "count":
        answer = "سقط فيها عدد من المسلمين، منهم القواد الثلاثة."
    if left == "return":
        answer = "أعلن المنافقون نفاقهم، فتخلفوا عن ركب المجاهدين."
    words = tuple(normalize(question).split())
    # (what became of someone is asked of a person: Ukaydir is named)
    person = left == "after"
    assert unsaid(kind, words, frozenset(), answer, frozenset(), person=person) == left


def test_the_not_stated_reply_is_what_the_user_sees(answerer: FormAnswerer) -> None:
    """With the known gaps too, «who killed the envoy» never shows the assault as the answer."""
    reply, text = reply_to(answerer, "مين اللي قتل رسول النبي")
    assert not any(part.done for part in reply.parts), text
    assert answer_text(answerer, "envoy_assault") not in text


@pytest.mark.parametrize(
    "message",
    [
        "ما اسم ناقة النبي ﷺ التي ركبها في تبوك؟ سؤال من ابني",
        "هل شاركت النساء في غزوة تبوك؟ سؤال من ابنتي",
    ],
)
def test_who_the_question_comes_from_after_it_is_no_question_of_its_own(
    answerer: FormAnswerer, message: str
) -> None:
    """«سؤال من ابني» after the question was a part of its own, answered with the overview."""
    reply, text = reply_to(answerer, message)
    assert len(reply.parts) == 1, text
    assert not any(part.done for part in reply.parts), text
    assert answer_text(answerer, "overview") not in text


def test_who_the_question_comes_from_keeps_the_answer(answerer: FormAnswerer) -> None:
    assert_each_part_answered(
        answerer, "كم كان عدد جيش المسلمين؟ سؤال من ابني الصغير", ["army_size"]
    )


def test_names_listed_before_what_they_gave_are_not_judged_false(answerer: FormAnswerer) -> None:
    """«قدم أبو بكر وعمر وعثمان أموالهم»: the three share «أموالهم»; «قدم أبو بكر» alone
    says nothing false, and Uthman's camels do not contradict «أموالهم»."""
    for message in (
        "قدم أبو بكر وعمر وعثمان أموالهم لتجهيز جيش العسرة",
        "قدم أبو بكر وعمر وعثمان أموالهم لتجهيز جيش العسرة. صح أم خطأ",
    ):
        reply, text = reply_to(answerer, message)
        assert all(part.verdict is not False for part in reply.parts), text
        assert not text.startswith("خطأ"), text
    # a share given to the wrong person is still false
    reply, text = reply_to(answerer, "قدم أبو بكر وعمر ماله كله")
    assert reply.parts[0].verdict is False, text


@pytest.mark.parametrize(
    ("message", "not_shown"),
    [
        # «الآخر» with the article after a noun is «the other», not «the last» («آخر غزوة»)
        ("الطرف الآخر في غزوة تبوك", "last_expedition"),
        ("من هو الطرف الاخر في الغزوة", "last_expedition"),
    ],
)
def test_the_other_is_not_the_last(answerer: FormAnswerer, message: str, not_shown: str) -> None:
    _, text = reply_to(answerer, message)
    assert answer_text(answerer, not_shown) not in text, text


def test_the_last_expedition_is_still_the_last(answerer: FormAnswerer) -> None:
    assert_each_part_answered(answerer, "هل كانت تبوك آخر غزوة للنبي", ["last_expedition"])
