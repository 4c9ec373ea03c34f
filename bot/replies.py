"""Turning the engine's decision into the text the bot sends (plain or Telegram HTML)."""

from __future__ import annotations

import dataclasses
import html
from dataclasses import dataclass

from bot import texts
from bot.clip import clip
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.forms import MessageReply, PartReply, Status
from knowledge.invitations import Invitation, invitation
from knowledge.message import Form
from knowledge.message_patterns import COMMAS, QMARK
from knowledge.models import TELEGRAM_MESSAGE_MAX, Fact
from knowledge.normalize import normalize
from knowledge.option_shown import shown_label, shown_option
from knowledge.proposed_answers import marks_true
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


def _by_admins(fact: Fact) -> bool:
    """A fact the admins added: it has no sentence of the source text to quote."""
    return fact.source == texts.ADMIN_SOURCE


def _worded(fact: Fact, yes_no: bool, confirmed: bool) -> str:
    """The fact's answer worded for the question: «نعم/لا» only for a yes/no question, and
    «نعم» before it when the question's claim is what the fact states."""
    answer = fit_answer(fact.answer, yes_no)
    return f"{texts.YES_OPENER}{answer}" if confirmed and yes_no else answer


def answer_plain(fact: Fact, *, yes_no: bool = True, confirmed: bool = False) -> str:
    """The answer (opening «نعم/لا» only for a yes/no question) and its source sentence."""
    answer = _worded(fact, yes_no, confirmed)
    if _by_admins(fact):
        return f"{answer}\n\n{texts.ADMIN_FACT_NOTE}"
    return f"{answer}\n\n{texts.SOURCE_LABEL}\n«{_source(fact)}»"


def answer_html(fact: Fact, *, yes_no: bool = True, confirmed: bool = False) -> str:
    """The answer with its source sentence in an expandable quote below it."""
    if _by_admins(fact):
        answer = html.escape(_worded(fact, yes_no, confirmed))
        return f"{answer}\n\n<i>{html.escape(texts.ADMIN_FACT_NOTE)}</i>"
    return (
        f"{html.escape(_worded(fact, yes_no, confirmed))}\n\n"
        f"<b>{html.escape(texts.SOURCE_LABEL)}</b>\n"
        f"<blockquote expandable>{html.escape(_source(fact))}</blockquote>"
    )


def _salam(text: str) -> bool:
    """Whether the sender greeted with a salam (only that is answered «وعليكم السلام»)."""
    return texts.SALAM_WORD in normalize(text)


def _with_greeting(reply: Reply, body: str) -> str:
    return f"{texts.GREETING_PREFIX}\n\n{body}" if reply.greeted else body


def render(reply: Reply, engine: AnswerEngine) -> RenderedReply:
    """The reply for any outcome; every outcome gets a clear message."""
    if reply.outcome is Outcome.ANSWER and reply.fact is not None:
        return RenderedReply(
            html=_with_greeting(
                reply, answer_html(reply.fact, yes_no=reply.yes_no, confirmed=reply.confirmed)
            ),
            plain=_with_greeting(
                reply, answer_plain(reply.fact, yes_no=reply.yes_no, confirmed=reply.confirmed)
            ),
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
        Outcome.INVITE: texts.INVITE[invitation(reply.normalized) or Invitation.QUESTION],
        Outcome.EMPTY: texts.EMPTY,
        Outcome.NOT_ARABIC: texts.NOT_ARABIC,
        Outcome.TOO_LONG: texts.TOO_LONG,
    }
    body = simple.get(reply.outcome, texts.UNKNOWN)
    if reply.outcome in (Outcome.OTHER_EVENT, Outcome.MODERN, Outcome.INVITE):
        body = _with_greeting(reply, body)
    return RenderedReply(html=html.escape(body), plain=body)


# --- whole messages: one reply with a short label per part ---------------------------------


@dataclass(frozen=True, slots=True)
class _Block:
    """One part's reply: its lines before the fact, the fact (if any), and lines after."""

    head: str
    fact: Fact | None = None
    # Whether the part asked yes or no, so that «نعم/لا» may open the fact's answer.
    yes_no: bool = False
    # Whether its claim is what the fact states: «نعم» opens the answer.
    confirmed: bool = False
    # More facts the part rests on, their answers shown after the first's (an order of events).
    evidence: tuple[Fact, ...] = ()


