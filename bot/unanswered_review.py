"""/unanswered: the questions nobody got a good answer to, attached to a fact as a new
phrasing (previewed, then confirmed) or dismissed from the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from sqlite_utils import Database

from bot import texts
from bot.admin_input import AdminError
from bot.admin_records import Actor, AttachPreview, Confirmed, Preview, ReviewItem
from db import audit, fact_edits, usage
from db.admin_pending import Pending
from db.fact_edits import StoredFact
from knowledge.models import Fact

T = TypeVar("T")


class FactEditing(Protocol):
    """What the review needs of the admin service (bot/admin_service.py, which owns it)."""

    def first_question(self, fact_id: str) -> str | None: ...

    def live_fact(self, fact_id: str) -> StoredFact: ...

    def check_phrasing(self, text: str, *, fact_id: str | None = None) -> str: ...

    def store_preview(
        self,
        actor: Actor,
        action: str,
        fact_id: str | None,
        payload: dict[str, Any],
        expected: str,
    ) -> Preview: ...

    def apply_change(self, apply: Callable[[], T]) -> T: ...

    def append_phrasing(
        self,
        actor: Actor,
        fact_id: str,
        text: str,
        *,
        action: str = ...,
        key: str | None = None,
    ) -> Fact: ...


class UnansweredReview:
    """The review list, and what its buttons do to it and to the fact base."""

    def __init__(self, db: Database, editing: FactEditing) -> None:
        self._db = db
        self._editing = editing

    def unanswered(self, limit: int) -> list[ReviewItem]:
        """The most asked unanswered questions, with the live facts suggested for each."""
        found: list[ReviewItem] = []
        for row in usage.unanswered(self._db, limit=limit):
            question = usage.get_question(self._db, row["id"])
            if question is None:
                continue
            suggestions = [
                (fact_id, first)
                for fact_id in question.suggested
                if (first := self._editing.first_question(fact_id)) is not None
            ]
            found.append(ReviewItem(question, int(row["times"]), suggestions))
        return found

    def preview_attach(self, actor: Actor, question_id: int, fact_id: str) -> AttachPreview:
        """What attaching the question would do: the fact's answer, shown before confirming."""
        question = usage.get_question(self._db, question_id)
        if question is None or usage.question_key(self._db, question_id) is None:
            raise AdminError(texts.UNANSWERED_GONE)
        stored = self._editing.live_fact(fact_id)
        self._editing.check_phrasing(question.text, fact_id=fact_id)
        preview = self._editing.store_preview(
            actor,
            audit.ATTACH_QUESTION,
            fact_id,
            {"question_id": question_id},
            str(stored.version),
        )
        return AttachPreview(preview, question.text, stored.fact)

    def apply_attach(self, actor: Actor, pending: Pending) -> Confirmed:
        """A confirmed attach: the question becomes a phrasing of the fact, off the list."""
        question_id = int(pending.payload["question_id"])
        fact_id = pending.fact_id or ""
        question = usage.get_question(self._db, question_id)
        key = usage.question_key(self._db, question_id)
        if question is None or key is None:
            raise AdminError(texts.UNANSWERED_GONE)

        def apply() -> Confirmed:
            stored = fact_edits.get_fact(self._db, fact_id)
            if stored is None or stored.deleted or str(stored.version) != pending.expected:
                raise AdminError(texts.ADMIN_CONFLICT.format(fact_id=fact_id))
            self._editing.append_phrasing(
                actor, fact_id, question.text, action=audit.ATTACH_QUESTION, key=key
            )
            usage.mark_reviewed(self._db, key)
            return Confirmed(audit.ATTACH_QUESTION, fact_id, text=question.text)

        return self._editing.apply_change(apply)

    def question_text(self, question_id: int) -> str:
        """An asked question's text as it was typed."""
        question = usage.get_question(self._db, question_id)
        if question is None:
            raise AdminError(texts.UNANSWERED_GONE)
        return question.text

    def dismiss_question(self, question_id: int) -> str:
        """Take the question off the list without attaching it; its text, for the reply."""
        question = usage.get_question(self._db, question_id)
        key = usage.question_key(self._db, question_id)
        if question is None or key is None:
            raise AdminError(texts.UNANSWERED_GONE)
        usage.mark_reviewed(self._db, key)
        return question.text
