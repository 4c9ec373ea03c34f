"""A named person's life asked of the fact that tells only his part in the expedition
(knowledge/named_lives.py): «مقتل عمر بن الخطاب», «سيرة عثمان بن عفان», «قصة إسلام عمر»
are not answered with Umar's or Uthman's gift. Other rows hold that the turn told by the
fact, or a turn said of no named person, is still answered."""

from __future__ import annotations

import pytest

from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.forms import FormAnswerer
from knowledge.named_lives import asks_a_named_person_s_name, named_life_turns
from knowledge.normalize import normalize
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to


@pytest.fixture(scope="module")
def bare_answerer() -> FormAnswerer:
    """No known gaps: the rule alone must keep the gift from being shown."""
    return FormAnswerer(AnswerEngine(load_shipped().facts, gaps=()))


@pytest.mark.parametrize(
    ("message", "not_shown"),
    [
        # death and killing said of a named person, in a headline or a story
        ("مقتل عمر بن الخطاب", "umar_donation"),
        ("استشهاد عثمان بن عفان", "uthman_donation"),
        ("عمر بن الخطاب ومقتله", "umar_donation"),
        ("قصة مقتل عمر بن الخطاب", "umar_donation"),
        ("كيف قتل عمر بن الخطاب؟", "umar_donation"),
        # conversion, caliphate, the life as a whole, conquests, trade
        ("إسلام عثمان بن عفان", "uthman_donation"),
        ("قصة إسلام عمر بن الخطاب", "umar_donation"),
        ("خلافة عمر بن الخطاب", "umar_donation"),
        ("سيرة عثمان بن عفان", "uthman_donation"),
        ("كيف كانت حياة عمر بن الخطاب؟", "umar_donation"),
        ("فتوحات عمر بن الخطاب", "umar_donation"),
        ("تجارة عبد الرحمن بن عوف", "abdulrahman_donation"),
    ],
)
def test_a_named_persons_life_is_not_answered_with_his_part(
    bare_answerer: FormAnswerer, message: str, not_shown: str
) -> None:
    reply, text = reply_to(bare_answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert answer_text(bare_answerer, not_shown) not in text, text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # the turn the fact tells: Ukaydir's life spared, Khalid's conquest of Dumat
        ("حقن دم أكيدر", "ukaydir"),
        ("فتوحات خالد بن الوليد", "dumat_aljandal"),
        # said of no named person: the envoy, the commanders, the Prophet's lifetime
        ("مقتل سفير النبي", "envoy_assault"),
        ("ماذا فعل خالد بن الوليد بعد مقتل القادة الثلاثة في مؤتة؟", "mutah"),
        ("هل كانت تبوك آخر غزوة في حياة النبي؟", "last_expedition"),
        # the person's part itself
        ("عطاء عثمان بن عفان", "uthman_donation"),
        # «سيرة» is the subject of an exam, and «بكرة» tomorrow, not Abu Bakr
        ("عندي امتحان سيرة بكرة، تشرحلي غزوة تبوك على السريع؟", "overview"),
    ],
)
def test_a_turn_the_fact_tells_is_still_answered(
    bare_answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(bare_answerer, message, [fact_id])


@pytest.mark.parametrize(
    ("question", "turns"),
    [
        ("مقتل عمر بن الخطاب", 1),
        ("حياه ابي بكر", 1),
        ("عثمان بن عفان واستشهاده", 1),
        # «his» with no one named, or the word not before a name: nothing read
        ("واستشهاده", 0),
        ("اخر غزوه في حياه النبي", 0),
        ("بعد مقتل القاده الثلاثه", 0),
        # a word with a suffix whose stem is a name is not the name («بكرة» is tomorrow)
        ("عندي امتحان سيره بكره", 0),
        ("سيره لعثمان", 1),
    ],
)
def test_the_turn_is_read_only_beside_the_name(question: str, turns: int) -> None:
    assert len(named_life_turns(tuple(normalize(question).split()))) == turns


@pytest.mark.parametrize(
    "message",
    ["وش اسم ابو بكر الحقيقي؟", "ما اسم أبي بكر الكامل؟", "اسم ابو بكر الحقيقي"],
)
def test_a_named_persons_other_name_is_not_answered_with_his_part(
    bare_answerer: FormAnswerer, message: str
) -> None:
    """The facts call Abu Bakr only «أبو بكر الصديق»: his real name is not his gift."""
    reply, text = reply_to(bare_answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert answer_text(bare_answerer, "abu_bakr_donation") not in text, text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # a role or «the companion who …» after «اسم»: no one named there
        ("ما اسم ملك الروم؟", "heraclius"),
        ("ما اسم الصحابي الذي قدم ماله كله؟", "abu_bakr_donation"),
    ],
)
def test_a_name_asked_of_a_role_is_still_answered(
    bare_answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(bare_answerer, message, [fact_id])


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("الاسم الكامل لعثمان", True),
        ("ما الاسم الحقيقي لابي بكر الصديق", True),
        ("ما اسم ملك الروم", False),
        ("اسم الصحابي الذي قدم ماله", False),
    ],
)
def test_whose_name_is_asked(question: str, asks: bool) -> None:
    assert asks_a_named_person_s_name(tuple(normalize(question).split())) is asks


@pytest.mark.parametrize("message", ["كيف مات خالد بن الوليد؟", "متى توفي خالد بن الوليد؟"])
def test_a_death_told_of_others_is_not_the_named_persons(
    bare_answerer: FormAnswerer, message: str
) -> None:
    """Mu'tah's death words are the three commanders'; Khalid is named after them."""
    reply, text = reply_to(bare_answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert answer_text(bare_answerer, "mutah") not in text, text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # told once he is named: Ukaydir's life spared
        ("كيف نجا أكيدر من القتل؟", "ukaydir"),
        # a yes/no question: the fact tells he led after the commanders fell
        ("خالد بن الوليد استشهد في مؤتة؟", "mutah"),
        # the deaths asked of no one named
        ("مين قتل في مؤتة؟", "mutah"),
    ],
)
def test_a_death_told_of_the_person_is_still_answered(
    bare_answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(bare_answerer, message, [fact_id])
