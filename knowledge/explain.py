"""`python -m bot ask --explain`: how the engine read a question and why it decided so.

For the operator, in English: the reading of the words stage by stage (each repair that
changed them), the terms and which repair produced each, what the question asks, the top
candidates with their scores, and the rule that decided. Message forms (several questions,
a preamble, an exam form) are read elsewhere; their reader passes its own lines in through
`parts`, printed first, after the repairs made to the whole message before its parts were
read (`explain_message`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from knowledge.analysis import analyze
from knowledge.asked import read_asked
from knowledge.engine import AnswerEngine
from knowledge.function_word_slips import function_word_slip, with_question_word_slips
from knowledge.greetings import split_greeting
from knowledge.normalize import normalize
from knowledge.question_rewrites import drop_honorifics, rewrite_phrases
from knowledge.repair_trace import Repair, repair_lines
from knowledge.word_mending import join_split_words, mend_collocations

# How many candidates are listed.
SHOWN_CANDIDATES = 5

# A reader of message parts and forms: the message in, lines describing its parts out.
PartsReader = Callable[[str], Iterable[str]]


def _stages(text: str, vocabulary: frozenset[str]) -> list[tuple[str, tuple[str, ...]]]:
    """The words after each repair of knowledge/analysis.analyze, in its order."""
    words = tuple(normalize(text).split())
    stages = [("normalised", words)]
    _, words = split_greeting(words)
    stages.append(("greeting set aside", words))
    for name, step in (
        ("split words joined", lambda w: join_split_words(w, vocabulary)),
        ("name pairs mended", mend_collocations),
        ("question word mended", lambda w: with_question_word_slips(w, vocabulary)),
        ("honorifics dropped", drop_honorifics),
        ("set phrases rewritten", rewrite_phrases),
    ):
        words = step(words)
        stages.append((name, words))
    return stages


def explain(engine: AnswerEngine, text: str, *, parts: PartsReader | None = None) -> str:
    """A plain-text account of one decision."""
    lines: list[str] = []
    if parts is not None:
        lines.append("parts and their forms:")
        lines.extend(f"  {line}" for line in parts(text))
    matcher = engine.matcher
    vocabulary = matcher.vocabulary
    lines.append("reading:")
    previous: tuple[str, ...] | None = None
    for name, words in _stages(text, vocabulary):
        if words != previous:
            lines.append(f"  {name}: {' '.join(words)}")
        previous = words
    _, rest = split_greeting(tuple(normalize(text).split()))
    analysis = analyze(" ".join(rest), vocabulary)
    ranking = matcher.rank(analysis)
    lines.append(f"question type: {analysis.question_type.value}")
    lines.append("terms:")
    for term, word in zip(analysis.terms, analysis.term_words, strict=True):
        if term in vocabulary:
            how = "as typed" if term == word else f"stem of «{word}»"
        elif (corrected := matcher.correction(term, word)) is not None:
            how = f"typo corrected to «{corrected}»"
        elif term not in ranking.unknown_terms and function_word_slip(word) is not None:
            how = f"a slip of the function word «{function_word_slip(word)}»: dropped"
        elif term in ranking.unknown_terms:
            how = "unknown to every fact"
        else:
            how = "read in the clear leader's words (one mistyped letter)"
        lines.append(f"  {term} ← {word}: {how}")
    asked = read_asked(analysis.question_type, ranking.matched_terms, analysis.words)
    lines.append(
        "asked: subject {"
        + " ".join(sorted(asked.subject))
        + "}, detail {"
        + " ".join(sorted(asked.detail))
        + "}, frame {"
        + " ".join(sorted(asked.frame))
        + "}"
    )
    lines.append("candidates:")
    for candidate in ranking.candidates[:SHOWN_CANDIDATES]:
        flags = [] if candidate.type_fits else ["type does not fit"]
        if candidate.entity_conflict:
            flags.append("names someone it does not mention")
        lines.append(
            f"  {candidate.score:5.1f}  {candidate.fact.id:<22} unexplained "
            f"{candidate.unexplained:.2f}  via «{candidate.phrasing}»"
            + (f"  ({'; '.join(flags)})" if flags else "")
        )
    if not ranking.candidates:
        lines.append("  (none)")
    reply = engine.answer(text)
    decided = reply.fact.id if reply.fact else ", ".join(c.fact.id for c in reply.suggestions)
    lines.append(f"decision: {reply.outcome.value} {decided}".rstrip())
    lines.append(f"rule: {reply.rule or reply.outcome.value}")
    return "\n".join(lines)


def message_parts(text: str) -> list[str]:
    """The parts of a message and their forms, as knowledge/message.py reads them (each
    part's words as typed too, when its reading rewrote them)."""
    from knowledge.message import read_message  # the forms reader builds on the engine

    read = read_message(text)
    lines = [
        f"{index}. {part.form.value}: «{part.text}»"
        + (f" (options: {' | '.join(o.text for o in part.options)})" if part.options else "")
        + (f" (context: «{part.context}»)" if part.context else "")
        + (
            f" (typed: «{typed}»)"
            if (typed := " ".join(part.original.split())) != part.text
            else ""
        )
        for index, part in enumerate(read.parts, 1)
    ]
    if read.preamble:
        lines.append("text around the question was set aside (a preamble)")
    if read.more:
        lines.append(f"{read.more} more part(s) announced, not answered")
    return lines


def prepared(engine: AnswerEngine, text: str) -> tuple[str, list[str]]:
    """The message as the form answerer reads it, and one line per repair that changed it on
    the way (knowledge/message_preparation.py, then knowledge/message_text.py), in order."""
    from knowledge.message_preparation import MessagePreparer
    from knowledge.message_text import bare_text

    trace: list[Repair] = []
    text = MessagePreparer(engine).prepare(text, trace)
    bare_text(text, trace)  # (read_message makes these itself: recorded here to be named)
    return text, repair_lines(trace)


def explain_message(engine: AnswerEngine, text: str) -> str:
    """The repairs made before the parts were read, the parts and their forms, then the
    engine's account of each part."""
    from knowledge.message import read_message

    text, repairs = prepared(engine, text)
    parts = read_message(text).parts
    if len(parts) <= 1:
        asked = parts[0].text if parts else text
        body = explain(engine, asked, parts=lambda _: message_parts(text))
        return "\n".join([*repairs, body])
    sections = [
        *repairs,
        "parts and their forms:",
        *(f"  {line}" for line in message_parts(text)),
    ]
    for index, part in enumerate(parts, 1):
        sections.append(f"--- part {index}: «{part.text}»")
        sections.append(explain(engine, part.text))
    return "\n".join(sections)
