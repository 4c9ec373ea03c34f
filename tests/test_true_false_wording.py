"""How people word a true/false statement, read before it is judged: a word of the facts' own
root or a dialect word put for theirs (a noun for their plural: «سبب» for «أسباب»), the
expedition named as the claim's time, «صح
ولا غلط؟» asked before the statement, a tick and a cross offered after it, a statement of two
words, the instruction to mark after a parent's words, and «من أسباب …» (among the reasons)
opening a statement with no tail; «وفيها» (and in it) opening a forwarded claim of its own;
a claim asked with «؟» alone.
Each row is a message and the verdict its user must see."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import (
    assert_never_false,
    assert_never_true,
    assert_verdict,
    reply_to,
)


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # a word of the facts' root, a dialect word for theirs
        ("هل صحيح أن الحر كان شديدا والبلاد مجدبة حين التجهيز للغزوة؟", True, "hardship"),
        ("ضع علامة ✓ أو ✗: انضمت قبيلتا لخم وغسان إلى جموع الروم ( )", True, "roman_allies"),
        ("صح ولا غلط: الروم اتفاجأو بجيش المسلمين واتراجعو لجوه بلادهم", True, "roman_surprise"),
        # «سببها», «سبب غزوة تبوك» for the fact's «من أسباب غزوة تبوك»: a noun and its plural
        ("كان سبب غزوة تبوك اعتداء الروم على سفير النبي. صح أم خطأ", True, "envoy_assault"),
        ("كان سبب غزوة تبوك اعتداء الفرس على سفير النبي. صح أم خطأ", False, "envoy_assault"),
        # the expedition named as the time of the claim
        ("صح ولا غلط: كان ملك الروم زمن غزوة تبوك هو هرقل", True, "heraclius"),
        ("صح أم خطأ: كان ملك الروم زمن غزوة تبوك هو كسرى", False, "heraclius"),
        # «صح ولا غلط؟» asked first; «لما» in the statement is «when»
        ("صح ولا غلط؟ النبي ﷺ هاجم الروم لما رجعوا لورا", False, "no_battle"),
        # a tick and a cross offered after the statement's «؟»
        ("غزوة تبوك كانت في رمضان؟ ✔️ ولا ❌", False, "date"),
        ("غزوة تبوك كانت في رجب؟ ✓ أو ✗", True, "date"),
        # two words are a statement when nothing else is sent with them
        ("الروم انسحبوا. صح أم خطأ", True, "roman_surprise"),
        ("صح أم خطأ: الروم انسحبوا", True, "roman_surprise"),
        # the Romans named before their verb of winning, as before it («انتصر الروم»)
        ("صح أم خطأ: الروم انتصروا في تبوك", False, "outcome"),
        # «من أسباب …»: among the reasons, a statement with no tail, never «who»
        ("من أسباب غزوة تبوك اعتداء الفرس على سفير النبي", False, "envoy_assault"),
        ("من أسباب غزوة تبوك اعتداء الروم على سفير النبي", True, "envoy_assault"),
        # a claim asked with «؟» alone, opened by the thing it speaks of
        ("غزوة تبوك اخر غزوة للنبي ﷺ؟ 🤔", True, "last_expedition"),
        # the instruction to mark after a parent's words
        ("بنتي حلت هذا وبدي أتأكد: ضع (✓) أو (✗): كانت غزوة تبوك في رمضان. (✓)", False, "date"),
    ],
)
def test_a_statement_worded_so_is_judged(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict(answerer, message, verdict, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # before the retreat, where the text says after it
        "صح أم خطأ: رابط النبي عند تبوك قبل ما يتراجع الروم",
        # his headship read the other way round would bind Dumat al-Jandal to no one
        "كانت دومة الجندل تحت رئاسة أكيدر. صح أم خطأ",
        # another people's king at the time of the expedition
        "صح أم خطأ: كان ملك الفرس زمن غزوة تبوك هو هرقل",
        # the head of Tabuk, which the fact names only as the expedition's: he headed Dumat
        "صح أم خطأ: أكيدر كان رئيس تبوك",
    ],
)
def test_a_statement_the_text_does_not_state_is_never_confirmed(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_true(answerer, message)


@pytest.mark.parametrize("message", ["أجب بصح أو خطأ", "صح ولا غلط؟"])
def test_an_instruction_alone_is_no_statement(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert all(part.status is not Status.VERDICT for part in reply.parts), text


def test_among_the_reasons_asked_is_still_answered(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "من أسباب غزوة تبوك؟")
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "reasons", text


@pytest.mark.parametrize(
    ("message", "verdicts"),
    [
        (
            "منقول: غزوة تبوك هي آخر غزوات النبي وفيها قدم عمر ماله كله. هل هذا الكلام صحيح؟",
            [("last_expedition", True), ("umar_donation", False)],
        ),
        (
            "منقول: كانت غزوة تبوك في رجب وفيها قدم أبو بكر ماله كله. هل هذا صحيح؟",
            [("date", True), ("abu_bakr_donation", True)],
        ),
    ],
)
def test_and_in_it_opens_a_forwarded_claim_of_its_own(
    answerer: FormAnswerer, message: str, verdicts: list[tuple[str, bool]]
) -> None:
    reply, text = reply_to(answerer, message)
    got = [(part.fact.id if part.fact else None, part.verdict) for part in reply.parts]
    assert got == verdicts, text


@pytest.mark.parametrize(
    "message",
    [
        # placed after another event («بعد بدر»), never named as that event
        "غزوة تبوك كانت بعد بدر؟",
        "غزوة تبوك كانت بعد بدر. صح أم خطأ",
    ],
)
def test_placed_by_another_event_is_never_false(answerer: FormAnswerer, message: str) -> None:
    assert_never_false(answerer, message)
