"""/start, /help and /about, and the reply to a command the bot does not have."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot import texts
from bot.clip import quoted
from bot.replies import example_questions
from bot.services import services_of


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome, say what the bot does, and give example questions."""
    message = update.effective_message
    if message is None:
        return
    engine = services_of(context).knowledge.engine
    examples = texts.examples_block(example_questions(engine))
    await message.reply_text(texts.START.format(bot_name=texts.BOT_NAME, examples=examples))


async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List every command."""
    message = update.effective_message
    if message is not None:
        await message.reply_text(texts.HELP.format(username=context.bot.username))


async def on_about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say what the fact base is drawn from, and how big it is."""
    message = update.effective_message
    if message is None:
        return
    counts = services_of(context).knowledge.counts()
    await message.reply_text(texts.ABOUT.format(facts=counts["facts"], quizzes=counts["quizzes"]))


async def on_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command no handler took: say so and point at /help, so a typo is not met by silence.

    Only a command meant for this bot: bare in a private chat, or addressed to it by name
    («/foo@ThisBot»). A bare command in a group, or one for another bot, may be another
    bot's, and is left alone.
    """
    message = update.effective_message
    if message is None or not message.text:
        return
    command, _, addressee = message.text.split(maxsplit=1)[0].partition("@")
    if addressee:
        meant_for_this_bot = addressee.lower() == (context.bot.username or "").lower()
    else:
        meant_for_this_bot = message.chat.type == ChatType.PRIVATE
    if meant_for_this_bot:
        await message.reply_text(texts.UNKNOWN_COMMAND.format(command=quoted(command)))
