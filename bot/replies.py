"""Turning the engine's decision into the text the bot sends (plain or Telegram HTML)."""

from __future__ import annotations

import html
from dataclasses import dataclass

from bot import texts
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.models import Fact
from knowledge.sources import mark_misquotes
from knowledge.wording import fit_answer

# Facts whose first question makes a good example for newcomers, in order of preference.
EXAMPLE_FACT_IDS = ("date", "army_size", "uthman_donation", "army_name", "last_expedition")
EXAMPLE_COUNT = 3


@dataclass(frozen=True, slots=True)
class RenderedReply:
    """A reply ready to send: HTML text plus the suggestion buttons, if any."""

    html: str
    plain: str
    suggestions: tuple[tuple[str, str], ...] = ()


def example_questions(engine: AnswerEngine, count: int = EXAMPLE_COUNT) -> list[str]:
    """Questions the bot can answer, preferring a few well-known ones."""
    preferred = [engine.fact(fact_id) for fact_id in EXAMPLE_FACT_IDS]
    facts = [fact for fact in preferred if fact is not None]
    facts += [fact for fact in engine.facts if fact not in facts]
    return [fact.questions[0] for fact in facts[:count]]


def _source(fact: Fact) -> str:
    """The seed's words, with its misquotes (a verse, a name) marked and corrected."""
    return mark_misquotes(fact.source, texts.MISQUOTE_MARK)


def answer_plain(fact: Fact, *, yes_no: bool = True) -> str:
    """The answer (opening «نعم/لا» only for a yes/no question) and its source sentence."""
    return f"{fit_answer(fact.answer, yes_no)}\n\n{texts.SOURCE_LABEL}\n«{_source(fact)}»"


def answer_html(fact: Fact, *, yes_no: bool = True) -> str:
    """The answer with its source sentence in an expandable quote below it."""
    return (
        f"{html.escape(fit_answer(fact.answer, yes_no))}\n\n"
        f"<b>{html.escape(texts.SOURCE_LABEL)}</b>\n"
        f"<blockquote expandable>{html.escape(_source(fact))}</blockquote>"
    )


def _with_greeting(reply: Reply, body: str) -> str:
    return f"{texts.GREETING_PREFIX}\n\n{body}" if reply.greeted else body


def render(reply: Reply, engine: AnswerEngine) -> RenderedReply:
    """The reply for any outcome; every outcome gets a clear message."""
    if reply.outcome is Outcome.ANSWER and reply.fact is not None:
        return RenderedReply(
            html=_with_greeting(reply, answer_html(reply.fact, yes_no=reply.yes_no)),
            plain=_with_greeting(reply, answer_plain(reply.fact, yes_no=reply.yes_no)),
        )
    if reply.outcome is Outcome.SUGGEST:
        choices = tuple((c.fact.id, c.fact.questions[0]) for c in reply.suggestions)
        questions = [question for _, question in choices]
        plain = (
            f"{texts.SUGGEST_INTRO}\n{texts.numbered_suggestions(questions)}\n"
            f"{texts.SUGGEST_PLAIN_HINT}"
        )
        return RenderedReply(
            html=html.escape(_with_greeting(reply, texts.SUGGEST_INTRO)),
            plain=_with_greeting(reply, plain),
            suggestions=choices,
        )
    if reply.outcome is Outcome.GAP and reply.gap is not None:
        choices = tuple((c.fact.id, c.fact.questions[0]) for c in reply.suggestions)
        body = texts.GAP.format(detail=reply.gap.detail)
        shown = f"{body}\n\n{texts.GAP_NEAR}" if choices else body
        plain = shown
        if choices:
            plain += "\n" + texts.numbered_suggestions([question for _, question in choices])
        return RenderedReply(
            html=html.escape(_with_greeting(reply, shown)),
            plain=_with_greeting(reply, plain),
            suggestions=choices,
        )
    if reply.outcome is Outcome.UNKNOWN:
        body = (
            f"{texts.UNKNOWN}\n\n{texts.EXAMPLES_INTRO}\n"
            f"{texts.examples_block(example_questions(engine))}\n\n{texts.HELP_HINT}"
        )
        body = _with_greeting(reply, body)
        return RenderedReply(html=html.escape(body), plain=body)
    simple = {
        Outcome.OTHER_EVENT: (
            texts.OTHER_EVENT.format(event=f"«{reply.other_event}»")
            if reply.other_event
            else texts.OTHER_EVENT_GENERIC
        ),
        Outcome.MODERN: texts.MODERN,
        Outcome.GREETING: texts.GREETING
        if texts.SALAM_WORD in reply.normalized
        else texts.WELCOME,
        Outcome.THANKS: texts.THANKS,
        Outcome.EMPTY: texts.EMPTY,
        Outcome.NOT_ARABIC: texts.NOT_ARABIC,
        Outcome.TOO_LONG: texts.TOO_LONG,
    }
    body = simple.get(reply.outcome, texts.UNKNOWN)
    if reply.outcome in (Outcome.OTHER_EVENT, Outcome.MODERN):
        body = _with_greeting(reply, body)
    return RenderedReply(html=html.escape(body), plain=body)
