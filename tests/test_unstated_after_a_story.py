"""Unstated details the user names before a yes/no question about «it», and the size of a
companion's wealth: the reply a user sees says the text does not state them (ar41, issue 13)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.follow_ups import points
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to

WEALTH = texts.GAP.format(
    detail="مقادير أموال الصحابة وثرواتهم (بالدراهم أو غيرها)؛ وإنما يذكر أن أبا بكر قدّم ماله"
    " كله وعمر نصف ماله"
)


@pytest.mark.parametrize(
    ("question", "pointing"),
    [
        ("هل هي في تبوك؟", True),
        ("واش هو لحق بالجيش؟", True),
        ("هل هم من المنافقين؟", True),
        # a yes/no question naming its own subject points at nothing told before it
        ("هل كانت غزوة تبوك في رجب؟", False),
        ("هل حارب المسلمون الروم في تبوك؟", False),
    ],
)
def test_a_subject_pronoun_after_a_yes_no_particle_points_back(
    question: str, pointing: bool
) -> None:
    assert points(question) is pointing


@pytest.mark.parametrize(
    ("message", "detail"),
    [
        ("يا شيخ قصة الحجر ومرور الجيش بديار ثمود، هل هي في تبوك؟", "ديار ثمود"),
        ("سمعت بقصة مسجد الضرار، هل هو من أحداث غزوة تبوك؟", "مسجد الضرار"),
        ("قرأت عن كعب بن مالك، واش هو من اللي تخلفوا؟", "كعب بن مالك"),
    ],
)
def test_it_is_the_unstated_detail_the_story_named(
    answerer: FormAnswerer, message: str, detail: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not reply.parts[0].done, text
    assert text.startswith("لا يذكر النص") and detail in text, text


def test_it_is_someone_the_text_covers(answerer: FormAnswerer) -> None:
    # the story names Ukaydir, whom the text covers: «هل هو رئيس دومة الجندل؟» is answered
    reply, text = reply_to(answerer, "قرأت عن أكيدر، هل هو رئيس دومة الجندل؟")
    part = reply.parts[0]
    assert part.done and part.fact is not None and part.fact.id == "ukaydir", text
    assert "رئيس دومة الجندل" in text


def test_the_second_yes_no_part_is_still_answered(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "قصة الحجر وديار ثمود، هل هي في تبوك؟ ومتى كانت غزوة تبوك؟")
    first, second = reply.parts[:2]
    assert not first.done and second.done, text
    assert second.fact is not None and second.fact.id == "date", text


@pytest.mark.parametrize(
    "message",
    ["كم كان مقدار مال أبي بكر الذي قدمه؟", "كم مقدار مال عمر بن الخطاب؟"],
)
def test_the_size_of_a_companions_wealth_is_not_stated(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not reply.parts[0].done, text
    assert text.startswith(WEALTH), text


@pytest.mark.parametrize(
    ("message", "fact_id", "shown"),
    [
        # the share given is stated: «how much of his money» and «the amount he gave»
        ("كم قدم عمر من ماله؟", "umar_donation", "نصف ماله"),
        ("ما مقدار المال الذي قدمه عمر؟", "umar_donation", "نصف ماله"),
        ("ما مقدار ما قدمه أبو بكر؟", "abu_bakr_donation", "ماله كله"),
    ],
)
def test_the_share_each_gave_is_still_answered(
    answerer: FormAnswerer, message: str, fact_id: str, shown: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.ANSWER and part.fact is not None, text
    assert part.fact.id == fact_id and shown in text, text


FAITHS = texts.GAP.format(
    detail="دين من يذكرهم من الأشخاص والقبائل، أكانوا نصارى أم يهودًا أم غير ذلك"
)


@pytest.mark.parametrize(
    "message",
    ["هل كان هرقل مسيحيا؟", "الغساسنة حلفاء الروم، هل كان ملكهم نصرانيا؟", "وهل كان نصراني"],
)
def test_a_persons_faith_is_not_stated(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert not reply.parts[0].done, text
    assert text.startswith(FAITHS), text


def test_a_faith_asked_after_who_he_is(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "شكون هو أكيدر؟ وواش كان مسيحي؟")
    first, second = reply.parts[:2]
    assert first.done and first.fact is not None and first.fact.id == "ukaydir", text
    assert not second.done and FAITHS in text, text


def test_the_jews_and_christians_as_options_still_get_the_enemy(answerer: FormAnswerer) -> None:
    # the peoples named as options (plural, «اليهود») are no one's faith asked
    reply, text = reply_to(answerer, "ضد من كانت غزوة تبوك؟ أ) الفرس ب) اليهود ج) الروم")
    assert reply.parts[0].done and reply.parts[0].fact is not None, text
    assert reply.parts[0].fact.id == "enemy" and "(ج) الروم" in text, text


ABDULRAHMAN_AMOUNT = texts.GAP.format(detail="مقدار ما قدّمه عبد الرحمن بن عوف لتجهيز الجيش")


@pytest.mark.parametrize(
    "message",
    [
        "واش عبد الرحمن بن عوف شارك بمالو ف تبوك؟ وقداش عطا؟",
        "عبد الرحمن بن عوف قدم ماله؟ وقديش قدم؟",
        "ماذا قدم عبد الرحمن بن عوف؟ وشكد دفع؟",
    ],
)
def test_a_dialect_how_much_follow_up_asks_about_the_one_named_before(
    answerer: FormAnswerer, message: str
) -> None:
    # «قداش/قديش/شكد» are «كم»: the later part names nothing of its own but the verb, so it
    # asks about Abd al-Rahman, whose amount the text does not give
    reply, text = reply_to(answerer, message)
    first, second = reply.parts[:2]
    assert first.done and first.fact is not None, text
    assert first.fact.id == "abdulrahman_donation", text
    assert not second.done and ABDULRAHMAN_AMOUNT in text, text


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("ماذا قدم عثمان؟ وشحال عطا من الخيل؟", "خمسين فرسًا"),
        ("عثمان جهز الجيش؟ وكام جمل قدم؟", "950"),
    ],
)
def test_a_dialect_how_many_follow_up_about_uthman_is_answered(
    answerer: FormAnswerer, message: str, shown: str
) -> None:
    # (both parts are one fact's: the reply answers them together)
    reply, text = reply_to(answerer, message)
    assert all(part.done for part in reply.parts), text
    assert {part.fact.id for part in reply.parts if part.fact} == {"uthman_donation"}, text
    assert shown in text and "لا يذكر النص" not in text, text
