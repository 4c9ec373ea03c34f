"""«قدّم أبو بكر ……، وقدّم عمر ……»: parallel clauses of a sentence to complete are completed
each on its own, with each donor's own fact (knowledge/blank_clauses.py); a sentence that
only describes a donor, the blank last, is completed with that donor, not with the words
that follow his description in the donations fact (knowledge/blanks.py)."""

from __future__ import annotations

import pytest

from knowledge.blank_clauses import parallel_blanks
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to

AB, UM, UT = "abu_bakr_donation", "umar_donation", "uthman_donation"


@pytest.mark.parametrize(
    ("message", "filled"),
    [
        ("أكمل: قدم أبو بكر في غزوة تبوك ......، وقدم عثمان ......", [AB, UT]),
        ("أكمل الفراغ: تبرع عمر بـ ...... وتبرع أبو بكر بـ ......", [UM, AB]),
        ("الصحابي الذي قدم نصف ماله ........ والذي قدم 950 جملا ........", [UM, UT]),
        ("املأ الفراغ: اللي جاب ماله كله ...... واللي جاب نصه ......", [AB, UM]),
    ],
)
def test_each_clause_is_completed_with_its_donor(
    answerer: FormAnswerer, message: str, filled: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id if p.fact else None for p in reply.parts] == filled, text
    assert all(p.status is Status.FILLED for p in reply.parts), text


def test_the_one_described_is_the_donor_not_the_next_in_the_list(
    answerer: FormAnswerer,
) -> None:
    # the donations fact goes on «… نصف ماله، وعثمان …»: Uthman is not the one who gave half
    reply, text = reply_to(answerer, "الصحابي الذي قدم نصف ماله ........")
    assert [(p.fact.id if p.fact else None, p.filled) for p in reply.parts] == [
        (UM, "عمر بن الخطاب")
    ], text
    assert "عثمان" not in (reply.parts[0].filled or ""), text


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [
        ("قدم أبو بكر … ، وقدم عمر …", ["قدم أبو بكر …", "قدم عمر …"]),
        ("الصحابي اللي قدم ماله كله … واللي قدم نصه …",
         ["الصحابي اللي قدم ماله كله …", "الصحابي اللي قدم نصه …"]),
        # one event told on with another verb: one sentence
        ("وجه النبي خالد بن الوليد إلى … فخضعت له وصالحته على دفع …", None),
        # one gift counted twice: one sentence
        ("قدم عثمان … جملا و … فرسا", None),
        ("قدم أبو بكر …", None),
    ],
)  # fmt: skip
def test_parallel_blanks(sentence: str, clauses: list[str] | None) -> None:
    assert parallel_blanks(sentence) == clauses
