"""The English data of the fact base (knowledge/data/english.json), validated into frozen records.

Each shipped fact has a reviewed English text of its answer and English phrasings; names are
listed once with their standard transliteration, Arabic forms and common variants. The file
also lists what English questions are refused: other events, today's Tabuk, and details the
source text does not state.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from knowledge.models import ANSWER_MAX, PHRASING_MAX

ENGLISH_DATA_NAME = "english.json"
# The shipped file gives every fact at least this many English phrasings.
SHIPPED_MIN_QUESTIONS = 15
MAX_QUESTIONS = 30
TOKEN_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
_LATIN_LETTER = re.compile(r"[A-Za-z0-9]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")


class EnglishDataError(ValueError):
    """English data that cannot be used; the message names the record."""


@dataclass(frozen=True, slots=True)
class EnglishVerse:
    """A verse quoted in a fact: the Arabic text, and a published translation of its meaning."""

    sura_name: str
    sura: int
    verse: int
    arabic: str
    translation: str
    translator: str


@dataclass(frozen=True, slots=True)
class EnglishFact:
    """The English side of one fact."""

    id: str
    answer: str
    questions: tuple[str, ...]
    verse: EnglishVerse | None = None
    # Words naming the aspect of the expedition this fact tells as a whole («causes»,
    # «preparations»): a broad exam question about that aspect is answered by this fact.
    broad: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EnglishName:
    """A name in standard transliteration, the matcher's token for it, and how people write it."""

    canonical: str
    token: str
    arabic: tuple[str, ...]
    variants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OtherEvent:
    """An event other than Tabuk, refused by name."""

    name: str
    arabic: str
    variants: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KnownGap:
    """A detail people ask about that the text does not state, and the words that mark it."""

    id: str
    triggers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EnglishBase:
    """All English data, validated together."""

    facts: Mapping[str, EnglishFact]
    names: tuple[EnglishName, ...]
    other_events: tuple[OtherEvent, ...]
    modern: tuple[str, ...]
    gaps: tuple[KnownGap, ...]


def _string(value: object, where: str, *, max_len: int = ANSWER_MAX) -> str:
    if not isinstance(value, str) or not value.strip():
        raise EnglishDataError(f"{where} must be a non-empty string")
    if len(value) > max_len:
        raise EnglishDataError(f"{where} is longer than {max_len} characters")
    return value.strip()


def _latin(value: object, where: str, *, max_len: int = ANSWER_MAX) -> str:
    text = _string(value, where, max_len=max_len)
    if not _LATIN_LETTER.search(text) or _ARABIC_LETTER.search(text):
        raise EnglishDataError(f"{where} must be English text without Arabic letters")
    return text


def _strings(
    value: object, where: str, *, min_items: int = 1, latin: bool = True
) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) < min_items:
        raise EnglishDataError(f"{where} must be a list of at least {min_items} strings")
    check = _latin if latin else _string
    return tuple(
        check(item, f"{where}[{i}]", max_len=PHRASING_MAX) for i, item in enumerate(value)
    )


def _verse(record: object, where: str) -> EnglishVerse:
    if not isinstance(record, dict):
        raise EnglishDataError(f"{where} must be an object")
    arabic = _string(record.get("arabic"), f"{where}.arabic")
    if not _ARABIC_LETTER.search(arabic):
        raise EnglishDataError(f"{where}.arabic must hold the Arabic verse")
    numbers = [record.get("sura"), record.get("verse")]
    if not all(isinstance(n, int) and n > 0 for n in numbers):
        raise EnglishDataError(f"{where}: 'sura' and 'verse' must be positive integers")
    return EnglishVerse(
        sura_name=_latin(record.get("sura_en"), f"{where}.sura_en"),
        sura=int(record["sura"]),
        verse=int(record["verse"]),
        arabic=arabic,
        translation=_latin(record.get("translation"), f"{where}.translation"),
        translator=_latin(record.get("translator"), f"{where}.translator"),
    )


