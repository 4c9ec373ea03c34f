"""A whole fact base (facts plus quiz items), validated as one unit."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from knowledge.models import (
    Fact,
    QuizItem,
    ValidationError,
    fact_from_dict,
    quiz_from_dict,
)
from knowledge.normalize import normalize

SHIPPED_MIN_QUESTIONS = 8
SHIPPED_BASE_NAME = "tabuk.json"


class FactBaseError(ValueError):
    """A fact base that cannot be used; the message names the file and the record."""


@dataclass(frozen=True, slots=True)
class FactBase:
    """Facts and quiz items that passed validation together."""

    facts: tuple[Fact, ...]
    quizzes: tuple[QuizItem, ...]
    # Facts that are part of others (a donor's gift of all the donations): part -> wholes.
    part_of: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, list[dict[str, object]]]:
        return {
            "facts": [fact.to_dict() for fact in self.facts],
            "quizzes": [quiz.to_dict() for quiz in self.quizzes],
        }

    def fact(self, fact_id: str) -> Fact | None:
        return next((fact for fact in self.facts if fact.id == fact_id), None)


def _record_label(kind: str, index: int, record: object) -> str:
    record_id = record.get("id") if isinstance(record, dict) else None
    return f"{kind} #{index}" + (f" ({record_id!r})" if record_id else "")


def parse_base(data: object, *, origin: str, min_questions: int = 1) -> FactBase:
    """Validate a decoded JSON document; raise FactBaseError naming origin and record."""
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        raise FactBaseError(f"{origin}: expected an object with a 'facts' list")
    quizzes_raw = data.get("quizzes", [])
    if not isinstance(quizzes_raw, list):
        raise FactBaseError(f"{origin}: 'quizzes' must be a list")

    facts: list[Fact] = []
    owner_of_phrasing: dict[str, str] = {}
    for index, record in enumerate(data["facts"]):
        label = _record_label("fact", index, record)
        try:
            fact = fact_from_dict(record, min_questions=min_questions)
        except ValidationError as error:
            raise FactBaseError(f"{origin}: {label}: {error}") from None
        if any(existing.id == fact.id for existing in facts):
            raise FactBaseError(f"{origin}: {label}: duplicate id {fact.id!r}")
        for question in fact.questions:
            key = normalize(question)
            owner = owner_of_phrasing.get(key)
            if owner is not None and owner != fact.id:
                raise FactBaseError(
                    f"{origin}: {label}: question {question!r} already belongs to {owner!r}"
                )
            owner_of_phrasing[key] = fact.id
        facts.append(fact)

    fact_ids = {fact.id for fact in facts}
    quizzes: list[QuizItem] = []
    for index, record in enumerate(quizzes_raw):
        label = _record_label("quiz", index, record)
        try:
            quiz = quiz_from_dict(record)
        except ValidationError as error:
            raise FactBaseError(f"{origin}: {label}: {error}") from None
        if quiz.fact_id not in fact_ids:
            raise FactBaseError(f"{origin}: {label}: unknown fact_id {quiz.fact_id!r}")
        if any(existing.id == quiz.id for existing in quizzes):
            raise FactBaseError(f"{origin}: {label}: duplicate id {quiz.id!r}")
        quizzes.append(quiz)
    part_of = _parse_part_of(data.get("part_of", {}), fact_ids, origin=origin)
    return FactBase(facts=tuple(facts), quizzes=tuple(quizzes), part_of=part_of)


def _parse_part_of(raw: object, fact_ids: set[str], *, origin: str) -> dict[str, tuple[str, ...]]:
    """Validate the part_of map: known ids, no fact part of itself, no whole inside its part."""
    if not isinstance(raw, dict):
        raise FactBaseError(f"{origin}: 'part_of' must map a fact id to a list of fact ids")
    part_of: dict[str, tuple[str, ...]] = {}
    for part, wholes in raw.items():
        if part not in fact_ids:
            raise FactBaseError(f"{origin}: part_of: unknown fact {part!r}")
        if not isinstance(wholes, list) or not all(isinstance(w, str) for w in wholes):
            raise FactBaseError(f"{origin}: part_of[{part!r}] must be a list of fact ids")
        for whole in wholes:
            if whole not in fact_ids or whole == part:
                raise FactBaseError(f"{origin}: part_of[{part!r}]: {whole!r} is not another fact")
        part_of[part] = tuple(dict.fromkeys(wholes))
    for part in part_of:
        # Walk up from each part: meeting it again means a whole is inside its own part.
        seen: set[str] = set()
        frontier = list(part_of[part])
        while frontier:
            whole = frontier.pop()
            if whole == part:
                raise FactBaseError(f"{origin}: part_of: {part!r} is inside its own part")
            if whole not in seen:
                seen.add(whole)
                frontier.extend(part_of.get(whole, ()))
    return part_of


def parse_json_text(text: str, *, origin: str, min_questions: int = 1) -> FactBase:
    """Decode and validate a JSON document."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise FactBaseError(f"{origin}: not valid JSON: {error}") from None
    return parse_base(data, origin=origin, min_questions=min_questions)


def load_file(path: Path, *, min_questions: int = 1) -> FactBase:
    """Load and validate a fact base from a JSON file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise FactBaseError(f"{path}: cannot read: {error}") from None
    return parse_json_text(text, origin=str(path), min_questions=min_questions)


def load_shipped() -> FactBase:
    """Load the curated base that ships with the package (stricter rules)."""
    resource = resources.files("knowledge") / "data" / SHIPPED_BASE_NAME
    return parse_json_text(
        resource.read_text(encoding="utf-8"),
        origin=f"knowledge/data/{SHIPPED_BASE_NAME}",
        min_questions=SHIPPED_MIN_QUESTIONS,
    )
