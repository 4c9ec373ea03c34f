"""/unanswered: the questions nobody got a good answer to, each with buttons to settle it."""

from __future__ import annotations

from bot import texts
from bot.admin_keyboards import confirm_keyboard, parse_unanswered, unanswered_keyboard
from bot.admin_views import PREVIEW_ANSWER_MAX
from bot.clip import one_line
from bot.handlers.admin_access import AdminCall, admin_only, first_message

UNANSWERED_SHOWN = 5


@admin_only("/unanswered")
async def on_unanswered(call: AdminCall) -> None:
    """/unanswered: the most asked questions without a good answer, each with its buttons."""
    if await call.refused_words(texts.UNANSWERED_USAGE):
        return
    items = call.admin.review.unanswered(UNANSWERED_SHOWN)
    if not items:
        await call.reply(texts.UNANSWERED_NONE)
        return
    await call.reply(texts.UNANSWERED_TITLE.format(count=len(items)))
    for item in items:
        await call.reply(
            first_message(
                texts.UNANSWERED_ITEM.format(
                    text=item.question.text, times=texts.count(item.times, "time")
                )
            ),
            reply_markup=unanswered_keyboard(item.question.id, item.suggestions),
        )


# An error is sent below the item: its buttons stay, so another fact can still be chosen.
@admin_only(errors_below=True)
async def on_unanswered_button(call: AdminCall) -> None:
    """Dismiss the question, or show the answer it would get from the chosen fact."""
    assert call.query is not None
    choice = parse_unanswered(call.data)
    if choice is None:
        await call.query.answer(texts.UNANSWERED_GONE, show_alert=True)
        return
    await call.query.answer()
    if choice.fact_id is None:
        text = call.admin.review.dismiss_question(choice.question_id)
        await call.edit(texts.UNANSWERED_DISMISSED.format(text=text))
        return
    attach = call.admin.review.preview_attach(call.actor, choice.question_id, choice.fact_id)
    # The preview goes below the item, whose buttons stay for another choice.
    await call.reply(
        texts.UNANSWERED_ATTACH_PREVIEW.format(
            text=attach.text,
            fact_id=attach.fact.id,
            answer=one_line(attach.fact.answer, PREVIEW_ANSWER_MAX),
        ),
        reply_markup=confirm_keyboard(attach.preview.pending_id, attach.preview.expected),
    )
