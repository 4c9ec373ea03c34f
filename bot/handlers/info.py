"""/start, /help and /about."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot import texts
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