def _fact(fact_id: str, record: object, min_questions: int) -> EnglishFact:
    where = f"facts.{fact_id}"
    if not isinstance(record, dict):
        raise EnglishDataError(f"{where} must be an object")
    questions = _strings(record.get("questions"), f"{where}.questions", min_items=min_questions)
    if len(questions) > MAX_QUESTIONS:
        raise EnglishDataError(f"{where}.questions has {len(questions)}; at most {MAX_QUESTIONS}")
    if len({q.casefold() for q in questions}) != len(questions):
        raise EnglishDataError(f"{where}.questions repeats a phrasing")
    verse = record.get("verse")
    broad = record.get("broad")
    return EnglishFact(
        id=fact_id,
        answer=_latin(record.get("answer"), f"{where}.answer"),
        questions=questions,
        verse=_verse(verse, f"{where}.verse") if verse is not None else None,
        broad=_strings(broad, f"{where}.broad") if broad is not None else (),
    )


def _name(record: object, where: str) -> EnglishName:
    if not isinstance(record, dict):
        raise EnglishDataError(f"{where} must be an object")
    token = _string(record.get("token"), f"{where}.token", max_len=40)
    if not TOKEN_PATTERN.match(token):
        raise EnglishDataError(f"{where}.token must be lowercase Latin letters, digits and '_'")
    return EnglishName(
        canonical=_latin(record.get("canonical"), f"{where}.canonical"),
        token=token,
        arabic=_strings(record.get("arabic"), f"{where}.arabic", latin=False),
        variants=_strings(record.get("variants"), f"{where}.variants"),
    )


def parse_english(data: object, fact_ids: Iterable[str], *, min_questions: int = 1) -> EnglishBase:
    """Validate decoded english.json against the fact ids it must cover."""
    if not isinstance(data, dict) or not isinstance(data.get("facts"), dict):
        raise EnglishDataError("expected an object with a 'facts' object keyed by fact id")
    wanted = list(fact_ids)
    raw_facts: dict[str, object] = data["facts"]
    missing = [fact_id for fact_id in wanted if fact_id not in raw_facts]
    if missing:
        raise EnglishDataError(f"no English entry for fact(s): {', '.join(missing)}")
    unknown = sorted(set(raw_facts) - set(wanted))
    if unknown:
        raise EnglishDataError(f"English entries for unknown fact(s): {', '.join(unknown)}")
    facts = {fid: _fact(fid, raw_facts[fid], min_questions) for fid in wanted}
    names = tuple(_name(r, f"names[{i}]") for i, r in enumerate(_list(data, "names")))
    if len({name.token for name in names}) != len(names):
        raise EnglishDataError("two names share a token")
    events: list[OtherEvent] = []
    for i, record in enumerate(_list(data, "other_events")):
        where = f"other_events[{i}]"
        if not isinstance(record, dict):
            raise EnglishDataError(f"{where} must be an object")
        events.append(
            OtherEvent(
                name=_latin(record.get("name"), f"{where}.name"),
                arabic=_string(record.get("arabic"), f"{where}.arabic"),
                variants=_strings(record.get("variants"), f"{where}.variants"),
            )
        )
    gaps: list[KnownGap] = []
    for i, record in enumerate(_list(data, "gaps")):
        where = f"gaps[{i}]"
        if not isinstance(record, dict):
            raise EnglishDataError(f"{where} must be an object")
        gaps.append(
            KnownGap(
                id=_string(record.get("id"), f"{where}.id", max_len=48),
                triggers=_strings(record.get("triggers"), f"{where}.triggers"),
            )
        )
    return EnglishBase(
        facts=MappingProxyType(facts),
        names=names,
        other_events=tuple(events),
        modern=_strings(data.get("modern"), "modern"),
        gaps=tuple(gaps),
    )


def _list(data: dict[str, object], key: str) -> list[object]:
    value = data.get(key)
    if not isinstance(value, list):
        raise EnglishDataError(f"'{key}' must be a list")
    return value


def load_english(fact_ids: Iterable[str] | None = None) -> EnglishBase:
    """Load the shipped English data; every shipped fact (or every given id) needs an entry."""
    if fact_ids is None:
        from knowledge.base import load_shipped

        fact_ids = [fact.id for fact in load_shipped().facts]
    resource = resources.files("knowledge") / "data" / ENGLISH_DATA_NAME
    try:
        data = json.loads(resource.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise EnglishDataError(
            f"knowledge/data/{ENGLISH_DATA_NAME}: not valid JSON: {error}"
        ) from None
    return parse_english(data, fact_ids, min_questions=SHIPPED_MIN_QUESTIONS)
