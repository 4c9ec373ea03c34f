"""A question's reply as the bot sends it: decided, rendered, kept for the admins' review,
with its buttons. The handlers only send it (bot/handlers/questions.py)."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardMarkup

from bot.english_replies import render_english, stored_outcome
from bot.keyboards import reply_keyboard
from bot.knowledge_service import KnowledgeService
from bot.replies import render_message
from bot.route_map import shows_map
from knowledge.engine import Outcome
from knowledge.english_decision import EnglishOutcome
from knowledge.english_engine import EnglishReply
from knowledge.forms import MessageReply

# Only real questions are kept for review; greetings, thanks and bad input are not. A known
# gap is kept so that admins see the details people ask and the text lacks (/unanswered).
_STORED_OUTCOMES = {Outcome.ANSWER, Outcome.SUGGEST, Outcome.UNKNOWN, Outcome.GAP}
_STORED_ENGLISH = {EnglishOutcome.ANSWER, EnglishOutcome.SUGGEST, EnglishOutcome.UNKNOWN,
                   EnglishOutcome.GAP}  # fmt: skip


@dataclass(frozen=True, slots=True)
class QuestionReply:
    html: str
    markup: InlineKeyboardMarkup | None
    # For the event log: what was decided, and on which fact ("-": none).
    outcome: str
    fact_id: str


def reply_to_question(knowledge: KnowledgeService, text: str, chat_type: str) -> QuestionReply:
    """Decide a question (Arabic, or English with its rendering), store it if it is a real
    question, and give the reply with the buttons that name the stored question."""
    routed = knowledge.respond_message(text)
    if isinstance(routed, EnglishReply):
        return _english(knowledge, text, chat_type, routed)
    return _arabic(knowledge, text, chat_type, routed)


def _arabic(
    knowledge: KnowledgeService, text: str, chat_type: str, message_reply: MessageReply
) -> QuestionReply:
    reply = message_reply.summary
    fact_id = reply.fact.id if reply.fact else "-"
    rendered = render_message(message_reply, knowledge.engine)
    markup: InlineKeyboardMarkup | None = None
    if reply.outcome in _STORED_OUTCOMES:
        question_id = knowledge.record_question(
            text=text,
            normalized=reply.normalized,
            chat_type=chat_type,
            outcome=reply.outcome.value,
            fact_id=reply.fact.id if reply.fact else None,
            score=reply.score,
            suggested=tuple(fact_id for fact_id, _ in rendered.suggestions),
        )
        markup = reply_keyboard(
            question_id,
            answered=reply.outcome is Outcome.ANSWER,
            suggestions=rendered.suggestions,
            with_map=reply.fact is not None and shows_map(reply.fact.id),
        )
    return QuestionReply(rendered.html, markup, reply.outcome.value, fact_id)


def _english(
    knowledge: KnowledgeService, text: str, chat_type: str, reply: EnglishReply
) -> QuestionReply:
    """Each part's Arabic reply followed by its English rendering."""
    first = next((part.fact for part in reply.parts if part.fact is not None), None)
    rendered = render_english(reply, knowledge.english)
    markup: InlineKeyboardMarkup | None = None
    if reply.outcome in _STORED_ENGLISH:
        question_id = knowledge.record_question(
            text=text,
            normalized=" ".join(text.lower().split()),
            chat_type=chat_type,
            outcome=stored_outcome(reply, rendered).value,
            fact_id=first.id if first and reply.answered else None,
            score=max((part.decision.score for part in reply.parts), default=0.0),
            suggested=tuple(fact_id for fact_id, _ in rendered.suggestions),
        )
        markup = reply_keyboard(
            question_id,
            answered=reply.answered,
            suggestions=rendered.suggestions,
            with_map=any(
                part.fact is not None and shows_map(part.fact.id) for part in reply.parts
            ),
            english=True,
        )
    outcome = f"english_{reply.outcome.value}"
    return QuestionReply(rendered.html, markup, outcome, first.id if first else "-")
