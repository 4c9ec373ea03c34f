"""The figures an English ask-back keeps (knowledge/english_weighing.py), and the measuring
script's score (tests/eval/ask_backs.py): no reply changes, the figures only explain it."""

from __future__ import annotations

from knowledge import tuning
from knowledge.english_decision import EnglishOutcome
from knowledge.english_engine import EnglishEngine
from tests.eval.ask_backs import FEATURES, fit, score


def test_an_ask_back_keeps_the_figures_it_weighed(english_engine: EnglishEngine) -> None:
    # Two facts about the Byzantines' plans lead within a point of each other: asked back.
    decision = (
        english_engine.answer("What were the Byzantines planning against the Muslims?")
        .parts[0]
        .decision
    )
    assert decision.outcome is EnglishOutcome.SUGGEST
    weighed = decision.weighed
    assert weighed is not None
    assert weighed.leader == decision.suggestions[0]
    assert weighed.margin < tuning.EN_ANSWER_MIN_MARGIN
    assert "margin" in decision.why
    assert set(FEATURES) <= set(weighed.features())


def test_an_answer_keeps_none(english_engine: EnglishEngine) -> None:
    decision = english_engine.answer("How did the hypocrites behave?").parts[0].decision
    assert decision.answered
    assert decision.weighed is None


def _row(value: float, right: bool) -> dict[str, object]:
    features = dict.fromkeys(FEATURES, 0.0) | {"score": value}
    return {"features": features, "expected": "a", "leader": "a" if right else "b"}


def test_the_fitted_score_ranks_by_what_separates() -> None:
    rows = [_row(v, v > 50) for v in (20.0, 30.0, 40.0, 60.0, 70.0, 80.0)]
    model = fit(rows, steps=300)
    assert score(model, rows[-1]["features"]) > 0 > score(model, rows[0]["features"])
