"""Riddles and the questions a part points back at, answered (part of knowledge/english_engine.py).

«I am a Roman emperor. I paid my soldiers ... Who am I?»: the fact its description tells of;
«I am the expedition in Rajab 9 AH … Which expedition am I?»: Tabuk, Mu'tah or neither;
«the question was 'Which companion ...?'»: the question quoted, answered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from knowledge.engine import shipped_base
from knowledge.english import EnglishMatcher
from knowledge.english_clues import agreed_clues, clue_answer
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_expeditions import Verdict, expedition_of, mutah_names
from knowledge.english_forms import Form, Part
from knowledge.english_pointers import Riddle
from knowledge.english_reply import PartAnswer
from knowledge.english_riddles import own_part
from knowledge.english_rules import PERSON_TOKENS
from knowledge.english_statement_reading import decide_statement
from knowledge.gaps import KnownGap
from knowledge.lexicon import QuestionType
from knowledge.tuning import EN_ANSWER_MIN_MARGIN

# The engine's known gap by id (EnglishEngine.known_gap).
GapLookup = Callable[[str | None], KnownGap | None]


def riddle_answer(matcher: EnglishMatcher, part: Part, described: Riddle) -> PartAnswer:
    """The answer to a riddle: the fact its description tells of."""
    answer = pointed_answer(matcher, part, described.description, described.kind)
    reading = answer.decision.reading
    if (
        not answer.answered
        and described.single
        and described.kind is QuestionType.PERSON
        and reading is not None
    ):
        ranking = matcher.rank(matcher.correct(reading.terms), reading.question_type)
        chosen = own_part(
            ranking, shipped_base().part_of, partial(one_persons, matcher), EN_ANSWER_MIN_MARGIN
        )
        if chosen is not None:
            decision = PartReply(
                EnglishOutcome.ANSWER, reading, fact=chosen.fact, score=chosen.score
            )
            return PartAnswer(part, decision)
    fact = answer.decision.fact
    if (
        described.single
        and described.kind is QuestionType.PERSON
        and fact is not None
        and not any(matcher.asks_about(fact.id, p) for p in PERSON_TOKENS)
    ):
        # «I gave everything I owned. Who am I?»: one person is asked; a fact that is no
        # one person's own (all the gifts, the envoy attacked) does not name him.
        decision = replace(
            answer.decision, outcome=EnglishOutcome.SUGGEST, fact=None, suggestions=(fact,)
        )
        return PartAnswer(part, decision)
    if not answer.answered and not described.single and described.kind is QuestionType.PERSON:
        # «We stayed home, …, and tried to stop others from going. Who are we?»
        agreed = agreed_clues(
            described.description,
            lambda clue: pointed_answer(matcher, part, clue, described.kind).decision,
        )
        return PartAnswer(part, agreed) if agreed is not None else answer
    if not answer.answered and described.single and described.kind is QuestionType.PERSON:
        # «I gave everything I had and left … for my family»: read clue by clue.
        clue = clue_answer(
            matcher,
            described.description,
            lambda clue: pointed_answer(matcher, part, clue, described.kind).decision,
        )
        return PartAnswer(part, clue) if clue is not None else answer
    return answer


def expedition_answer(
    matcher: EnglishMatcher, known_gap: GapLookup, text: str, description: str
) -> PartAnswer:
    """Tabuk (its overview), Mu'tah (its fact) or not Tabuk for a riddle asking which
    expedition a description is; another event it names is refused as such."""
    part = Part(text, Form.RIDDLE)
    reading = matcher.reader.read(description)
    refused = matcher.refusal(reading)
    if refused is not None and refused.outcome is EnglishOutcome.GAP:
        # A description tells of its event, it asks no detail («massed on the frontier»
        # is no question where in Arabia Tabuk lies): no known gap is what is asked.
        refused = None
    if refused is not None and refused.outcome is not EnglishOutcome.OTHER_EVENT:
        return PartAnswer(part, refused)
    verdict = expedition_of(description, matcher, mutah_names(reading, matcher, known_gap))
    if refused is not None and verdict is not Verdict.MUTAH:
        return PartAnswer(part, refused)
    fact = {Verdict.TABUK: "overview", Verdict.MUTAH: "mutah"}.get(verdict)
    found = matcher.fact(fact) if fact else None
    overview = matcher.fact("overview")
    if verdict is Verdict.UNSURE and overview is not None:
        # Offered, not named: «Did you mean: What was the expedition of Tabuk?»
        decision = PartReply(EnglishOutcome.SUGGEST, reading, suggestions=(overview,))
        return PartAnswer(part, decision)
    if found is None:
        return PartAnswer(part, PartReply(EnglishOutcome.NOT_TABUK, reading))
    return PartAnswer(part, PartReply(EnglishOutcome.ANSWER, reading, fact=found))


def one_persons(matcher: EnglishMatcher, fact_id: str) -> bool:
    """Is the fact one person's own (its phrasings ask about a person)?"""
    return any(matcher.asks_about(fact_id, p) for p in PERSON_TOKENS)


def pointed_answer(
    matcher: EnglishMatcher, part: Part, text: str, kind: QuestionType | None
) -> PartAnswer:
    """The answer to the question a part points back at (knowledge/english_pointers.py)."""
    reading = matcher.reader.read(text)
    if kind is None:
        return PartAnswer(part, matcher.refusal(reading) or matcher.decide_reading(reading))
    if kind is QuestionType.THING:
        # «I am the army equipped in hardship. What am I?» asks what it is called.
        reading = replace(reading, terms=(*reading.terms, "name"))
    # A riddle's description is a string of claims about its answer, read as a statement.
    decision = matcher.refusal(reading) or decide_statement(matcher, reading, kind)
    return PartAnswer(part, decision)
