"""Running quizzes: native quiz polls one after another, daily schedules, restarts.

Everything a quiz needs to continue lives in SQLite (run, next question, poll ids), so a
restart resumes it; jobs in PTB's JobQueue are only timers and are re-created at start.
"""

from __future__ import annotations

import html
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlite_utils import Database
from telegram import Poll
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError, TimedOut
from telegram.ext import Application, ContextTypes, Job

from bot import texts
from bot.knowledge_service import KnowledgeService
from bot.sending import send_reliably
from db import quiz as store
from knowledge.models import QuizItem
from knowledge.quiz_selection import choose_items

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# Pause after a poll closes before the next question, so the result can be seen.
QUESTION_GAP = timedelta(seconds=2)
# Answers that arrive this long after a poll closed still count (network delay).
ANSWER_GRACE = timedelta(seconds=3)
# A daily quiz missed while the bot was down still runs if it is back within this time.
CATCH_UP_WINDOW = timedelta(minutes=30)
MIN_QUESTIONS, MAX_QUESTIONS = 1, 10
MIN_SECONDS, MAX_SECONDS = 5, 600


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


def daily_job_name(chat_id: int) -> str:
    return f"daily:{chat_id}"


def _step_job_name(run_id: int) -> str:
    return f"quiz-step:{run_id}"


def local_daily_time(schedule: store.Schedule) -> time:
    hours, minutes = (int(part) for part in schedule.time.split(":"))
    return time(hours, minutes, tzinfo=ZoneInfo(schedule.timezone))


def last_occurrence(schedule: store.Schedule, now: datetime) -> datetime:
    """The most recent scheduled moment at or before `now`, in the schedule's zone."""
    zone = ZoneInfo(schedule.timezone)
    local_now = now.astimezone(zone)
    at = local_daily_time(schedule)
    today = datetime.combine(local_now.date(), at.replace(tzinfo=None), tzinfo=zone)
    return today if today <= local_now else today - timedelta(days=1)


