"""The reply to an English message: per part, the Arabic reply, then its English rendering."""

from __future__ import annotations

import html
from dataclasses import dataclass

from bot import texts
from bot.replies import RenderedReply, answer_html, answer_plain
from knowledge.engine import Outcome
from knowledge.english_data import EnglishFact
from knowledge.english_decision import EnglishOutcome
from knowledge.english_emoji import emoji_listed
from knowledge.english_engine import EnglishEngine, EnglishReply, PartAnswer
from knowledge.english_forms import Form
from knowledge.lexicon import QuestionType
from knowledge.models import ANSWER_MAX, Fact
from knowledge.option_shown import shown_label, shown_option
from knowledge.wording import fit_answer

# A part's question is echoed in its label up to this many characters.
LABEL_QUESTION_MAX = 80


@dataclass(frozen=True, slots=True)
class _Block:
    plain: str
    html: str


def english_text(english: EnglishFact) -> str:
    """The English rendering of a fact, with a quoted verse and its translation of meaning."""
    if english.verse is None:
        return english.answer
    verse = english.verse
    heading = texts.EN_VERSE.format(
        sura_name=verse.sura_name, sura=verse.sura, verse=verse.verse, translator=verse.translator
    )
    return f"{english.answer}\n{verse.arabic}\n{heading}\n“{verse.translation}”"


def _rendering(engine: EnglishEngine, part: PartAnswer) -> _Block | None:
    fact = part.fact
    english = engine.matcher.english(fact.id) if fact else None
    if english is None:
        return None
    text = english_text(english)
    return _Block(
        plain=f"{texts.EN_RENDERING_LABEL}\n{text}",
        html=f"<b>{html.escape(texts.EN_RENDERING_LABEL)}</b>\n{html.escape(text)}",
    )


def answer_with_english_html(fact: Fact, engine: EnglishEngine) -> str:
    """A fact's Arabic answer (as for an Arabic question) followed by its English rendering."""
    english = engine.matcher.english(fact.id)
    if english is None:
        return answer_html(fact)
    label = html.escape(texts.EN_RENDERING_LABEL)
    return f"{answer_html(fact)}\n\n<b>{label}</b>\n{html.escape(english_text(english))}"


def _lead(part: PartAnswer) -> str | None:
    """The verdict or chosen option that opens a true/false or multiple-choice part."""
    if part.part.form is Form.TRUE_FALSE:
        if part.verdict is None:
            return texts.EN_UNSETTLED
        return texts.EN_TRUE if part.verdict else texts.EN_FALSE
    if part.part.form is Form.CHOICE:
        if part.none_fit:
            return texts.EN_CHOICE_NONE
        if part.choice is None:
            return texts.EN_NO_PICK if emoji_listed(part.part.labels) else texts.EN_NO_CHOICE
        label = part.part.labels[part.choice] if part.part.labels else str(part.choice + 1)
        option = shown_option(part.part.options[part.choice])
        return texts.EN_CHOICE.format(label=shown_label(label), option=option)
    if part.part.form is Form.RIDDLE and part.fact is not None:
        return texts.EN_RIDDLE_MUTAH if part.fact.id == "mutah" else texts.EN_RIDDLE_TABUK
    if part.part.form is Form.FILL and part.missing:
        return texts.EN_FILL.format(words=part.missing)
    return None


def _part_block(engine: EnglishEngine, part: PartAnswer, *, with_source: bool) -> _Block:
    decision = part.decision
    if decision.answered and decision.fact is not None:
        fact = decision.fact
        # «نعم،/لا،» opens the Arabic text only for a yes/no question; a verdict or an
        # option already leads the part, and «What …?» is not answered «Yes, …».
        yes_no = part.part.form is Form.QUESTION and (
            decision.reading is not None and decision.reading.question_type is QuestionType.YESNO
        )
        if with_source:
            plain, rich = [answer_plain(fact, yes_no=yes_no)], [answer_html(fact, yes_no=yes_no)]
        else:
            text = fit_answer(fact.answer, yes_no)
            plain, rich = [text], [html.escape(text)]
        rendering = _rendering(engine, part)
        if rendering is not None:
            plain.append(rendering.plain)
            rich.append(rendering.html)
        lead = _lead(part)
        if lead is not None:
            plain.insert(0, lead)
            rich.insert(0, f"<b>{html.escape(lead)}</b>")
        return _Block("\n\n".join(plain), "\n\n".join(rich))
    body = _refusal(decision.outcome, decision.other_event, engine)
    offered = list(decision.suggestions)
    gap = engine.known_gap(decision.gap) if decision.outcome is EnglishOutcome.GAP else None
    if gap is not None:
        body = f"{texts.GAP.format(detail=gap.detail)}\n{texts.EN_GAP_ENGLISH}"
        offered = _facts(engine, gap.near)
        if offered:
            body += f"\n\n{texts.GAP_NEAR}\n{texts.EN_GAP_NEAR}"
    if offered:
        questions = [
            english.questions[0]
            for english in (engine.matcher.english(f.id) for f in offered)
            if english is not None
        ]
        body += "\n" + "\n".join(f"{i}. {q}" for i, q in enumerate(questions, 1))
    return _Block(body, html.escape(body))


