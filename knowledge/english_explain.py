"""`python -m bot ask --explain` for a message the router sends to the English side.

Everything printed comes from the decision itself (`EnglishEngine.answer`'s `EnglishReply`):
the repairs made to the message before its parts were read (knowledge/english_preparation.py,
run again with a trace), each part with its form and options, the reading its decision kept
(normalised text, terms, question type), the candidates and rule
`EnglishMatcher.decide_reading` recorded on the `PartReply`, an ask-back's weighed figures
(knowledge/english_weighing.py), and any refusal. Only where each term came from is traced
here, from the reader's own tables, since the reading keeps the terms and not their sources.
"""

from __future__ import annotations

import re

from knowledge.arabizi_explain import explain_arabizi
from knowledge.engine import AnswerEngine
from knowledge.english import EnglishMatcher
from knowledge.english_cues import courtesy_of
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_engine import EnglishEngine, PartAnswer
from knowledge.english_expeditions import expedition_riddle
from knowledge.english_normalize import normalize_english
from knowledge.english_preparation import prepare_english
from knowledge.english_text import concept, latin_share
from knowledge.explain import explain_message
from knowledge.normalize import normalize as normalize_arabic
from knowledge.repair_trace import Repair, repair_lines
from knowledge.router import route

# An Arabic letter: a word the English reader looks up among the Arabic names.
_ARABIC = re.compile(r"[\u0600-\u06ff]")

# Outcomes decided before any matching, named as the rule that decided them.
_REFUSALS = {
    EnglishOutcome.OTHER_EVENT: "another event (refused before matching)",
    EnglishOutcome.MODERN: "today's Tabuk, not the expedition (refused before matching)",
    EnglishOutcome.GAP: "a known gap: the text does not state it",
    EnglishOutcome.NOT_TABUK: "the description fits no expedition the base tells",
    EnglishOutcome.EMPTY: "no word to match",
    EnglishOutcome.GREETING: "courtesy: a greeting",
    EnglishOutcome.WELCOME: "courtesy: a welcome",
    EnglishOutcome.THANKS: "courtesy: thanks",
}


def routing(text: str, english: EnglishEngine) -> tuple[bool, str, str]:
    """(is English, the text the chosen side reads, one line saying which side took it and
    why), by the router's own rule (knowledge/router.py)."""
    is_english, routed = route(text, english)
    latin, arabic = latin_share(text)
    side = "English" if is_english else "Arabic"
    line = f"side: {side} ({latin} Latin-script word(s), {arabic} Arabic word(s))"
    if routed != text:
        line += f"; Latin-script names written in Arabic: «{routed}»"
    elif is_english and arabic:
        line += "; the English side reads the Arabic names"
    return is_english, routed, line


def term_sources(matcher: EnglishMatcher, text: str, term: str) -> str:
    """Which table turned the part's words into one term: a name or its transliteration, a
    set phrase, a synonym (concept) table, a mended slip, or the word as typed."""
    reader = matcher.reader
    typed = normalize_english(text).split()
    spelled = reader.words(text)
    for size in range(min(6, len(spelled)), 0, -1):
        for start in range(len(spelled) - size + 1):
            key = tuple(spelled[start : start + size])
            replacement = reader.phrase(key)  # the phrase and name-variant table
            if replacement and term in replacement and key != (term,):
                kind = "name or transliteration" if term in reader.name_tokens else "set phrase"
                return f"{kind} «{' '.join(key)}»"
    for word in spelled:
        if _ARABIC.search(word) and reader.arabic_word(normalize_arabic(word)) == term:
            return f"Arabic name «{word}»"
    if term in reader.name_tokens:
        return "name, as typed"
    for word, mended in zip(typed, spelled, strict=False):
        if word != mended and (mended == term or concept(mended) == term):
            return f"slip «{word}» read as «{mended}»"
    for word in spelled:
        if word != term and concept(word) == term:
            return f"synonym table: «{word}»"
    if term in matcher.vocabulary:
        return "as typed"
    corrected = matcher.correct((term,))
    if corrected != (term,):
        return f"typo read as «{corrected[0]}» in matching"
    return "unknown to every fact"


def deciding_rule(answer: PartAnswer) -> str:
    """The rule that settled a part: the matcher's step, a refusal, or the part's form."""
    decision = answer.decision
    if decision.outcome in _REFUSALS:
        rule = _REFUSALS[decision.outcome]
    elif decision.rule:
        rule = decision.rule
    elif decision.outcome is EnglishOutcome.ANSWER:
        rule = "a form rule of the engine (riddle, option, claim or pointer)"
    else:
        rule = decision.outcome.value
    if decision.why:
        rule += f"; why: {', '.join(decision.why)}"
    if answer.verdict is not None:
        rule += "; the statement checked against the fact's answer"
    if answer.choice is not None or answer.none_fit:
        rule += "; the options weighed against the fact's answer"
    return rule


