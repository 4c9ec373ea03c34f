"""An English message in, a decision per part out: answers, true/false verdicts, choices.

The matcher (knowledge/english.py) decides which fact a part asks for; this module reads the
message's forms (knowledge/english_forms.py) and settles a statement or picks an option
against that fact's English answer, leaving unsettled what the answer does not decide.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from knowledge.engine import shipped_base
from knowledge.english import EnglishMatcher
from knowledge.english_antecedent import named_antecedent, with_answered_person
from knowledge.english_asking import words_in
from knowledge.english_battle_asked import battle_described
from knowledge.english_blanks import fill_question, missing_words, name_asked
from knowledge.english_choice import choose as choose_option
from knowledge.english_close_facts import agreed_by_all, choice_among, denied_by_one, true_option
from knowledge.english_clues import clue_answer
from knowledge.english_contrast import contrasted_head
from knowledge.english_cues import (
    ASKING,
    AUX,
    DEMONSTRATIVE,
    DOERS,
    PEOPLE_PRONOUN,
    PERSONAL_PRONOUN,
    PLURAL_PRONOUN,
    PRONOUN,
    THING_PRONOUN,
    VERIFY,
    blank_asks_when,
    courtesy_of,
    follows_on,
    has_subject,
    options_type,
    points_back,
    reported_claim,
    with_context,
)
from knowledge.english_data import EnglishBase
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_doers import same_doer
from knowledge.english_event_kind import kind_asked
from knowledge.english_expeditions import (
    Verdict,
    expedition_of,
    expedition_riddle,
    mutah_names,
)
from knowledge.english_forms import (
    Form,
    Part,
    split_message,
)
from knowledge.english_lexicon import (
    TYPED_WORDS,
    VALUE_CLASSES,
)
from knowledge.english_listed_aspects import listed_aspects
from knowledge.english_listed_names import names_too_few
from knowledge.english_no_option import refutes_every_option
from knowledge.english_pointers import Riddle, asks_source_on_claim, quoted_question, riddle
from knowledge.english_preparation import prepare_english
from knowledge.english_reply import EnglishReply, PartAnswer
from knowledge.english_riddles import own_part
from knowledge.english_rulers import ruler_of_others
from knowledge.english_rules import (
    COMMON_NAMES,
    PERSON_TOKENS,
    asks_definition,
)
from knowledge.english_statement_reading import asked_persons_own, decide_statement
from knowledge.english_stems import unsettled_choice
from knowledge.english_text import Reading, concept
from knowledge.english_titles import titled_answer
from knowledge.english_unpointed import agreed_alone, pointless, unpointed
from knowledge.english_untold import untold_detail
from knowledge.english_verdict import EnglishVerdicts
from knowledge.english_verse_context import verse_pointed
from knowledge.gaps import KnownGap
from knowledge.lexicon import QuestionType
from knowledge.models import Fact
from knowledge.tuning import (
    EN_ANSWER_MIN_MARGIN,
    EN_ECHO_MAX_WORDS,
    EN_GUESS_MAX_WORDS,
)

# Name tokens that stand for a subject rather than one value among rivals.
_UNTYPED_NAMES = frozenset(
    {"usrah", "tabuk", "prophet", "ah", "hypocrite", "believer", "companion", "tawbah", "jizya",
     "muhajirin", "ansar"}
)  # fmt: skip


class EnglishEngine:
    """Answers English messages from the facts that have English data."""

    def __init__(
        self, facts: Iterable[Fact], base: EnglishBase, gaps: Iterable[KnownGap] = ()
    ) -> None:
        self.matcher = EnglishMatcher(facts, base)
        # Names that are values of a kind (a person, a place), for statements' checks.
        self._typed_names = self.matcher.reader.name_tokens - _UNTYPED_NAMES
        # The curated known gaps (knowledge/data/known_gaps.json) give the Arabic wording of
        # what the text does not state and the nearest facts; English triggers share their ids.
        self._known_gaps = {gap.id: gap for gap in gaps}
        self._verdicts = EnglishVerdicts(self.matcher, self._typed)

    def search(self, text: str, limit: int = 5) -> list[Fact]:
        """Facts worth offering for an English text (inline mode): the answer or the
        suggestions of its first part; nothing for a refused or unreadable question."""
        reply = self.answer(text)
        if not reply.parts:
            return []
        decision = reply.parts[0].decision
        if decision.answered and decision.fact is not None:
            return [decision.fact]
        return list(decision.suggestions)[:limit]

    def known_gap(self, gap_id: str | None) -> KnownGap | None:
        return self._known_gaps.get(gap_id) if gap_id else None

    def answer(self, text: str) -> EnglishReply:
        courtesy = courtesy_of(text)
        if courtesy is not None:
            return EnglishReply((PartAnswer(Part(text), PartReply(courtesy)),))
        expedition = expedition_riddle(text)
        if expedition is not None:
            # «I am the expedition in Rajab 9 AH … Which expedition am I?»: Tabuk is named.
            return EnglishReply((self._expedition(text, expedition),))
        # (a quiz card's furniture, a forwarded claim, word order: english_preparation.py)
        text = prepare_english(text)
        described = riddle(text)
        if described is not None:
            # «I am a Roman emperor. I paid my soldiers ... Who am I?»: one question.
            solved = self._riddle(Part(text), described)
            # «I was the king of the Ghassanids … Who am I?» is not another people's ruler.
            ruled = ruler_of_others(self.matcher, solved.decision)
            return EnglishReply((replace(solved, decision=ruled),))
        split = split_message(text)
        answers: list[PartAnswer] = []
        context: Reading | None = None
        if split.preamble:
            # «My notes say Usman gave 1000 dinars ... What exactly did he give?»
            context = self.matcher.reader.read(split.preamble)
        refused: PartReply | None = None
        for part in split.parts:
            if (
                answers
                and answers[-1].answered
                and not part.inherits
                and (self._guess(part) or self._echo(part, answers[-1]))
            ):
                continue
            claim = reported_claim(split.preamble or text) if VERIFY.match(part.text) else None
            checked = self._check_claim(claim) if claim else None
            source_kind = asks_source_on_claim(part.text) if split.preamble else None
            told = reported_claim(split.preamble) if source_kind is not None else None
            if checked is None and told is not None and source_kind is not None:
                # «My textbook says the army was 30,000 … How many does your source say?»:
                # what the text says of the story's claim, not a verdict on it.
                pointed = self._pointed(part, told, source_kind)
                checked = pointed if pointed.answered else None
            quoted = quoted_question(part.text, split.preamble)
            if checked is None and quoted is not None:
                # «the question was 'Which companion ...?' I answered Abu Bakr. Who was it?»
                checked = self._pointed(part, quoted, None)
            context = with_answered_person(self.matcher, context, answers, part.text)
            named = self._named_back(part, answers)
            answer = checked or self._answer_part(named, context)
            if answer.part is named and named is not part:
                answer = replace(answer, part=part)  # (shown as the user typed it)
            answer = unsettled_choice(self.matcher, answer)
            if part.compares and answers and answer.decision.outcome is EnglishOutcome.OTHER_EVENT:
                # «Compare the treaties made at Tabuk with the Treaty of Hudaybiyyah»: the
                # comparison asks about an event the bot does not cover; one refusal for the
                # whole, not its Tabuk half answered as if it were the question.
                halves = (answers[-1].part.text, part.text)
                whole = " with ".join(h.removeprefix("Describe ") for h in halves)
                answers[-1] = PartAnswer(Part(f"Compare {whole}"), answer.decision)
                continue
            paired = self._paired(part, context)
            if paired is not None:
                answers.extend(paired)
                continue
            reading = answer.decision.reading
            if (
                refused is not None
                and reading is not None
                and follows_on(part, reading)
                and not _past_of_today(refused, reading)
            ):
                # «What is غزوة بدر and when did it happen?»: «it» is still the other event.
                answer = PartAnswer(part, replace(refused, reading=reading))
            elif answer.decision.outcome in (EnglishOutcome.OTHER_EVENT, EnglishOutcome.MODERN):
                refused = answer.decision
            elif reading is not None and has_subject(reading):
                refused = None
            if (
                answers
                and not answers[-1].answered
                and answer.answered
                and reading is not None
                and PERSONAL_PRONOUN.search(part.text)
                and not any(VALUE_CLASSES.get(t) == "person" for t in reading.terms)
            ):
                # «Who was Abdullah ibn Ubayy and what did he do at Tabuk?»: «he» is the
                # person the base does not know, not whoever the words fit.
                answer = PartAnswer(part, PartReply(EnglishOutcome.UNKNOWN, reading))
            joined = f"{answers[-1].part.text} and {part.text}" if answers else ""
            if (
                answers
                and joined in " ".join(text.split())
                and self._defined_by(answers[-1], answer)
            ):
                # «Who were the munafiqun and what did they do?»: the text does not define
                # the term, but what they did at Tabuk is who they were in it: one answer
                # («(a) What is jizya? (b) Who paid it?» stays two exam questions).
                answers[-1] = replace(answer, part=replace(part, text=joined))
                continue
            if reading is not None and (
                has_subject(reading) or (context is None and reading.terms)
            ):
                # «1) why did tabuk happen 2) when»: even Tabuk alone is what «when» asks of.
                context = reading
            answers.append(answer)
        return EnglishReply(tuple(answers), more=split.more)

    def _named_back(self, part: Part, answers: list[PartAnswer]) -> Part:
        """The part with «that empire» written as the name the previous answer gave it."""
        previous = answers[-1] if answers else None
        english = self.matcher.english(previous.fact.id) if previous and previous.fact else None
        if previous is None or not previous.answered or english is None:
            return part
        named = named_antecedent(part.text, previous.part.text, english.answer)
        return part if named is None else replace(part, text=named)

    def _defined_by(self, previous: PartAnswer, answer: PartAnswer) -> bool:
        """Is the previous part a definition the text does not give («Who were the
        munafiqun»), of a term the follow-up's answer («what did they do?») is about?"""
        asked = previous.decision.reading
        if previous.answered or asked is None or not asks_definition(asked):
            return False
        if not answer.answered or answer.fact is None or not PRONOUN.search(answer.part.text):
            return False
        return set(asked.terms) <= self.matcher.answer_terms(answer.fact.id)

    def _paired(self, part: Part, context: Reading | None) -> list[PartAnswer] | None:
        """«Discuss the causes and effects of Tabuk»: two things asked of one subject; each
        asked alone is answered by its own fact, so the message holds two questions."""
        if part.form is not Form.QUESTION:
            return None
        listed = listed_aspects(part.text)
        if listed is None:
            return None
        answers = [self._answer_part(Part(each), context) for each in listed]
        facts = [a.fact.id if a.answered and a.fact else None for a in answers]
        if None in facts or len(set(facts)) < len(facts):
            return None
        return answers

    def _half_of_two(self, decision: PartReply) -> bool:
        """Does the answer belong to one of two (or more) named subjects, each with a fact of
        its own? («Abu Bakr what he gave, Umar what he gave, and Abdur Rahman …?» read as one
        part is not answered by one of them.)"""
        reading = decision.reading
        if not decision.answered or decision.fact is None or reading is None:
            return False
        if "and" not in reading.normalized.split():
            return False
        owners = {
            name: [f for f in self.matcher.fact_ids() if self.matcher.asks_about(f, name)]
            for name in reading.terms
            if name in self.matcher.reader.name_tokens and name not in COMMON_NAMES
        }
        own = [facts[0] for facts in owners.values() if len(facts) == 1]
        return len(set(own)) >= 2 and decision.fact.id in own

    def _check_claim(self, claim: str) -> PartAnswer | None:
        """«A website said 30,000 Muslims went to Tabuk. Is that right?»: the claim told
        before is settled as a true/false statement, when the answer settles it."""
        checked = self._answer_part(Part(claim, Form.TRUE_FALSE), None)
        return checked if checked.answered else None

    def _riddle(self, part: Part, described: Riddle) -> PartAnswer:
        """The answer to a riddle: the fact its description tells of."""
        answer = self._pointed(part, described.description, described.kind)
        reading = answer.decision.reading
        if (
            not answer.answered
            and described.single
            and described.kind is QuestionType.PERSON
            and reading is not None
        ):
            ranking = self.matcher.rank(self.matcher.correct(reading.terms), reading.question_type)
            chosen = own_part(
                ranking, shipped_base().part_of, self._one_persons, EN_ANSWER_MIN_MARGIN
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
            and not any(self.matcher.asks_about(fact.id, p) for p in PERSON_TOKENS)
        ):
            # «I gave everything I owned. Who am I?»: one person is asked; a fact that is no
            # one person's own (all the gifts, the envoy attacked) does not name him.
            decision = replace(
                answer.decision, outcome=EnglishOutcome.SUGGEST, fact=None, suggestions=(fact,)
            )
            return PartAnswer(part, decision)
        if not answer.answered and described.single and described.kind is QuestionType.PERSON:
            # «I gave everything I had and left … for my family»: read clue by clue.
            clue = clue_answer(
                self.matcher,
                described.description,
                lambda clue: self._pointed(part, clue, described.kind).decision,
            )
            return PartAnswer(part, clue) if clue is not None else answer
        return answer

    def _expedition(self, text: str, description: str) -> PartAnswer:
        """Tabuk (its overview), Mu'tah (its fact) or not Tabuk for a riddle asking which
        expedition a description is; another event it names is refused as such."""
        part = Part(text, Form.RIDDLE)
        reading = self.matcher.reader.read(description)
        refused = self._refused(reading)
        if refused is not None and refused.outcome is EnglishOutcome.GAP:
            # A description tells of its event, it asks no detail («massed on the frontier»
            # is no question where in Arabia Tabuk lies): no known gap is what is asked.
            refused = None
        if refused is not None and refused.outcome is not EnglishOutcome.OTHER_EVENT:
            return PartAnswer(part, refused)
        verdict = expedition_of(
            description, self.matcher, mutah_names(reading, self.matcher, self.known_gap)
        )
        if refused is not None and verdict is not Verdict.MUTAH:
            return PartAnswer(part, refused)
        fact = {Verdict.TABUK: "overview", Verdict.MUTAH: "mutah"}.get(verdict)
        found = self.matcher.fact(fact) if fact else None
        overview = self.matcher.fact("overview")
        if verdict is Verdict.UNSURE and overview is not None:
            # Offered, not named: «Did you mean: What was the expedition of Tabuk?»
            decision = PartReply(EnglishOutcome.SUGGEST, reading, suggestions=(overview,))
            return PartAnswer(part, decision)
        if found is None:
            return PartAnswer(part, PartReply(EnglishOutcome.NOT_TABUK, reading))
        return PartAnswer(part, PartReply(EnglishOutcome.ANSWER, reading, fact=found))

    def _one_persons(self, fact_id: str) -> bool:
        """Is the fact one person's own (its phrasings ask about a person)?"""
        return any(self.matcher.asks_about(fact_id, p) for p in PERSON_TOKENS)

    def _pointed(self, part: Part, text: str, kind: QuestionType | None) -> PartAnswer:
        """The answer to the question a part points back at (knowledge/english_pointers.py)."""
        reading = self.matcher.reader.read(text)
        if kind is None:
            return PartAnswer(part, self._refused(reading) or self.matcher.decide_reading(reading))
        if kind is QuestionType.THING:
            # «I am the army equipped in hardship. What am I?» asks what it is called.
            reading = replace(reading, terms=(*reading.terms, "name"))
        # A riddle's description is a string of claims about its answer, read as a statement.
        decision = self._refused(reading) or decide_statement(self.matcher, reading, kind)
        return PartAnswer(part, decision)

    def _answer_part(self, part: Part, context: Reading | None) -> PartAnswer:
        if part.form is Form.FILL:
            reading = self.matcher.reader.read(fill_question(part.text))
            # «Tabuk took place in ____ AH»: a blank for a year or a month asks when.
            when = QuestionType.TIME if blank_asks_when(part.text) else None
            asked = name_asked(part.text)  # «The name of the envoy … was ____»: a known gap?
            gap = self._refused(self.matcher.reader.read(asked)) if asked else None
            decision = (
                gap or self._refused(reading) or decide_statement(self.matcher, reading, when)
            )
            english = self.matcher.english(decision.fact.id) if decision.fact else None
            missing = missing_words(part.text, english.answer) if english else None
            return PartAnswer(part, decision, missing=missing)
        if part.form in (Form.TRUE_FALSE, Form.CHOICE):
            # («Umar gave half of his wealth, not all of it»: judged by its head)
            told = contrasted_head(part.text) if part.form is Form.TRUE_FALSE else part.text
            reading = self.matcher.reader.read(told)
            refused = self._refused(reading)
            if refused is None and part.options:
                # «Tabuk is situated in: ... c) Saudi Arabia»: options of today's map make the
                # question one about today's Tabuk (other events among options are only
                # distractors).
                joined = self.matcher.reader.read(" ".join(part.options))
                if self.matcher.refusals.modern_map(joined):
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
            if part.form is Form.TRUE_FALSE and self.matcher.dated(reading):
                kind = QuestionType.TIME  # a statement of a date is about when
            elif (
                part.form is Form.TRUE_FALSE
                and reading.question_type is QuestionType.NUMBER
                and not any(t.isdigit() for t in reading.terms)
            ):
                # «The Romans were surprised by the size of the Muslim army»: a claim with
                # no number in it is not about a count.
                kind = QuestionType.NONE
            decision = decide_statement(self.matcher, reading, kind)
            if part.form is Form.CHOICE and decision.outcome in (
                EnglishOutcome.UNKNOWN,
                EnglishOutcome.EMPTY,
            ):
                # «Tabuk is in: a) northern Arabia ...»: the options carry what is asked.
                joined = self.matcher.reader.read(" ".join((part.text, *part.options)))
                if self._refused(joined) is None:
                    decision = decide_statement(self.matcher, joined, kind)
            if part.form is Form.CHOICE and decision.outcome is EnglishOutcome.SUGGEST:
                settled = choice_among(self.choose, part, decision) or true_option(
                    self.matcher, self.verdict, part
                )
                if settled is not None:
                    return settled
            if part.form is Form.TRUE_FALSE and decision.outcome is EnglishOutcome.SUGGEST:
                denied = denied_by_one(self.matcher, part, decision) or agreed_by_all(
                    self.verdict, part, decision
                )
                if denied is not None:
                    return denied
            if (
                part.form is Form.CHOICE
                and decision.fact is not None
                and "enemyarmy" in reading.terms
                and "roman" not in self.matcher.answer_terms(decision.fact.id)
            ):
                # «Who led the Roman army? a) Heraclius ...»: a fact that never names the
                # Romans tells of the Muslims' army (its leader, its size), not the enemy's.
                return PartAnswer(part, PartReply(EnglishOutcome.UNKNOWN, decision.reading))
            if not decision.answered or decision.fact is None:
                return PartAnswer(part, decision)
            if part.form is Form.TRUE_FALSE:
                return PartAnswer(part, decision, verdict=self.verdict(decision.fact, decision))
            choice = self.choose(decision.fact, part)
            if choice is None:
                # «The army was got ready in: a) a time of ease ... b) a time of hardship ...»:
                # the stem's closest fact settles no option; the options say what is asked.
                joined = self.matcher.reader.read(" ".join((part.text, *part.options)))
                other = decide_statement(self.matcher, joined, kind)
                if other.answered and other.fact is not None and self._refused(joined) is None:
                    choice = self.choose(other.fact, part)
                    if choice is not None:
                        decision = replace(other, reading=decision.reading)
            if choice is None:
                # «At Tabuk the Muslims: ... c) stayed encamped»: the stem's fact (the army's
                # size) settles no option, but one option read with the stem is true.
                settled = true_option(self.matcher, self.verdict, part)
                if settled is not None:
                    return settled
                fact = decision.fact
                if fact is not None and refutes_every_option(
                    self.matcher, fact, part, decision, self.verdict
                ):
                    # «Muslim army in Tabuk was: A. 3,000 … D. 12,000»: more than 40,000.
                    return PartAnswer(part, decision, none_fit=True)
            return PartAnswer(part, decision, choice=choice)
        decision = pointless(self.matcher.decide(part.text))
        decision = verse_pointed(self.matcher, part.text, decision.reading, context) or decision
        # «Why is Tabuk called the last expedition?»: the fact stating the title says why.
        decision = titled_answer(self.matcher, part.text, decision) or decision
        # «Which battle saw three commanders fall …?»: the description names Mu'tah.
        decision = battle_described(self.matcher, part.text, decision, self.known_gap) or decision
        # «Was Tabuk a ghazwa or a sariyya?»: who led it settles it, not Khalid's detachment
        decision = kind_asked(self.matcher, part.text, decision) or decision
        if decision.fact is not None and self._half_of_two(decision):
            # «the part played by the believers and the hypocrites»: one side's own fact
            # answers only half; the question is asked back rather than half answered.
            decision = replace(
                decision, outcome=EnglishOutcome.SUGGEST, fact=None, suggestions=(decision.fact,)
            )
        if part.inherits and context is not None and decision.reading is not None:
            # «... with that of the true believers»: what is compared comes from the first half.
            compared = frozenset(
                t for t in context.terms if t not in self.matcher.reader.name_tokens
            )
            return PartAnswer(
                part,
                self.matcher.decide_reading(with_context(decision.reading, context, compared)),
            )
        was_refused = decision.outcome in (
            EnglishOutcome.OTHER_EVENT, EnglishOutcome.MODERN, EnglishOutcome.GAP
        )  # fmt: skip
        if (
            not was_refused
            and context is not None
            and decision.reading is not None
            and (
                (not has_subject(decision.reading) and "tabuk" not in decision.reading.terms)
                or points_back(part.text)
            )
        ):
            # «... and when?», «2) how many soldiers»: the part asks about the previous subject
            # (one naming Tabuk itself, «When did the expedition of Tabuk take place?», asks
            # about Tabuk, whatever the part before it asked);
            # «Explain what this means», naming nothing at all, asks about all of it.
            # A number the story named («... said 30,000. How many were there?») is what
            # the question is about too.
            entities = self.matcher.reader.name_tokens | {"army"}
            if (
                decision.reading.question_type is QuestionType.REASON
                and not has_subject(decision.reading)
                and "name" not in context.terms
            ):
                # «Who led the army to Tabuk and why?»: a bare «why» asks why it was done,
                # not why the army was named (the army's own «why» is its name), unless the
                # name is what was told («The army was called Jaysh al-Usrah. Why?»)
                entities = entities - {"army"}
            if PERSONAL_PRONOUN.search(part.text) and not PLURAL_PRONOUN.search(part.text):
                # «Which ayah praised the Muhajirin and Ansar who followed the Prophet? And what
                # did he announce?»: «he» is a person named before, not the groups.
                entities = frozenset(
                    t for t in entities if VALUE_CLASSES.get(t) == "person" or t == "tabuk"
                )
            if (
                THING_PRONOUN.search(part.text)
                and not PEOPLE_PRONOUN.search(part.text)
                and set(context.terms) & (entities - {"prophet"})
            ):
                # «who did the Prophet go out against at Tabuk? … how did it end?»: «it» is
                # no person; it points to the thing named before, not to the Prophet.
                entities = entities - {"prophet"}
            if decision.reading.question_type is QuestionType.NUMBER:
                # only a count asked is about the story's number: «What exactly did he
                # give?» after «notes say 1000 dinars» asks the gift, not the 1000
                entities |= {t for t in context.terms if t.isdigit()}
            if not has_subject(decision.reading) and DEMONSTRATIVE.search(part.text):
                entities = entities | frozenset(context.terms)
            own = decision.reading
            carried = unpointed(
                self.matcher.decide_reading(with_context(own, context, entities)), own
            )
            decision = agreed_alone(carried, decision, part.text)
        if (
            decision.answered
            and decision.fact is not None
            and decision.reading is not None
            and decision.reading.question_type is QuestionType.REASON
            and self._why_did_doer(decision.reading)
        ):
            # A «why» question presumes its doer did the deed: the answer must say so.
            english = self.matcher.english(decision.fact.id)
            if english is not None and not same_doer(
                self.matcher, english.answer, decision.reading, self._typed
            ):
                # «Why did the Muslims retreat?»: the answer tells of the Romans retreating.
                decision = replace(
                    decision,
                    outcome=EnglishOutcome.SUGGEST,
                    fact=None,
                    suggestions=(decision.fact,),
                )
        decision = untold_detail(self.matcher, part.text, decision)
        decision = ruler_of_others(self.matcher, decision)  # «Who was the king of the …?»
        # «Did Abu Bakr give half his wealth?»: about Abu Bakr, not about Umar's half.
        decision = asked_persons_own(self.matcher, decision) or decision
        return PartAnswer(part, names_too_few(self.matcher, part.text, decision))

    def _guess(self, part: Part) -> bool:
        """«When was Tabuk? Rajab?», «... allied with the Byzantines? Ghassanids and who
        else?»: a few words naming only values after an answered question are the asker's
        guess, answered by that answer, not a question of their own."""
        if part.form is not Form.QUESTION:
            return False
        reading = self.matcher.reader.read(part.text)
        if reading.terms and set(reading.terms) <= {"source", "right"}:
            return True  # «What does your source say?», «Which is right?» after the answer
        if len(part.text.split()) > EN_GUESS_MAX_WORDS:
            return False
        words = reading.normalized.split()
        if "else" in words:
            return True  # «who else?»: more of what was just answered
        if ASKING & set(words):
            return False  # «c) Who was Heraclius»: a question of its own
        terms = reading.terms
        return bool(terms) and all(self._typed(t) or t == "tabuk" for t in terms)

    def _echo(self, part: Part, previous: PartAnswer) -> bool:
        """«what was the hardship concretely? weather? money? both?»: a word or two after an
        answered question, asking nothing of its own — alone it gets no answer, or the very
        fact just given — are the asker's guesses at that answer («Reason? Result?» asks a
        fact of its own each)."""
        words = part.text.split()
        if part.form is not Form.QUESTION or len(words) > EN_ECHO_MAX_WORDS:
            return False
        if not part.text.rstrip().endswith("?") or ASKING & set(words_in(part.text)):
            return False
        alone = self.matcher.decide(part.text)
        return not alone.answered or (alone.fact is not None and alone.fact == previous.fact)

    def _refused(self, reading: Reading) -> PartReply | None:
        """Another event, today's Tabuk or a known gap, as for a question."""
        decision = self.matcher.refusal(reading)
        return decision

    def _typed(self, term: str) -> bool:
        return term.isdigit() or term in self._typed_names or term in TYPED_WORDS

    def verdict(self, fact: Fact, decision: PartReply) -> bool | None:
        """True or false by the fact's answer; None when the answer does not settle it."""
        return self._verdicts.verdict(fact, decision)

    def _why_did_doer(self, reading: Reading) -> bool:
        """Does the question open «Why did/was <doer> ...» («Why did the Muslims retreat?»)?"""
        tokens = [t for t in reading.tokens if t != "the"]
        if len(tokens) < 3 or tokens[0] != "why" or tokens[1] not in AUX:
            return False
        subject = tokens[2]
        if subject not in self.matcher.reader.name_tokens:
            subject = concept(subject)
        return subject in DOERS

    def choose(self, fact: Fact, part: Part) -> int | None:
        """The option the fact's answer supports (or, for «NOT», the one it does not)."""
        return choose_option(self.matcher, fact, part, self._typed)


def _past_of_today(refused: PartReply, reading: Reading) -> bool:
    """«What's the weather like there now, and when did the Prophet go there?»: after a
    question about today's Tabuk, one naming the Prophet or a subject of its own asks about
    the expedition, «there» being the same place fourteen centuries before."""
    return refused.outcome is EnglishOutcome.MODERN and (
        "prophet" in reading.terms or has_subject(reading)
    )