def _facts(engine: EnglishEngine, fact_ids: tuple[str, ...]) -> list[Fact]:
    found = (engine.matcher.fact(fact_id) for fact_id in fact_ids)
    return [fact for fact in found if fact is not None]


def _refusal(outcome: EnglishOutcome, event: str | None, engine: EnglishEngine) -> str:
    if outcome is EnglishOutcome.OTHER_EVENT and event:
        base = engine.matcher.base
        # An event refused by its name alone (Mu'tah, background to Tabuk) has its Arabic
        # among the names.
        named = (n.arabic[0] for n in base.names if n.canonical == event)
        arabic = next((e.arabic for e in base.other_events if e.name == event), None)
        arabic = arabic or next(named, event)
        return texts.EN_OTHER_EVENT.format(event_ar=f"«{arabic}»", event=event)
    return {
        EnglishOutcome.MODERN: texts.EN_MODERN,
        EnglishOutcome.GAP: texts.EN_GAP,
        EnglishOutcome.NOT_TABUK: texts.EN_RIDDLE_OTHER,
        EnglishOutcome.SUGGEST: texts.EN_SUGGEST,
        EnglishOutcome.EMPTY: texts.EN_EMPTY,
        EnglishOutcome.GREETING: texts.EN_GREETING,
        EnglishOutcome.WELCOME: texts.EN_WELCOME,
        EnglishOutcome.THANKS: texts.EN_THANKS,
    }.get(outcome, texts.EN_UNKNOWN)


def _label(number: int, part: PartAnswer) -> str:
    question = part.part.text.strip()
    if len(question) > LABEL_QUESTION_MAX:
        question = question[: LABEL_QUESTION_MAX - 1].rstrip() + "…"
    return texts.EN_PART_LABEL.format(number=number, question=question)


def _compose(
    engine: EnglishEngine, reply: EnglishReply, count: int, *, with_source: bool
) -> tuple[str, str]:
    blocks = [_part_block(engine, part, with_source=with_source) for part in reply.parts[:count]]
    more = reply.more + len(reply.parts) - count
    if len(blocks) > 1 or more:
        blocks = [
            _Block(
                f"{_label(i, part)}\n{block.plain}",
                f"<b>{html.escape(_label(i, part))}</b>\n{block.html}",
            )
            for i, (part, block) in enumerate(zip(reply.parts, blocks, strict=False), 1)
        ]
    if more:
        note = texts.en_more_parts(count)
        blocks.append(_Block(note, html.escape(note)))
    return "\n\n".join(b.plain for b in blocks), "\n\n".join(b.html for b in blocks)


def render_english(reply: EnglishReply, engine: EnglishEngine) -> RenderedReply:
    """The reply for an English message, always within Telegram's 4,096 characters."""
    if not reply.parts:
        return RenderedReply(html=html.escape(texts.EN_EMPTY), plain=texts.EN_EMPTY)
    # Shorter forms in order: all parts with sources, without sources, then fewer parts.
    for count in range(len(reply.parts), 0, -1):
        for with_source in (True, False):
            plain, rich = _compose(engine, reply, count, with_source=with_source)
            if len(plain) <= ANSWER_MAX and len(rich) <= ANSWER_MAX:
                suggestions = _suggestions(reply, engine)
                return RenderedReply(html=rich, plain=plain, suggestions=suggestions)
    return RenderedReply(html=html.escape(plain[:ANSWER_MAX]), plain=plain[:ANSWER_MAX])


def _suggestions(reply: EnglishReply, engine: EnglishEngine) -> tuple[tuple[str, str], ...]:
    """Buttons (the fact's first English phrasing) for a one-part message that asked back or
    asked a known gap (its nearest facts)."""
    if len(reply.parts) != 1:
        return ()
    decision = reply.parts[0].decision
    if decision.outcome is EnglishOutcome.SUGGEST:
        offered = list(decision.suggestions)
    elif decision.outcome is EnglishOutcome.GAP:
        gap = engine.known_gap(decision.gap)
        offered = _facts(engine, gap.near) if gap else []
    else:
        return ()
    buttons: list[tuple[str, str]] = []
    for fact in offered:
        english = engine.matcher.english(fact.id)
        buttons.append((fact.id, english.questions[0] if english else fact.questions[0]))
    return tuple(buttons)


def stored_outcome(reply: EnglishReply, rendered: RenderedReply) -> Outcome:
    """How an English question is kept for /unanswered, in the Arabic outcomes' terms."""
    if reply.answered:
        return Outcome.ANSWER
    if reply.outcome is EnglishOutcome.GAP:
        return Outcome.GAP
    return Outcome.SUGGEST if rendered.suggestions else Outcome.UNKNOWN
