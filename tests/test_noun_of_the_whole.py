"""One word asked of the whole expedition (knowledge/noun_of_the_whole.py): a headline «X غزوة
تبوك» is not answered by a fact that has X only of another thing («دلالة اسم جيش العسرة»,
«النبي ضل معسكر»), nor is «ما دلالة ذلك؟» asked of what came before; a fact asked X of the
expedition itself, or of the name «that» points at, still answers."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, assert_answered_with, reply_to


@pytest.mark.parametrize(
    ("message", "other"),
    [
        ("دلالات غزوة تبوك", "army_name"),
        ("دلالة غزوة تبوك", "army_name"),
        ("فضل غزوة تبوك", "stationing"),
        # «that» points back at the camping, not at the army's name
        ("رابط النبي عند تبوك، ما دلالة ذلك؟", "army_name"),
        ("ما دلالة ذلك؟", "army_name"),
        # every demonstrative of knowledge/demonstratives.py (Egyptian «دا»)
        ("ما دلالة دا؟", "army_name"),
    ],
)
def test_a_word_a_fact_has_only_of_another_thing_is_not_answered_with_it(
    answerer: FormAnswerer, message: str, other: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not reply.parts[0].done, text
    assert answer_text(answerer, other) not in text


def test_that_asked_after_a_question_is_not_the_army_s_name(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "متى خرج النبي إلى تبوك؟ ما دلالة ذلك؟")
    assert [part.fact.id if part.fact else None for part in reply.parts] == ["date", None], text
    assert answer_text(answerer, "army_name") not in text


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("ثمرات غزوة تبوك", "outcome", "انتهت غزوة تبوك دون قتال"),
        ("أسباب غزوة تبوك", "reasons", "من أسباب غزوة تبوك"),
        ("موقع غزوة تبوك", "location", "توجه جيش المسلمين"),
        # of a side of the expedition («حلفاء الروم»)
        ("حلفاء غزوة تبوك", "roman_allies", "لخم وغسان"),
        # «that» is the name itself
        ("سمي الجيش جيش العسرة، ما دلالة ذلك؟", "army_name", "جيش العسرة"),
        ("ما دلالة هذه التسمية؟", "army_name", "جيش العسرة"),
        # «الغزوة دي», «الجيش ده»: «this expedition», no noun asked of «that»
        ("ايه موقف المؤمنين في الغزوة دي؟", "believers", "دون خوف أو تردد"),
        ("مين قاد الجيش ده؟", "leader", "بنفسه"),
    ],
)
def test_a_word_asked_of_the_expedition_itself_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)
