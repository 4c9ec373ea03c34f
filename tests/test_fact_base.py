"""The shipped fact base: complete, corrected, and within Telegram's limits."""

import json
from pathlib import Path

import pytest

from knowledge.base import FactBaseError, load_shipped, parse_base
from knowledge.models import QUIZ_EXPLANATION_MAX, QUIZ_OPTION_MAX, QUIZ_QUESTION_MAX

SEED = Path(__file__).resolve().parents[1] / "knowledge" / "data" / "tabuk.json"
VERSE_38 = (
    "يَا أَيُّهَا الَّذِينَ آمَنُوا مَا لَكُمْ إِذَا قِيلَ لَكُمُ انفِرُوا فِي سَبِيلِ اللَّهِ "
    "اثَّاقَلْتُمْ إِلَى الْأَرْضِ ۚ أَرَضِيتُم بِالْحَيَاةِ الدُّنْيَا مِنَ الْآخِرَةِ ۚ فَمَا "
    "مَتَاعُ الْحَيَاةِ الدُّنْيَا فِي الْآخِرَةِ إِلَّا قَلِيلٌ"
)
VERSE_117 = (
    "لَّقَد تَّابَ اللَّهُ عَلَى النَّبِيِّ وَالْمُهَاجِرِينَ وَالْأَنصَارِ الَّذِينَ اتَّبَعُوهُ فِي "
    "سَاعَةِ الْعُسْرَةِ مِن بَعْدِ مَا كَادَ يَزِيغُ قُلُوبُ فَرِيقٍ مِّنْهُمْ ثُمَّ تَابَ عَلَيْهِمْ ۚ "
    "إِنَّهُ بِهِمْ رَءُوفٌ رَّحِيمٌ"
)
REQUIRED_FACTS = {
    "overview", "date", "mobilisation", "enemy", "roman_allies", "envoy_assault", "mutah",
    "heraclius", "hardship", "distance", "arab_fear", "hypocrites", "verse_38", "believers",
    "donations", "abu_bakr_donation", "umar_donation", "uthman_donation",
    "abdulrahman_donation", "army_name", "verse_117", "army_size", "roman_surprise",
    "no_battle", "stationing", "treaties", "dumat_aljandal", "ukaydir", "jizya",
    "last_expedition", "delegations",
}  # fmt: skip


@pytest.fixture(scope="module")
def base():
    return load_shipped()


def test_every_statement_of_the_text_has_a_fact(base) -> None:
    assert {fact.id for fact in base.facts} >= REQUIRED_FACTS


def test_each_fact_has_eight_phrasings_keywords_and_a_source(base) -> None:
    for fact in base.facts:
        assert len(fact.questions) >= 8, fact.id
        assert fact.keywords, fact.id
        assert fact.source, fact.id


def test_verses_are_quoted_exactly_with_sura_and_verse(base) -> None:
    assert VERSE_38 in base.fact("verse_38").answer
    assert "التوبة: 38" in base.fact("verse_38").answer
    assert VERSE_117 in base.fact("verse_117").answer
    assert "التوبة: 117" in base.fact("verse_117").answer


def test_names_are_spelled_correctly_and_figures_kept(base) -> None:
    answers = " ".join(fact.answer for fact in base.facts)
    assert "عبد الحمن" not in answers
    assert "عبد الرحمن بن عوف" in base.fact("abdulrahman_donation").answer
    assert "أربعين ألف" in base.fact("army_size").answer
    assert "950" in base.fact("uthman_donation").answer or "تسعمائة وخمسين" in answers


def test_quiz_items_respect_telegram_limits(base) -> None:
    assert len(base.quizzes) >= 40
    for quiz in base.quizzes:
        assert len(quiz.question) <= QUIZ_QUESTION_MAX
        assert 3 <= len(quiz.options) <= 4
        assert all(len(option) <= QUIZ_OPTION_MAX for option in quiz.options)
        assert len(quiz.explanation) <= QUIZ_EXPLANATION_MAX


def _shipped_json() -> dict:
    return json.loads(SEED.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (lambda d: d["facts"][3].update(answer_type="colour"), "fact #3 ('enemy')"),
        (lambda d: d["facts"][0].update(answer=""), "'answer'"),
        (lambda d: d["quizzes"][2].update(correct=7), "quiz #2"),
        (lambda d: d["quizzes"][0]["options"].append("x" * 101), "options"),
        (lambda d: d["quizzes"][1].update(fact_id="nope"), "unknown fact_id 'nope'"),
        (lambda d: d["facts"][1]["questions"].append(d["facts"][0]["questions"][0]), "already"),
        (lambda d: d["facts"].append(dict(d["facts"][0])), "duplicate id"),
    ],
)
def test_bad_records_fail_naming_file_and_record(break_it, message: str) -> None:
    data = _shipped_json()
    break_it(data)
    with pytest.raises(FactBaseError) as error:
        parse_base(data, origin="knowledge/data/tabuk.json")
    assert "knowledge/data/tabuk.json" in str(error.value)
    assert message in str(error.value)


def test_loaded_records_are_frozen(base) -> None:
    with pytest.raises(AttributeError):
        base.facts[0].answer = "x"  # type: ignore[misc]
