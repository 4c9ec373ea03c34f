"""«عسكر» as the verb «camped» (opening a statement before who camped and where, after its
subject before where, «عسكروا/عسكرت») is read as the facts' «رابط»; read as the noun
«soldiers», whose term is the army's, «عسكر الجيش في طريقه إلى تبوك عند المدينة المنورة»
claimed nothing the distance fact lacks and was judged «صحيح». The noun stays a noun."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.statement_words import camped_verb
from tests.message_helpers import assert_never_true, assert_verdict_then_fact


@pytest.mark.parametrize(
    ("statement", "read"),
    [
        ("عسكر الجيش في طريقه", "رابط الجيش في طريقه"),
        ("جيش الروم عسكر بالبلقاء", "جيش الروم رابط بالبلقاء"),
        ("المسلمون عسكروا عند تبوك", "المسلمون رابطوا عند تبوك"),
        ("وعسكر النبي بجنوده", "ورابط النبي بجنوده"),
        # (the noun: the Romans' soldiers, the soldiers paid)
        ("عسكر الروم كانوا كثيرين", "عسكر الروم كانوا كثيرين"),
        ("هرقل أعطى العسكر رزق سنة", "هرقل أعطى العسكر رزق سنة"),
        ("جمعوا عسكر كثير بالشام", "جمعوا عسكر كثير بالشام"),
    ],
)
def test_camped_verb(statement: str, read: str) -> None:
    assert camped_verb(statement) == read


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: عسكر الجيش في طريقه إلى تبوك عند المدينة المنورة",
        "عسكر الجيش في طريقه لتبوك عند دومة الجندل (صح/خطأ)",
    ],
)
def test_camping_where_the_text_does_not_say_is_never_true(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_true(answerer, message)


def test_camping_at_tabuk_stays_true(answerer: FormAnswerer) -> None:
    assert_verdict_then_fact(
        answerer, "صح أم خطأ: عسكر النبي ﷺ بجنوده عند تبوك بعد تراجع الروم", True, "stationing"
    )
