"""A headline of noun and prepositional phrases only («الجنود المرتزقة في جيش الروم قبل
تبوك») asserts nothing: the reply the user sees never opens «صحيح» or «خطأ» (a sentence with
a verb, a copula, a number or an indefinite predicate is still judged). And a dialect «how
much» after a question about someone («واش عبد الرحمن بن عوف شارك بمالو؟ وقداش عطا؟») asks
that person's amount, which the text does not state: said so, never the list of donors."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from knowledge.headlines import states_nothing
from tests.message_helpers import answer_text, reply_to

VERDICTS = ("صحيح", "خطأ")


@pytest.mark.parametrize(
    ("headline", "fact_id"),
    [
        # asked back (the mercenaries' gathering, or Heraclius's pay to them)
        ("الجنود المرتزقة في جيش الروم قبل تبوك", None),
        # answered with the allies fact, not confirmed as if it were a claim
        ("القبائل العربية في جيش الروم بالشام قبل الغزوة", "roman_allies"),
    ],
)
def test_a_headline_without_a_predicate_gets_no_verdict(
    answerer: FormAnswerer, headline: str, fact_id: str | None
) -> None:
    reply, text = reply_to(answerer, headline)
    assert not text.startswith(VERDICTS), text
    assert all(part.status is not Status.VERDICT for part in reply.parts), text
    if fact_id is None:
        assert not reply.parts[0].done, text
    else:
        assert answer_text(answerer, fact_id) in text, text


@pytest.mark.parametrize(
    ("text", "empty"),
    [
        ("الجنود المرتزقة في جيش الروم قبل تبوك", True),
        ("القبائل العربية في جيش الروم بالشام", True),
        # a verb, a verb that opens with «ال», a relative clause, a copula, a number, an
        # indefinite predicate: each says something
        ("الروم جمعوا الجنود المرتزقة بالشام قبل تبوك", False),
        ("التقى المسلمون بالروم في تبوك", False),
        ("الجنود الذين أعطاهم هرقل رزق سنة", False),
        ("الغزوة كانت في رجب", False),
        ("المسلمون في تبوك 20 ليلة", False),
        ("الطريق إلى تبوك طويلة", False),
        ("غزوة تبوك آخر غزوة للنبي", False),
    ],
)
def test_what_states_nothing(text: str, empty: bool) -> None:
    assert states_nothing(text) is empty


def test_a_claim_with_a_verb_is_still_judged(answerer: FormAnswerer) -> None:
    _, text = reply_to(answerer, "خرج الجيش إلى تبوك في شهر رمضان")
    assert text.startswith("خطأ"), text


@pytest.mark.parametrize(
    "message",
    [
        "واش عبد الرحمن بن عوف شارك بمالو ف تبوك؟ وقداش عطا؟",
        "عبد الرحمن بن عوف قدم ماله في تبوك؟ وقديش قدم؟",
    ],
)
def test_how_much_after_a_named_donor_is_his_amount(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert given == ["abdulrahman_donation"], text
    assert answer_text(answerer, "donations") not in text, text
    assert len(reply.parts) == 2 and not reply.parts[1].done, text
