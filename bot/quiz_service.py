"""Running quizzes: native quiz polls one after another, stopping, daily schedules, restarts.

Everything a quiz needs to continue lives in SQLite (run, next question, poll ids), so a
restart resumes it; jobs in PTB's JobQueue are only timers and are re-created at start.
"""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlite_utils import Database
from telegram import Message, Poll
from telegram.error import Forbidden, TelegramError, TimedOut
from telegram.ext import Application, ContextTypes

from bot import quiz_boards as boards
from bot import texts
from bot.delivery import Interrupted
from bot.knowledge_service import KnowledgeService
from bot.quiz_calls import PollNotRecorded, Refused, final, numbered_question, refusal_text
from bot.quiz_daily import DailyQuizzes
from bot.quiz_outbox import Delivery, QuizOutbox
from bot.sending import send_reliably
from db import quiz as store
from db import quiz_chats
from db import quiz_endings as endings
from db.quiz_endings import OwedMessage
from knowledge.models import QuizItem
from knowledge.quiz_selection import choose_items

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# Pause after a poll closes before the next question, so the result can be seen.
QUESTION_GAP = timedelta(seconds=2)
# A run left over from downtime is closed, not resumed, once this much older than planned.
STALE_AFTER = timedelta(hours=1)
# A running quiz with no step waiting this long past its next moment is dead (its job was
# lost): it must not block /quiz. Generous, since a step may wait out long flood limits.
DEAD_AFTER = timedelta(minutes=15)
# A quiz stops by itself after this many questions in a row that nobody answered.
UNANSWERED_IN_A_ROW = 2
# Telegram counts a poll's open_period from its message date, in whole seconds: its own
# close may come up to this much before `sent_at + seconds`; a close sooner than that was
# someone stopping the poll (not its timer), and ends the quiz.
CLOSE_ROUNDING = timedelta(seconds=1)
MIN_QUESTIONS, MAX_QUESTIONS = 1, 10
MIN_SECONDS, MAX_SECONDS = 5, 600
MIN_COOLDOWN, MAX_COOLDOWN = 0, 1440


def utc_now() -> datetime:
    return datetime.now(UTC)


def _parse(moment: str) -> datetime:
    return datetime.fromisoformat(moment)


class StartResult(StrEnum):
    STARTED = "started"
    ALREADY_RUNNING = "already_running"
    NO_ITEMS = "no_items"
    ALREADY_RAN_TODAY = "already_ran_today"


@dataclass(frozen=True, slots=True)
class Started:
    result: StartResult
    run_id: int | None = None
    count: int = 0
    seconds: int = 0
    # Its announcement, written down with the run and sent by begin().
    announcement: OwedMessage | None = None


@dataclass(frozen=True, slots=True)
class StartGate:
    """What stands before a member's manual /quiz: admins-only, or minutes of cooldown."""

    admins_only: bool
    wait_minutes: int


def _step_job_name(run_id: int) -> str:
    return f"quiz-step:{run_id}"