def _decision_line(answer: PartAnswer) -> str:
    decision = answer.decision
    line = f"decision: {decision.outcome.value}"
    if decision.fact is not None:
        line += f" {decision.fact.id}"
    if decision.suggestions:
        line += " (offers " + ", ".join(f.id for f in decision.suggestions) + ")"
    if decision.other_event:
        line += f" (other event: {decision.other_event})"
    if decision.gap:
        line += f" (gap: {decision.gap})"
    if answer.verdict is not None:
        line += f"; verdict: {'true' if answer.verdict else 'false'}"
    if answer.choice is not None:
        line += f"; option {answer.choice + 1} chosen"
    if answer.none_fit:
        line += "; the text supports none of the options"
    if answer.missing:
        line += f"; fills the blank with «{answer.missing}»"
    if not answer.answered and decision.answered:
        line += "; the form's own question stays unsettled"
    return line


def _reading_lines(matcher: EnglishMatcher, text: str, decision: PartReply) -> list[str]:
    reading = decision.reading
    if reading is None:
        return ["reading: (none: decided before the words were read)"]
    lines = [
        f"normalised: {reading.normalized}",
        f"question type: {reading.question_type.value}"
        + (" (exam command)" if reading.commanded else "")
        + (" (asks a name)" if reading.names else "")
        + (" (asks a meaning)" if reading.defines else "")
        + (" (negated)" if reading.negated else ""),
        "terms:",
    ]
    lines.extend(f"  {t}: {term_sources(matcher, text, t)}" for t in reading.terms)
    if reading.described:
        lines.append(f"describing clause: {' '.join(reading.described)}")
    if reading.unread_arabic:
        lines.append(f"Arabic words not read: {' '.join(reading.unread_arabic)}")
    return lines


def _candidate_lines(decision: PartReply) -> list[str]:
    lines = ["candidates:"]
    for scored in decision.ranked:
        flag = "" if scored.type_fits else "  (type does not fit)"
        lines.append(
            f"  {scored.score:5.1f}  {scored.fact.id:<24} unexplained {scored.unexplained:.2f}"
            + flag
        )
    if not decision.ranked:
        lines.append("  (none ranked: decided before ranking)")
    if decision.margin is not None:
        lines.append(f"margin over the first rival: {decision.margin:.1f}")
    weighed = decision.weighed
    if weighed is not None:
        lines.append(
            f"weighed (ask-back): leader {weighed.leader.id}, score {weighed.score:.1f}, "
            f"margin {weighed.margin:.1f}, core unexplained {weighed.core:.2f}, "
            f"explained {weighed.explained}, type fits {weighed.type_ok}, "
            f"unknown terms {weighed.unknown}/{weighed.terms}, offered {weighed.offered}"
        )
    return lines


def explain_english(english: EnglishEngine, text: str) -> str:
    """A plain-text account of the English side's decision for one message."""
    reply = english.answer(text)
    repairs: list[Repair] = []
    if courtesy_of(text) is None and expedition_riddle(text) is None:
        # (the engine answers a courtesy or a riddle about the expedition before any repair)
        prepare_english(text, repairs)
    lines = repair_lines(repairs)
    lines.append(f"parts and their forms ({len(reply.parts)}):")
    for index, answer in enumerate(reply.parts, 1):
        part = answer.part
        lines.append(
            f"  {index}. {part.form.value}: «{part.text}»"
            + (f" (options: {' | '.join(part.options)})" if part.options else "")
        )
    if reply.more:
        lines.append(f"  {reply.more} more part(s) announced, not answered")
    for index, answer in enumerate(reply.parts, 1):
        if len(reply.parts) > 1:
            lines.append(f"--- part {index}: «{answer.part.text}»")
        lines.extend(_reading_lines(english.matcher, answer.part.text, answer.decision))
        lines.extend(_candidate_lines(answer.decision))
        lines.append(_decision_line(answer))
        lines.append(f"rule: {deciding_rule(answer)}")
    lines.append(f"message: {reply.outcome.value}")
    return "\n".join(lines)


def explain_routed(arabic: AnswerEngine, english: EnglishEngine, text: str) -> str:
    """Explain a message by the side the router gives it: an Arabic message exactly as
    `explain_message` always did; a mixed or English one says first which side took it, and
    an Arabizi one its Arabic-script reading (knowledge.arabizi_explain)."""
    is_english, routed, side = routing(text, english)
    if is_english:
        return f"{side}\n{explain_english(english, routed)}"
    arabizi = explain_arabizi(arabic, routed)
    if arabizi is not None:
        return arabizi
    body = explain_message(arabic, routed)
    return f"{side}\n{body}" if routed != text else body
