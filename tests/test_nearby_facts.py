"""A detail the text does not tell is not answered with a fact near it: a word read as
another sense («نزل» of the army is halting, not a verse sent down; «شيخ قبيلة» is a
chief, not the «شيخ» a message addresses; «المي» is water, not a mistyped «الي»), a donor's
camels taken for what the army rode, a word's meaning answered with the expedition, a
people described that no fact names. Each row is a message and what the user sees."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_answered_with, assert_not_answered_with, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «نزل» of the army on the way: where it halted is not told (never the verse)
        ("الجيش نزل فين وهو رايح تبوك؟", "verse_117"),
        ("وين نام الجيش بالطريق؟", "distance"),
        ("أين استراح الجيش في الطريق إلى تبوك؟", "distance"),
        # water on the road: «المي» is a word, not a slip of «الي»
        ("كيف دبروا المي بالطريق لتبوك؟", "distance"),
        ("منين جابو المي بالطريق؟", "distance"),
        # a tribe's chief is named nowhere (not the tribes allied with Rome)
        ("ما اسم شيخ قبيلة تبوك؟", "roman_allies"),
        # what the army rode: Uthman's camels and horses are his gift, not the army's mounts
        ("هل كان الجيش على الخيول؟", "uthman_donation"),
        ("هل كان المسلمون على الخيل؟", "uthman_donation"),
        ("هل كان في الجيش خيل كثيرة؟", "uthman_donation"),
        # who was with Khalid: his companions are not named (he and his errand are)
        ("منو جان ويا خالد بن الوليد من الصحابة بدومة الجندل؟", "dumat_aljandal"),
        ("من كان مع خالد في دومة الجندل؟", "dumat_aljandal"),
        # «ركب» of the Prophet is riding, not the hypocrites' «ركب المجاهدين» (a caravan)
        ("النبي ركب شو بتبوك؟", "hypocrites"),
        # hours of marching: the verse's «ساعة العسرة» is a name, no measure of time
        ("كم ساعة مشي الجيش كل يوم؟", "verse_117"),
        # the meaning of the word «غزوة»: not the story of Tabuk
        ("ما معنى كلمة غزوة؟", "overview"),
        ("شو معنى غزوة؟", "overview"),
        ("ما تعريف الغزوة؟", "overview"),
    ],
)
def test_a_detail_not_told_is_not_answered_with_a_nearby_fact(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_not_answered_with(answerer, message, fact_id)


@pytest.mark.parametrize(
    ("message", "fact_id", "said"),
    [
        # where the Prophet or his army halted at Tabuk is the stationing
        ("أين نزل النبي في تبوك؟", "stationing", "رابط النبي"),
        ("وين نزلوا المسلمين في تبوك؟", "stationing", "رابط النبي"),
        ("هل نزل النبي بجيشه في تبوك مدة من الزمن؟", "stationing", "رابط النبي"),
        # a verse sent down stays the verse
        ("ايه الآية اللي نزلت في اللي خرجوا مع النبي لتبوك؟", "verse_117", "التوبة: 117"),
        ("ماذا نزل في المنافقين؟", "verse_38", "التوبة: 38"),
        # Uthman's gift asked of him is still his gift
        ("هل تبرع عثمان بالخيل؟", "uthman_donation", "خمسين فرسًا"),
        # «غزوة تبوك» asked by name is the overview
        ("ما معنى غزوة تبوك؟", "overview", "غزوة قادها النبي"),
        # «جغرافية …» before the name is its geography: where it was
        ("جغرافية غزوة تبوك", "location", "توجه جيش المسلمين"),
        ("جغرافية تبوك", "location", "توجه جيش المسلمين"),
    ],
)
def test_the_detail_told_is_still_answered(
    answerer: FormAnswerer, message: str, fact_id: str, said: str
) -> None:
    assert_answered_with(answerer, message, fact_id, said)


@pytest.mark.parametrize(
    "message",
    [
        # a people described that no fact names (the delegations name no tribe)
        "من أنا؟ قبيلة عربية أسلمت بعد تبوك وجاءت في الوفود",
        # one the description names itself is no answer to who it is
        "من أنا؟ صحابي تخلفت عن تبوك وكنت من المنافقين",
        # clues of two people: Uthman's camels beside Abu Bakr's title fit no one
        "من أنا؟ صحابي قدمت 950 جملا وكنت أول الخلفاء",
    ],
)
def test_who_am_i_naming_no_one_of_its_kind_is_not_answered(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text


@pytest.mark.parametrize(
    ("message", "fact_id", "said"),
    [
        ("من أنا؟ قبيلة عربية حالفت الروم في تبوك", "roman_allies", "لخم وغسان"),
        ("من أنا؟ امبراطورية حاربها المسلمون في تبوك", "enemy", "البيزنطية"),
        ("أنا ملك أعطيت المرتزقة رزق سنة مقدما، من أنا؟", "heraclius", "هرقل"),
        ("من أنا؟ صحابي قدمت 950 جملا و50 فرسا", "uthman_donation", "950"),
    ],
)
def test_who_am_i_of_one_the_facts_name_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str, said: str
) -> None:
    assert_answered_with(answerer, message, fact_id, said)
