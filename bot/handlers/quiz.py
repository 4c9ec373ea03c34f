"""Quiz commands (/quiz, /daily, /quizsettings, /top, /myscore), poll answers, membership."""

from __future__ import annotations

import html
import logging
import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlite_utils import Database
from telegram import Chat, ChatMember, ChatMemberUpdated, Message, Update, User
from telegram.constants import ChatType, ParseMode
from telegram.ext import ContextTypes

from bot import texts
from bot.event_log import note_outcome
from bot.quiz_service import (
    MAX_QUESTIONS,
    MAX_SECONDS,
    MIN_QUESTIONS,
    MIN_SECONDS,
    StartResult,
)
from bot.services import services_of
from db import quiz as store

logger = logging.getLogger(__name__)

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_ADMIN_STATUSES = {ChatMember.ADMINISTRATOR, ChatMember.OWNER}
_GONE_STATUSES = {ChatMember.LEFT, ChatMember.BANNED}
WEEK = timedelta(days=7)


def _is_group(chat: Chat) -> bool:
    return chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


def _display_name(user: User) -> str:
    return user.full_name or (f"@{user.username}" if user.username else str(user.id))


async def is_chat_admin(message: Message, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Private chats belong to their user; in groups ask Telegram who the admins are."""
    chat = message.chat
    if not _is_group(chat):
        return True
    if message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous group administrator
    if message.from_user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, message.from_user.id)
    return member.status in _ADMIN_STATUSES


async def _refused_unless_admin(
    message: Message, context: ContextTypes.DEFAULT_TYPE, command: str
) -> bool:
    """Refuse (and log) a settings command from someone who is not a chat admin."""
    if await is_chat_admin(message, context):
        return False
    logger.info("non-admin tried %s in chat %s", command, message.chat.id)
    note_outcome("refused_not_admin")
    await message.reply_text(texts.ADMINS_ONLY)
    return True


def _remember_chat(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Chat | None:
    chat = update.effective_chat
    if chat is not None:
        services = services_of(context)
        store.ensure_chat(
            services.db, chat.id, chat.type, chat.title, store.iso(services.quiz.clock())
        )
    return chat


async def on_quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/quiz: start a mini-quiz now (one at a time per chat)."""
    message = update.effective_message
    chat = _remember_chat(update, context)
    if message is None or chat is None:
        return
    quiz = services_of(context).quiz
    started = quiz.start(chat.id)
    if started.result is StartResult.ALREADY_RUNNING:
        await message.reply_text(texts.QUIZ_ALREADY_RUNNING)
        return
    if started.result is StartResult.NO_ITEMS or started.run_id is None:
        await message.reply_text(texts.QUIZ_NO_ITEMS)
        return
    note_outcome("quiz_started", run=str(started.run_id))
    await message.reply_text(
        texts.QUIZ_STARTING.format(count=started.count, seconds=texts.seconds(started.seconds))
    )
    quiz.schedule_step(started.run_id)


def _schedule_text(template: str, db: Database, chat_id: int, time: str, zone: str) -> str:
    """A schedule message (DAILY_SHOW, DAILY_SET) with the chat's quiz settings."""
    settings = store.chat_settings(db, chat_id)
    return template.format(
        time=time,
        zone=zone,
        questions=settings.questions,
        seconds=texts.seconds(settings.seconds),
    )


async def on_daily(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/daily HH:MM [Area/City] | /daily off | /daily (show)."""
    message = update.effective_message
    chat = _remember_chat(update, context)
    if message is None or chat is None:
        return
    services = services_of(context)
    args = context.args or []
    if not args:
        schedule = store.get_schedule(services.db, chat.id)
        if schedule is None or not schedule.enabled:
            await message.reply_text(texts.DAILY_NONE)
        else:
            await message.reply_text(
                _schedule_text(
                    texts.DAILY_SHOW, services.db, chat.id, schedule.time, schedule.timezone
                )
            )
        return
    if await _refused_unless_admin(message, context, "/daily"):
        return
    now = store.iso(services.quiz.clock())
    if args[0].lower() in ("off", "stop", "ايقاف", "إيقاف"):
        stopped = store.disable_schedule(services.db, chat.id, now)
        services.quiz.unschedule_daily(chat.id)
        await message.reply_text(texts.DAILY_OFF if stopped else texts.DAILY_ALREADY_OFF)
        return
    match = _TIME.match(args[0])
    if match is None or len(args) > 2:
        await message.reply_text(texts.DAILY_BAD_TIME.format(value=" ".join(args)))
        return
    zone = args[1] if len(args) == 2 else services.quiz.default_timezone
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        await message.reply_text(texts.DAILY_BAD_ZONE.format(value=zone))
        return
    at = f"{int(match.group(1)):02d}:{match.group(2)}"
    store.set_schedule(services.db, chat.id, at, zone, now)
    schedule = store.get_schedule(services.db, chat.id)
    assert schedule is not None
    services.quiz.schedule_daily(schedule)
    await message.reply_text(_schedule_text(texts.DAILY_SET, services.db, chat.id, at, zone))


async def on_quiz_settings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/quizsettings [questions N | seconds S]."""
    message = update.effective_message
    chat = _remember_chat(update, context)
    if message is None or chat is None:
        return
    services = services_of(context)
    args = context.args or []
    if not args:
        settings = store.chat_settings(services.db, chat.id)
        await message.reply_text(
            texts.SETTINGS_SHOW.format(
                questions=settings.questions, seconds=texts.seconds(settings.seconds)
            )
        )
        return
    if await _refused_unless_admin(message, context, "/quizsettings"):
        return
    if len(args) != 2 or args[0].lower() not in ("questions", "seconds"):
        await message.reply_text(texts.SETTINGS_USAGE)
        return
    name, raw = args[0].lower(), args[1]
    value = int(raw) if raw.isdigit() else -1
    now = store.iso(services.quiz.clock())
    if name == "questions":
        if not MIN_QUESTIONS <= value <= MAX_QUESTIONS:
            await message.reply_text(
                texts.SETTINGS_BAD_QUESTIONS.format(low=MIN_QUESTIONS, high=MAX_QUESTIONS)
            )
            return
        store.update_settings(services.db, chat.id, now, questions=value)
        await message.reply_text(texts.SETTINGS_QUESTIONS_SET.format(value=value))
        return
    if not MIN_SECONDS <= value <= MAX_SECONDS:
        await message.reply_text(
            texts.SETTINGS_BAD_SECONDS.format(low=MIN_SECONDS, high=MAX_SECONDS)
        )
        return
    store.update_settings(services.db, chat.id, now, seconds=value)
    await message.reply_text(texts.SETTINGS_SECONDS_SET.format(value=texts.seconds(value)))


def _board(standings: list[store.Standing]) -> list[str]:
    if not standings:
        return [html.escape(texts.TOP_EMPTY)]
    return [
        texts.TOP_LINE.format(rank=s.rank, name=html.escape(s.name), points=s.points)
        for s in standings
    ]


async def on_top(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/top: this week's and all-time leaderboards, top 10, plus the caller's rank."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    services = services_of(context)
    since = store.iso(services.quiz.clock() - WEEK)
    user_id = message.from_user.id if message.from_user else None
    lines = [html.escape(texts.TOP_TITLE), "", html.escape(texts.TOP_WEEK)]
    for window in (since, None):
        if window is None:
            lines += ["", html.escape(texts.TOP_ALL_TIME)]
        board = store.leaderboard(services.db, chat.id, since=window)
        lines += _board(board)
        if user_id is not None and all(s.user_id != user_id for s in board):
            mine = store.standing_of(services.db, chat.id, user_id, since=window)
            if mine is not None:
                lines.append(texts.TOP_YOUR_RANK.format(rank=mine.rank, points=mine.points))
    await message.reply_text("\n".join(lines), parse_mode=ParseMode.HTML)


def current_streak(days: set[str], today: date) -> int:
    """Consecutive days, ending today or yesterday, with a correct daily answer."""
    day = today if today.isoformat() in days else today - timedelta(days=1)
    streak = 0
    while day.isoformat() in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


async def on_my_score(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/myscore: points, correct answers, accuracy and daily streak in this chat."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or message.from_user is None:
        return
    services = services_of(context)
    user_id = message.from_user.id
    answered, correct = store.player_totals(services.db, chat.id, user_id)
    if answered == 0:
        await message.reply_text(texts.MYSCORE_NONE)
        return
    schedule = store.get_schedule(services.db, chat.id)
    zone = ZoneInfo(schedule.timezone if schedule else services.quiz.default_timezone)
    today = services.quiz.clock().astimezone(zone).date()
    streak = current_streak(store.daily_correct_dates(services.db, chat.id, user_id), today)
    await message.reply_text(
        texts.MYSCORE.format(
            points=correct,
            correct=correct,
            answered=answered,
            accuracy=round(100 * correct / answered),
            streak=streak,
        )
    )


async def on_poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Score a quiz answer (once per user per poll); unknown or closed polls are ignored."""
    answer = update.poll_answer
    if answer is None or answer.user is None:
        return
    correct = services_of(context).quiz.record_answer(
        answer.poll_id,
        answer.user.id,
        tuple(answer.option_ids),
        _display_name(answer.user),
        answer.user.username,
    )
    note_outcome("poll_answer" if correct is not None else "poll_answer_ignored")


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Removed from a group: its daily quiz stops. Added: remember the chat."""
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None:
        return
    services = services_of(context)
    chat = change.chat
    if change.new_chat_member.status in _GONE_STATUSES:
        logger.info("removed from chat %s; its daily quiz stops", chat.id)
        services.quiz.stop_chat(chat.id)
    else:
        now = store.iso(services.quiz.clock())
        store.ensure_chat(services.db, chat.id, chat.type, chat.title, now)
        store.set_active(services.db, chat.id, True, now)


async def on_migrate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup: move its schedule and scores to the new id."""
    message = update.effective_message
    if message is None:
        return
    if message.migrate_to_chat_id is not None:
        old, new = message.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id is not None:
        old, new = message.migrate_from_chat_id, message.chat.id
    else:
        return
    logger.info("chat %s migrated to %s", old, new)
    services_of(context).quiz.move_chat(old, new)
