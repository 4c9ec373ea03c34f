"""Daily quizzes: one job per chat kept in step with the schedules table, and a daily quiz
missed while the bot was down caught up when it is back (the same local day).

PTB's jobs do not survive a restart (PTB issues #974, #4080): the schedules live in SQLite
and the jobs are made again at start-up (restore)."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlite_utils import Database
from telegram.error import TelegramError
from telegram.ext import ContextTypes, Job, JobQueue

from bot import texts
from bot.daily_time import last_occurrence, local_daily_time
from db import quiz as store
from db import quiz_chats

if TYPE_CHECKING:
    from bot.quiz_service import QuizService, Started

logger = logging.getLogger(__name__)

# A daily quiz missed while the bot was down runs when it is back: until the end of that
# local day, or within this window of its minute (a quiz at 23:55 still runs at 00:10).
CATCH_UP_WINDOW = timedelta(minutes=30)
# Later than this after its minute, a caught-up daily quiz says why it comes late.
LATE_NOTE_AFTER = timedelta(minutes=1)


def daily_job_name(chat_id: int) -> str:
    return f"daily:{chat_id}"


class DailyQuizzes:
    """The chats' daily quizzes; a quiz is started through the quiz service."""

    def __init__(self, db: Database, quiz: QuizService) -> None:
        self._db = db
        self._quiz = quiz

    def _queue(self) -> JobQueue:
        queue = self._quiz.application.job_queue
        assert queue is not None
        return queue

    def get(self, chat_id: int) -> quiz_chats.Schedule | None:
        return quiz_chats.get_schedule(self._db, chat_id)

    def set(self, chat_id: int, at: str, zone: str, thread_id: int | None = None) -> None:
        """Store the chat's daily quiz (in the topic it was set from) and (re)create its job."""
        now = store.iso(self._quiz.clock())
        quiz_chats.set_schedule(self._db, chat_id, at, zone, now, thread_id)
        schedule = quiz_chats.get_schedule(self._db, chat_id)
        assert schedule is not None
        self.schedule_job(schedule)

    def disable(self, chat_id: int) -> bool:
        """/daily off: False when there was none to stop."""
        stopped = quiz_chats.disable_schedule(self._db, chat_id, store.iso(self._quiz.clock()))
        self.unschedule(chat_id)
        return stopped

    def schedule_job(self, schedule: quiz_chats.Schedule) -> Job:
        """(Re)create the chat's daily job; one job name per chat, so never two."""
        self.unschedule(schedule.chat_id)
        return self._queue().run_daily(
            self._job,
            local_daily_time(schedule.time, schedule.timezone),
            chat_id=schedule.chat_id,
            name=daily_job_name(schedule.chat_id),
            # Under load (a thousand groups at one minute) a job may start late; it must
            # still run, not be dropped as "missed".
            job_kwargs={"misfire_grace_time": int(CATCH_UP_WINDOW.total_seconds())},
        )

    def unschedule(self, chat_id: int) -> None:
        for job in self._queue().get_jobs_by_name(daily_job_name(chat_id)):
            job.schedule_removal()

    async def _job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.job is not None and context.job.chat_id is not None
        schedule = quiz_chats.get_schedule(self._db, context.job.chat_id)
        if schedule is None or not schedule.enabled:
            return
        occurrence = last_occurrence(schedule.time, schedule.timezone, self._quiz.clock())
        # A manual quiz running now: the daily one starts when it ends (see start_due).
        await self.start(schedule, occurrence.date())

    def due(self, schedule: quiz_chats.Schedule, now: datetime) -> datetime | None:
        """The daily quiz's minute if it has not run yet and still may (same local day)."""
        occurrence = last_occurrence(schedule.time, schedule.timezone, now)
        if schedule.updated_at and occurrence < datetime.fromisoformat(schedule.updated_at):
            return None  # scheduled after that minute had passed: the first one is next
        if store.daily_run_exists(self._db, schedule.chat_id, occurrence.date().isoformat()):
            return None
        local_today = now.astimezone(ZoneInfo(schedule.timezone)).date()
        if occurrence.date() == local_today or now - occurrence <= CATCH_UP_WINDOW:
            return occurrence
        return None

    async def start_due(self, chat_id: int, template: str) -> None:
        """A quiz just ended: the daily one it held up starts now, if still due."""
        schedule = quiz_chats.get_schedule(self._db, chat_id)
        if schedule is None or not schedule.enabled:
            return
        occurrence = self.due(schedule, self._quiz.clock())
        if occurrence is not None:
            await self.start(schedule, occurrence.date(), template)

    async def start(
        self, schedule: quiz_chats.Schedule, day: date, template: str = texts.QUIZ_DAILY_STARTING
    ) -> Started:
        """Start the day's quiz in the topic /daily was set in, with its announcement."""
        started = self._quiz.start(
            schedule.chat_id,
            daily_date=day.isoformat(),
            thread_id=schedule.thread_id,
            announcement=template,
            schedule_time=schedule.time,
        )
        if started.run_id is not None:
            await self._quiz.begin(started)
        return started

    async def restore(self, now: datetime) -> None:
        """At start-up, after the running quizzes resumed: re-create the daily jobs and
        catch up a quiz missed today."""
        for schedule in quiz_chats.enabled_schedules(self._db):
            self.schedule_job(schedule)
            occurrence = self.due(schedule, now)
            if occurrence is None or store.running_run(self._db, schedule.chat_id):
                continue  # nothing due, or a resumed quiz first: the daily one follows it
            late = now - occurrence > LATE_NOTE_AFTER
            template = texts.QUIZ_DAILY_LATE if late else texts.QUIZ_DAILY_STARTING
            try:
                await self.start(schedule, occurrence.date(), template)
            except TelegramError as error:
                logger.warning("catch-up quiz in %d failed: %s", schedule.chat_id, error)
