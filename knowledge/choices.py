"""Multiple choice: the option a fact states, read from the stem and the pasted options.

The stem's fact decides when the engine answers the stem; else the engine's suggestions, then
each option read into the stem as a statement to judge. Options that name expeditions
(«بدر / أحد / تبوك») are chosen as a riddle is answered. An option is chosen only when a
checkable detail of the fact states it and no rival comes close; otherwise unsettled.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.analysis import other_event
from knowledge.answer_keys import SlotKind, counted, counted_kind, mentions, words_of
from knowledge.cloze import BLANK
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.form_replies import PartReply, Status
from knowledge.message import QUESTION_START, Form, Option, Part, has_question_word
from knowledge.message_options import option_as_claimed
from knowledge.models import AnswerType, Fact
from knowledge.ranking_focus import ORDER_WORDS
from knowledge.riddles import read_riddle
from knowledge.statement_words import find
from knowledge.statements import StatementJudge, negated, stem_of
from knowledge.stemming import is_stopword
from knowledge.tuning import CHOICE_MAX_UNEXPLAINED, OPTION_LEAD, OPTION_OVERLAP

# «جميع ما سبق»: chosen when every other option is stated by the fact.
_ALL_OF_ABOVE = re.compile(r"(جميع|كل)\s+(ما\s+سبق|ما\s+ذكر|الإجابات|الاجابات|ما تقدم)")
# «أي مما يلي لم يكن من أسباب …», «جميع ما يلي … عدا»: the stem asks for the one option
# that is not so. A list word («مما يلي», «الآتية») with a negation or an exception word.
_LISTED = re.compile(r"(ما\s+يلي|ما\s+ياتي|مما\s+يلي|مما\s+ياتي|الاتيه|التاليه)")
_EXCEPT = frozenset("لم ليس ليست لا عدا ماعدا باستثناء الا غير".split())
# «أي الغزوتين كانت أولًا / أسبق؟»: the stem asks an order, which no description answers.
_ORDER_ASKED = ORDER_WORDS | {"سبقت", "قبلها"}


class ChoiceAnswerer:
    """Chooses among pasted options with the engine, the statement judge and its verdicts."""

    def __init__(
        self,
        engine: AnswerEngine,
        judge: StatementJudge,
        true_false: Callable[[Part], PartReply],
    ) -> None:
        self._engine = engine
        self._judge = judge
        # the answerer's own reading of a statement («صحيح/خطأ»), for options put in the stem
        self._true_false = true_false

    def choose(self, part: Part) -> PartReply:
        """The option the fact states: by the stem's fact when the engine answers the stem,
        else by reading each option into the stem as a statement to judge. Options that
        name expeditions («بدر / أحد / تبوك») are chosen as a riddle is answered."""
        reply = self._engine.answer(part.text)
        if _ORDER_ASKED & set(words_of(part.text)) and not reply.answered:
            # «أي الغزوتين كانت أولًا؟»: an order, which no option's words settle
            return PartReply(part, reply, Status.NOT_ANSWERED)
        if asks_the_exception(part.text):
            return self._choose_exception(part, reply)
        by_name = self._choose_expedition(part)
        if by_name is not None:
            return by_name
        if reply.answered and reply.fact is not None:
            judged = self._choose(part, reply)
            if judged.status is Status.CHOICE:
                return self._narrowed(part, judged)
            if judged.status is Status.NO_OPTION:
                return judged
        elif reply.outcome is Outcome.SUGGEST:
            by_suggestions = self._choose_among(part, reply)
            if by_suggestions is not None:
                return by_suggestions
        # A question's options are answers: each is put in place of its question word
        # («مين الصحابي اللي قدم 950 جمل؟» + «عثمان» → «عثمان الصحابي اللي قدم 950 جمل»).
        by_statements = self._choose_by_statements(part)
        if by_statements is not None:
            return by_statements
        if reply.answered and reply.fact is not None:
            return PartReply(part, reply, Status.UNSETTLED, fact=reply.fact)
        return PartReply(part, reply, Status.NOT_ANSWERED)

    def _choose_exception(self, part: Part, reply: Reply) -> PartReply:
        """«أي مما يلي لم يكن من أسباب صعوبة التجهيز؟»: the option the fact about the stem
        does not state, when it states every other; never an option it states (that is the
        one answer the stem rules out), and unsettled when that is not clear."""
        fact = reply.fact if reply.answered else None
        if fact is None and reply.outcome is Outcome.SUGGEST and reply.suggestions:
            fact = reply.suggestions[0].fact
        if fact is None:
            return PartReply(part, reply, Status.NOT_ANSWERED)
        stem = " ".join(w for w in words_of(part.text) if w not in _EXCEPT)
        standing = [
            (option, self._option_standing(fact, option, stem))
            for option in part.options
            if not _ALL_OF_ABOVE.search(option.text)
        ]
        unstated = [o for o, (ruled_out, share) in standing if ruled_out or share < OPTION_OVERLAP]
        if len(unstated) == 1 and len(standing) > 2:
            found = Reply(Outcome.ANSWER, fact=fact)
            return PartReply(part, found, Status.CHOICE, fact=fact, choice=unstated[0])
        return PartReply(part, reply, Status.UNSETTLED, fact=fact)

    def _choose_expedition(self, part: Part) -> PartReply | None:
        """«… هي: بدر / أحد / تبوك»: the stem is a description; Tabuk's option when it fits
        Tabuk, Mu'tah's when it fits Mu'tah."""
        named = {
            option: words_of(option.text)
            for option in part.options
            if not _ALL_OF_ABOVE.search(option.text)
        }
        # (an option is read as «غزوة …»: «أحد» alone is Uhud among expeditions)
        if len(named) < 2 or not all(
            other_event(("غزوه", *words))
            or any("تبوك" in w or "موت" in w or "مؤت" in w for w in words)
            for words in named.values()
        ):
            return None
        riddle = read_riddle(
            Part(Form.RIDDLE, part.text, part.original), self._engine, self._judge
        )
        wanted = {Status.RIDDLE_TABUK: "تبوك", Status.RIDDLE_MUTAH: "موته"}.get(riddle.status)
        if wanted is None:
            return None
        chosen = [o for o, words in named.items() if any(wanted in w for w in words)]
        if len(chosen) != 1:
            return None
        return PartReply(part, riddle.reply, Status.CHOICE, fact=riddle.fact, choice=chosen[0])

    def _option_standing(self, fact: Fact, option: Option, stem: str) -> tuple[bool, float]:
        """(ruled out, share of the option's own words the fact states): a word counts as
        stated when the fact's text holds it or it is part of one of the key's values; an
        option is ruled out when it names a detail (a number, a person, «نصف ماله»...) the
        fact does not state."""
        claims = self._judge.claims(option_as_claimed(option.text, stem))
        contradicted = any(self._judge.check(fact, claim) <= 0 for claim in claims)
        numbers = [c for c in claims if c.number is not None]
        kind = next((k for w in words_of(stem) if (k := counted_kind(w)) is not None), None)
        given = counted(fact.answer)
        if numbers and kind is not None and any(k == kind for _, k in given):
            # «كم فرسًا قدم عثمان؟ 950 / 50»: 950 is his camels; the horses are 50
            contradicted = contradicted or any((c.number, kind) not in given for c in numbers)
        if numbers and not contradicted:
            main = {slot.number for slot in self._judge.slots(fact)}
            # Another report's figure (Uthman's 1,000 dinars) is not the text's answer.
            return False, 1.0 if all(c.number in main for c in numbers) else 0.3
        words = words_of(option.text)
        inside: set[int] = set()
        for slot in self._judge.slots(fact):
            if slot.kind is SlotKind.POLARITY:
                # «لم يقع قتال»: an option that claims the fighting is ruled out.
                if any(mentions(words, v, exact=True) for v in slot.values):
                    contradicted = contradicted or negated(words) != slot.negated
                continue
            for value in slot.values:
                span = find(words, value)
                if span is not None:
                    inside |= set(range(*span))
        # A rival value the fact does not state («ماله كله» for Uthman) is not stated, even
        # when its words appear elsewhere in the fact's text.
        unstated: set[int] = set()
        for claim in claims:
            span = find(words, claim.words) if claim.words else None
            if span is not None and self._judge.check(fact, claim) <= 0:
                unstated |= set(range(*span))
        stated = {stem_of(w) for w in words_of(f"{fact.answer} {fact.source}")}
        asked = {stem_of(w) for w in words_of(stem)}
        own = [
            (index, stem_of(word))
            for index, word in enumerate(words)
            if not is_stopword(word) and len(word) > 1 and not word.isdigit()
            and stem_of(word) not in asked
        ]  # fmt: skip
        if not own:
            return contradicted, 0.0
        covered = sum(
            index not in unstated and (index in inside or word in stated) for index, word in own
        )
        return contradicted, covered / len(own)

    def _choose(self, part: Part, reply: Reply) -> PartReply:
        fact = reply.fact
        assert fact is not None
        scored = [
            (option, *self._option_standing(fact, option, part.text))
            for option in part.options
            if not _ALL_OF_ABOVE.search(option.text)
        ]
        stated = [s for s in scored if not s[1] and s[2] >= OPTION_OVERLAP]
        every = next((o for o in part.options if _ALL_OF_ABOVE.search(o.text)), None)
        if every is not None and scored and len(stated) == len(scored):
            return PartReply(part, reply, Status.CHOICE, fact=fact, choice=every)
        if stated:
            best = max(s[2] for s in stated)
            leaders = [s for s in stated if s[2] == best]
            rivals = [s for s in scored if s not in leaders and not s[1]]
            if len(leaders) == 1 and all(s[2] <= best - OPTION_LEAD for s in rivals):
                return PartReply(part, reply, Status.CHOICE, fact=fact, choice=leaders[0][0])
            keyed = [s for s in leaders if self._is_key_value(fact, s[0])]
            if len(keyed) == 1 and len(leaders) == len(stated):
                # «أكيدر كان رئيس: أيلة / دومة الجندل / تبوك»: the fact's text names Tabuk too,
                # but its key gives Dumat al-Jandal as the answer.
                return PartReply(part, reply, Status.CHOICE, fact=fact, choice=keyed[0][0])
            return PartReply(part, reply, Status.UNSETTLED, fact=fact)
        if scored and all(s[1] for s in scored):
            return PartReply(part, reply, Status.NO_OPTION, fact=fact)
        return PartReply(part, reply, Status.UNSETTLED, fact=fact)

    def _narrowed(self, part: Part, chosen: PartReply) -> PartReply:
        """An option chosen by the overview («غزوة تبوك هي: … آخر غزوات النبي …») is shown
        with the fact that states it alone (the last expedition), when the option read into
        the stem is judged true by that fact; else as chosen."""
        if chosen.fact is None or chosen.fact.answer_type is not AnswerType.OVERVIEW:
            return chosen
        statement = None if chosen.choice is None else _statement(part.text, chosen.choice)
        if statement is None:
            return chosen
        verdict = self._true_false(Part(Form.TRUE_FALSE, statement, statement))
        if (
            verdict.status is not Status.VERDICT
            or not verdict.verdict
            or verdict.fact is None
            or verdict.fact.answer_type is AnswerType.OVERVIEW
        ):
            return chosen
        return PartReply(
            part, verdict.reply, Status.CHOICE, fact=verdict.fact, choice=chosen.choice
        )

    def _is_key_value(self, fact: Fact, option: Option) -> bool:
        """Whether the option is, word for word, one of the fact's key values (a place, a
        person, a share…), not only words its text happens to hold."""
        words = words_of(option.text)
        return any(
            find(words, value) == (0, len(words))
            for slot in self._judge.slots(fact)
            if slot.kind is not SlotKind.POLARITY
            for value in slot.values
        )

    def _choose_among(self, part: Part, reply: Reply) -> PartReply | None:
        """A stem the engine is unsure of («مين الصحابي اللي قدم 950 جمل و50 فرس؟»): the
        options are evidence too. Chosen when the engine's first suggestion states one option,
        or a later one that explains the stem (`CHOICE_MAX_UNEXPLAINED`) does («الروم عملوا
        إيه لما جيش المسلمين وصلهم؟»: of the Romans' facts, only their retreat states
        «تقهقروا …»), and no other suggestion states a different one. A fact the stem names
        someone against (`entity_conflict`) never settles them («مين اللي النبي سابه في
        المدينة؟» is not Ukaydir's fact, though it names «خالد»)."""
        choices = [
            (c, self._choose(part, Reply(Outcome.ANSWER, fact=c.fact))) for c in reply.suggestions
        ]
        chosen = [choice for _, choice in choices if choice.status is Status.CHOICE]
        if not chosen or any(choice.choice != chosen[0].choice for choice in chosen[1:]):
            return None
        return next(
            (
                choice
                for index, (candidate, choice) in enumerate(choices)
                if choice.status is Status.CHOICE
                and not candidate.entity_conflict
                and (index == 0 or candidate.unexplained <= CHOICE_MAX_UNEXPLAINED)
            ),
            None,
        )

    def _choose_by_statements(self, part: Part) -> PartReply | None:
        """Each option read into the stem («أعلن النبي التعبئة العامة ضد» + «الروم») and
        judged as a statement: chosen when it alone is true."""
        verdicts: list[tuple[Option, PartReply]] = []
        for option in part.options:
            if _ALL_OF_ABOVE.search(option.text):
                continue
            statement = _statement(part.text, option)
            if statement is None:
                return None  # a question word inside the stem: no place to put an answer
            verdicts.append(
                (option, self._true_false(Part(Form.TRUE_FALSE, statement, statement)))
            )
        true = [(o, v) for o, v in verdicts if v.status is Status.VERDICT and v.verdict]
        if len(true) == 1:
            option, verdict = true[0]
            return PartReply(part, verdict.reply, Status.CHOICE, fact=verdict.fact, choice=option)
        return None


