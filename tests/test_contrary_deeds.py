"""A deed or a reason said instead of the one the text states (knowledge/contrary_deeds.py,
answer_keys.json «contrary»): the hypocrites said to have gone out or encouraged, the
believers to have stayed behind or hesitated, the army named for its number or spoils —
«خطأ» then the fact; never when the statement denies it, speaks of some of them, names
someone else of whom the deed is said, or says the fact's own deed."""

from __future__ import annotations

import pytest

from knowledge.answer_keys import AnswerKeyError, parse_answer_keys
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict_then_fact


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("خرج المنافقون كلهم مع النبي إلى تبوك صح أم خطأ", "hypocrites"),
        ("المنافقين راحوا مع الجيش وكانوا متحمسين، صح ولا غلط؟", "hypocrites"),
        ("كان المنافقون يحمسون الناس على الجهاد ( )", "hypocrites"),
        ("المؤمنون الصادقون ترددوا في الخروج إلى تبوك. صح أم خطأ", "believers"),
        ("المؤمنين قعدوا في بيوتهم وما لبوا النداء", None),
        ("سموا الجيش جيش العسرة لقلة جنوده ( )", "army_name"),
        ("سمي جيش العسرة بهذا الاسم لكثرة الغنائم التي أخذها، صح ولا خطأ؟", "army_name"),
    ],
)
def test_a_deed_said_instead_of_the_text_s_is_false(
    answerer: FormAnswerer, message: str, fact_id: str | None
) -> None:
    if fact_id is None:  # (a denial in it too: never judged by a contrary deed)
        assert_never_false(answerer, message)
        return
    # (assert_verdict checks that the reply opens with «خطأ»)
    assert_verdict_then_fact(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # each side named with its own deed, in either order
        "تخلف المنافقون وخرج المؤمنون ( )",
        "خرج المؤمنون مع النبي وتخلف المنافقون ( )",
        # someone else named between: the Prophet went out, the hypocrites stayed
        "خرج النبي بالجيش وقعد المنافقون ( )",
        # a denial: the text's deed in other words
        "المؤمنون استجابوا دون تردد ( )",
        "المنافقون لم يخرجوا مع النبي ( )",
        "سمي جيش العسرة لما أحاط به من صعوبات لا لكثرة عدده ( )",
        # some of them, which the text does not deny
        "تخلف بعض المؤمنين عن تبوك ( )",
        # the army's size, no reason for its name
        "كان جيش العسرة كبيرا ( )",
    ],
)
def test_a_deed_of_someone_else_or_denied_is_never_false(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)


def test_contrary_deeds_must_be_phrases() -> None:
    bad = {
        "keys": {
            "x": {
                "answer": "a",
                "slots": [{"kind": "thing", "answer": "a", "values": ["a"], "contrary": [""]}],
            }
        }
    }
    with pytest.raises(AnswerKeyError):
        parse_answer_keys(bad, origin="test")


@pytest.mark.parametrize(
    "message",
    [
        # fighting at Tabuk said in other words (answer_keys.json, no_battle's polarity)
        "هجم الروم على المسلمين عند تبوك ( )",
        "طارد النبي ﷺ الروم إلى داخل بلادهم. صح أم خطأ",
        "المسلمين غزوا تبوك وذبحوا الروم صح ولا غلط",
    ],
)
def test_fighting_said_in_other_words_is_false(answerer: FormAnswerer, message: str) -> None:
    assert_verdict_then_fact(answerer, message, False, "no_battle")


def test_fighting_at_mu_tah_is_not_judged_by_tabuk(answerer: FormAnswerer) -> None:
    assert_never_false(answerer, "هجم الروم على المسلمين في مؤتة ( )")
