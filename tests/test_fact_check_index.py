"""The statement judge's index of facts (FactChecks.may_differ, best_check) gives exactly
what checking every fact gives: the riddle's details and the paired places rely on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.fact_checks import FactChecks
from knowledge.models import AnswerType, Fact
from knowledge.statements import StatementJudge

_EVAL = Path(__file__).parent / "eval"
# Statements naming figures, people, places, months, years and the Muslims in passing.
_OWN = (
    "خرج النبي في شهر رجب سنة 9 هـ",
    "قدم عثمان بن عفان 950 جملا و50 فرسا",
    "صالح أكيدر صاحب دومة الجندل على الجزية",
    "كان عدد جيش المسلمين ثلاثين ألفا",
    "تراجع المسلمون أمام الروم في مؤتة",
    "استخلف النبي علي بن أبي طالب على المدينة",
    "أقام النبي في تبوك عشرين ليلة",
    "خالد بن الوليد أسر أكيدر",
)
# Facts of no answer key, as an admin adds them: a figure, a name, a place in their text.
_ADDED = (
    Fact(
        id="added_figure",
        answer="قطع الجيش 700 كيلومتر في ثلاثين يوما",
        questions=("كم قطع الجيش",),
        keywords=(),
        answer_type=AnswerType.NUMBER,
        source="م",
    ),
    Fact(
        id="added_person",
        answer="حمل الراية عثمان بن عفان وسار بها إلى دومة الجندل",
        questions=("من حمل الراية",),
        keywords=(),
        answer_type=AnswerType.PERSON,
        source="م",
    ),
)


@pytest.fixture(scope="module")
def judge() -> StatementJudge:
    return StatementJudge(AnswerEngine([*load_shipped().facts, *_ADDED], cache_size=0))


def _statements() -> list[str]:
    lines = (_EVAL / "messages_probe.jsonl").read_text(encoding="utf-8").splitlines()
    probe = [json.loads(line)["message"] for line in lines if line.strip()]
    return [*_OWN, *probe[:400]]


def test_every_fact_checked_otherwise_than_0_is_among_those_indexed(
    judge: StatementJudge,
) -> None:
    facts = judge._engine.facts
    claims = [claim for text in _statements() for claim in judge.claims(text)]
    assert len(claims) > 300
    for claim in claims:
        indexed = {fact.id for fact in judge.may_differ(claim)}
        assert {f.id for f in facts if judge.check(f, claim) != 0} <= indexed, claim


@pytest.mark.parametrize("skipped", [frozenset(), frozenset({"mutah"})])
def test_the_best_check_is_the_highest_over_every_fact(
    judge: StatementJudge, skipped: frozenset[str]
) -> None:
    facts = [f for f in judge._engine.facts if f.id not in skipped]
    seen = set()
    for text in _statements():
        for claim in judge.claims(text):
            scanned = max((judge.check(f, claim) for f in facts), default=0)
            assert judge.best_check(claim, skipped) == scanned, claim
            seen.add(scanned)
    assert seen == {0, 1}  # (on a whole base some fact always says nothing of a detail)


def test_a_base_whose_every_fact_gives_another_figure_gives_minus_1(
    judge: StatementJudge,
) -> None:
    checks = FactChecks(judge.keys, (_ADDED[0],))
    (claim,) = [c for c in judge.claims("قطع الجيش 500 كيلومتر") if c.number is not None]
    assert checks.best_check(claim) == checks.check(_ADDED[0], claim) == -1
    assert checks.best_check(claim, frozenset({"added_figure"})) == 0
