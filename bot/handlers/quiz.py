"""Quiz commands (/quiz, /stopquiz, /daily, /quizsettings, /top, /myscore), poll answers."""

from __future__ import annotations

import logging
from collections.abc import Callable

from telegram import Chat, ChatMember, ChatMemberUpdated, Message, Update, User
from telegram.constants import ChatType, ParseMode
from telegram.ext import ContextTypes

from bot import texts
from bot.daily_time import BadTime, BadZone, WhichHalf, parse_daily, zone_label
from bot.event_log import note_outcome
from bot.quiz_boards import PERIOD_WORDS, Period
from bot.quiz_service import QuizService, StartResult
from bot.quiz_settings_input import changed_text, read_setting
from bot.services import services_of

logger = logging.getLogger(__name__)

_ADMIN_STATUSES = {ChatMember.ADMINISTRATOR, ChatMember.OWNER}
_GONE_STATUSES = {ChatMember.LEFT, ChatMember.BANNED}
_STOP_WORDS = {"stop", *texts.STOP_WORDS}


def _is_group(chat: Chat) -> bool:
    return chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


def _display_name(user: User) -> str:
    return user.full_name or (f"@{user.username}" if user.username else str(user.id))


def _thread_of(message: Message) -> int | None:
    """The forum topic a message was sent in (None outside topics), for every reply to it."""
    return message.message_thread_id if message.is_topic_message else None


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


async def _refused_extra_words(
    message: Message, context: ContextTypes.DEFAULT_TYPE, usage: str
) -> bool:
    """A command that takes nothing after it came with words: say what it takes, do nothing.

    Ignoring them would act on input the sender did not mean (/quiz 5 starting five
    questions of the chat's usual count)."""
    if not context.args:
        return False
    note_outcome("extra_words_refused")
    await message.reply_text(usage)
    return True