def _part_block(part: PartReply, earlier: list[PartReply]) -> _Block:
    """What to say for one part, by its form and what it got."""
    status = part.status
    fact = part.fact
    # The fact an earlier part already showed is said once: a later part points at it.
    same = next(
        (i for i, p in enumerate(earlier) if fact is not None and p.done and p.fact == fact),
        None,
    )
    above = texts.PART_ORDINALS[same] if same is not None else ""
    if part.proposed is not None:
        checked = _proposed_block(part)
        if checked is not None:
            return checked
    if fact is not None and status is Status.ANSWER:
        if above and part.reply.yes_no and part.reply.confirmed:
            # («1) ماذا فعل الغساسنة بسفير النبي؟ 2) وهل كان ذلك من أسباب الغزوة؟»: the
            # second asks yes or no, and the fact above says so: «نعم», not «see above»)
            return _Block(texts.YES_ABOVE.format(ordinal=above))
        if above:
            return _Block(texts.PART_SAME_AS.format(ordinal=above))
        return _Block("", fact, yes_no=part.reply.yes_no, confirmed=part.reply.confirmed)
    if status is Status.CHOICE and part.choice is not None:
        answer = texts.PAIR_ANSWER if part.part.form is Form.PAIRING else texts.CHOICE_ANSWER
        head = answer.format(
            label=shown_label(part.choice.label), option=shown_option(part.choice.text)
        )
        if above:
            return _Block(f"{head}\n{texts.FACT_ABOVE.format(ordinal=above)}")
        return _Block(head, fact)
    if status is Status.VERDICT:
        if above:
            said = texts.VERDICT_TRUE_ABOVE if part.verdict else texts.VERDICT_FALSE_ABOVE
            return _Block(said.format(ordinal=above))
        return _Block(texts.VERDICT_TRUE if part.verdict else texts.VERDICT_FALSE, fact)
    if status is Status.FILLED and part.filled:
        head = texts.BLANK_ANSWER.format(words=part.filled)
        if above:
            return _Block(f"{head}\n{texts.FACT_ABOVE.format(ordinal=above)}")
        return _Block(head, fact)
    if status is Status.ORDERED:
        return _Block(texts.ordered(part.order), fact, evidence=part.evidence)
    if status is Status.UNSETTLED and part.part.form is Form.ORDERING:
        return _Block(texts.order_unsettled(part.order))
    if status is Status.RIDDLE_TABUK:
        return _Block(texts.RIDDLE_TABUK, fact)
    if status is Status.RIDDLE_MUTAH:
        return _Block(texts.RIDDLE_MUTAH, fact)
    if status is Status.RIDDLE_OTHER:
        return _Block(texts.RIDDLE_OTHER)
    if status is Status.NO_OPTION:
        return _Block(texts.CHOICE_NONE, fact)
    if status is Status.UNSETTLED and part.part.form is Form.PAIRING and fact is not None:
        # Not paired, but the item itself is answered: the reader pairs it from the fact.
        if above:
            return _Block(f"{texts.PAIR_UNSETTLED}\n{texts.FACT_ABOVE.format(ordinal=above)}")
        return _Block(texts.PAIR_UNSETTLED_NEAREST, fact)
    if status is Status.UNSETTLED and part.part.form is Form.TRUE_FALSE and fact is not None:
        # Not settled, but the engine found the fact the statement is about: shown after.
        if above:
            return _Block(f"{texts.VERDICT_UNSETTLED}\n{texts.FACT_ABOVE.format(ordinal=above)}")
        return _Block(texts.VERDICT_UNSETTLED_NEAREST, fact)
    if status is Status.UNSETTLED:
        head = {
            Form.CHOICE: texts.CHOICE_UNSETTLED,
            Form.BLANK: texts.BLANK_UNSETTLED,
            Form.PAIRING: texts.PAIR_UNSETTLED,
        }.get(part.part.form, texts.VERDICT_UNSETTLED)
        return _Block(head)
    reply = part.reply
    if reply.outcome is Outcome.SUGGEST and reply.suggestions:
        questions = [c.fact.questions[0] for c in reply.suggestions]
        return _Block(f"{texts.PART_SUGGEST}\n{texts.numbered_suggestions(questions)}")
    if reply.outcome is Outcome.OTHER_EVENT:
        event = reply.other_event
        return _Block(
            texts.OTHER_EVENT.format(event=f"«{event}»") if event else texts.OTHER_EVENT_GENERIC
        )
    if reply.outcome is Outcome.MODERN:
        return _Block(texts.MODERN)
    if reply.outcome is Outcome.GAP and reply.gap is not None:
        return _Block(texts.GAP.format(detail=reply.gap.detail))
    if part.part.form is Form.TRUE_FALSE:
        return _Block(texts.VERDICT_UNSETTLED)
    return _Block(texts.PART_UNKNOWN)


def _proposed_block(part: PartReply) -> _Block | None:
    """A question pasted with the asker's own answer (knowledge/proposed_checks.py): the
    verdict on that answer, then what the text says; a written answer is only compared."""
    if part.status is Status.ANSWER and part.fact is not None:
        return _Block(texts.PROPOSED_COMPARE, part.fact)
    if part.status is not Status.VERDICT or part.verdict is None:
        return None
    said = texts.PROPOSED_RIGHT if part.verdict else texts.PROPOSED_WRONG
    if part.part.form is Form.TRUE_FALSE and part.proposed is not None:
        statement_true = part.verdict == marks_true(part.proposed)
        statement = (
            texts.PROPOSED_STATEMENT_TRUE if statement_true else texts.PROPOSED_STATEMENT_FALSE
        )
        return _Block(f"{said}\n{statement}", part.fact)
    if part.choice is not None:
        head = texts.CHOICE_ANSWER.format(label=part.choice.label, option=part.choice.text)
        return _Block(f"{said}\n{head}", part.fact)
    # (a short answer judged as a claim: what the text says follows the verdict)
    return _Block(f"{said}\n{texts.PROPOSED_TEXT_SAYS}", part.fact)


