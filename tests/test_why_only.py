"""«Why» the text gives no reason for: «why only this, and not that?», «why … without that»,
a fact telling who or where that gives no cause (issue 13, knowledge/why_contrast.py), and a
«why» asked of one side answered with the other side's reason (knowledge/why_doer.py). The
deed is never offered as the answer; a fact that gives the reason asked still answers."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    ("message", "deed"),
    [
        ("لماذا قدم عمر نصف ماله فقط", "umar_donation"),
        ("لماذا قدم عمر نصف ماله فقط وليس كله", "umar_donation"),
        ("علل: قدم عمر بن الخطاب نصف ماله فقط.", "umar_donation"),
        ("بنتي عندها اختبار، سؤالها: لماذا قدم عمر نصف ماله وليس كله؟", "umar_donation"),
        ("لماذا حقن النبي دم أكيدر ولم يقتله", "ukaydir"),
        # the other side's reason (why_doer)
        ("ليش ما هاجم الروم جيش النبي في تبوك؟", "no_battle"),
        ("لماذا لم يحارب الروم المسلمين؟", "no_battle"),
        ("ليش الروم ما هجموا؟", "no_battle"),
        ("ليه الروم كانوا خايفين من المسلمين؟", "arab_fear"),
        ("ليش النبي ما لحق جيش الروم لما انسحب لداخل بلاده؟", "roman_surprise"),
        ("علل: لم يتبع النبي جيش الروم بعد انسحابه إلى داخل بلاده", "roman_surprise"),
        # a fact telling who or where, giving no cause: the deed restated is no reason
        ("ليش أطلق النبي سراح أكيدر؟", "ukaydir"),
        ("ليش النبي عفا عن أكيدر", "ukaydir"),
        ("ليش استعان الروم بقبائل لخم وغسان؟", "roman_allies"),
        ("لماذا قاد النبي الغزوة بنفسه", "leader"),
        # «without that»: the fact tells the deed, not why it came without it
        ("ليه دومة الجندل خضعت بلا حرب؟", "dumat_aljandal"),
        ("لماذا سلمت دومة الجندل لخالد بدون معركة", "dumat_aljandal"),
    ],
)
def test_why_only_the_deed_is_not_answered_with_the_deed(
    answerer: FormAnswerer, message: str, deed: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not reply.parts[0].done, text
    assert answer_text(answerer, deed) not in text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("لماذا سمي جيش تبوك بجيش العسرة", "army_name"),
        ("لماذا لم يهاجم النبي الروم", "no_battle"),
        ("ليش انسحب الروم الى داخل بلادهم بدل ما يهاجمو", "roman_surprise"),
        # a fact whose answer gives the cause: «فقد أرعبهم», «حقنًا للدماء»
        ("استنتج سبب خوف العرب من مواجهة الروم", "arab_fear"),
        ("علل: لم يهاجم النبي الروم بعد تراجعهم", "no_battle"),
        ("ليش سموه جيش العسرة؟", "army_name"),
        # the fact's own side asked (why_doer); the Romans after the verb are its object
        ("لماذا لم يهاجم النبي الروم بعد تراجعهم؟", "no_battle"),
        ("علل: لم يلحق النبي بالروم حين تراجعوا", "no_battle"),
        ("ليش ما حاربوا الروم؟", "no_battle"),
        ("لماذا تراجع الروم إلى داخل بلادهم؟", "roman_surprise"),
        ("لماذا هرب الروم من المسلمين؟", "roman_surprise"),
        # the Romans' retreat «without a fight» leading: the Prophet's restraint is no rival
        # of it (why_doer.the_doer_s_why)
        ("علاش الروم رجعو لبلادهم بلا معركة؟", "roman_surprise"),
        ("ليه الروم انسحبوا ومقاتلوش جيش النبي؟", "roman_surprise"),
        ("ليش الرسول ما لحق الروم لما انسحبوا؟", "no_battle"),
        # the text gives the cause: «أعلن المنافقون نفاقهم، فتخلفوا», «حقنًا للدماء»
        ("ليه المنافقين تخلفوا عن تبوك؟", "hypocrites"),
        # (the deed is the verb after its doer: «تخلفوا», «ما راحوش», not «المنافقين»)
        ("بنتي بتسأل: ليه المنافقين ما راحوش الغزوة؟", "hypocrites"),
        ("لماذا قعد المنافقون عن تبوك؟", "hypocrites"),
        ("لماذا انتهت غزوة تبوك بلا قتال؟", "no_battle"),
        # the deed told as a result («… فرجع إلى قريته»)
        ("لماذا رجع أكيدر إلى قريته", "ukaydir"),
        # «ليه» after «who» is «to him», not why
        ("شكون أكيدر وشنو دار ليه النبي؟", "ukaydir"),
        ("شكون العدو اللي خرجو ليه المسلمين؟", "enemy"),
    ],
)
def test_a_fact_people_ask_why_of_still_answers(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.ANSWER and part.fact is not None, text
    assert part.fact.id == fact_id