def _statement(text: str, option: Option) -> str | None:
    """The option read into the stem as a statement («أعلن النبي التعبئة العامة ضد» +
    «الروم»; «مين الصحابي اللي قدم 950 جمل؟» + «عثمان» → «عثمان الصحابي اللي قدم 950 جمل»);
    None when a question word inside the stem leaves no place for it."""
    stem = text.rstrip(" :：؟?")
    asking = QUESTION_START.match(stem)
    if BLANK in stem:
        return stem.replace(BLANK, option.text, 1)
    if asking is not None:
        return f"{option.text} {stem[asking.end() :].strip()}"
    if has_question_word(stem):
        return None
    return f"{stem} {option.text}"


def answer_in_stem(text: str, answer: str) -> str | None:
    """An answer read into its question as a statement, as an option is (`_statement`)."""
    return _statement(text, Option("", answer))


def asks_the_exception(stem: str) -> bool:
    """Whether a stem asks for the option that is not so («أي مما يلي لم يكن من أسباب …»,
    «كل ما يلي من نتائج الغزوة عدا»): a list word and, after it, a negation or «عدا»."""
    text = " ".join(words_of(stem))
    listed = _LISTED.search(text)
    return listed is not None and bool(_EXCEPT & set(text[listed.end() :].split()))
