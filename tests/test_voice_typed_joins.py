"""Questions joined as voice typing and dialects join them: «و» typed apart from the question
word («… و كم كان عدد الجيش»), «ومن الذي + a verb» («and who is the one who …»), dialect
question words the engine reads as fillers but that ask all the same (Yemeni «كيفه», how),
and «ومن» + a verb or noun carrying a pronoun after a whole question («متى كانت غزوة تبوك ومن
قادها»): each opens a second question (knowledge/question_split.py). After a party or person,
«ومن …» is «and those who …» and asks nothing of its own."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.question_split import split_questions
from tests.message_helpers import assert_each_part_answered


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        (
            "اريد ان اعرف متى كانت غزوة تبوك و كم كان عدد الجيش و من الذي قدم نصف ماله",
            ["date", "army_size", "umar_donation"],
        ),
        ("ممكن تقولي متى كانت غزوة تبوك ومن الذي قاد الجيش", ["date", "leader"]),
        ("ايش سبب غزوة تبوك؟ وكيفه كان حال الناس وقت تجهيز الجيش؟", ["reasons", "hardship"]),
        # «ومن» + a verb or noun with a pronoun after a whole question: «and who led it»
        ("متى كانت غزوة تبوك ومن قادها", ["date", "leader"]),
        ("متى وقعت غزوة تبوك ومن قائدها", ["date", "leader"]),
        ("كم كان عدد الجيش ومن قاده", ["army_size", "leader"]),
    ],
)
def test_each_joined_question_is_answered(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)


@pytest.mark.parametrize(
    "text",
    [
        # «and those who are with him», «and from those who allied with them»: no question
        "تبرع عثمان ومن الذي معه",
        "ما موقف الروم ومن الذين حالفوهم",
        # «و» apart before «ما …ش» is the Maghrebi «not», as it is joined
        "علاش المنافقين تخلفو و ما بغاوش يخرجو",
        # after a party or person: «and those who allied with them / were with him»
        "ما موقف الروم ومن حالفهم",
        "ماهي الامبراطورية التي حاربها المسلمون ومن حالفها",
        "متى خرج النبي ومن معه",
        # siding with the enemy after a whole question: «and those who allied with it»
        "ضد من كانت غزوة تبوك ومن حالفها",
        "ما هي الإمبراطورية التي حاربها المسلمون في تبوك ومن حالفها",
        # no whole question before it
        "كانت غزوة تبوك ضد الروم ومن حالفها من العرب",
    ],
)
def test_and_those_who_stays_one_question(text: str) -> None:
    assert len(split_questions(text)) == 1