def _remember_chat(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Chat | None:
    chat = update.effective_chat
    if chat is not None:
        services_of(context).quiz.remember_chat(chat.id, chat.type, chat.title)
    return chat


async def on_quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/quiz: start a mini-quiz now (one at a time per chat); /quiz stop stops it.

    Any other words after it start nothing: the reply says what /quiz takes."""
    message = update.effective_message
    chat = _remember_chat(update, context)
    if message is None or chat is None:
        return
    if context.args and len(context.args) == 1 and context.args[0].lower() in _STOP_WORDS:
        await _stop(message, chat, context)
        return
    if await _refused_extra_words(message, context, texts.QUIZ_USAGE):
        return
    quiz = services_of(context).quiz
    if quiz.running(chat.id) is not None:
        await message.reply_text(texts.QUIZ_ALREADY_RUNNING)
        return
    gate = quiz.start_gate(chat.id)
    gated = _is_group(chat) and (gate.admins_only or gate.wait_minutes > 0)
    # Group admins may always start one; members only when the settings allow it.
    if gated and not await is_chat_admin(message, context):
        note_outcome("quiz_refused")
        if gate.admins_only:
            await message.reply_text(texts.QUIZ_ADMINS_ONLY)
        else:
            minutes = texts.minutes(gate.wait_minutes)
            await message.reply_text(texts.QUIZ_COOLDOWN.format(minutes=minutes))
        return
    started = quiz.start(
        chat.id,
        thread_id=_thread_of(message),
        started_by=message.from_user.id if message.from_user else None,
        reply_to=message.message_id if _is_group(chat) else None,  # as a reply quotes it
    )
    if started.result is StartResult.ALREADY_RUNNING:
        await message.reply_text(texts.QUIZ_ALREADY_RUNNING)
        return
    if started.result is StartResult.NO_ITEMS or started.run_id is None:
        await message.reply_text(texts.QUIZ_NO_ITEMS)
        return
    note_outcome("quiz_started", run=str(started.run_id))
    await quiz.begin(started)


async def on_stop_quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stopquiz (/stop): for group admins and whoever started it."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    if await _refused_extra_words(message, context, texts.STOPQUIZ_USAGE):
        return
    await _stop(message, chat, context)


async def _stop(message: Message, chat: Chat, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop the chat's running quiz (/stopquiz, /stop, /quiz stop), if the sender may."""
    quiz = services_of(context).quiz
    run = quiz.running(chat.id)
    if run is None:
        private = chat.type == ChatType.PRIVATE
        await message.reply_text(
            texts.QUIZ_STOP_NOTHING_PRIVATE if private else texts.QUIZ_STOP_NOTHING
        )
        return
    user_id = message.from_user.id if message.from_user else None
    starter = user_id is not None and user_id == run.started_by
    if not starter and not await is_chat_admin(message, context):
        note_outcome("quiz_stop_refused")
        await message.reply_text(texts.QUIZ_STOP_REFUSED)
        return
    note_outcome("quiz_stopped", run=str(run.id))
    if not await quiz.stop(chat.id):
        await message.reply_text(texts.QUIZ_STOP_NOTHING)


def _schedule_text(template: str, quiz: QuizService, chat_id: int, time: str, zone: str) -> str:
    """A schedule message (DAILY_SHOW, DAILY_SET) with the chat's quiz settings."""
    settings = quiz.settings(chat_id)
    return template.format(
        time=time,
        zone=zone_label(zone),
        questions=settings.questions,
        seconds=texts.seconds(settings.seconds),
    )


async def _admin_change(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    command: str,
    current: Callable[[QuizService, int], str],
) -> tuple[Message, Chat, QuizService, list[str]] | None:
    """The shared start of /daily and /quizsettings: alone, anyone is shown the chat's
    `current` value; with words, a change, for chat admins only. None once answered."""
    message = update.effective_message
    chat = _remember_chat(update, context)
    if message is None or chat is None:
        return None
    quiz = services_of(context).quiz
    args = context.args or []
    if not args:
        await message.reply_text(current(quiz, chat.id))
        return None
    if await _refused_unless_admin(message, context, command):
        return None
    return message, chat, quiz, args


def _daily_text(quiz: QuizService, chat_id: int) -> str:
    """The chat's daily quiz as /daily alone shows it."""
    schedule = quiz.daily.get(chat_id)
    if schedule is None or not schedule.enabled:
        return texts.DAILY_NONE
    return _schedule_text(texts.DAILY_SHOW, quiz, chat_id, schedule.time, schedule.timezone)


async def on_daily(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/daily HH:MM [Area/City] | /daily off | /daily (show)."""
    change = await _admin_change(update, context, "/daily", _daily_text)
    if change is None:
        return
    message, chat, quiz, args = change
    if args[0].lower() in ("off", "stop", *texts.DAILY_OFF_WORDS):
        stopped = quiz.daily.disable(chat.id)
        await message.reply_text(texts.DAILY_OFF if stopped else texts.DAILY_ALREADY_OFF)
        return
    parsed = parse_daily(" ".join(args), quiz.default_timezone)
    if isinstance(parsed, BadTime):
        await message.reply_text(texts.DAILY_BAD_TIME.format(value=parsed.value))
        return
    if isinstance(parsed, BadZone):
        await message.reply_text(texts.DAILY_BAD_ZONE.format(value=parsed.value))
        return
    if isinstance(parsed, WhichHalf):
        zone = f" {parsed.zone}" if parsed.zone else ""
        await message.reply_text(texts.DAILY_WHICH_HALF.format(hour=parsed.hour, zone=zone))
        return
    quiz.daily.set(chat.id, parsed.time, parsed.zone, _thread_of(message))
    await message.reply_text(
        _schedule_text(texts.DAILY_SET, quiz, chat.id, parsed.time, parsed.zone)
    )


def _settings_text(quiz: QuizService, chat_id: int) -> str:
    settings = quiz.settings(chat_id)
    return texts.SETTINGS_SHOW.format(
        questions=settings.questions,
        seconds=texts.seconds(settings.seconds),
        who=texts.SETTINGS_WHO_LABELS.get(settings.who, settings.who),
        cooldown=texts.minutes(settings.cooldown) if settings.cooldown
        else texts.SETTINGS_NO_COOLDOWN,
    )  # fmt: skip


async def on_quiz_settings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/quizsettings [الأسئلة N | الثواني S | من المشرفون|الجميع | الانتظار MINUTES]
    (the English names questions, seconds, who, cooldown too)."""
    asked = await _admin_change(update, context, "/quizsettings", _settings_text)
    if asked is None:
        return
    message, chat, quiz, args = asked
    change = read_setting(args)
    if isinstance(change, str):
        await message.reply_text(change)
        return
    quiz.change_settings(
        chat.id,
        questions=change.questions,
        seconds=change.seconds,
        who=change.who,
        cooldown=change.cooldown,
    )
    await message.reply_text(changed_text(change))


async def on_top(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/top [اليوم|الأسبوع|الشهر|الكل] (or today, week, month, all): the chat's leaderboard
    (default: this week)."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    args = context.args or []
    period = PERIOD_WORDS.get(args[0].lower()) if args else Period.WEEK
    if period is None or len(args) > 1:
        await message.reply_text(texts.TOP_USAGE)
        return
    quiz = services_of(context).quiz
    user = message.from_user
    if user is not None:
        # Whoever looks at the board sees themselves under the name they have now.
        quiz.rename_player(user.id, _display_name(user), user.username)
    text = quiz.top_text(chat.id, period, user.id if user is not None else None)
    await message.reply_text(text, parse_mode=ParseMode.HTML)


async def on_my_score(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/myscore: in a group its points and streak; in private the totals across groups."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or message.from_user is None:
        return
    if await _refused_extra_words(message, context, texts.MYSCORE_USAGE):
        return
    quiz = services_of(context).quiz
    user_id = message.from_user.id
    quiz.rename_player(user_id, _display_name(message.from_user), message.from_user.username)
    if chat.type == ChatType.PRIVATE:
        text = quiz.all_chats_score_text(user_id) or texts.MYSCORE_NONE_ANYWHERE
    else:
        text = quiz.chat_score_text(chat.id, user_id) or texts.MYSCORE_NONE
    await message.reply_text(text)


async def on_poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Score a quiz answer (once per user per poll); unknown or stopped polls are ignored."""
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


async def on_poll(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A poll's new state: one of ours closed before its time ends its quiz."""
    poll = update.poll
    if poll is None or not poll.is_closed:
        return  # vote counts changing: the answers themselves come as poll_answer
    ended = services_of(context).quiz.poll_closed(poll.id)
    note_outcome("quiz_poll_closed" if ended else "poll_closed_ignored")


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Removed from a group: its daily quiz stops. Added: remember the chat."""
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None:
        return
    quiz = services_of(context).quiz
    chat = change.chat
    if change.new_chat_member.status in _GONE_STATUSES:
        logger.info("removed from chat %s; its daily quiz stops", chat.id)
        quiz.stop_chat(chat.id)
    else:
        quiz.rejoined(chat.id, chat.type, chat.title)


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
