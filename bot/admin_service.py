"""Admins' changes to the fact base: checked, applied whole or not at all, logged, reloaded.

Every change runs in one transaction that also re-validates the whole base, so the bot can
never be left with a base it cannot load, and the next question sees the change at once.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from sqlite_utils import Database

from bot import texts
from bot.admin_input import AdminError, asked_quiz, parse_import, refusal_text, validated_fact
from bot.admin_records import Actor, Confirmed, Preview
from bot.clip import quoted
from bot.import_service import (
    IMPORT_DRASTIC,
    ImportPreview,
    ImportRefused,
    ImportService,
    NeedsSecondConfirmation,
)
from bot.knowledge_service import KnowledgeService
from bot.unanswered_review import UnansweredReview
from db import admin as admin_store
from db import admin_pending, audit, fact_edits, usage
from db import facts as fact_store
from db.connection import is_locked
from db.fact_edits import StoredFact
from knowledge.base import FactBaseError
from knowledge.models import PHRASING_MAX, AnswerType, Fact, QuizItem
from knowledge.normalize import normalize

logger = logging.getLogger(__name__)

T = TypeVar("T")
# The actions a confirm button can apply, for handlers to tell them apart.
ATTACH_QUESTION = audit.ATTACH_QUESTION
DELETE_FACT = audit.DELETE_FACT
IMPORT = audit.IMPORT
SET_ANSWER = audit.SET_ANSWER
# An answer shorter than this cannot be a useful answer to a question about the expedition.
ANSWER_MIN = 10
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")


class AdminService:
    """Who may edit, and every edit the admin commands make."""

    def __init__(self, db: Database, knowledge: KnowledgeService, owners: frozenset[int]) -> None:
        self._db = db
        self._knowledge = knowledge
        self.owners = owners
        # user id -> @username already stored, so most messages cost no write.
        self._seen: dict[int, str] = {}
        self.imports = ImportService(db, knowledge)
        self.review = UnansweredReview(db, self)

    # --- who -------------------------------------------------------------------------

    def is_owner(self, user_id: int) -> bool:
        return user_id in self.owners

    def is_admin(self, user_id: int) -> bool:
        return user_id in self.owners or admin_store.is_admin(self._db, user_id)

    def admins(self) -> list[admin_store.Admin]:
        return admin_store.list_admins(self._db)

    def add_admin(self, actor: Actor, user_id: int, name: str | None = None) -> bool:
        if self.is_owner(user_id):
            raise AdminError(texts.ADMINS_OWNER_FIXED.format(user_id=user_id))
        with self._db.atomic():
            added = admin_store.add_admin(self._db, user_id, actor.user_id, name)
            if added:
                self._log(actor, audit.ADMIN_ADDED, detail=str(user_id))
        return added

    def remove_admin(self, actor: Actor, user_id: int) -> bool:
        if self.is_owner(user_id):
            raise AdminError(texts.ADMINS_OWNER_FIXED.format(user_id=user_id))
        with self._db.atomic():
            removed = admin_store.remove_admin(self._db, user_id)
            if removed:
                self._log(actor, audit.ADMIN_REMOVED, detail=str(user_id))
        return removed

    def remember_user(self, user_id: int, username: str | None, name: str | None) -> None:
        """Note a user's @username (once per change), so /admins add @username can find them."""
        if not username or self._seen.get(user_id) == username:
            return
        admin_store.remember_user(self._db, user_id, username, name)
        self._seen[user_id] = username

    def user_by_username(self, username: str) -> tuple[int, str | None]:
        found = admin_store.user_by_username(self._db, username)
        if found is None:
            raise AdminError(
                texts.ADMINS_UNKNOWN_USERNAME.format(username=quoted(username.lstrip("@")))
            )
        return found

    def record_denied(self, actor: Actor, command: str) -> None:
        """A refused attempt: in the log and in the audit table."""
        logger.warning("user %s was refused %s", actor.user_id, command)
        self._log(actor, audit.DENIED, detail=command)

    # --- reading ---------------------------------------------------------------------

    def fact(self, fact_id: str) -> StoredFact:
        """A fact by id, deleted or not."""
        stored = fact_edits.get_fact(self._db, fact_id)
        if stored is None:
            raise AdminError(texts.ADMIN_UNKNOWN_FACT.format(fact_id=quoted(fact_id)))
        return stored

    def live_fact(self, fact_id: str) -> StoredFact:
        stored = self.fact(fact_id)
        if stored.deleted:
            raise AdminError(texts.ADMIN_FACT_DELETED.format(fact_id=fact_id))
        return stored

    def search(self, query: str) -> list[Fact]:
        """Live facts whose id, question, answer or keywords contain the query."""
        facts = list(self._knowledge.base.facts)
        key = normalize(query)
        if not key:
            return facts
        return [
            fact
            for fact in facts
            if key in normalize(" ".join((fact.id, fact.answer, *fact.questions, *fact.keywords)))
        ]

    def history(self, fact_id: str) -> list[audit.AuditEntry]:
        self.fact(fact_id)
        return audit.history(self._db, fact_id)

    def counts(self) -> dict[str, int]:
        """How many live facts, phrasings and quiz items the base holds."""
        return fact_store.counts(self._db)

    def export_json(self) -> str:
        """The whole base in the `facts export` format."""
        return fact_store.export_json(self._db)

    def first_question(self, fact_id: str) -> str | None:
        fact = self._knowledge.base.fact(fact_id)
        return fact.questions[0] if fact else None

    # --- checks ----------------------------------------------------------------------

    def check_phrasing(self, text: str, *, fact_id: str | None = None) -> str:
        """A phrasing that may be added (to `fact_id`, or to a new fact when None)."""
        probe = {
            "id": fact_id or "draft",
            "answer": texts.ADMIN_SOURCE,
            "questions": [text],
            "answer_type": AnswerType.THING.value,
            "source": texts.ADMIN_SOURCE,
        }
        phrasing = validated_fact(probe).questions[0]
        if not _ARABIC_LETTER.search(phrasing):
            # The matcher reads Arabic only: such a phrasing could never be asked.
            raise AdminError(texts.ADMIN_PHRASING_NOT_ARABIC.format(text=phrasing))
        owner = fact_edits.phrasing_owner(self._db, phrasing)
        if owner is not None and owner == fact_id:
            raise AdminError(texts.ADMIN_PHRASING_EXISTS.format(text=phrasing))
        if owner is not None:
            raise AdminError(texts.ADMIN_PHRASING_TAKEN.format(text=phrasing, fact_id=owner))
        return phrasing

    def check_answer(self, text: str) -> str:
        probe = {
            "id": "draft",
            "answer": text,
            "questions": [texts.ADMIN_SOURCE],
            "answer_type": AnswerType.THING.value,
            "source": texts.ADMIN_SOURCE,
        }
        answer = validated_fact(probe).answer
        if len(answer) < ANSWER_MIN:
            raise AdminError(
                texts.ADMIN_ANSWER_TOO_SHORT.format(minimum=texts.count(ANSWER_MIN, "letter"))
            )
        return answer

    # --- changes ---------------------------------------------------------------------

    def _log(self, actor: Actor, action: str, **fields: Any) -> int:
        return audit.log(
            self._db, user_id=actor.user_id, user_name=actor.name, action=action, **fields
        )

    def apply_change(self, apply: Callable[[], T]) -> T:
        """Run one command's steps in one transaction; keep them only if the base still loads."""
        try:
            with self._db.atomic():
                result = apply()
                fact_store.load_base(self._db)
        except FactBaseError as error:
            raise AdminError(texts.ADMIN_BASE_INVALID.format(detail=error)) from None
        self._knowledge.reload()
        return result

    def _log_fact_change(
        self, actor: Actor, action: str, fact_id: str, before: dict[str, Any] | None, **extra: Any
    ) -> None:
        self._log(
            actor,
            action,
            fact_id=fact_id,
            before=before,
            after=fact_edits.fact_snapshot(self._db, fact_id),
            version_after=fact_edits.fact_version(self._db, fact_id),
            **extra,
        )

    def add_fact(
        self,
        actor: Actor,
        questions: list[str],
        answer: str,
        answer_type: AnswerType,
        *,
        from_question: int | None = None,
    ) -> Fact:
        """A new fact with a generated id; every phrasing is checked against the live base.

        `from_question`: the asked question (from /unanswered) it answers, taken off the list.
        """
        key = None if from_question is None else usage.question_key(self._db, from_question)

        def apply() -> Fact:
            seen: set[str] = set()
            for question in questions:
                phrasing = self.check_phrasing(question)
                if normalize(phrasing) in seen:
                    raise AdminError(texts.ADMIN_PHRASING_REPEATED.format(text=phrasing))
                seen.add(normalize(phrasing))
            self.check_answer(answer)
            fact = validated_fact(
                {
                    "id": fact_edits.next_fact_id(self._db),
                    "answer": answer,
                    "questions": questions,
                    "answer_type": answer_type.value,
                    "source": texts.ADMIN_SOURCE,
                }
            )
            fact_edits.insert_fact(self._db, fact)
            if key is not None:
                usage.mark_reviewed(self._db, key)
            self._log_fact_change(actor, audit.ADD_FACT, fact.id, None, detail=key)
            return fact

        return self.apply_change(apply)

    def append_phrasing(
        self,
        actor: Actor,
        fact_id: str,
        text: str,
        *,
        action: str = audit.ADD_PHRASING,
        key: str | None = None,
    ) -> Fact:
        """One step of a change (run it inside apply_change): a phrasing added and logged."""
        stored = self.live_fact(fact_id)
        phrasing = self.check_phrasing(text, fact_id=fact_id)
        fact = validated_fact(
            {**stored.fact.to_dict(), "questions": [*stored.fact.questions, phrasing]}
        )
        before = fact_edits.fact_snapshot(self._db, fact_id)
        fact_edits.update_fact(self._db, fact, expected_version=stored.version)
        self._log_fact_change(actor, action, fact_id, before, detail=key)
        return fact

    def add_phrasing(self, actor: Actor, fact_id: str, text: str) -> Fact:
        return self.apply_change(lambda: self.append_phrasing(actor, fact_id, text))

    def add_quiz(self, actor: Actor, fact_id: str, question: str, options: list[str]) -> QuizItem:
        """A quiz item; the first option is the right one (the quiz shuffles when asking)."""

        def apply() -> QuizItem:
            stored = self.live_fact(fact_id)
            self._check_new_quiz_question(question)
            record = {"id": fact_edits.next_quiz_id(self._db), "fact_id": fact_id}
            quiz = asked_quiz(record, stored.fact, question, options)
            before = fact_edits.fact_snapshot(self._db, fact_id)
            fact_edits.insert_quiz(self._db, quiz)
            fact_edits.touch_fact(self._db, fact_id)
            self._log_fact_change(actor, audit.ADD_QUIZ, fact_id, before)
            return quiz

        return self.apply_change(apply)

    def _check_new_quiz_question(self, question: str, *, editing: str | None = None) -> None:
        """Refuse a quiz question another live item already asks (in normalised form)."""
        key = normalize(question)
        for quiz in self._knowledge.base.quizzes:
            if quiz.id != editing and normalize(quiz.question) == key:
                raise AdminError(
                    texts.ADDQUIZ_DUPLICATE.format(quiz_id=quiz.id, fact_id=quiz.fact_id)
                )

    def quiz(self, quiz_id: str) -> QuizItem:
        """A live quiz item by id."""
        found = next((q for q in self._knowledge.base.quizzes if q.id == quiz_id), None)
        if found is None:
            raise AdminError(texts.ADMIN_UNKNOWN_QUIZ.format(quiz_id=quoted(quiz_id)))
        return found

    def edit_quiz(self, actor: Actor, quiz_id: str, question: str, options: list[str]) -> QuizItem:
        """New question and options for a quiz item (the first option is the right one)."""

        def apply() -> QuizItem:
            old = self.quiz(quiz_id)
            stored = self.live_fact(old.fact_id)
            self._check_new_quiz_question(question, editing=quiz_id)
            quiz = asked_quiz(old.to_dict(), stored.fact, question, options)
            if quiz == old:
                raise AdminError(texts.EDITQUIZ_SAME)
            before = fact_edits.fact_snapshot(self._db, old.fact_id)
            fact_edits.update_quiz(self._db, quiz)
            fact_edits.touch_fact(self._db, old.fact_id)
            self._log_fact_change(actor, audit.EDIT_QUIZ, old.fact_id, before, detail=quiz_id)
            return quiz

        return self.apply_change(apply)

    def delete_quiz(self, actor: Actor, quiz_id: str) -> QuizItem:
        """Delete one quiz item; /undo brings it back."""

        def apply() -> QuizItem:
            quiz = self.quiz(quiz_id)
            before = fact_edits.fact_snapshot(self._db, quiz.fact_id)
            fact_edits.delete_quiz(self._db, quiz_id)
            fact_edits.touch_fact(self._db, quiz.fact_id)
            self._log_fact_change(actor, audit.DELETE_QUIZ, quiz.fact_id, before, detail=quiz_id)
            return quiz

        return self.apply_change(apply)

    def delete_phrasing(self, actor: Actor, fact_id: str, text: str) -> tuple[Fact, str]:
        """Delete one phrasing (compared in normalised form); a fact keeps at least one."""

        def apply() -> tuple[Fact, str]:
            stored = self.live_fact(fact_id)
            key = normalize(text)
            found = [q for q in stored.fact.questions if normalize(q) == key]
            if not found:
                raise AdminError(
                    texts.DELQ_NOT_FOUND.format(text=quoted(text, PHRASING_MAX), fact_id=fact_id)
                )
            kept = [q for q in stored.fact.questions if normalize(q) != key]
            if not kept:
                raise AdminError(texts.DELQ_LAST.format(fact_id=fact_id))
            fact = replace(stored.fact, questions=tuple(kept))
            before = fact_edits.fact_snapshot(self._db, fact_id)
            if not fact_edits.update_fact(self._db, fact, expected_version=stored.version):
                raise AdminError(texts.ADMIN_CONFLICT.format(fact_id=fact_id))
            self._log_fact_change(actor, audit.DELETE_PHRASING, fact_id, before)
            return fact, found[0]

        return self.apply_change(apply)

    # --- changes with a preview --------------------------------------------------------

    def store_preview(
        self,
        actor: Actor,
        action: str,
        fact_id: str | None,
        payload: dict[str, Any],
        expected: str,
    ) -> Preview:
        """Keep a change until its confirm button; the id and stamp the button carries."""
        pending_id = admin_pending.create_pending(
            self._db,
            user_id=actor.user_id,
            action=action,
            fact_id=fact_id,
            payload=payload,
            expected=expected,
        )
        return Preview(pending_id, expected)

    def preview_answer(self, actor: Actor, fact_id: str, text: str) -> tuple[Preview, StoredFact]:
        stored = self.live_fact(fact_id)
        answer = self.check_answer(text)
        if answer == stored.fact.answer:
            raise AdminError(texts.ADMIN_ANSWER_SAME)
        preview = self.store_preview(
            actor, audit.SET_ANSWER, fact_id, {"answer": answer}, str(stored.version)
        )
        return preview, stored

    def preview_delete(self, actor: Actor, fact_id: str) -> tuple[Preview, StoredFact]:
        stored = self.live_fact(fact_id)
        preview = self.store_preview(actor, audit.DELETE_FACT, fact_id, {}, str(stored.version))
        return preview, stored

    async def preview_import(self, actor: Actor, data: bytes) -> ImportPreview:
        """Check a whole file (off the event loop); the preview remembers the base's
        fingerprint, and whether it removes so much that it needs a second confirmation."""
        try:
            return await self.imports.preview(actor.user_id, data, parse_import)
        except ImportRefused as refused:
            raise AdminError(refusal_text(refused)) from None
        except sqlite3.OperationalError as error:
            if is_locked(error):
                raise AdminError(texts.IMPORT_BUSY) from None
            raise

    async def confirm_button(
        self, actor: Actor, pending_id: int, stamp: str
    ) -> Confirmed | NeedsSecondConfirmation:
        """A confirm button: imports run off the event loop, other changes in place."""
        if admin_pending.pending_action(self._db, pending_id) not in (
            audit.IMPORT,
            IMPORT_DRASTIC,
        ):
            return self.confirm(actor, pending_id, stamp)
        try:
            result = await self.imports.confirm(actor.user_id, actor.name, pending_id, stamp)
        except ImportRefused as refused:
            raise AdminError(refusal_text(refused)) from None
        except FactBaseError as error:
            raise AdminError(texts.ADMIN_BASE_INVALID.format(detail=error)) from None
        except sqlite3.OperationalError as error:
            # Another writer (a CLI import) held the lock past the busy timeout.
            if is_locked(error):
                raise AdminError(texts.IMPORT_BUSY) from None
            raise
        if isinstance(result, NeedsSecondConfirmation):
            return result
        return Confirmed(audit.IMPORT, None, result.plan)

    def cancel(self, actor: Actor, pending_id: int) -> bool:
        pending = admin_pending.get_pending(self._db, pending_id)
        if pending is None or pending.user_id != actor.user_id:
            return False
        return admin_pending.delete_pending(self._db, pending_id)

    def confirm(self, actor: Actor, pending_id: int, stamp: str) -> Confirmed:
        """Apply a previewed change, unless what it was made from changed meanwhile."""
        pending = admin_pending.get_pending(self._db, pending_id)
        if (
            pending is None
            or pending.user_id != actor.user_id
            or not stamp
            or not pending.expected.startswith(stamp)
        ):
            raise AdminError(texts.ADMIN_PREVIEW_EXPIRED)
        if pending.action in (audit.IMPORT, IMPORT_DRASTIC):
            # Imports are confirmed through confirm_button, off the event loop.
            raise AdminError(texts.ADMIN_PREVIEW_EXPIRED)
        # A preview is used once: applied, or refused because it is out of date.
        admin_pending.delete_pending(self._db, pending_id)
        if pending.action == audit.ATTACH_QUESTION:
            return self.review.apply_attach(actor, pending)
        fact_id = pending.fact_id or ""
        expected_version = int(pending.expected)

        def apply() -> Confirmed:
            stored = fact_edits.get_fact(self._db, fact_id)
            if stored is None or stored.deleted or stored.version != expected_version:
                raise AdminError(texts.ADMIN_CONFLICT.format(fact_id=fact_id))
            before = fact_edits.fact_snapshot(self._db, fact_id)
            if pending.action == audit.SET_ANSWER:
                fact = replace(stored.fact, answer=pending.payload["answer"])
                applied = fact_edits.update_fact(self._db, fact, expected_version=expected_version)
            else:
                applied = fact_edits.set_fact_deleted(
                    self._db, fact_id, deleted=True, expected_version=expected_version
                )
            if not applied:
                raise AdminError(texts.ADMIN_CONFLICT.format(fact_id=fact_id))
            self._log_fact_change(actor, pending.action, fact_id, before)
            return Confirmed(pending.action, fact_id)

        return self.apply_change(apply)

    # --- undo ------------------------------------------------------------------------

    def undo(self, actor: Actor) -> tuple[str, list[str]]:
        """Revert the caller's last change not yet undone; refuse if someone changed it since."""
        rows = audit.last_undoable(self._db, actor.user_id)
        if not rows:
            raise AdminError(texts.UNDO_NOTHING)

        def apply() -> tuple[str, list[str]]:
            batch = audit.new_batch()
            for row in rows:
                if row.fact_id is None:
                    continue
                current = fact_edits.fact_snapshot(self._db, row.fact_id)
                if _live_content(current) != _live_content(row.after):
                    raise AdminError(texts.UNDO_CONFLICT.format(fact_id=row.fact_id))
                fact_edits.restore_snapshot(self._db, row.fact_id, row.before)
                self._log_fact_change(
                    actor, audit.UNDO, row.fact_id, current, batch=batch, detail=str(row.id)
                )
            audit.mark_undone(self._db, rows[0].batch)
            for row in rows:
                if row.action in (audit.ATTACH_QUESTION, audit.ADD_FACT) and row.detail:
                    # The question goes back on the /unanswered list.
                    usage.unmark_reviewed(self._db, row.detail)
            return rows[0].action, [row.fact_id for row in rows if row.fact_id]

        return self.apply_change(apply)


def _live_content(snapshot: dict[str, Any] | None) -> object:
    """A snapshot without the quiz items that are deleted, for comparing two states."""
    if snapshot is None:
        return None
    quizzes = [quiz for quiz in snapshot["quizzes"] if not quiz["deleted"]]
    return {**snapshot, "quizzes": quizzes}
