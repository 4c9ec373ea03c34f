"""A real word with an ending («سيفا», «مقدمته», «رماحهم») read through a typo repair as a
word the facts use must not be what leads to a fact: the question asks about something the
text does not state, and is asked back or left unanswered, never answered with that fact.
A repair the rest of the question agrees with still answers."""

from __future__ import annotations

import pytest

from knowledge.common_words import is_inflected_common_word
from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


def _given(answerer: FormAnswerer, message: str) -> tuple[list[str], str]:
    reply, text = reply_to(answerer, message)
    return [part.fact.id for part in reply.parts if part.done and part.fact], text


@pytest.mark.parametrize(
    ("word", "real"),
    [
        ("سيفا", True),  # «سيف» with the accusative «ا»
        ("مقدمته", True),  # «مقدمة» with «ه»: the «ة» written «ت»
        ("سيف", False),  # listed as typed: not inflected
        ("قتاا", False),  # a slip, no word
        ("انتهه", False),  # a bare final «ه» is «ة», not a pronoun
    ],
)
def test_an_inflected_common_word_is_known_by_its_bare_form(word: str, real: bool) -> None:
    assert is_inflected_common_word(word) is real


@pytest.mark.parametrize(
    "message",
    [
        # «سيفا» is no slip of Heraclius's «سلفا»
        "كم سيفا كان مع جيش المسلمين؟",
        "كم سيفا حمل المجاهدون إلى تبوك؟",
        # «مقدمته» (its vanguard) is no slip of «مقدما» (paid in advance)
        "ومن كان على مقدمته؟",
        "من كان على مقدمته في تبوك؟",
    ],
)
def test_a_real_word_repaired_is_not_the_only_link_to_a_fact(
    answerer: FormAnswerer, message: str
) -> None:
    given, text = _given(answerer, message)
    assert given == [], text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # the rest of the question leads to the same fact: the repair stands
        ("من الحاكم البيزنطي الذي صرف للجنود أجورهم عاما كاملا قبل تبوك؟", "heraclius"),
        ("كم كان عدد الجيش؟", "army_size"),
    ],
)
def test_a_repair_the_rest_agrees_with_still_answers(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    given, text = _given(answerer, message)
    assert given == [fact_id], text
