"""An English message in, a decision per part out: answers, true/false verdicts, choices.

The matcher (knowledge/english.py) decides which fact a part asks for; this module reads the
message's forms (knowledge/english_forms.py) and answers its questions; a blank, a statement
or a choice is settled against that fact's English answer (knowledge/english_exercise_parts.py),
a riddle by the fact its description tells of (knowledge/english_riddle_answers.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from knowledge.english import EnglishMatcher
from knowledge.english_antecedent import named_antecedent, with_answered_person
from knowledge.english_asking import words_in
from knowledge.english_bare_why import reason_already_given
from knowledge.english_battle_asked import battle_described
from knowledge.english_choice import choose as choose_option
from knowledge.english_counted_back import counted_back
from knowledge.english_cues import (
    AUX,
    DEMONSTRATIVE,
    DOERS,
    PEOPLE_PRONOUN,
    PERSONAL_PRONOUN,
    PLURAL_PRONOUN,
    PRONOUN,
    THING_PRONOUN,
    VERIFY,
    courtesy_of,
    follows_on,
    has_subject,
    points_back,
    reported_claim,
    with_context,
)
from knowledge.english_data import EnglishBase
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_doers import same_doer
from knowledge.english_doubted import without_doubted
from knowledge.english_event_kind import kind_asked
from knowledge.english_exercise_parts import answer_exercise
from knowledge.english_expeditions import expedition_riddle
from knowledge.english_fear_roles import fear_turned
from knowledge.english_forms import (
    Form,
    Part,
    split_message,
)
from knowledge.english_key_checks import answered_key
from knowledge.english_lexicon import (
    TYPED_WORDS,
    VALUE_CLASSES,
    WH_WORDS,
)
from knowledge.english_listed_aspects import listed_aspects
from knowledge.english_listed_names import names_too_few
from knowledge.english_mutah import MUTAH
from knowledge.english_nearest import asks_only_back, pointed_sentence
from knowledge.english_pointers import asks_source_on_claim, quoted_question, riddle
from knowledge.english_preparation import prepare_english_and_keeping_key
from knowledge.english_reply import EnglishReply, PartAnswer
from knowledge.english_riddle_answers import expedition_answer, pointed_answer, riddle_answer
from knowledge.english_rulers import ruler_of_others
from knowledge.english_rules import (
    COMMON_NAMES,
    asks_definition,
)
from knowledge.english_statement_reading import asked_persons_own
from knowledge.english_stems import unsettled_choice
from knowledge.english_text import Reading, concept
from knowledge.english_titles import titled_answer
from knowledge.english_told_time import untimed_reason
from knowledge.english_turned_topic import turned_to_tabuk
from knowledge.english_unpointed import agreed_alone, pointless, unpointed
from knowledge.english_untold import untold_detail
from knowledge.english_verdict import EnglishVerdicts
from knowledge.english_verse_context import verse_pointed
from knowledge.gaps import KnownGap
from knowledge.lexicon import QuestionType
from knowledge.models import Fact
from knowledge.tuning import (
    EN_ECHO_MAX_WORDS,
    EN_GUESS_MAX_WORDS,
)

# Some of a side, told of in a story: «some companions», «a group of hypocrites».
_SUBSET = re.compile(
    r"\b(?:some|(?:a\s+)?few|several|(?:a\s+)?group\s+of|(?:a\s+)?number\s+of|certain)\s+"
    r"(?:of\s+the\s+)?"
    r"(?:companions|sahaba|muslims|believers|hypocrites|men|people|poor)\b"
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
            return EnglishReply(
                (expedition_answer(self.matcher, self.known_gap, text, expedition),)
            )
        # (a quiz card's furniture, a forwarded claim, word order: english_preparation.py)
        prepared, key_kept = prepare_english_and_keeping_key(text)
        # «Q3: When …? Key: Rajab, 9 AH. Is that right?»: the key judged by the question's fact;
        # a key it cannot judge stays set aside and the question is answered alone.
        keyed = answered_key(
            self.matcher, self._typed, key_kept, lambda p: self._answer_part(p, None), self.verdict
        )
        if keyed is not None:
            return EnglishReply((keyed,))
        text = prepared
        described = riddle(text)
        if described is not None:
            # «I am a Roman emperor. I paid my soldiers ... Who am I?»: one question.
            solved = riddle_answer(self.matcher, Part(text), described)
            # «I was the king of the Ghassanids … Who am I?» is not another people's ruler.
            ruled = ruler_of_others(self.matcher, solved.decision)
            return EnglishReply((replace(solved, decision=ruled),))
        split = split_message(text)
        answers: list[PartAnswer] = []
        context: Reading | None = None
        if split.preamble:
            # «My notes say Usman gave 1000 dinars ... What exactly did he give?»
            # «We studied Mu'tah yesterday. Today the topic is Tabuk. Who led …?»: the
            # battle the story turned to, not the one it left (english_turned_topic.py).
            turned = turned_to_tabuk(
                split.preamble, self.matcher.reader.read, self.matcher.refusals.other_event
            )
            context = self.matcher.reader.read(turned)
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
                pointed = pointed_answer(self.matcher, part, told, source_kind)
                checked = pointed if pointed.answered else None
            quoted = quoted_question(part.text, split.preamble)
            if checked is None and quoted is not None:
                # «the question was 'Which companion ...?' I answered Abu Bakr. Who was it?»
                checked = pointed_answer(self.matcher, part, quoted, None)
            context = with_answered_person(self.matcher, context, answers, part.text)
            named = self._named_back(part, answers)
            if not answers:
                # «… faced three kinds of hardship. What were they?» (english_counted_back.py)
                counted = counted_back(part.text, split.preamble)
                named = replace(part, text=counted) if counted else named
            # «he reckons Khalid led it. Who actually led it?»: not Khalid's own fact
            told_context = (
                context
                if answers
                else without_doubted(self.matcher.reader, context, split.preamble, part.text)
            )
            answer = checked or self._answer_part(
                named, self._pointed(part, split.preamble, answers, told_context)
            )
            if answer.part is named and named is not part:
                answer = replace(answer, part=part)  # (shown as the user typed it)
            answer = unsettled_choice(self.matcher, answer)
            if answers and answers[-1].answered:
                answer = self._why_told(answer, answers[-1])
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
                and (
                    self._defined_by(answers[-1], answer)
                    or _what_and_why(
                        answers[-1], self.matcher.reader.read(answers[-1].part.text), answer
                    )
                )
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

    def _knows_carried(self, alone: PartReply, own: Reading, carried: PartReply) -> bool:
        """Does the fact answering a part alone know the names the part took from the part
        before (the Romans, al-Sham), Tabuk and the Prophet aside?"""
        if alone.fact is None or carried.reading is None:
            return True
        names = self.matcher.reader.name_tokens - {"tabuk", "prophet"}
        taken = (t for t in carried.reading.terms if t in names and t not in own.terms)
        return all(self.matcher.knows(alone.fact.id, t) for t in taken)

    def _why_told(self, answer: PartAnswer, previous: PartAnswer) -> PartAnswer:
        """«Did they fight at Tabuk? If not, why not?»: the reason the answer just given tells."""
        english = self.matcher.english(previous.fact.id) if previous.fact else None
        if english is None:
            return answer
        told = reason_already_given(
            answer.decision, answer.part.text, previous.decision, english.answer
        )
        return answer if told is answer.decision else replace(answer, decision=told)

    def _pointed(
        self, part: Part, preamble: str, answers: list[PartAnswer], context: Reading | None
    ) -> Reading | None:
        """The context of a first part asking only «What was it?» after a story: the story's
        last sentence, which «it» points back to."""
        if answers or not preamble:
            return context
        if not asks_only_back(self.matcher.reader.read(part.text), part.text):
            return context
        return self.matcher.reader.read(pointed_sentence(preamble))

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

    def _answer_part(self, part: Part, context: Reading | None) -> PartAnswer:
        exercise = answer_exercise(self.matcher, part, self.choose, self.verdict)
        if exercise is not None:
            return exercise
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
                # give?» after «notes say 1000 dinars» asks the gift, not the 1000. A number no
                # fact knows («insisting the Muslims were only 3,000 … how many were they
                # actually?») is the asker's doubted figure, which no answer explains:
                # carried, it left the count asked back.
                entities |= {
                    t for t in context.terms if t.isdigit() and t in self.matcher.vocabulary
                }
                if _SUBSET.search(context.normalized):
                    # «Some companions wept because they had no mounts. How many were they?»:
                    # the count of a few of them, which no fact states; with «companions»
                    # carried, the whole army's size was the confident answer.
                    entities = entities - DOERS
            if not has_subject(decision.reading) and DEMONSTRATIVE.search(part.text):
                # (Reading «What were they?» after any story with all the story's words, not
                # only its names, was tried: on held-out it lost a right answer.)
                entities = entities | frozenset(context.terms)
            if decision.reading.question_type is QuestionType.REASON and not [
                t for t in decision.reading.terms if t != "not"
            ]:
                # «What did the Prophet announce in Rajab and why?»: a bare «why» asks the
                # reason of the deed the question before asked, not only of the people and
                # places it named (alone, «why did the Prophet» is anything). («… and
                # when?» stays with the subject: the time of the deed is the expedition's.)
                entities = entities | frozenset(context.terms)
            if "tabuk" in decision.reading.terms:
                # «Who led the Muslims at Mu'tah, and who led them at Tabuk?»: a part naming
                # Tabuk asks the same of Tabuk, not of the battle the part before named.
                entities = entities - {MUTAH}
            own = decision.reading
            carried = unpointed(
                self.matcher.decide_reading(with_context(own, context, entities)), own
            )
            agreed = agreed_alone(carried, decision, part.text)
            if agreed is not carried and not self._knows_carried(agreed, own, carried):
                # «What did the Romans gather in Syria? Who paid for it?»: alone, «Who paid
                # for it?» is the Companions' gifts, which know nothing of the Romans the
                # part points back to; the part stays asked back.
                agreed = carried
            decision = agreed
        # «Why did the Prophet announce the mobilisation in Rajab?»: the month only places it.
        decision = untimed_reason(self.matcher, decision)
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
        # «Were the Romans afraid of the Muslims?» is not the Arabs' fear of the Romans.
        decision = fear_turned(self.matcher, part.text, decision)
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
        if WH_WORDS & set(words):
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
        if not part.text.rstrip().endswith("?") or WH_WORDS & set(words_in(part.text)):
            return False
        alone = self.matcher.decide(part.text)
        return not alone.answered or (alone.fact is not None and alone.fact == previous.fact)

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


def _what_and_why(previous: PartAnswer, asked: Reading, answer: PartAnswer) -> bool:
    """«She said the army had a special nickname. What was it and why was it called that?»: a
    bare «What was it» asked back, joined by «and» to a «why» about the same «it» that was
    answered: one question, whose answer tells both what it was and why (en68; cut in two,
    the first half was asked back and the message missed)."""
    reading = answer.decision.reading
    if previous.answered or not asks_only_back(asked, previous.part.text):
        return False
    if not answer.answered or reading is None or not THING_PRONOUN.search(answer.part.text):
        return False
    return reading.question_type is QuestionType.REASON


def _past_of_today(refused: PartReply, reading: Reading) -> bool:
    """«What's the weather like there now, and when did the Prophet go there?»: after a
    question about today's Tabuk, one naming the Prophet or a subject of its own asks about
    the expedition, «there» being the same place fourteen centuries before."""
    return refused.outcome is EnglishOutcome.MODERN and (
        "prophet" in reading.terms or has_subject(reading)
    )
