"""The source quote shown under an answer, with the seed's misquotes marked.

The seed text quotes at-Tawbah 117 as «لقد رضى الله على النبى…», at-Tawbah 38 with «فما
متاعا لحياة الدنيا», and writes «عبد الحمن». The quote under an answer keeps the seed's
words (it is a quotation), but a reader would take a misquoted verse for the verse: every
such spot, listed in knowledge/data/misquotes.json, is followed by a mark with the correct
wording, so that no misquoted verse is ever shown unmarked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from knowledge.normalize import has_arabic

MISQUOTES_NAME = "misquotes.json"


class MisquotesError(ValueError):
    """A misquotes file that cannot be used; the message names the record."""


@dataclass(frozen=True, slots=True)
class Misquote:
    """Words as the seed writes them, and the correct wording."""

    written: str
    correct: str


def parse_misquotes(data: object, *, origin: str) -> tuple[Misquote, ...]:
    """Validate a decoded misquotes document."""
    if not isinstance(data, dict) or not isinstance(data.get("misquotes"), list):
        raise MisquotesError(f"{origin}: expected an object with a 'misquotes' list")
    found: list[Misquote] = []
    for index, record in enumerate(data["misquotes"]):
        if not isinstance(record, dict):
            raise MisquotesError(f"{origin}: misquote #{index} must be an object")
        written, correct = record.get("written"), record.get("correct")
        if not (
            isinstance(written, str)
            and isinstance(correct, str)
            and has_arabic(written)
            and has_arabic(correct)
        ):
            raise MisquotesError(f"{origin}: misquote #{index}: 'written' and 'correct' in Arabic")
        found.append(Misquote(written.strip(), correct.strip()))
    return tuple(found)


@lru_cache(maxsize=1)
def shipped_misquotes() -> tuple[Misquote, ...]:
    """The curated list that ships with the package."""
    resource = resources.files("knowledge") / "data" / MISQUOTES_NAME
    return parse_misquotes(
        json.loads(resource.read_text(encoding="utf-8")), origin=f"knowledge/data/{MISQUOTES_NAME}"
    )


# A reply quotes one of a few dozen facts' sources: each marked once, not on every reply.
MARKED_SOURCES_KEPT = 256


def mark_misquotes(source: str, mark: str, misquotes: tuple[Misquote, ...] | None = None) -> str:
    """The source with `mark` (a template with {correct}) after every misquoted spot."""
    if misquotes is None:
        return _marked_shipped(source, mark)
    return _marked(source, mark, misquotes)


@lru_cache(maxsize=MARKED_SOURCES_KEPT)
def _marked_shipped(source: str, mark: str) -> str:
    return _marked(source, mark, shipped_misquotes())


def _marked(source: str, mark: str, misquotes: tuple[Misquote, ...]) -> str:
    for misquote in misquotes:
        source = source.replace(
            misquote.written, f"{misquote.written} {mark.format(correct=misquote.correct)}"
        )
    return source