class QuizService:
    """Starts, steps and stops quizzes; keeps daily jobs in step with the schedules table."""

    def __init__(
        self,
        db: Database,
        knowledge: KnowledgeService,
        *,
        default_timezone: str,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
    ) -> None:
        self._db = db
        self._knowledge = knowledge
        self._default_timezone = default_timezone
        self.clock = clock
        self._rng = rng or random.Random()
        self._application: Application | None = None
        self._outbox = QuizOutbox(db, lambda: self.application.bot)
        self.daily = DailyQuizzes(db, self)

    @property
    def default_timezone(self) -> str:
        return self._default_timezone

    def bind(self, application: Application) -> None:
        self._application = application

    @property
    def application(self) -> Application:
        assert self._application is not None, "QuizService.bind() was not called"
        return self._application

    def _now_iso(self) -> str:
        return store.iso(self.clock())

    # --- chats, settings and schedules (what the handlers read and change) ------------

    def remember_chat(self, chat_id: int, chat_type: str, title: str | None) -> None:
        quiz_chats.ensure_chat(self._db, chat_id, chat_type, title, self._now_iso())

    def rejoined(self, chat_id: int, chat_type: str, title: str | None) -> None:
        """The bot was added (again) to a chat."""
        self.remember_chat(chat_id, chat_type, title)
        quiz_chats.set_active(self._db, chat_id, True, self._now_iso())

    def settings(self, chat_id: int) -> quiz_chats.ChatSettings:
        return quiz_chats.chat_settings(self._db, chat_id)

    def change_settings(
        self,
        chat_id: int,
        *,
        questions: int | None = None,
        seconds: int | None = None,
        who: str | None = None,
        cooldown: int | None = None,
    ) -> None:
        quiz_chats.update_settings(
            self._db, chat_id, self._now_iso(),
            questions=questions, seconds=seconds, who=who, cooldown=cooldown,
        )  # fmt: skip

    def zone_of(self, chat_id: int) -> ZoneInfo:
        """The chat's time zone: its daily schedule's, else the bot's default."""
        schedule = quiz_chats.get_schedule(self._db, chat_id)
        return ZoneInfo(schedule.timezone if schedule else self._default_timezone)

    def running(self, chat_id: int) -> store.QuizRun | None:
        """The chat's running quiz; a dead or stale one is closed instead of blocking /quiz."""
        run = store.running_run(self._db, chat_id)
        if run is None:
            return None
        now = self.clock()
        if self._stale(run, now):
            logger.warning("quiz %d in chat %d is stale: closed", run.id, chat_id)
            store.finish_run(self._db, run.id, store.STATUS_EXPIRED, store.iso(now))
            return None
        waiting = self.application.job_queue is not None and bool(
            self.application.job_queue.get_jobs_by_name(_step_job_name(run.id))
        )
        overdue = run.next_at is None or _parse(run.next_at) + DEAD_AFTER < now
        if not waiting and overdue:
            logger.warning("quiz %d in chat %d has no step waiting: closed", run.id, chat_id)
            store.finish_run(self._db, run.id, store.STATUS_FAILED, store.iso(now))
            return None
        return run

    def start_gate(self, chat_id: int) -> StartGate:
        """Admins-only setting and the cooldown left since the last manual quiz ran out."""
        settings = quiz_chats.chat_settings(self._db, chat_id)
        wait = 0
        last = store.last_manual_finish(self._db, chat_id)
        if settings.cooldown > 0 and last is not None:
            left = _parse(last) + timedelta(minutes=settings.cooldown) - self.clock()
            wait = max(0, math.ceil(left.total_seconds() / 60))
        return StartGate(settings.who == quiz_chats.WHO_ADMINS, wait)

    # --- scores -----------------------------------------------------------------------

    def top_text(self, chat_id: int, period: boards.Period, user_id: int | None) -> str:
        now = self.clock()
        local = now.astimezone(self.zone_of(chat_id))
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        since = boards.period_start(period, now, midnight)
        return boards.top_text(self._db, chat_id, period, since, user_id)

    def chat_score_text(self, chat_id: int, user_id: int) -> str | None:
        today = self.clock().astimezone(self.zone_of(chat_id)).date()
        return boards.chat_score_text(self._db, chat_id, user_id, today)

    def all_chats_score_text(self, user_id: int) -> str | None:
        return boards.all_chats_score_text(self._db, user_id)

    def summary(self, run: store.QuizRun, title: str = texts.QUIZ_SUMMARY_TITLE) -> str:
        """The correct answers, this round's ranking and the week's top 5 (HTML)."""
        week_since = store.iso(self.clock() - boards.WEEK)
        return boards.summary(self._db, run, self._items(), title, week_since)

    # --- starting and stepping ------------------------------------------------------

    def _items(self) -> dict[str, QuizItem]:
        return {item.id: item for item in self._knowledge.base.quizzes}

    def start(
        self,
        chat_id: int,
        *,
        daily_date: str | None = None,
        thread_id: int | None = None,
        started_by: int | None = None,
        announcement: str = texts.QUIZ_STARTING,
        schedule_time: str = "",
        reply_to: int | None = None,
    ) -> Started:
        """Create a run and its `announcement` (a template: count, seconds, the schedule's
        time), in one transaction; begin() sends it and takes the first step. No awaits
        here, so two /quiz at once cannot both start one."""
        now = self._now_iso()
        settings = quiz_chats.chat_settings(self._db, chat_id)
        items = self._items()
        if not items:
            return Started(StartResult.NO_ITEMS)
        if self.running(chat_id) is not None:
            return Started(StartResult.ALREADY_RUNNING)
        if daily_date is not None and store.daily_run_exists(self._db, chat_id, daily_date):
            return Started(StartResult.ALREADY_RAN_TODAY)
        chosen = choose_items(
            list(items),
            store.item_history(self._db, chat_id),
            settings.cycle,
            settings.questions,
            self._rng,
            {item.id: item.fact_id for item in items.values()},
        )
        with self._db.atomic():
            run_id = store.create_run(
                self._db,
                chat_id=chat_id,
                kind=store.KIND_DAILY if daily_date else store.KIND_MANUAL,
                run_date=daily_date,
                items=chosen,
                seconds=settings.seconds,
                now=now,
                thread_id=thread_id,
                started_by=started_by,
            )
            if run_id is None:
                return Started(StartResult.ALREADY_RUNNING)
            text = announcement.format(
                count=len(chosen), seconds=texts.seconds(settings.seconds), time=schedule_time
            )
            owed = self._outbox.owe(
                chat_id, thread_id, text, self.clock(), run_id=run_id, reply_to=reply_to
            )
        # Each item is noted as asked when its poll is sent (store.record_poll_sent).
        return Started(StartResult.STARTED, run_id, len(chosen), settings.seconds, owed)

    async def begin(self, started: Started) -> None:
        """Announce a started quiz and take its first step (even if the announcement could
        not go out: the run steps on, and ends if it cannot send)."""
        assert started.run_id is not None and started.announcement is not None
        delivery = Delivery.DROPPED
        try:
            delivery = await self._outbox.send(started.announcement)
        finally:
            # Kept for the restart (the bot is stopping): the restart sends it, then resumes
            # the run, so that its first question never comes before it.
            if delivery is not Delivery.KEPT:
                self.schedule_step(started.run_id)

    def schedule_step(self, run_id: int, at: datetime | None = None) -> None:
        """Run the next step of a quiz at `at` (now if None)."""
        queue = self.application.job_queue
        assert queue is not None
        delay = 0.0 if at is None else max(0.0, (at - self.clock()).total_seconds())
        queue.run_once(
            self._step_job, delay, data=run_id, name=_step_job_name(run_id),
            job_kwargs={"misfire_grace_time": None},
        )  # fmt: skip

    def _cancel_step(self, run_id: int) -> None:
        queue = self.application.job_queue
        assert queue is not None
        for job in queue.get_jobs_by_name(_step_job_name(run_id)):
            job.schedule_removal()

    async def _step_job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.job is not None
        assert isinstance(context.job.data, int)
        await self.step(context.job.data)

    async def step(self, run_id: int) -> None:
        """Send the next question, or the summary; a failed step always ends the run."""
        run = store.get_run(self._db, run_id)
        if run is None or run.status != store.STATUS_RUNNING:
            return
        try:
            if run.ending == store.ENDING_POLL_CLOSED:
                await self._end(run, store.STATUS_STOPPED, texts.QUIZ_POLL_CLOSED_TITLE)
            elif run.next_index < len(run.items) and self._nobody_answered_lately(run):
                await self._end(run, store.STATUS_STOPPED, texts.QUIZ_STOPPED_UNANSWERED_TITLE)
            elif run.next_index < len(run.items):
                await self._send_question(run)
            else:
                await self._end(run, store.STATUS_FINISHED, texts.QUIZ_SUMMARY_TITLE)
        except Refused as refused:
            logger.warning("quiz %d in chat %d refused: %s", run.id, run.chat_id, refused)
            if self._fail(run):
                await self._say(run.chat_id, run.thread_id, refusal_text(refused.error.message))
        except Interrupted:
            # The bot is stopping (SIGTERM) while this step waited to send: the run stays
            # as it is, and the restart sends the same question (resume()). Ending it as
            # failed here would lose a quiz that nothing went wrong with.
            logger.info("quiz %d in chat %d: left for the restart", run.id, run.chat_id)
        except Forbidden as error:
            # The bot was removed or blocked: nobody to tell; keep what was scored.
            logger.warning("quiz %d in chat %d stopped: %s", run.id, run.chat_id, error)
            self._fail(run)
        except Exception:
            # Whatever went wrong, the run must not stay "running" and block /quiz.
            logger.exception("quiz %d in chat %d failed", run.id, run.chat_id)
            if self._fail(run):
                await self._say(run.chat_id, run.thread_id, texts.QUIZ_FAILED)

    def _fail(self, run: store.QuizRun) -> bool:
        self._cancel_step(run.id)
        return store.finish_run(self._db, run.id, store.STATUS_FAILED, self._now_iso())

    def _nobody_answered_lately(self, run: store.QuizRun) -> bool:
        counts = store.answer_counts(self._db, run.id)
        recent = counts[-UNANSWERED_IN_A_ROW:]
        return len(recent) == UNANSWERED_IN_A_ROW and not any(recent)

    async def _send_question(self, run: store.QuizRun) -> None:
        item = self._items().get(run.items[run.next_index])
        if item is None:  # deleted by an admin since the run started: skip it
            self._advance_without_poll(run)
            return
        options = list(item.options)
        if len(options) > 2:
            # A true/false item keeps its order («صح» then «خطأ»), as people expect to read it.
            self._rng.shuffle(options)
        correct = options.index(item.options[item.correct])
        # Number the polls people see: a skipped question leaves no gap («(1/5)», «(3/5)»)
        # and no longer counts in the total.
        sent = store.polls_sent(self._db, run.id)
        total = len(run.items) - (run.next_index - sent)
        question = numbered_question(item.question, sent + 1, total)
        bot = self.application.bot
        # Noted before the call: Telegram cannot close the poll sooner than `seconds` after.
        asked_at = self.clock()
        try:
            message = await send_reliably(
                lambda: final(
                    bot.send_poll(
                        run.chat_id,
                        question,
                        options,
                        type=Poll.QUIZ,
                        is_anonymous=False,
                        correct_option_ids=[correct],
                        explanation=item.explanation,
                        open_period=run.seconds,
                        message_thread_id=run.thread_id,
                    )
                )
            )
        except TimedOut:
            # It may have been delivered; sending again could show it twice. Skip it, but
            # note it as asked: the group may have seen it, so the cycle does not ask it
            # again. (One that never left, NotSent, was retried for the whole budget first.)
            logger.warning("quiz %d: question %d timed out, skipped", run.id, run.next_index)
            self._advance_without_poll(run, possibly_sent=True)
            return
        current = store.get_run(self._db, run.id)
        if current is None or current.status != store.STATUS_RUNNING:
            # Stopped while the poll was on its way: close it, and ask nothing more.
            await self._close_poll(run.chat_id, message)
            return
        closes_at = self.clock() + timedelta(seconds=run.seconds)
        next_at = closes_at + QUESTION_GAP
        assert message.poll is not None
        recorded = store.record_poll_sent(
            self._db,
            poll_id=message.poll.id,
            run=run,
            quiz_id=item.id,
            message_id=message.message_id,
            options=options,
            correct_option=correct,
            sent_at=store.iso(asked_at),
            closes_at=store.iso(closes_at),
            next_at=store.iso(next_at),
        )
        if not recorded:
            await self._close_poll(run.chat_id, message)
            raise PollNotRecorded(f"poll id {message.poll.id} is already stored")
        self.schedule_step(run.id, next_at)

    async def _close_poll(self, chat_id: int, message: Message) -> None:
        try:
            await final(self.application.bot.stop_poll(chat_id, message.message_id))
        except (TelegramError, Refused) as error:
            logger.warning("could not close poll %d in %d: %s", message.message_id, chat_id, error)

    def _advance_without_poll(self, run: store.QuizRun, *, possibly_sent: bool = False) -> None:
        sent_at = self._now_iso() if possibly_sent else None
        store.skip_question(self._db, run, possibly_sent_at=sent_at)
        self.schedule_step(run.id)

    async def _say(
        self, chat_id: int, thread_id: int | None, text: str, *, html: bool = False
    ) -> bool:
        """Send a message about a quiz (in its topic); failures are logged, never raised,
        and one a shutdown interrupts is sent after the restart (QuizOutbox)."""
        return await self._outbox.say(chat_id, thread_id, text, self.clock(), html=html)

    async def _end(self, run: store.QuizRun, status: str, title: str) -> bool:
        """End a run: close its open poll, post the summary, then start a daily quiz due.

        The run's end, its scores and its summary are written in one transaction, so a
        shutdown or a crash after it still sends the summary (at the restart)."""
        now = self.clock()
        with self._db.atomic():
            if not store.finish_run(self._db, run.id, status, store.iso(now)):
                return False  # someone else ended it first
            open_polls = [
                poll for poll in store.run_polls(self._db, run.id)
                if _parse(poll.closes_at) > now and poll.message_id is not None
            ]  # fmt: skip
            for poll in open_polls:
                store.mark_poll_stopped(self._db, poll.poll_id)
            store.record_item_results(self._db, run.id)
            summary = self._outbox.owe(
                run.chat_id, run.thread_id, self.summary(run, title), now,
                html=True, lasting=True, run_id=run.id,
            )  # fmt: skip
        self._cancel_step(run.id)
        for poll in open_polls:
            await self._close_poll_message(run, poll)
        await self._outbox.send(summary)
        await self.daily.start_due(run.chat_id, texts.QUIZ_DAILY_AFTER_RUN)
        return True

    async def _close_poll_message(self, run: store.QuizRun, poll: store.SentPoll) -> None:
        """Close a poll the quiz no longer waits for; it closes by itself in time anyway."""
        assert poll.message_id is not None
        try:
            await final(self.application.bot.stop_poll(run.chat_id, poll.message_id))
        except (TelegramError, Refused, Interrupted) as error:
            logger.warning("quiz %d: could not close its poll: %s", run.id, error)

    async def stop(self, chat_id: int) -> bool:
        """/stopquiz: close the open poll, ask nothing more, post the summary so far."""
        run = store.running_run(self._db, chat_id)
        if run is None:
            return False
        return await self._end(run, store.STATUS_STOPPED, texts.QUIZ_STOPPED_TITLE)

    def poll_closed(self, poll_id: str) -> bool:
        """Telegram says a poll closed: if someone stopped the running quiz's current poll
        before its time, the quiz ends after the usual pause, not at its timer (answers
        given before the close still count; after its last question it is the usual end).
        False when there is nothing to do: not our poll, not the current one, or closed by
        its own timer (or by the bot)."""
        poll = store.get_poll(self._db, poll_id)
        if poll is None or poll.stopped:
            return False
        run = store.get_run(self._db, poll.run_id)
        if run is None or run.status != store.STATUS_RUNNING or run.ending is not None:
            return False
        if poll.position != run.next_index - 1:
            return False  # an earlier question's poll: its time is long over
        now = self.clock()
        if now >= _parse(poll.sent_at) + timedelta(seconds=run.seconds) - CLOSE_ROUNDING:
            return False  # its timer closed it: the next step is due anyway
        if _parse(poll.closes_at) <= now:
            return False  # its early close is noted already
        next_at = now + QUESTION_GAP
        closed = endings.poll_closed_early(
            self._db, run_id=run.id, poll_id=poll_id, closed_at=store.iso(now),
            next_at=store.iso(next_at), last=run.next_index >= len(run.items),
        )  # fmt: skip
        if closed:
            logger.info("quiz %d in chat %d: its poll was closed early", run.id, run.chat_id)
            self._cancel_step(run.id)
            self.schedule_step(run.id, next_at)
        return closed

    # --- answers ----------------------------------------------------------------------

    def rename_player(self, user_id: int, name: str, username: str | None) -> None:
        """Show a player under the name they have now (they may have changed it since
        their last answer, which is when the name was noted)."""
        store.rename_player(self._db, user_id, name, username, self._now_iso())

    def record_answer(
        self, poll_id: str, user_id: int, option_ids: tuple[int, ...], name: str,
        username: str | None,
    ) -> bool | None:  # fmt: skip
        """Score an answer once, however late it is processed.

        None when the poll is not one of ours, the bot closed it early (/stopquiz), or the
        answer was retracted. Telegram itself refuses answers to polls that have closed.
        """
        poll = store.get_poll(self._db, poll_id)
        if poll is None or poll.stopped or not option_ids:
            return None
        correct = option_ids == (poll.correct_option,)
        store.record_answer(self._db, poll, user_id, correct, name, username, self._now_iso())
        return correct

    def _stale(self, run: store.QuizRun, now: datetime) -> bool:
        per_question = timedelta(seconds=run.seconds) + QUESTION_GAP
        planned_end = _parse(run.started_at) + per_question * len(run.items)
        return now > planned_end + STALE_AFTER

    async def restore(self) -> None:
        """At start-up: send what the last run owed, resume running quizzes, re-create
        daily jobs, catch up a missed one."""
        now = self.clock()
        await self._outbox.send_owed(now)
        for run in store.running_runs(self._db):
            if self._stale(run, now):
                # Left over from long downtime: close it with a word instead of resuming.
                if store.finish_run(self._db, run.id, store.STATUS_EXPIRED, store.iso(now)):
                    store.record_item_results(self._db, run.id)
                    await self._say(run.chat_id, run.thread_id, texts.QUIZ_EXPIRED)
                continue
            at = _parse(run.next_at) if run.next_at else None
            self.schedule_step(run.id, at if at and at > now else None)
        await self.daily.restore(now)

    def stop_chat(self, chat_id: int) -> None:
        """The bot left the chat: no more daily quizzes, and the running one ends."""
        now = self._now_iso()
        quiz_chats.disable_schedule(self._db, chat_id, now)
        quiz_chats.set_active(self._db, chat_id, False, now)
        run = store.running_run(self._db, chat_id)
        if run is not None:
            store.finish_run(self._db, run.id, store.STATUS_CANCELLED, now)
            self._cancel_step(run.id)
        self.daily.unschedule(chat_id)

    def move_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup: its schedule, runs and scores follow it."""
        quiz_chats.move_chat(self._db, old_chat_id, new_chat_id)
        self.daily.unschedule(old_chat_id)
        schedule = quiz_chats.get_schedule(self._db, new_chat_id)
        if schedule is not None and schedule.enabled:
            self.daily.schedule_job(schedule)
