"""The bot added to a group: one message saying what it does and how to start."""

from __future__ import annotations

from telegram import ChatMember, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot import texts
from bot.daily_time import zone_label
from bot.services import services_of

_OUTSIDE = {ChatMember.LEFT, ChatMember.BANNED}
_INSIDE = {ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.RESTRICTED}


async def on_added_to_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs after the quiz handler noted the change: greet a group that just added the bot."""
    change = update.my_chat_member
    if change is None or change.chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        return
    if change.old_chat_member.status not in _OUTSIDE:
        return  # a promotion or a change of rights, not an arrival
    if change.new_chat_member.status not in _INSIDE:
        return
    text = texts.GROUP_WELCOME.format(bot=texts.BOT_NAME, username=context.bot.username)
    # A schedule left from before the bot was removed stays off until someone turns it on.
    schedule = services_of(context).quiz.daily.get(change.chat.id)
    if schedule is not None and not schedule.enabled:
        text += "\n\n" + texts.GROUP_OLD_SCHEDULE_OFF.format(
            time=schedule.time, zone=zone_label(schedule.timezone)
        )
    await context.bot.send_message(change.chat.id, text)
