"""A true/false statement denying what the text denies too (knowledge/agreed_denials.py):
«لم يشأ النبي مهاجمة الروم», «دون خوف ولا تردد» where the fact says the same in its own
denial. The reply a user sees opens with «صحيح», then the fact; a denial the fact does not
make, or a statement with words the fact does not state, is never «صحيح» this way."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_true, assert_verdict_then_fact


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «لم يشأ» as the text's own «لم يشأ … أن يهاجمهم», the wish and the attack
        ("النبي ﷺ لم يشأ أن يهاجم الروم بعد تراجعهم حقنا للدماء. صح أم خطأ؟", "no_battle"),
        # «بدون … ولا …» as the text's «دون خوف أو تردد»: each denial matched
        ("المؤمنون قدموا أنفسهم وأموالهم بدون خوف ولا تردد ( )", "believers"),
        (
            "كان من المسلمين من يقدم نفسه وماله لخدمة الإسلام دون خوف أو تردد. صح أم خطأ",
            "believers",
        ),
        # a verb's other form («يتوقعوا» for the text's «يتوقع»)
        ("الروم لم يتوقعوا أن يستجيب هذا العدد الضخم من المسلمين ( )", "roman_surprise"),
        ("لم يكن تجهيز جيش تبوك سهلا ولا هينا. صح أم خطأ؟", "hardship"),
    ],
)
def test_a_statement_denying_what_the_text_denies_is_true(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, True, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # the text states it: denied, it is no agreement
        "المؤمنون لم يقدموا أموالهم لخدمة الإسلام ( )",
        "لم يتراجع الروم إلى داخل بلادهم ( )",
        # the text denies the wish to attack, not a peace with the Romans
        "النبي ﷺ لم يشأ أن يصالح الروم ( )",
        # a word the fact does not state («خروج»): not stated in full
        "الروم لم يتوقعوا خروج المسلمين إلى المدينة ( )",
    ],
)
def test_a_denial_the_text_does_not_make_is_never_true(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_true(answerer, message)
