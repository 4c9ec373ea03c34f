"""Building the Application: services, handlers in order, start-up and shutdown."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlite_utils import Database
from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    PollAnswerHandler,
    PollHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot import admin_keyboards, flood, retention, texts
from bot.admin_service import AdminService
from bot.config import Config
from bot.delivery import DeliveryPolicy
from bot.handlers import (
    admin,
    admin_access,
    admin_draft,
    admin_items,
    admin_review,
    errors,
    group_life,
    info,
    inline,
    questions,
    quiz,
    route,
)
from bot.keyboards import FEEDBACK_PREFIX, MAP_CALLBACK, SUGGESTION_PREFIX
from bot.knowledge_service import KnowledgeService, prepare_database
from bot.ops import Heartbeat
from bot.quiz_service import QuizService
from bot.services import Services, attach, services_of
from bot.storage_health import StorageHealth
from bot.transport import SafeBot, SafeUpdatesRequest, SendingRequest, parse_update
from bot.update_journal import JournaledUpdateProcessor, UpdateJournal
from db.connection import open_database

logger = logging.getLogger(__name__)

# Enough parallel HTTP connections that answers do not queue behind each other.
CONNECTION_POOL_SIZE = 32
# A late answer to a send is waited for rather than retried: Telegram may have delivered
# the message already, and sending it again would show it twice.
SEND_READ_TIMEOUT = 20.0
# How often the bot looks for changes made to the base by another process.
BASE_REFRESH_SECONDS = 2


def register_handlers(application: Application) -> None:
    """Every handler, in the order PTB tries them (first match in a group wins)."""
    new_messages = filters.UpdateType.MESSAGE
    private = filters.ChatType.PRIVATE & new_messages
    groups = filters.ChatType.GROUPS & new_messages

    # Before everything: a user's commands and presses past the flood limit stop here.
    application.add_handler(TypeHandler(Update, flood.check_flood), group=-2)
    # Before everything (a group of its own): remember senders' @usernames for /admins add.
    application.add_handler(TypeHandler(Update, admin_access.remember_user), group=-1)
    # Information commands, anywhere.
    application.add_handler(CommandHandler("start", info.on_start, filters=new_messages))
    application.add_handler(CommandHandler("help", info.on_help, filters=new_messages))
    application.add_handler(CommandHandler("about", info.on_about, filters=new_messages))
    # The route map picture, and the button that sends it under answers about the route.
    application.add_handler(CommandHandler("map", route.on_map, filters=new_messages))
    application.add_handler(
        CallbackQueryHandler(route.on_map_button, pattern=rf"^{MAP_CALLBACK}(?::en)?$")
    )
    # Quizzes: start now, daily schedule, settings, scores.
    application.add_handler(CommandHandler("quiz", quiz.on_quiz, filters=new_messages))
    # /stop is the short form of /stopquiz, in groups and in private (quizzes run in both).
    for command in ("stopquiz", "stop"):
        application.add_handler(CommandHandler(command, quiz.on_stop_quiz, filters=new_messages))
    application.add_handler(CommandHandler("daily", quiz.on_daily, filters=new_messages))
    application.add_handler(
        CommandHandler("quizsettings", quiz.on_quiz_settings, filters=new_messages)
    )
    application.add_handler(CommandHandler("top", quiz.on_top, filters=new_messages))
    application.add_handler(CommandHandler("myscore", quiz.on_my_score, filters=new_messages))
    # Answers to the bot's quiz polls.
    application.add_handler(PollAnswerHandler(quiz.on_poll_answer))
    # A quiz poll closed before its time (stopped in Telegram, not by the bot).
    application.add_handler(PollHandler(quiz.on_poll))
    # The bot added to or removed from a chat; a group that became a supergroup.
    application.add_handler(
        ChatMemberHandler(quiz.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER)
    )
    # Then (a group of its own, so both run): greet a group that just added the bot.
    application.add_handler(
        ChatMemberHandler(group_life.on_added_to_group, ChatMemberHandler.MY_CHAT_MEMBER), group=1
    )
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, quiz.on_migrate))
    # Questions by command, in private chats and groups (/ask and /ask@BotName).
    application.add_handler(CommandHandler("ask", questions.on_ask, filters=new_messages))
    # --- Admins keep the fact base right (private chats; owners manage the admin list). ---
    # Registered before the private free-text handler so that a guided /addfact gets the
    # admin's messages while it lasts; outside it, text falls through to the questions.
    application.add_handler(admin_draft.add_fact_conversation())
    application.add_handler(CommandHandler("cancel", admin.on_nothing_to_cancel, new_messages))
    for command, callback in (
        ("admins", admin.on_admins),
        ("adminhelp", admin.on_admin_help),
        ("addq", admin_items.on_add_phrasing),
        ("delq", admin_items.on_delete_phrasing),
        ("answer", admin.on_answer),
        ("delfact", admin.on_delete_fact),
        ("undo", admin.on_undo),
        ("fact", admin.on_fact),
        ("facts", admin.on_facts),
        ("addquiz", admin_items.on_add_quiz),
        ("editquiz", admin_items.on_edit_quiz),
        ("delquiz", admin_items.on_delete_quiz),
        ("history", admin.on_history),
        ("export", admin.on_export),
        ("import", admin.on_import),
        ("unanswered", admin_review.on_unanswered),
    ):
        application.add_handler(CommandHandler(command, callback, filters=new_messages))
    # A JSON document sent with "/import" as its caption; any other document in private.
    application.add_handler(
        MessageHandler(
            private & filters.Document.ALL & filters.CaptionRegex(r"^/import(@\w+)?(\s|$)"),
            admin.on_import,
        )
    )
    application.add_handler(MessageHandler(private & filters.Document.ALL, admin.on_document))
    application.add_handler(
        CallbackQueryHandler(admin.on_pending_button, pattern=admin_keyboards.PENDING_PATTERN)
    )
    application.add_handler(
        CallbackQueryHandler(admin.on_facts_page, pattern=admin_keyboards.FACTS_PAGE_PATTERN)
    )
    application.add_handler(
        CallbackQueryHandler(
            admin_review.on_unanswered_button, pattern=admin_keyboards.UNANSWERED_PATTERN
        )
    )
    application.add_handler(
        CallbackQueryHandler(
            admin_draft.on_stale_draft_button, pattern=admin_keyboards.DRAFT_PATTERN
        )
    )
    # Last of the commands: one no handler above took (a typo, /done outside a draft) gets
    # a pointer to /help instead of silence; its handler leaves other bots' commands alone.
    application.add_handler(
        MessageHandler(filters.COMMAND & new_messages, info.on_unknown_command)
    )
    # Any other text in a private chat is a question.
    application.add_handler(
        MessageHandler(private & filters.TEXT & ~filters.COMMAND, questions.on_private_text)
    )
    # In groups: only a mention of the bot or a reply to one of its messages.
    application.add_handler(
        MessageHandler(groups & filters.TEXT & ~filters.COMMAND, questions.on_group_text)
    )
    # Stickers, photos and other non-text messages in private chats get a hint.
    application.add_handler(
        MessageHandler(
            private & ~filters.TEXT & ~filters.StatusUpdate.ALL, questions.on_private_other
        )
    )
    # Buttons under answers: "did you mean" choices and feedback.
    application.add_handler(
        CallbackQueryHandler(questions.on_suggestion, pattern=rf"^{SUGGESTION_PREFIX}:")
    )
    application.add_handler(
        CallbackQueryHandler(questions.on_feedback, pattern=rf"^{FEEDBACK_PREFIX}:")
    )
    # Inline mode: @BotName question, in any chat.
    application.add_handler(InlineQueryHandler(inline.on_inline_query))
    # One error handler for everything.
    application.add_error_handler(errors.on_error)


async def _post_init(application: Application) -> None:
    """Register the Arabic command menu and say, once, that the bot is ready."""
    try:
        await application.bot.set_my_commands(
            [BotCommand(command, description) for command, description in texts.COMMAND_MENU]
        )
    except TelegramError as error:
        # The menu is a convenience; answering questions does not depend on it.
        logger.warning("command menu not set: %s", error)
    services = services_of(application)
    services.quiz.bind(application)
    await services.quiz.restore()
    if application.job_queue is not None:
        # The audit log is pruned at start-up (build_services) and then once a day.
        application.job_queue.run_repeating(
            retention.retention_job,
            retention.RETENTION_INTERVAL_SECONDS,
            first=retention.RETENTION_INTERVAL_SECONDS,
            name=retention.RETENTION_JOB,
            job_kwargs={"misfire_grace_time": None},
        )
        # A `facts import` run beside the bot reaches its answers within seconds.
        application.job_queue.run_repeating(
            _refresh_base,
            BASE_REFRESH_SECONDS,
            first=BASE_REFRESH_SECONDS,
            name="base-refresh",
            job_kwargs={"misfire_grace_time": None},
        )
    logger.info(
        "ready as @%s with %d facts",
        application.bot.username,
        len(services.knowledge.base.facts),
    )


async def _refresh_base(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reload the base when another process (the CLI) changed it."""
    await services_of(context.application).admin.imports.refresh()


