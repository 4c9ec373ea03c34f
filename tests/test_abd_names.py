"""«عبد الله بن أبي», «عبدالله بن عمر»: an «عبد …» other than Abd al-Rahman is someone the
text never names (knowledge/abd_names.py). Neither Abd al-Rahman's gift nor the list of
donors answers him, and a statement about him is not settled by them. Other rows hold that
Abd al-Rahman, however typed, and a teacher addressed by name, are read as before."""

from __future__ import annotations

import pytest

from knowledge.abd_names import names_another_abd
from knowledge.forms import FormAnswerer
from knowledge.normalize import normalize
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "مين عبد الله بن أبي؟",
        "ماذا فعل عبد الله بن أبي في تبوك؟",
        "عبد الله بن أبي في تبوك",
        "قصة عبد الله ذي البجادين في تبوك",
    ],
)
def test_another_abd_is_not_abd_al_rahman(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert answer_text(answerer, "abdulrahman_donation") not in text, text


def test_a_statement_about_another_abd_is_not_settled(answerer: FormAnswerer) -> None:
    """«عبد الله بن عمر في تبوك» was «خطأ» by Abd al-Rahman's gift (Umar read as the one
    named, Abd al-Rahman as the one corrected)."""
    reply, text = reply_to(answerer, "عبد الله بن عمر في تبوك")
    assert all(part.verdict is None for part in reply.parts), text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("عبد الرحمن بن عوف في تبوك", "abdulrahman_donation"),
        ("عبدالرحمن بن عوف وش قدم؟", "abdulrahman_donation"),
        # a repair ran «الرحمن ين» into one word: still Abd al-Rahman (and Ibn Awf)
        ("عبد الرحمن ين عوف شنو سوى بغزوة تبوك؟", "abdulrahman_donation"),
        # a teacher addressed by name asks nothing of him
        ("يا أستاذ عبد الله، متى كانت غزوة تبوك؟", "date"),
    ],
)
def test_abd_al_rahman_and_an_addressee_are_read_as_before(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


@pytest.mark.parametrize(
    ("question", "another"),
    [
        ("عبد الله بن ابي", True),
        ("وعبدالعزيز", True),
        ("عبد الرحمن", False),
        ("عبد الرحمان بن عوف", False),
        ("عبدالرحمن", False),
        ("عبد الله بن عوف", False),
    ],
)
def test_which_abd_is_named(question: str, another: bool) -> None:
    assert names_another_abd(tuple(normalize(question).split())) is another


@pytest.mark.parametrize(
    "message",
    [
        "موقف عبد الله بن أبي من غزوة تبوك",
        "ماذا فعل عبد الله بن أبي في غزوة تبوك؟",
        "عبدالله بن ابي شو كان دوره بتبوك؟",
    ],
)
def test_ibn_ubayy_is_told_as_the_unnamed_chief_of_the_hypocrites(
    answerer: FormAnswerer, message: str
) -> None:
    """The text never names the hypocrites' chief: the known gap (as «ابن سلول» is), never
    the enemy, the believers or Abd al-Rahman's gift."""
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert "رأس المنافقين" in text, text


@pytest.mark.parametrize(
    "message",
    [
        # Abu Bakr's son and Umar's son: the father named only inside the son's name
        "ماذا قدم عبد الله بن أبي بكر لجيش تبوك؟",
        "ماذا قدم عبد الله بن عمر في تبوك؟",
    ],
)
def test_a_father_named_only_in_another_abd_s_name_is_not_answered(
    answerer: FormAnswerer, message: str
) -> None:
    """«ماذا قدم عبد الله بن أبي بكر لجيش تبوك؟» got Abu Bakr's gift, a confident wrong
    answer (ar101 found it): the text never names his son."""
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("ماذا قدم أبو بكر لجيش تبوك؟", "abu_bakr_donation"),
        # the father named on his own as well: he is asked
        ("ماذا قدم عمر بن الخطاب وعبد الله بن أبي؟", "umar_donation"),
    ],
)
def test_a_father_named_on_his_own_is_still_answered(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])
