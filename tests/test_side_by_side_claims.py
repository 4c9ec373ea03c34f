"""A name placed beside a noun phrase with nothing linking them is never «صحيح»
(knowledge/side_by_side.py); short nominal claims that state something are still judged; a
claim the phone broke across two lines under a true/false heading is one claim
(knowledge/broken_claims.py)."""

from __future__ import annotations

import pytest

from knowledge.broken_claims import carries_on
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import assert_verdict, reply_to


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # nominal claims that state something: a deed, a role, a figure, an identity
        ("صح أم خطأ: عثمان جهز جيش العسرة", True, "donations"),
        ("صح أم خطأ: قائد الغزوة النبي", True, "leader"),
        ("صح أم خطأ: عدد الجيش أكثر من أربعين ألفا", True, "army_size"),
        ("صح أم خطأ: قائد الغزوة خالد بن الوليد", False, "leader"),
        ("صح أم خطأ: هرقل ملك الروم", True, "heraclius"),
        # the noun said of the name is the fact's («هرقل هو ملك الروم»)
        ("صح أم خطأ: هرقل الملك الذي أعطى المرتزقة رزق سنة", True, "heraclius"),
        # a relative clause whose verb is said of the name itself
        ("صح أم خطأ: عثمان الصحابي الذي جهز جيش العسرة", True, "donations"),
        # a matching exercise's two columns pasted on one line: a year, a month, a place
        ("صح أم خطأ: هرقل السنة التي وقعت فيها الغزوة", None, None),
        ("صح أم خطأ: النبي الشهر الذي خرج فيه إلى تبوك", None, None),
        ("صح أم خطأ: هرقل المكان الذي عسكر فيه الجيش", None, None),
        # nor «خطأ» by the fact about the name, which tells no month of his
        ("صح أم خطأ: هرقل الشهر الذي خرج فيه المسلمون", None, None),
    ],
)
def test_only_a_claim_linking_its_words_is_judged(
    answerer: FormAnswerer, message: str, verdict: bool | None, fact_id: str | None
) -> None:
    if verdict is not None and fact_id is not None:
        assert_verdict(answerer, message, verdict, fact_id)
        return
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is not Status.VERDICT, text


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ:\nكان عدد جيش المسلمين\nأكثر من أربعين ألفا",
        "صح أم خطأ: كان عدد جيش المسلمين\nأكثر من أربعين ألفا",
        "ضع صح أو خطأ:\nخرج النبي إلى تبوك\nفي السنة التاسعة للهجرة",
        # no heading: the true/false tail ends the broken line
        "كان عدد جيش المسلمين\nأكثر من أربعين ألفا صح ولا غلط",
    ],
)
def test_a_claim_broken_across_two_lines_gets_one_verdict(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert len(reply.parts) == 1, text
    assert reply.parts[0].status is Status.VERDICT and reply.parts[0].verdict is True, text


@pytest.mark.parametrize(
    ("previous", "line", "joined"),
    [
        ("كان عدد جيش المسلمين", "أكثر من أربعين ألفا", True),
        ("خرج النبي إلى تبوك", "في السنة التاسعة للهجرة", True),
        # a line that ends its sentence, a numbered line, a claim of its own
        ("خرج النبي إلى تبوك.", "في السنة التاسعة للهجرة", False),
        ("خرج النبي إلى تبوك", "2- في رجب كانت الغزوة", False),
        ("خرج النبي إلى تبوك", "في رجب كانت الغزوة", False),
        ("قاد الغزوة خالد بن الوليد", "عثمان جهز جيش العسرة", False),
    ],
)
def test_which_line_carries_on_the_claim_before_it(previous: str, line: str, joined: bool) -> None:
    assert carries_on(previous, line) is joined
