"""A whole fact base (facts plus quiz items), validated as one unit."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
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
# A fact base is four levels deep (object, list, record, list of strings); anything much
# deeper is not a fact base, and walking it would only cost time.
MAX_DEPTH = 8
# Python refuses integers over 4,300 digits with a bare ValueError; no field needs more.
MAX_NUMBER_DIGITS = 20
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class FactBaseError(ValueError):
    """A fact base that cannot be used; the message names the file and the record."""


class DocumentError(FactBaseError):
    """The file is not a JSON document a fact base can be read from.

    `kind` says why ("json", "depth", "number", "surrogate"); `line` and `column` locate
    a JSON syntax error.
    """

    def __init__(self, message: str, kind: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.kind = kind
        self.line = line
        self.column = column


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
    fact_ids: set[str] = set()
    owner_of_phrasing: dict[str, str] = {}
    for index, record in enumerate(data["facts"]):
        label = _record_label("fact", index, record)
        try:
            fact = fact_from_dict(record, min_questions=min_questions)
        except ValidationError as error:
            raise FactBaseError(f"{origin}: {label}: {error}") from None
        # Sets, not scans of the list so far: a 7,000-fact file took seconds that way.
        if fact.id in fact_ids:
            raise FactBaseError(f"{origin}: {label}: duplicate id {fact.id!r}")
        fact_ids.add(fact.id)
        for question in fact.questions:
            key = normalize(question)
            owner = owner_of_phrasing.get(key)
            if owner is not None and owner != fact.id:
                raise FactBaseError(
                    f"{origin}: {label}: question {question!r} already belongs to {owner!r}"
                )
            owner_of_phrasing[key] = fact.id
        facts.append(fact)

    quizzes: list[QuizItem] = []
    quiz_ids: set[str] = set()
    for index, record in enumerate(quizzes_raw):
        label = _record_label("quiz", index, record)
        try:
            quiz = quiz_from_dict(record)
        except ValidationError as error:
            raise FactBaseError(f"{origin}: {label}: {error}") from None
        if quiz.fact_id not in fact_ids:
            raise FactBaseError(f"{origin}: {label}: unknown fact_id {quiz.fact_id!r}")
        if quiz.id in quiz_ids:
            raise FactBaseError(f"{origin}: {label}: duplicate id {quiz.id!r}")
        quiz_ids.add(quiz.id)
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


def _check_values(data: object, origin: str) -> None:
    """Refuse what json.loads lets through but nothing downstream can use.

    Lone surrogates (\\ud800 escapes) cannot be stored or sent; they fail later with a
    UnicodeEncodeError. Walked without recursion, so depth costs no stack.
    """
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise DocumentError(
                    f"{origin}: text with a lone surrogate (an invalid \\ud800-\\udfff escape)",
                    "surrogate",
                )
            continue
        if not isinstance(value, dict | list):
            continue
        if depth > MAX_DEPTH:
            raise DocumentError(f"{origin}: nested deeper than {MAX_DEPTH} levels", "depth")
        items = [*value.keys(), *value.values()] if isinstance(value, dict) else value
        stack.extend((item, depth + 1) for item in items)


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise ValueError("number too long")
    return int(text)


def decode_json(text: str, *, origin: str) -> object:
    """json.loads that raises DocumentError (never RecursionError or a bare ValueError)."""
    try:
        data = json.loads(text, parse_int=_parse_int)
    except json.JSONDecodeError as error:
        raise DocumentError(
            f"{origin}: not valid JSON: {error}", "json", error.lineno, error.colno
        ) from None
    except RecursionError:
        raise DocumentError(f"{origin}: nested deeper than {MAX_DEPTH} levels", "depth") from None
    except ValueError:
        raise DocumentError(
            f"{origin}: a number longer than {MAX_NUMBER_DIGITS} digits", "number"
        ) from None
    _check_values(data, origin)
    return data


def parse_json_text(text: str, *, origin: str, min_questions: int = 1) -> FactBase:
    """Decode and validate a JSON document."""
    data = decode_json(text, origin=origin)
    return parse_base(data, origin=origin, min_questions=min_questions)


def load_file(path: Path, *, min_questions: int = 1) -> FactBase:
    """Load and validate a fact base from a JSON file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise FactBaseError(f"{path}: cannot read: {error}") from None
    return parse_json_text(text, origin=str(path), min_questions=min_questions)


@lru_cache(maxsize=1)
def shipped_part_of() -> dict[str, tuple[str, ...]]:
    """Which shipped facts are part of which: data about the shipped text, not admin-edited,
    so the live base (db/facts.load_base) takes it from here for the facts it still has."""
    return dict(load_shipped().part_of)


def load_shipped() -> FactBase:
    """Load the curated base that ships with the package (stricter rules)."""
    resource = resources.files("knowledge") / "data" / SHIPPED_BASE_NAME
    return parse_json_text(
        resource.read_text(encoding="utf-8"),
        origin=f"knowledge/data/{SHIPPED_BASE_NAME}",
        min_questions=SHIPPED_MIN_QUESTIONS,
    )
