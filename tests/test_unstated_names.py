"""Names of people the text tells of only as a group, of a thing it tells only as someone's
(«قريته»), and a revelation or what became of someone asked after the expedition
(knowledge/names_asked.py,
knowledge/asked.py): the fact about the group, or the verse that came down during the
expedition, is never shown as the answer. Other rows hold that facts naming what is asked
still answer."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to

NOT_STATED = [
    # names of the members of a group no fact names
    ("من هم المنافقون الذين تخلفوا عن تبوك بالاسم", "hypocrites"),
    ("اسماء الجنود المرتزقة عند الروم", "heraclius"),
    ("ابي اسماء المرتزقة اللي جمعهم هرقل", "heraclius"),
    ("اذكر أسماء الوفود التي جاءت بعد تبوك", "delegations"),
    ("ما هي القبائل التي جاءت في الوفود بعد تبوك", "delegations"),
    # «بأسمائها» (by their names) of a feminine plural
    ("من هي الوفود بأسمائها؟", "delegations"),
    # «سمِّ ثلاثة من …» (name three of them) asks names too
    ("سمِّ ثلاثة من المنافقين الذين تخلفوا عن تبوك", "hypocrites"),
    # a revelation after the expedition: the verses quoted came down during it
    ("ما هي السورة التي نزلت بعد تبوك", "verse_117"),
    ("السورة التي نزلت بعد غزوة تبوك", "verse_117"),
    # what became of someone after the expedition: his fact tells what happened in it
    ("ماذا حدث لأكيدر بعد غزوة تبوك", "ukaydir"),
    ("شو صار للمنافقين بعد غزوة تبوك", "hypocrites"),
    # the name of a thing the answer tells only as someone's («فرجع إلى قريته»)
    ("اسم القرية التي رجع إليها أكيدر بعد أن خلى النبي سبيله", "ukaydir"),
    ("اسم البلاد اللي تقهقر لها الروم", "roman_surprise"),
]


@pytest.mark.parametrize(("message", "not_shown"), NOT_STATED)
def test_what_the_near_fact_does_not_name_is_not_answered_with_it(
    answerer: FormAnswerer, message: str, not_shown: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert answer_text(answerer, not_shown) not in text, text


STATED = [
    # the facts that do name them
    ("أسماء الصحابة الذين قدموا أموالهم لتجهيز جيش العسرة", "donations"),
    ("ما أسماء القبائل التي جلبها الروم معهم", "roman_allies"),
    ("من هو رئيس دومة الجندل بالاسم", "ukaydir"),
    ("سمِّ اثنين من الصحابة الذين تبرعوا لجيش العسرة", "donations"),
    ("سمِّ اثنين من حلفاء الروم", "roman_allies"),
    ("سمِّ الصحابي الذي قدم نصف ماله", "umar_donation"),
    ("من القبائل العربية التي جلبها الروم معهم؟", "roman_allies"),
    ("ممكن تقولي ايه اللي حصل من القبايل العربية بعد رجوع النبي من تبوك؟", "delegations"),
    ("ممكن تذكر لي أسماء المناطق التي عاهدها النبي في غزوة تبوك؟", "treaties"),
    # after the expedition, told by a fact that says so
    ("ماذا حدث بعد غزوة تبوك", "delegations"),
    ("الجزية فرضت على مين بعد تبوك؟", "jizya"),
    # the thing named by itself («هرقل هو ملك الروم», «أكيدر هو رئيس دومة الجندل»)
    ("ما اسم ملك الروم", "heraclius"),
    ("ما اسم رئيس دومة الجندل", "ukaydir"),
]


@pytest.mark.parametrize(("message", "fact_id"), STATED)
def test_a_fact_naming_what_is_asked_still_answers(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])
