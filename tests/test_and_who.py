"""«، ومن + a verb» after a question asks «and who …» («متى كانت غزوة تبوك، ومن قاد
الجيش؟»): a second question (knowledge/question_split.py); «ومن معهم», «ومن قبلها» do not."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import assert_each_part_answered


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("متى كانت غزوة تبوك، ومن قاد الجيش؟", ["date", "leader"]),
        ("أين رابط النبي بجنوده، ومن أرسل إلى دومة الجندل؟", ["stationing", "dumat_aljandal"]),
        # no comma, no «؟»: «ومن/و من» + a verb and a word after it still asks «and who»
        ("متى كانت غزوة تبوك ومن قاد الجيش", ["date", "leader"]),
        ("ما سبب الغزوة و مين قاد جيش المسلمين", ["reasons", "leader"]),
    ],
)
def test_and_who_after_a_comma_asks_a_second_question(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)


@pytest.mark.parametrize(
    "message",
    [
        # «ومن معهم» is «and those with them»; «ومن الذين …» after «ما» stays one question
        "ما موقف الروم، ومن معهم من العرب؟",
        # no question before the comma: nothing to split after
        "غزوة تبوك كانت في رجب، ومن قبلها مؤتة",
        # «ومن حالفها» with its object pronoun is «and those who allied with it»
        "ماهي الامبراطورية التي حاربها المسلمون ومن حالفها",
        "ما موقف الروم ومن معهم من العرب",
    ],
)
def test_and_from_or_those_with_them_is_not_cut(message: str) -> None:
    assert len(read_message(message).parts) == 1