async def _post_shutdown(application: Application) -> None:
    services_of(application).db.close()


def build_services(config: Config, db: Database | None = None) -> Services:
    """Open the database, bring in the shipped facts, and build the answer engine."""
    database = db if db is not None else open_database(config.database_path)
    prepare_database(database)
    retention.apply_retention(database, config)
    storage = StorageHealth()
    knowledge = KnowledgeService(database, storage)
    quiz = QuizService(database, knowledge, default_timezone=config.timezone)
    admin_service = AdminService(database, knowledge, config.admin_ids)
    return Services(
        config=config,
        db=database,
        knowledge=knowledge,
        quiz=quiz,
        admin=admin_service,
        storage=storage,
    )


def build_application(
    config: Config,
    *,
    services: Services | None = None,
    base_url: str | None = None,
    base_file_url: str | None = None,
    rate_limited: bool = True,
    heartbeat: Heartbeat | None = None,
    transport: BaseRequest | None = None,
) -> Application:
    """The whole bot, ready for bot.runner or `async with` in tests.

    `rate_limited=False` is for throughput benchmarks only: the limiter caps any bot at
    Telegram's 30 messages/s, which would hide the cost being measured (retries and
    per-chat back-off stay). `heartbeat` is beaten by every successful getUpdates.
    `transport` replaces both HTTP connections (tests of handlers that run without HTTP).
    """
    if config.token is None:
        raise ValueError("a bot token is needed to build the application")
    services = services if services is not None else build_services(config)
    journal = UpdateJournal(services.db, services.storage)
    # A second connection for getUpdates lets the last acknowledging call at shutdown go out
    # while the cancelled long poll is still closing; the transport journals each batch
    # before it is acknowledged, and skips malformed updates one by one instead of losing
    # their whole batch.
    request: BaseRequest = transport or SendingRequest(
        CONNECTION_POOL_SIZE, read_timeout=SEND_READ_TIMEOUT
    )
    updates_request: BaseRequest = transport or SafeUpdatesRequest(
        connection_pool_size=2,
        on_success=heartbeat.beat if heartbeat else None,
        journal=journal,
    )
    # The bot parses each update of a getUpdates batch on its own (bot.transport.SafeBot).
    safe_bot = SafeBot(
        str(config.token),
        base_url=base_url or config.base_url,
        base_file_url=base_file_url or config.base_file_url,
        request=request,
        get_updates_request=updates_request,
        rate_limiter=DeliveryPolicy(limited=rate_limited),
    )
    builder = (
        Application.builder()
        .bot(safe_bot)
        .concurrent_updates(JournaledUpdateProcessor(journal))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    application = builder.build()
    attach(application, services)
    register_handlers(application)
    return application


async def replay_journal(application: Application) -> int:
    """Queue the updates fetched but not handled before the last stop; returns how many.

    Called after initialize and before polling starts, so they are handled first, in
    their order.
    """
    processor = application.update_processor
    if not isinstance(processor, JournaledUpdateProcessor) or processor.journal is None:
        return 0
    processor.journal.prune()
    pending = processor.journal.pending()
    for raw in pending:
        update = parse_update(raw, application.bot)  # a malformed one is journaled as it came
        if update is not None:
            await application.update_queue.put(update)
    if pending:
        logger.info("replaying %d updates not handled before the restart", len(pending))
    return len(pending)


ALLOWED_UPDATES = Update.ALL_TYPES


@asynccontextmanager
async def running(
    application: Application,
    *,
    poll_timeout: int = 10,
) -> AsyncIterator[Application]:
    """Run with long polling inside an existing event loop, as run_polling would.

    For the offline console and the tests: initialise, post_init (command menu), start,
    poll; on exit stop polling first so no update is taken that will not be handled.
    """
    async with application:
        if application.post_init is not None:
            await application.post_init(application)
        await replay_journal(application)
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(
            poll_interval=0.0, timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES
        )
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()
