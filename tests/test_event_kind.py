"""Whether Tabuk was a ghazwa or a sariyya is settled by who led it (the Prophet himself), never
by Khalid's detachment, whose phrasings are the only ones holding «سرية»."""

from __future__ import annotations

import pytest

from knowledge.event_kind import KIND_RULE, asks_event_kind
from knowledge.normalize import normalize
from tests.message_helpers import assert_answered_with, reply_to


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("هل تبوك غزوة ام سرية", True),
        ("تبوك كانت غزوة ولا سرية؟", True),
        ("هل كانت غزوة تبوك سرية أم غزوة؟", True),
        ("هل كانت تبوك سرية؟", True),
        ("ليش تبوك تسمى غزوة مش سرية", True),
        # a sariyya within Tabuk: Khalid's, or one sent
        ("سرية خالد في تبوك", False),
        ("ما السرية التي أرسلها النبي في تبوك", False),
        ("هل كانت سرية دومة الجندل في غزوة تبوك", False),
        # no Tabuk named: the two words asked in general
        ("ما الفرق بين الغزوة والسرية", False),
    ],
)
def test_the_kind_of_event_is_read_from_the_two_kinds_or_tabuk_called_one(
    question: str, kind: bool
) -> None:
    assert asks_event_kind(normalize(question)) is kind


@pytest.mark.parametrize(
    "message",
    ["هل تبوك غزوة ام سرية", "هل كانت غزوة تبوك سرية أم غزوة؟", "هل كانت تبوك سرية؟"],
)
def test_the_user_is_told_who_led_it_not_khalids_errand(answerer, message: str) -> None:
    assert_answered_with(answerer, message, "leader", "بنفسه")


def test_khalids_detachment_is_still_his_errand(answerer) -> None:
    assert_answered_with(answerer, "سرية خالد في تبوك", "dumat_aljandal", "خالد بن الوليد")


def test_a_kind_question_with_a_follow_up_is_not_read_as_one_about_khalid(answerer) -> None:
    # (read by the engine, the kind question changed how the message was read: the two
    # parts were taken for one, and the whole answered with Khalid's errand; both ask who
    # led it, and are answered with that once)
    reply, text = reply_to(answerer, "هل كانت غزوة تبوك سرية؟ ومن قادها؟")
    assert {part.fact.id if part.fact else None for part in reply.parts} == {"leader"}
    assert "دومة الجندل" not in text, text


@pytest.mark.parametrize(
    "message",
    [
        # an option list or a statement: the kind is not asked as a question
        "صح أم خطأ: كانت تبوك سرية بقيادة خالد",
        "ما الفرق بين غزوة تبوك وسرية دومة الجندل؟",
    ],
)
def test_the_kind_rule_stays_out_of_other_forms(answerer, message: str) -> None:
    reply, _ = reply_to(answerer, message)
    assert all(part.reply.rule != KIND_RULE for part in reply.parts)


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Was Tabuk a ghazwa or a sariyya?", "leader"),
        ("Was the expedition of Tabuk a ghazwah or a sariyyah?", "leader"),
        ("Is Tabuk a sariyya?", "leader"),
        # the detachment named: Khalid's errand
        ("What was the sariyya of Khalid in Tabuk?", "dumat_aljandal"),
    ],
)
def test_english_ghazwa_or_sariyya_is_settled_by_who_led(english_engine, message, fact) -> None:
    part = english_engine.answer(message).parts[0]
    assert part.fact is not None and part.fact.id == fact, part.decision.outcome
