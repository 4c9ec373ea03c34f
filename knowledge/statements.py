"""Judging a statement against the facts: «صحيح», «خطأ», or not settled.

A statement names details (a month, a year, a number, a person, a people…). Each detail is
left out and asked for («خرج الجيش في رمضان» -> «متى خرج الجيش في»): the fact the engine
answers with is the one the statement is about, and its answer key says whether that detail
is the one it states. «خطأ» needs a contradicted detail; «صحيح» needs every detail stated and
nearly all the other words in the fact's text. Anything less is not settled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from knowledge.abd_names import names_another_abd
from knowledge.affirmed_denials import affirmed_denial
from knowledge.after_the_last import after_the_last, another_the_last
from knowledge.agreed_denials import agreed_denial
from knowledge.allies import ally_across
from knowledge.answer_keys import (
    AnswerKeys,
    Slot,
    SlotKind,
    core_word,
    load_answer_keys,
    longest_first,
    words_of,
)
from knowledge.bounded_figures import bound_as_exact
from knowledge.claim_reading import Claim, read_claims
from knowledge.claim_scope import affirmed, denies_itself, set_aside, states_undenied
from knowledge.compared_claims import compared_head
from knowledge.contradictions import (
    contradicts,
    opposes,
    opposite_words,
    other_count,
    out_of_order,
)
from knowledge.contrary_deeds import contrary_deed, denied_contrary
from knowledge.contrast_tails import contrasted_head
from knowledge.correction_checks import CorrectionChecks
from knowledge.denied_deeds import denied_deed
from knowledge.denied_lead import denied_lead
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.event_identity import named_as_another_event, named_as_tabuk
from knowledge.fact_checks import SIDES, FactChecks, in_passing
from knowledge.lexicon import QUESTION_WORDS
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.only_claims import only_one_of_several
from knowledge.outside_the_expedition import judges_outside
from knowledge.pronoun_owners import owner_swapped
from knowledge.side_by_side import side_by_side
from knowledge.statement_coverage import StatementCoverage
from knowledge.statement_masking import co_listed, masked_question
from knowledge.statement_persons import per_person
from knowledge.statement_polarity import PolarClaims
from knowledge.statement_sides import (
    fled_before_its_side,
    names_its_side,
    only_claimed_words,
    other_side_stated,
    sides_swapped,
)
from knowledge.statement_words import (
    camped_verb,
    leading_clause,
    ma_joining,
    negated,
    other_surah,
    unglued,
)
from knowledge.stemming import is_stopword, stem
from knowledge.time_frames import in_time_frame
from knowledge.tuning import (
    CLAIMS_CACHE_SIZE,
    WHOLE_STATEMENT_COVERAGE,
)
from knowledge.unsettled import claims_more, doer_elsewhere
from knowledge.unsure_corrections import correction_among_candidates
from knowledge.verse_claims import quoting_verses, verse_misplaced
from knowledge.verse_elsewhere import verse_elsewhere
from knowledge.whole_sura import part_for_the_whole

# Details whose other value makes a statement false whatever the wording around them.
EXACT = frozenset({SlotKind.NUMBER, SlotKind.YEAR, SlotKind.MONTH})

# «عثمان بس هو اللي اتبرع ومحدش غيره»: only him, no one else, which a fact offered beside
# others never states by naming him.
_ONLY = frozenset(words_of("بس فقط وحده لوحده بمفرده غيره غيرهم سواه سواهم"))

# Peoples named in a riddle («قريش», «هوازن»): one no Tabuk fact names rules Tabuk out.
PEOPLE = frozenset({SlotKind.PARTY})


@dataclass(frozen=True, slots=True)
class Judgement:
    """A statement's verdict (None: not settled), the fact it rests on, and the engine's
    reply for that fact. (Not settled with a fact: the fact the statement is about, shown
    after «لا أستطيع أن أحكم»: a bare figure the fact gives only as a bound.)"""

    verdict: bool | None
    fact: Fact | None
    reply: Reply


class StatementJudge:
    """Checks statements, options and claims against the facts' answer keys."""

    def __init__(self, engine: AnswerEngine, keys: AnswerKeys | None = None) -> None:
        self._engine = engine
        self._keys = keys or load_answer_keys()
        # A claim against one fact, and the slots a fact states (knowledge/fact_checks.py):
        # bound once, not wrapped, since riddles and options call them for many facts.
        checks = FactChecks(self._keys, engine.facts)
        self.slots: Callable[[Fact], tuple[Slot, ...]] = checks.slots
        self.check: Callable[[Fact, Claim], int] = checks.check
        # (over the engine's facts, through an index: see FactChecks.may_differ)
        self.may_differ: Callable[[Claim], list[Fact]] = checks.may_differ
        self.best_check: Callable[[Claim, frozenset[str]], int] = checks.best_check
        self._claims: dict[str, tuple[Claim, ...]] = {}
        # Whether a fact corrects or states a claimed detail (knowledge/correction_checks.py),
        # as the judge's own methods: bound once, since options and riddles call them too.
        corrections = CorrectionChecks(engine, self._keys, checks)
        self.paired_elsewhere = corrections.paired_elsewhere
        self.no_correction = corrections.no_correction
        self.someone_s_own_part_differs = corrections.someone_s_own_part_differs
        self.own_fact_silent = corrections.own_fact_silent
        self.stated_by_a_part = corrections.stated_by_a_part
        self.of_another = corrections.of_another
        self.holds = corrections.holds
        # (the only facts verse_misplaced() can find: the engine's facts do not change)
        self._verses = quoting_verses(engine.facts)
        self._longest_first = {kind: longest_first(v) for kind, v in self._keys.rivals.items()}
        # From the keys, which never change: the first names of the people they know as rivals.
        self._first_names = frozenset(
            value[0] for value in self._keys.rivals.get(SlotKind.PERSON, ())
        )
        # Whether facts state the rest of a statement (knowledge/statement_coverage.py), as
        # the judge's own method: bound once, not wrapped, since it runs several times a part.
        self.covers = StatementCoverage(engine, self.slots, self._first_names).covers
        self._polarity = PolarClaims(engine, self._keys, self.slots, self.claims, self.covers)

    @property
    def keys(self) -> AnswerKeys:
        return self._keys

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self._engine.facts

    def claims(self, text: str) -> list[Claim]:
        """Every checkable detail a text names: months, years, numbers, people, places...
        Read once per text: a message's part is read for its claims up to three times (the
        judge, the coverage check, the options)."""
        found = self._claims.get(text)
        if found is None:
            found = tuple(
                read_claims(text, self._keys.rivals.get(SlotKind.MONTH, ()), self._longest_first)
            )
            if len(self._claims) >= CLAIMS_CACHE_SIZE:
                self._claims.pop(next(iter(self._claims)))
            self._claims[text] = found
        return list(found)

    def judge(self, statement: str) -> Judgement:
        """`_judged`, unsettled when the fact judging it tells only the course of the
        expedition and the statement is placed after it («هاجم الروم المدينة بعد
        غزوة تبوك»: knowledge/outside_the_expedition.py), or when it only places a noun
        beside a name that the fact does not link to it (neither «صحيح» nor «خطأ»)."""
        statement = unglued(statement)  # («عند دومةالجندل»: two words, one typed)
        statement = ma_joining(statement)  # («بعد ما تراجع الروم»: «after», no denial)
        statement = camped_verb(statement)  # («عسكر الجيش عند …»: camped, not soldiers)
        judged = self._judged(statement)
        if judged.verdict is not False and (swapped := self._owner_swapped(statement, judged)):
            # «حقن النبي دم خالد»: the fact's «دمه» is Ukaydir's (knowledge/pronoun_owners.py)
            return Judgement(False, swapped, Reply(Outcome.ANSWER, fact=swapped))
        if (
            judged.verdict is not None
            and judged.fact
            and not judges_outside(statement, judged.fact)
        ):
            return Judgement(None, None, self._engine.answer(statement))
        if judged.verdict and judged.fact and part_for_the_whole(statement, judged.fact):
            # «نزلت سورة التوبة في غزوة تبوك»: the fact tells verses of it, not the sura
            # (knowledge/whole_sura.py); not settled, the fact shown
            return Judgement(None, judged.fact, Reply(Outcome.ANSWER, fact=judged.fact))
        if judged.verdict is not None and names_another_abd(words_of(statement)):
            # «عبد الله بن عمر في تبوك»: someone the text never names, read as Umar or as
            # Abd al-Rahman by the words they share (knowledge/abd_names.py): not settled
            return Judgement(None, None, self._engine.answer(statement))
        if judged.verdict is not None and judged.fact and side_by_side(statement, judged.fact):
            # «هرقل السنة التي وقعت فيها الغزوة»: a name beside a noun the fact does not say
            # of it (knowledge/side_by_side.py) claims nothing it confirms or corrects.
            return Judgement(None, None, self._engine.answer(statement))
        return judged

    def _owner_swapped(self, statement: str, judged: Judgement) -> Fact | None:
        """The fact the statement was judged by (else the engine's fact for it) when the
        statement gives a noun that fact writes with «his» to another person it names."""
        fact = judged.fact
        if fact is None:
            whole = self._engine.answer(statement)
            fact = whole.fact if whole.answered else None
        if fact is not None and owner_swapped(fact, statement, self._first_names):
            return fact
        return None

    def _judged(self, statement: str) -> Judgement:
        """`_judge`, and «خطأ» for a statement that, with each word put as its opposite
        («قريبة» → «بعيدة», «سهلة» → «شاقة»), is stated in full (by that fact)."""
        if (head := contrasted_head(statement, self.claims)) is not None:
            # «عمر قدم نص ماله مو كله»: the value denied after it is set against the head's
            return self._judged(head)
        if (compared := compared_head(statement)) is not None:
            # «جيش تبوك كان 3000 بس زي جيش مؤتة»: the head false, the whole is; a head
            # true beside an event the text never tells of is no «صحيح» (compared_claims.py)
            before = self._judged(compared[0])
            if before.verdict is False:
                return before
            if before.verdict and compared[1]:
                return Judgement(None, None, self._engine.answer(statement))
        if (ally := ally_across(statement, self._engine.facts)) is not None:
            return Judgement(False, ally, Reply(Outcome.ANSWER, fact=ally))
        facts = self._engine.facts
        if last := after_the_last(statement, facts) or another_the_last(statement, facts):
            # «تبوك آخر غزوات النبي وبعدها فتح مكة»: no expedition came after the last
            return Judgement(False, last, Reply(Outcome.ANSWER, fact=last))
        if (named := named_as_another_event(self._engine, statement)) is not None:
            # «جيش العسرة هو جيش الخندق»: Tabuk's own name said to be another event's
            return Judgement(False, named, Reply(Outcome.ANSWER, fact=named))
        if (same := named_as_tabuk(self._engine, statement)) is not None:
            # «غزوة العسرة هي غزوة تبوك»: the expedition's other name, which the text gives
            return Judgement(True, same, Reply(Outcome.ANSWER, fact=same))
        if (only := only_one_of_several(self, self._engine, statement)) is not None:
            return only  # («عثمان بس هو اللي اتبرع»: the text lists others: only_claims.py)
        judged = self._judge(statement)
        if judged.verdict is None:
            judged = self._denial(statement) or judged
        if judged.verdict is None:
            judged = denied_deed(self, self._engine, statement) or judged
        if judged.verdict is None:
            judged = affirmed_denial(self._engine, statement) or judged
        if judged.verdict is None:
            judged = agreed_denial(self, self._engine, statement) or judged
        if judged.verdict is None and (first := leading_clause(statement)) is not None:
            # «مؤتة صارت بعد تبوك وكانت آخر غزوة»: a false first clause makes the whole false
            lead = self._judge(first)
            judged = lead if lead.verdict is False else judged
        if judged.verdict is None and (denied := denied_lead(statement)) is not None:
            # «النبي ما أعلن عن الغزوة وخرج بالجيش سرًّا»: the denied first clause is false
            # (knowledge/denied_lead.py); the whole is, whatever the second clause claims
            opening = self._denial(denied)
            judged = opening if opening is not None and opening.verdict is False else judged
        # (also when judged true: «سمي الجيش جيش العسرة لقلة جنوده» holds the fact's words)
        if judged.verdict is not False and (other := contrary_deed(self, self._engine, statement)):
            return Judgement(False, other, Reply(Outcome.ANSWER, fact=other))
        if judged.verdict is None and (fled := fled_before_its_side(self._keys, facts, statement)):
            return Judgement(False, fled, Reply(Outcome.ANSWER, fact=fled))  # (who retreated)
        if judged.verdict is None and (elsewhere := verse_elsewhere(statement, self._judge)):
            return Judgement(False, elsewhere[0].fact, elsewhere[0].reply)
        if judged.verdict is None and (cited := verse_misplaced(self._verses, statement)):
            return Judgement(False, cited, Reply(Outcome.ANSWER, fact=cited))
        flipped = opposite_words(statement)
        if flipped == statement or negated(words_of(statement)):
            # (a word put as its opposite under a denial says the same: «لم يكن سهلا» is
            # «شاق»; the fact stating «لم يكن … شاقا»'s words makes no «خطأ» of it)
            return judged
        # (also when judged true: «حاول المنافقون تشجيع المقاتلين» is «صحيح» only by the
        # word the base does not know, excused as a slip; its opposite is what is stated)
        # Also when already false: «بلاد الروم قريبة … وسهلة الوصول» is false by «not easy»
        # too, but the fact that states it in full (the distance) is the correction to show.
        opposite = self._judge(flipped)
        if opposite.verdict is True:
            return Judgement(False, opposite.fact, opposite.reply)
        sensed = self._opposite_sense(statement, flipped) if judged.verdict is None else None
        return sensed or judged

    def _opposite_sense(self, statement: str, flipped: str) -> Judgement | None:
        """«خطأ» for «كانت المسافة … قصيرة»: with the text's word, it is about a fact that states
        that word, never the one typed, and no detail it names nor a denial says otherwise."""
        reply, whole = self._engine.answer(flipped), self._engine.answer(statement)
        fact = reply.fact if reply.answered else None
        if fact is None and reply.outcome is Outcome.SUGGEST:
            # («كان التجهيز في وقت رخا وخير بزاف»: unsure, but of the facts offered for it put
            # as the text's words, one alone states every word put so: the hardship fact)
            stating = [
                c.fact
                for c in reply.suggestions
                if opposes((c.fact.answer, c.fact.source), statement, flipped)
            ]
            if len(stating) == 1:
                fact, reply = stating[0], Reply(Outcome.ANSWER, fact=stating[0])
        if (
            fact is None
            or (whole.answered and whole.fact != fact)
            or negated(words_of(statement))
            or not opposes((fact.answer, fact.source), statement, flipped)
            or any(self.check(fact, claim) < 0 for claim in self.claims(statement))
        ):
            return None
        return Judgement(False, fact, reply)

    def _denial(self, statement: str) -> Judgement | None:
        """«خطأ» for «لم يعقد النبي أي معاهدة»: stated in full without its denial, by a fact
        that does not deny it itself."""
        if (agreed := denied_contrary(self, self._engine, statement)) is not None:
            return Judgement(True, agreed, Reply(Outcome.ANSWER, fact=agreed))
        found = affirmed(statement, self.claims(statement))
        yes = self._judge(found[0]) if found else None
        if not found or not yes or not yes.verdict or not yes.fact:
            return None
        if contrary_deed(self, self._engine, found[0]) is not None:
            return None  # («المنافقون لم يخرجوا»: the deed denied is the one they did not do)
        # (a fact that denies something itself, «لم يشأ … أن يهاجمهم», may deny in its words
        # what the statement denies in others, «ما لحق الروم»: the two agree, never «خطأ»)
        # («الروم ما انسحبوا»: the surprise fact denies the Romans' expecting, not their
        # retreat, which it states undenied: the statement says the opposite)
        if denies_itself(yes.fact, found[1]) or (
            negated(words_of(yes.fact.answer)) and not states_undenied(yes.fact, found[1])
        ):
            return None
        return Judgement(False, yes.fact, yes.reply)

    def _judge(self, statement: str) -> Judgement:
        """«صحيح» only when one fact states every detail the statement names and the rest of
        its words; «خطأ» only when the statement names a detail (a month, a number, a
        person...) that contradicts the fact about the same thing; otherwise not settled.

        A statement about several people («أبو بكر قدم نصف ماله وعمر قدم ماله كله») is judged
        person by person: the list of gifts names both shares, but not who gave which."""
        pieces = per_person(statement, self.claims)
        if len(pieces) < 2:
            return self._judge_one(statement)
        judged = [self._judge_one(piece) for piece in pieces]
        false = next((one for one in judged if one.verdict is False), None)
        if false is not None:
            if not only_claimed_words(pieces[1:], self.claims):
                return false
            whole = self._judge_one(statement)  # («وعمر ماله كله»: the whole's correction)
            return whole if whole.verdict is False else false
        if all(one.verdict for one in judged):
            return judged[0]
        return Judgement(None, None, self._engine.answer(statement))

    def _judge_one(self, statement: str) -> Judgement:
        claims = self.claims(statement)
        words = words_of(statement)
        denied = negated(words)
        false: list[tuple[Fact, Reply]] = []
        true: list[tuple[Fact, Reply]] = []
        about_person: list[tuple[Fact, Reply]] = []
        whole = self._engine.answer(statement)
        about = self._about(whole)
        facts = self._engine.facts
        # (a claimed detail the text does not state, asked: corrections the engine was
        # unsure of do not stand against it)
        gap_asked = whole.outcome is Outcome.GAP
        unsure: list[tuple[Fact, Reply]] = []
        # Ask for each claimed detail with the detail left out: the fact that answers that
        # question is the one the statement is about.
        for claim in claims if not denied else ():
            if in_time_frame(claim, words):
                continue  # («قبل وصول المسلمين»: when it happened, not who did it)
            # («تبرع عثمان وعبد الرحمن بن عوف»: each person of a list joined by «و» is asked
            # without the others too, else another's own fact would answer for him)
            asked = masked_question(statement, claim, co_listed(words, claim, claims))
            if asked is None:
                continue
            reply = self._engine.answer(asked)
            gap_asked = gap_asked or reply.outcome is Outcome.GAP
            if reply.answered and reply.fact is not None:
                check = self.check(reply.fact, claim)
                if check < 0 and self.stated_by_a_part(reply.fact, claim):
                    # «عثمان جاب ألف دينار»: the list of gifts gives 950 camels, but the
                    # fact about Uthman's own gift also gives the narration of 1000 dinars.
                    continue
                if (
                    check < 0
                    and names_its_side(self.slots, reply.fact, claim, words)
                    and not sides_swapped(self._keys, reply.fact, statement)
                ):
                    # «خرج المسلمون لملاقاة الروم»: asked «من خرج … لملاقاة الروم», the enemy
                    # fact names the Romans, which the statement names too: the Muslims are
                    # the other side, not a side put in the Romans' place.
                    continue
                if (
                    check < 0
                    and claim.kind in SIDES
                    and about
                    and reply.fact.id not in about
                    and set_aside(claim, words, self._keys, about)
                ):
                    # «وأوقعوا بجيش المسلمين في غزوة مؤتة»: with «مؤتة» left out the question
                    # is about Tabuk's place; the statement as a whole is about another fact,
                    # which that place does not contradict. Not a place where the statement has
                    # the Prophet do what the fact it is about has someone else do there («عسكر
                    # النبي … في دومة الجندل»): the same test as for a question left unsure below.
                    continue
                if check < 0 and self.no_correction(reply.fact, claim, statement, claims):
                    continue  # (an ally, a head acting for his town, an own fact silent)
                if check < 0 and other_side_stated(reply.fact, claim, claims, self.slots, facts):
                    check = 0  # (each side named does its own deed)
                if check < 0 and claim.kind is SlotKind.PERSON and _thin(asked):
                    # «خالد بن الوليد كان قائد»: asked «من كان قائد», the leader of the
                    # expedition; a role with nothing it is held of says no more than that
                    # Khalid led someone, which no fact denies
                    continue
                if check < 0:
                    false.append((reply.fact, reply))
                    if claim.kind is SlotKind.PERSON:
                        about_person.append(false[-1])
                elif (
                    check > 0
                    # (the Prophet named in passing, left out, asks nothing of him: «من بعد
                    # غزوة تبوك غزا …» finds the delegations; only what it is about may confirm)
                    and (not about or reply.fact.id in about or not in_passing(claim))
                    and all(self.holds(reply.fact, c, words) for c in claims)
                    and self.covers(reply.fact, statement, claims, strict=True)
                ):
                    true.append((reply.fact, reply))
            elif reply.outcome is Outcome.SUGGEST:
                # Unsure which fact (knowledge/unsure_corrections.py)
                fact = correction_among_candidates(
                    self, statement, claim, claims, words, reply, about, whole
                )
                if fact is not None:
                    false.append((fact, reply))
                    unsure.append(false[-1])
        if gap_asked and unsure:
            # «رجع النبي إلى المدينة في رمضان»: asked when he came back, the text says
            # nothing (a known gap); a candidate naming another place is no correction of
            # a detail the text leaves unsaid, whichever fact the engine was unsure about.
            false = [pair for pair in false if pair not in unsure]
        polar = self._polarity.judge(statement)
        # (whether the statement claims a yes/no detail no fact settles: asked up to three times)
        unchecked = self._polarity.unchecked(words)
        if polar is not None:
            if polar[0]:
                true.append((polar[1], polar[2]))
            else:
                # («انتهت غزوة تبوك بمعركة كبيرة انتصر فيها المسلمون»: the fighting is what it
                # claims; the fact denying it is the correction shown, before a party's fact)
                false.insert(0, (polar[1], polar[2]))
        elif unchecked:
            # «هاجم النبي الروم …»: a claim of fighting no fact settled here.
            true = []
        if not false and not true and whole.answered and whole.fact is not None:
            # The statement as a whole is about one fact: false when it names another
            # number, month or year than that fact gives; true when the fact states every
            # detail it names and nearly all its words.
            checks = [self.check(whole.fact, claim) for claim in claims]
            exact = [c for c, claim in zip(checks, claims, strict=True) if claim.kind in EXACT]
            # («سقط في مؤتة قائدان»: a count of a thing the fact counts, «القواد الثلاثة»,
            # that is not the fact's count of it)
            if (
                any(check < 0 for check in exact)
                or out_of_order(whole.fact.answer, statement)
                or other_count(whole.fact.answer, statement)
            ):
                false.append((whole.fact, whole))
            elif (
                all(self.holds(whole.fact, claim, words) for claim in claims)
                and not (denied and polar is None)
                and (polar is not None or not unchecked)
                and self.covers(
                    whole.fact, statement, claims, WHOLE_STATEMENT_COVERAGE, strict=True
                )
            ):
                true.append((whole.fact, whole))
        if not false and not true and whole.outcome is Outcome.SUGGEST and whole.suggestions:
            # «من أسباب غزوة تبوك اعتداء الروم … على سفير النبي»: the engine hesitates, but
            # the fact it offers first states every detail and nearly every word.
            # («أعلن النفير لتبوك في رجب سنة تسع»: or the one fact offered that does, the
            # call to arms, which alone says «النفير»)
            stating = [
                offered.fact
                for offered in whole.suggestions
                if claims
                and not denied
                and not unchecked
                and all(self.holds(offered.fact, claim, words) for claim in claims)
                and self.covers(
                    offered.fact, statement, claims, WHOLE_STATEMENT_COVERAGE, strict=True
                )
            ]
            first = whole.suggestions[0].fact
            if stating and (
                stating[0] == first or (len(stating) == 1 and _ONLY.isdisjoint(words))
            ):
                true.append((stating[0], Reply(Outcome.ANSWER, fact=stating[0])))
        if not false and true and other_surah(true[0][0], words):
            # «… الآية 38 من سورة الأنفال»: the fact names the verse in another surah.
            false, true = [true[0]], []
        if false:
            # «قدم عمر ماله كله»: Umar is who the statement is about, its share what it
            # claims; the fact that corrects the share (Umar's) comes before the fact that
            # names another person for that share (Abu Bakr's).
            fact, used = min(false, key=lambda pair: pair in about_person)
            return Judgement(False, fact, used)
        if (
            true
            and not self.someone_s_own_part_differs(true[0][0], claims, words)
            and not sides_swapped(self._keys, true[0][0], statement)
        ):
            fact, used = true[0]
            if contradicts(fact.answer, statement):
                # «جهز عثمان الجيش بخمسين جملًا», «خالد هو رئيس دومة الجندل», «سقط في غزوة
                # تبوك القواد الثلاثة»: every word is the fact's, but bound otherwise.
                return Judgement(False, fact, Reply(Outcome.ANSWER, fact=fact))
            if bound_as_exact(fact.answer, statement):
                # «خرج أربعون ألفًا» where the fact says «أكثر من أربعين ألفًا»: not settled,
                # and the reply shows the fact's figure
                return Judgement(None, fact, Reply(Outcome.ANSWER, fact=fact))
            if (
                doer_elsewhere(fact, statement, self._first_names)
                or claims_more(fact, statement)
                or self.of_another(fact, statement)
            ):
                return Judgement(None, None, whole)
            return Judgement(True, fact, used)
        return Judgement(None, None, whole)

    def _about(self, whole: Reply) -> frozenset[str]:
        """The facts a statement as a whole is about (the engine's answer, else its
        suggestions), with the facts they are part of and their parts; empty when none."""
        facts = (
            [whole.fact] if whole.answered and whole.fact else [c.fact for c in whole.suggestions]
        )
        named = {fact.id for fact in facts}
        wholes = {w for fact_id in named for w in self._engine.wholes(fact_id)}
        parts = {part.id for fact_id in named for part in self._engine.parts(fact_id)}
        return frozenset(named | wholes | parts)


def stem_of(word: str) -> str:
    """A word's stem without its prefixes, for comparing an option with a fact's text."""
    return stem(core_word(word))


def _thin(asked: str) -> bool:
    """Whether a question asked for a claimed person holds one content word at most, and
    that one indefinite («من كان قائد»: a commander, of anything): too little to be about
    the fact that answers it. «القائد هو …» in a sheet on Tabuk is its leader."""
    words = [w for w in normalize(asked).split() if w not in QUESTION_WORDS]
    content = [w for w in words if not is_stopword(w)]
    return len(content) < 2 and not any(w.startswith("ال") for w in content)
