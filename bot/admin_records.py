"""The records admins' changes pass around: who acts, a change waiting for its confirm
button, what a button applied, and the questions offered for review or attaching."""

from __future__ import annotations

from dataclasses import dataclass

from db import usage
from db.fact_sync import ImportPlan
from knowledge.models import Fact


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is making a change, as the audit log records them."""

    user_id: int
    name: str | None


@dataclass(frozen=True, slots=True)
class Preview:
    """A change waiting for its confirm button."""

    pending_id: int
    expected: str


@dataclass(frozen=True, slots=True)
class Confirmed:
    """What a confirm button applied."""

    action: str
    fact_id: str | None
    plan: ImportPlan | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A question nobody got a good answer to, how often it was asked, and suggested facts."""

    question: usage.AskedQuestion
    times: int
    suggestions: list[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Attached:
    text: str
    fact_id: str


@dataclass(frozen=True, slots=True)
class AttachPreview:
    """An asked question about to become a phrasing: the answer it would then get."""

    preview: Preview
    text: str
    fact: Fact
