"""Who may run an admin command or press an admin button: one decorator for all of them."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram import CallbackQuery, Message, Update, User
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import texts
from bot.admin_input import AdminError
from bot.admin_records import Actor
from bot.admin_service import AdminService
from bot.admin_views import split_message
from bot.services import services_of

logger = logging.getLogger(__name__)

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, Any]]


def actor_of(user: User) -> Actor:
    """The caller as the audit log records them."""
    return Actor(user.id, user.full_name or user.username)


def arguments(message: Message) -> str:
    """Everything after the command word, line breaks kept."""
    parts = (message.text or message.caption or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) == 2 else ""


def first_message(text: str) -> str:
    """What fits in one message (an edit cannot become two messages)."""
    return split_message(text)[0]


@dataclass(frozen=True, slots=True)
class AdminCall:
    """An admin command or button press that passed the checks: who, what, and the service."""

    update: Update
    context: ContextTypes.DEFAULT_TYPE
    actor: Actor
    admin: AdminService
    message: Message | None
    query: CallbackQuery | None = None

    @property
    def data(self) -> str:
        """A button's callback data ("" for a command)."""
        if self.query is None or self.query.data is None:
            return ""
        return self.query.data

    @property
    def args(self) -> str:
        """Everything after the command word ("" for a button)."""
        return arguments(self.message) if self.message is not None else ""

    async def reply(self, text: str, **kwargs: Any) -> Message | None:
        """Answer in the chat: below the command, or below the button's message."""
        if self.message is None:
            return None
        return await self.message.reply_text(text, **kwargs)

    async def refused_words(self, usage: str) -> bool:
        """A command that takes nothing after it came with words: send `usage`, do nothing.

        Acting anyway would hand the admin something other than what the words asked for
        («/export كل شيء» cannot narrow or widen the one export there is)."""
        if not self.args:
            return False
        await self.reply(usage)
        return True

    async def reply_long(self, text: str) -> None:
        """A text that may need several messages."""
        for chunk in split_message(text):
            await self.reply(chunk)

    async def edit(self, text: str) -> None:
        """Replace the pressed button's message text (and drop its buttons)."""
        if self.query is None:
            return
        try:
            await self.query.edit_message_text(first_message(text))
        except BadRequest as error:
            # A second press on the same button finds the message already changed.
            logger.debug("admin message not edited: %s", error)


def admin_only(
    command: str = "",
    *,
    owners: bool = False,
    refused: Any = None,
    errors_below: bool = False,
    private_only: bool = True,
) -> Callable[[Callable[[AdminCall], Awaitable[Any]]], Handler]:
    """Run the handler only for admins (owners with `owners=True`), commands only in private
    (unless `private_only=False`: the handler then decides what a group may do).

    A refusal is answered and recorded; the handler then returns `refused` (a conversation
    state, for conversation steps). An AdminError raised by the handler is its Arabic reply:
    sent below a command, or put in place of a button's message (`errors_below=True` sends it
    below instead, so the buttons stay and another can be pressed).
    """

    def decorate(handler: Callable[[AdminCall], Awaitable[Any]]) -> Handler:
        @functools.wraps(handler)
        async def run(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Any:
            call = await _checked(
                update,
                context,
                command or handler.__name__,
                owners=owners,
                private_only=private_only,
            )
            if call is None:
                return refused
            try:
                return await handler(call)
            except AdminError as error:
                if call.query is not None and not errors_below:
                    await call.edit(str(error))
                else:
                    await call.reply(str(error))
                return refused

        return run

    return decorate


async def _checked(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    command: str,
    *,
    owners: bool,
    private_only: bool,
) -> AdminCall | None:
    """The call if the sender may make it; otherwise the refusal is sent and None."""
    admin = services_of(context).admin
    query = update.callback_query
    if query is not None:
        actor = actor_of(query.from_user)
        if not admin.is_admin(actor.user_id):
            admin.record_denied(actor, f"button {query.data}")
            await query.answer(texts.ADMIN_DENIED, show_alert=True)
            return None
        message = query.message if isinstance(query.message, Message) else None
        return AdminCall(update, context, actor, admin, message, query)
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return None
    actor = actor_of(user)
    private = message.chat.type == ChatType.PRIVATE
    if owners and not admin.is_owner(user.id):
        admin.record_denied(actor, command)
        await message.reply_text(texts.ADMIN_OWNERS_ONLY)
        return None
    if not admin.is_admin(user.id):
        admin.record_denied(actor, command)
        await message.reply_text(texts.ADMIN_DENIED, do_quote=not private)
        return None
    if private_only and not private:
        await message.reply_text(texts.ADMIN_PRIVATE_ONLY, do_quote=True)
        return None
    return AdminCall(update, context, actor, admin, message)


async def remember_user(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every update: note the sender's @username, so an owner can name a new admin by it."""
    user = update.effective_user
    if user is not None and user.username and not user.is_bot:
        services_of(context).admin.remember_user(user.id, user.username, user.full_name)
