"""Inline mode: `@BotName question` in any chat offers matching answers as articles."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.replies import answer_html
from bot.services import services_of
from knowledge.models import Fact

MAX_RESULTS = 5
POPULAR_COUNT = 5
DESCRIPTION_MAX = 100
CACHE_SECONDS = 30


def _article(fact: Fact) -> InlineQueryResultArticle:
    description = (
        fact.answer
        if len(fact.answer) <= DESCRIPTION_MAX
        else (fact.answer[: DESCRIPTION_MAX - 1] + "…")
    )
    return InlineQueryResultArticle(
        id=fact.id,
        title=fact.questions[0],
        description=description,
        input_message_content=InputTextMessageContent(
            answer_html(fact), parse_mode=ParseMode.HTML
        ),
    )


async def on_inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Top matches for the typed question; popular questions for an empty one."""
    query = update.inline_query
    if query is None:
        return
    knowledge = services_of(context).knowledge
    if query.query.strip():
        # English queries are read by the English engine (issue 17).
        facts = knowledge.search(query.query, limit=MAX_RESULTS)
    else:
        facts = knowledge.popular_facts(POPULAR_COUNT)
    await query.answer([_article(fact) for fact in facts], cache_time=CACHE_SECONDS)