# Marks that end what a user typed as a sentence; a comma only pauses it.
_SENTENCE_ENDS = (*QMARK, ".", "!", ":", "…")


def _cut_from_a_question(message: MessageReply, index: int) -> bool:
    """Whether the part is a question cut from the front of a sentence the user ended with a
    question mark («وين رابط النبي بالجيش وشنو كان تأثيره؟»): its label gets the mark too."""
    part = message.parts[index].part
    return (
        part.form is Form.QUESTION
        and not part.original.rstrip(f" {COMMAS}").endswith(_SENTENCE_ENDS)
        and any(
            later.part.original.rstrip().endswith(tuple(QMARK))
            for later in message.parts[index + 1 :]
        )
    )


def _compose(
    message: MessageReply, *, html_mode: bool, sources: bool, answer_limit: int | None
) -> str:
    escape = html.escape if html_mode else str
    labelled = len(message.parts) > 1
    sections: list[str] = []
    if message.message.greeted and _salam(message.text):
        sections.append(escape(texts.GREETING_PREFIX))
    for index, part in enumerate(message.parts):
        block = _part_block(part, list(message.parts[:index]))
        lines: list[str] = []
        if labelled:
            asks = _cut_from_a_question(message, index)
            label = texts.part_label(index, part.part.original, question_mark=asks)
            lines.append(f"<b>{escape(label)}</b>" if html_mode else label)
        if block.head:
            lines.append(escape(block.head))
        if block.fact is not None:
            answer = _worded(block.fact, block.yes_no, block.confirmed)
            if answer_limit is not None:
                answer = clip(answer, answer_limit)
            lines.append(escape(answer))
            for more in block.evidence:
                worded = _worded(more, False, False)
                lines.append(escape(clip(worded, answer_limit) if answer_limit else worded))
            if sources and _by_admins(block.fact):
                note = texts.ADMIN_FACT_NOTE
                lines.append(f"\n<i>{escape(note)}</i>" if html_mode else f"\n{note}")
            elif sources:
                source = _source(block.fact)
                if html_mode:
                    lines.append(
                        f"\n<b>{escape(texts.SOURCE_LABEL)}</b>\n"
                        f"<blockquote expandable>{escape(source)}</blockquote>"
                    )
                else:
                    lines.append(f"\n{texts.SOURCE_LABEL}\n«{source}»")
        sections.append("\n".join(lines))
    if message.message.more:
        sections.append(escape(texts.more_parts(message.message.more)))
    return "\n\n".join(sections)


def _fitted(message: MessageReply, *, html_mode: bool) -> str:
    """The reply within Telegram's limit: sources go first, then answers are shortened."""
    text = _compose(message, html_mode=html_mode, sources=True, answer_limit=None)
    if len(text) <= TELEGRAM_MESSAGE_MAX:
        return text
    text = _compose(message, html_mode=html_mode, sources=False, answer_limit=None)
    limit = TELEGRAM_MESSAGE_MAX // max(1, len(message.parts))
    while len(text) > TELEGRAM_MESSAGE_MAX and limit > 20:
        limit = limit * 3 // 4
        text = _compose(message, html_mode=html_mode, sources=False, answer_limit=limit)
    return text if len(text) <= TELEGRAM_MESSAGE_MAX else clip(text, TELEGRAM_MESSAGE_MAX)


def _is_plain_single(message: MessageReply) -> bool:
    """One question answered or refused as the engine decided: the classic reply applies."""
    if len(message.parts) != 1 or message.message.more:
        return False
    part = message.parts[0]
    if part.proposed is not None:
        return False  # (a verdict on the asker's own answer heads the reply)
    return part.part.form in (Form.QUESTION, Form.HEADLINE) and part.status in (
        Status.ANSWER,
        Status.NOT_ANSWERED,
    )


def render_message(message: MessageReply, engine: AnswerEngine) -> RenderedReply:
    """The reply to a whole message: each part in order, in its form, under a label."""
    if _is_plain_single(message):
        reply = message.parts[0].reply
        greeted = (message.message.greeted or reply.greeted) and _salam(message.text)
        if greeted != reply.greeted:
            reply = dataclasses.replace(reply, greeted=greeted)
        return render(reply, engine)
    first_unsure = next(
        (
            p
            for p in message.parts
            if not p.done and p.reply.outcome in (Outcome.SUGGEST, Outcome.GAP)
        ),
        None,
    )
    suggestions = (
        tuple((c.fact.id, c.fact.questions[0]) for c in first_unsure.reply.suggestions)
        if first_unsure is not None
        else ()
    )
    return RenderedReply(
        html=_fitted(message, html_mode=True),
        plain=_fitted(message, html_mode=False),
        suggestions=suggestions,
    )
