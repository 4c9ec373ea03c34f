"""The exercise forms of an English part answered: a blank, a true/false statement, a choice
(part of knowledge/english_engine.py, which answers the questions).

Each is settled against the English answer of the fact its text is closest to, leaving
unsettled what that answer does not decide.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from knowledge.english import EnglishMatcher
from knowledge.english_blank_clause import blank_clause
from knowledge.english_blanks import BLANK, fill_question, missing_words, name_asked
from knowledge.english_close_facts import asks_which_is_true, choice_among, true_option
from knowledge.english_cloze_fit import quoted_fact
from knowledge.english_contrast import contrasted_head
from knowledge.english_cues import blank_asks_when, options_type
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_forms import Form, Part
from knowledge.english_misnamed_doers import settled_statement, unsure_statement
from knowledge.english_no_option import refutes_every_option
from knowledge.english_option_parts import narrowed
from knowledge.english_reply import PartAnswer
from knowledge.english_statement_reading import decide_statement
from knowledge.lexicon import QuestionType
from knowledge.models import Fact

# The option a fact's answer supports (EnglishEngine.choose), and whether it makes a
# statement true (EnglishEngine.verdict).
Choose = Callable[[Fact, Part], int | None]
Verdict = Callable[[Fact, PartReply], bool | None]


def answer_exercise(
    matcher: EnglishMatcher, part: Part, choose: Choose, verdict: Verdict
) -> PartAnswer | None:
    """A blank, a true/false statement or a choice answered; None for a question."""
    if part.form is Form.FILL:
        decision = _blank_decision(matcher, part.text)
        told = part.text
        clause = blank_clause(part.text)
        if clause is not None:
            # «Tabuk ended without a battle, and it was the ____ of the Prophet's
            # expeditions»: the clause with the blank is what is asked, when it is answered.
            in_clause = _blank_decision(matcher, clause)
            if in_clause.outcome is EnglishOutcome.ANSWER:
                decision, told = in_clause, clause
        english = matcher.english(decision.fact.id) if decision.fact else None
        missing = missing_words(told, english.answer) if english else None
        return PartAnswer(part, decision, missing=missing)
    if part.form in (Form.TRUE_FALSE, Form.CHOICE):
        # («Umar gave half of his wealth, not all of it»: judged by its head)
        told = contrasted_head(part.text) if part.form is Form.TRUE_FALSE else part.text
        reading = matcher.reader.read(told)
        refused = matcher.refusal(reading)
        if refused is None and part.options:
            # «Tabuk is situated in: ... c) Saudi Arabia»: options of today's map make the
            # question one about today's Tabuk (other events among options are only
            # distractors).
            joined = matcher.reader.read(" ".join(part.options))
            if matcher.refusals.modern_map(joined):
                refused = PartReply(EnglishOutcome.MODERN, reading)
        if refused is not None:
            return PartAnswer(part, refused)
        kind = options_type(part.options) if part.form is Form.CHOICE else None
        if kind is QuestionType.NUMBER and "verse" in reading.terms:
            # «Which verse of Surah Tauba ...? a) 38 b) 117»: the verse's number, which
            # its fact quotes, not a count.
            kind = None
        if (
            part.form is Form.CHOICE
            and kind is None
            and reading.question_type is QuestionType.TIME
            and not part.text.rstrip().endswith("?")
        ):
            # «When the Muslims reached Tabuk the Romans: a) ... b) ...»: «when» joins a
            # clause to the stem; it does not ask a time.
            reading = replace(reading, question_type=QuestionType.NONE)
        if part.form is Form.TRUE_FALSE and matcher.dated(reading):
            kind = QuestionType.TIME  # a statement of a date is about when
        elif (
            part.form is Form.TRUE_FALSE
            and reading.question_type is QuestionType.NUMBER
            and not any(t.isdigit() for t in reading.terms)
        ):
            # «The Romans were surprised by the size of the Muslim army»: a claim with
            # no number in it is not about a count.
            kind = QuestionType.NONE
        if part.form is Form.CHOICE and asks_which_is_true(part.text):
            # «Which statement is true? a) … b) …»: the stem asks nothing of its own; the
            # one option settled true is the answer (the stem was read as no question).
            settled = true_option(matcher, verdict, part)
            if settled is not None:
                return settled
        decision = decide_statement(matcher, reading, kind)
        if part.form is Form.CHOICE and decision.outcome in (
            EnglishOutcome.UNKNOWN,
            EnglishOutcome.EMPTY,
        ):
            # «Tabuk is in: a) northern Arabia ...»: the options carry what is asked.
            joined = matcher.reader.read(" ".join((part.text, *part.options)))
            if matcher.refusal(joined) is None:
                decision = decide_statement(matcher, joined, kind)
        if part.form is Form.CHOICE and decision.outcome is EnglishOutcome.SUGGEST:
            settled = choice_among(matcher, choose, part, decision) or true_option(
                matcher, verdict, part
            )
            if settled is not None:
                return settled
        if part.form is Form.TRUE_FALSE and decision.outcome is EnglishOutcome.SUGGEST:
            denied = unsure_statement(matcher, verdict, part, decision)
            if denied is not None:
                return denied
        if (
            part.form is Form.CHOICE
            and decision.fact is not None
            and "enemyarmy" in reading.terms
            and "roman" not in matcher.answer_terms(decision.fact.id)
        ):
            # «Who led the Roman army? a) Heraclius ...»: a fact that never names the
            # Romans tells of the Muslims' army (its leader, its size), not the enemy's.
            return PartAnswer(part, PartReply(EnglishOutcome.UNKNOWN, decision.reading))
        if not decision.answered or decision.fact is None:
            return PartAnswer(part, decision)
        if part.form is Form.TRUE_FALSE:
            return settled_statement(matcher, verdict, part, decision)
        choice = choose(decision.fact, part)
        if choice is None:
            # «The army was got ready in: a) a time of ease ... b) a time of hardship ...»:
            # the stem's closest fact settles no option; the options say what is asked.
            joined = matcher.reader.read(" ".join((part.text, *part.options)))
            other = decide_statement(matcher, joined, kind)
            if other.answered and other.fact is not None and matcher.refusal(joined) is None:
                choice = choose(other.fact, part)
                if choice is not None:
                    decision = replace(other, reading=decision.reading)
        if choice is None:
            # «At Tabuk the Muslims: ... c) stayed encamped»: the stem's fact (the army's
            # size) settles no option, but one option read with the stem is true.
            settled = true_option(matcher, verdict, part)
            if settled is not None:
                return settled
            fact = decision.fact
            if fact is not None and refutes_every_option(matcher, fact, part, decision, verdict):
                # «Muslim army in Tabuk was: A. 3,000 … D. 12,000»: more than 40,000.
                return PartAnswer(part, decision, none_fit=True)
        return narrowed(matcher, choose, PartAnswer(part, decision, choice=choice))
    return None


def _blank_decision(matcher: EnglishMatcher, text: str) -> PartReply:
    """What a sentence with a blank is answered with (a known gap or another event refused)."""
    reading = matcher.reader.read(fill_question(text))
    # «Tabuk took place in ____ AH»: a blank for a year or a month asks when.
    when = QuestionType.TIME if blank_asks_when(text) else _blank_type(matcher, text)
    asked = name_asked(text)  # «The name of the envoy … was ____»: a known gap?
    gap = matcher.refusal(matcher.reader.read(asked)) if asked else None
    decision = gap or matcher.refusal(reading) or decide_statement(matcher, reading, when)
    return quoted_fact(matcher, reading.terms, decision) or decision


def _blank_type(matcher: EnglishMatcher, text: str) -> QuestionType | None:
    """No type asked when what a sentence's words ask («the size of», «the number of») comes
    only after its blank: «The Romans were ____ (surprised) by the size of the Muslim army»
    asks the Romans' state, not a count (read so, it was answered with the army's size)."""
    blank = BLANK.search(text)
    if blank is None:
        return None
    kind = matcher.reader.read(fill_question(text)).question_type
    if kind is QuestionType.NONE:
        return None
    before = matcher.reader.read(text[: blank.start()]).question_type
    return None if before is kind else QuestionType.NONE