class QuizService:
    """Starts and steps quizzes; keeps daily jobs in step with the schedules table."""

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
        self._application: Application | None = None  # type: ignore[type-arg]

    @property
    def default_timezone(self) -> str:
        return self._default_timezone

    def bind(self, application: Application) -> None:  # type: ignore[type-arg]
        self._application = application

    @property
    def application(self) -> Application:  # type: ignore[type-arg]
        assert self._application is not None, "QuizService.bind() was not called"
        return self._application

    # --- starting and stepping ------------------------------------------------------

    def _items(self) -> dict[str, QuizItem]:
        return {item.id: item for item in self._knowledge.base.quizzes}

    def start(self, chat_id: int, *, daily_date: str | None = None) -> Started:
        """Create a run (no awaits here, so two /quiz at once cannot both start one)."""
        now = store.iso(self.clock())
        settings = store.chat_settings(self._db, chat_id)
        items = self._items()
        if not items:
            return Started(StartResult.NO_ITEMS)
        if store.running_run(self._db, chat_id) is not None:
            return Started(StartResult.ALREADY_RUNNING)
        if daily_date is not None and store.daily_run_exists(self._db, chat_id, daily_date):
            return Started(StartResult.ALREADY_RAN_TODAY)
        chosen = choose_items(
            list(items),
            store.item_history(self._db, chat_id),
            settings.cycle,
            settings.questions,
            self._rng,
        )
        run_id = store.create_run(
            self._db,
            chat_id=chat_id,
            kind=store.KIND_DAILY if daily_date else store.KIND_MANUAL,
            run_date=daily_date,
            items=[item for item, _ in chosen],
            seconds=settings.seconds,
            now=now,
        )
        if run_id is None:
            return Started(StartResult.ALREADY_RUNNING)
        store.mark_items_asked(self._db, chat_id, chosen, now)
        return Started(StartResult.STARTED, run_id, len(chosen), settings.seconds)

    def schedule_step(self, run_id: int, at: datetime | None = None) -> None:
        """Run the next step of a quiz at `at` (now if None)."""
        queue = self.application.job_queue
        assert queue is not None
        delay = 0.0 if at is None else max(0.0, (at - self.clock()).total_seconds())
        queue.run_once(
            self._step_job, delay, data=run_id, name=_step_job_name(run_id),
            job_kwargs={"misfire_grace_time": None},
        )  # fmt: skip

    async def _step_job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.job is not None
        await self.step(int(context.job.data))  # type: ignore[arg-type]

    async def step(self, run_id: int) -> None:
        """Send the next question, or the summary after the last one."""
        run = store.get_run(self._db, run_id)
        if run is None or run.status != store.STATUS_RUNNING:
            return
        try:
            if run.next_index < len(run.items):
                await self._send_question(run)
            else:
                await self._finish(run)
        except (Forbidden, BadRequest) as error:
            # The bot was removed or the chat is gone: stop quietly, keep what was scored.
            logger.warning("quiz %d in chat %d stopped: %s", run.id, run.chat_id, error)
            store.finish_run(self._db, run.id, store.STATUS_CANCELLED, store.iso(self.clock()))

    async def _send_question(self, run: store.QuizRun) -> None:
        item = self._items().get(run.items[run.next_index])
        if item is None:  # deleted by an admin since the run started: skip it
            self._advance_without_poll(run)
            return
        options = list(item.options)
        self._rng.shuffle(options)
        correct = options.index(item.options[item.correct])
        bot = self.application.bot
        try:
            message = await send_reliably(
                lambda: bot.send_poll(
                    run.chat_id,
                    item.question,
                    options,
                    type=Poll.QUIZ,
                    is_anonymous=False,
                    correct_option_ids=[correct],
                    explanation=item.explanation,
                    open_period=run.seconds,
                )
            )
        except TimedOut:
            # It may have been delivered; sending again could show it twice. Skip it.
            logger.warning("quiz %d: question %d timed out, skipped", run.id, run.next_index)
            self._advance_without_poll(run)
            return
        sent_at = self.clock()
        closes_at = sent_at + timedelta(seconds=run.seconds)
        next_at = closes_at + QUESTION_GAP
        assert message.poll is not None
        store.record_poll_sent(
            self._db,
            poll_id=message.poll.id,
            run=run,
            quiz_id=item.id,
            message_id=message.message_id,
            options=options,
            correct_option=correct,
            sent_at=store.iso(sent_at),
            closes_at=store.iso(closes_at),
            next_at=store.iso(next_at),
        )
        self.schedule_step(run.id, next_at)

    def _advance_without_poll(self, run: store.QuizRun) -> None:
        store.skip_question(self._db, run.id)
        self.schedule_step(run.id)

    async def _finish(self, run: store.QuizRun) -> None:
        store.record_item_results(self._db, run.id)
        summary = self.summary(run)
        bot = self.application.bot
        try:
            await send_reliably(
                lambda: bot.send_message(run.chat_id, summary, parse_mode=ParseMode.HTML)
            )
        except TimedOut:
            logger.warning("quiz %d: summary timed out", run.id)
        store.finish_run(self._db, run.id, store.STATUS_FINISHED, store.iso(self.clock()))

    def summary(self, run: store.QuizRun) -> str:
        """The correct answers, and who scored what in this round (HTML)."""
        polls = store.run_polls(self._db, run.id)
        items = self._items()
        lines = [html.escape(texts.QUIZ_SUMMARY_TITLE)]
        for number, poll in enumerate(polls, 1):
            item = items.get(poll.quiz_id)
            question = item.question if item else poll.quiz_id
            if len(question) > texts.QUIZ_SUMMARY_QUESTION_MAX:
                question = question[: texts.QUIZ_SUMMARY_QUESTION_MAX - 1] + "…"
            lines.append(f"{number}. {html.escape(question)}")
            lines.append(f"   ✅ <b>{html.escape(poll.options[poll.correct_option])}</b>")
        lines.append("")
        lines.append(html.escape(texts.QUIZ_SUMMARY_SCORES))
        scores = store.round_scores(self._db, run.id)
        if not scores:
            lines.append(html.escape(texts.QUIZ_SUMMARY_NOBODY))
        for index, (name, points) in enumerate(scores):
            medal = texts.MEDALS[index] if index < len(texts.MEDALS) else "•"
            lines.append(
                texts.QUIZ_SUMMARY_SCORE.format(
                    medal=medal, name=html.escape(name), points=points, total=len(polls)
                )
            )
        return "\n".join(lines)

    # --- answers ----------------------------------------------------------------------

    def record_answer(
        self, poll_id: str, user_id: int, option_ids: tuple[int, ...], name: str,
        username: str | None,
    ) -> bool | None:  # fmt: skip
        """Score an answer once; None when the poll is unknown or already closed."""
        poll = store.get_poll(self._db, poll_id)
        now = self.clock()
        if poll is None or now > _parse(poll.closes_at) + ANSWER_GRACE or not option_ids:
            return None
        correct = option_ids == (poll.correct_option,)
        store.record_answer(self._db, poll, user_id, correct, name, username, store.iso(now))
        return correct

    # --- daily schedules ------------------------------------------------------------

    def schedule_daily(self, schedule: store.Schedule) -> Job:  # type: ignore[type-arg]
        """(Re)create the chat's daily job; one job name per chat, so never two."""
        self.unschedule_daily(schedule.chat_id)
        queue = self.application.job_queue
        assert queue is not None
        return queue.run_daily(
            self._daily_job,
            local_daily_time(schedule),
            chat_id=schedule.chat_id,
            name=daily_job_name(schedule.chat_id),
            # Under load (a thousand groups at one minute) a job may start late; it must
            # still run, not be dropped as "missed".
            job_kwargs={"misfire_grace_time": int(CATCH_UP_WINDOW.total_seconds())},
        )

    def unschedule_daily(self, chat_id: int) -> None:
        queue = self.application.job_queue
        assert queue is not None
        for job in queue.get_jobs_by_name(daily_job_name(chat_id)):
            job.schedule_removal()

    async def _daily_job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.job is not None and context.job.chat_id is not None
        schedule = store.get_schedule(self._db, context.job.chat_id)
        if schedule is None or not schedule.enabled:
            return
        occurrence = last_occurrence(schedule, self.clock())
        await self.start_daily(schedule, occurrence.date())

    async def start_daily(self, schedule: store.Schedule, day: date) -> Started:
        started = self.start(schedule.chat_id, daily_date=day.isoformat())
        if started.result is StartResult.STARTED and started.run_id is not None:
            announcement = texts.QUIZ_DAILY_STARTING.format(
                count=started.count, seconds=texts.seconds(started.seconds)
            )
            bot = self.application.bot
            try:
                await send_reliably(lambda: bot.send_message(schedule.chat_id, announcement))
            except (TimedOut, Forbidden, BadRequest) as error:
                logger.warning(
                    "daily quiz in %d: announcement failed: %s", schedule.chat_id, error
                )
            self.schedule_step(started.run_id)
        return started

    async def restore(self) -> None:
        """At start-up: resume running quizzes, re-create daily jobs, catch up a missed one."""
        now = self.clock()
        for run in store.running_runs(self._db):
            at = _parse(run.next_at) if run.next_at else None
            self.schedule_step(run.id, at if at and at > now else None)
        for schedule in store.enabled_schedules(self._db):
            self.schedule_daily(schedule)
            occurrence = last_occurrence(schedule, now)
            day = occurrence.date().isoformat()
            if now - occurrence <= CATCH_UP_WINDOW and not store.daily_run_exists(
                self._db, schedule.chat_id, day
            ):
                try:
                    await self.start_daily(schedule, occurrence.date())
                except TelegramError as error:
                    logger.warning("catch-up quiz in %d failed: %s", schedule.chat_id, error)

    def stop_chat(self, chat_id: int) -> None:
        """The bot left the chat: no more daily quizzes, and the running one ends."""
        now = store.iso(self.clock())
        store.disable_schedule(self._db, chat_id, now)
        store.set_active(self._db, chat_id, False, now)
        run = store.running_run(self._db, chat_id)
        if run is not None:
            store.finish_run(self._db, run.id, store.STATUS_CANCELLED, now)
        self.unschedule_daily(chat_id)

    def move_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup: its schedule, runs and scores follow it."""
        store.move_chat(self._db, old_chat_id, new_chat_id)
        self.unschedule_daily(old_chat_id)
        schedule = store.get_schedule(self._db, new_chat_id)
        if schedule is not None and schedule.enabled:
            self.schedule_daily(schedule)
