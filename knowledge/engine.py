"""The answer engine: a question in, one of a few well-defined outcomes out.

A wrong confident answer about religious history is the worst outcome, so the engine
answers only when one fact clearly wins and every content word of the question is known;
otherwise it asks "did you mean" or says it does not know.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache, partial

from knowledge.analysis import Analysis, analyze, is_greeting, is_thanks, split_greeting
from knowledge.arabizi_words import ArabiziWords
from knowledge.asked import (
    Asked,
    actor_of,
    actors_of,
    read_asked,
    says_what_it_is,
    unstated,
)
from knowledge.base import FactBase, load_shipped
from knowledge.confidence import FactLookups, another_event, confident_rule
from knowledge.fear_direction import fear_reversed
from knowledge.gaps import AddedText, GapFinder, KnownGap, fact_texts, load_shipped_gaps
from knowledge.kinship import asks_kin_of_named
from knowledge.lesson_asks import asks_lessons
from knowledge.lexicon import ENTITIES, EPITHETS, SUBJECT_TERMS, QuestionType
from knowledge.matcher import Matcher
from knowledge.models import AnswerType, Fact
from knowledge.normalize import has_arabic, normalize
from knowledge.noun_of_the_whole import of_another_thing
from knowledge.opposed_party import sole_opposed, the_opposed_parties
from knowledge.overview_asks import asks_beyond_the_overview
from knowledge.ranking_results import Candidate, FactProfile, Ranking
from knowledge.repaired_links import linked_only_by_repair
from knowledge.shares import (
    PEOPLE,
    a_share_asked_beyond_the_gift,
    a_share_asked_of_no_one,
    people_shares,
)
from knowledge.sole_fact import (
    Where,
    sole_actor,
    sole_definer,
    sole_destination,
    sole_of_the_kind_stating_all,
    sole_subject,
)
from knowledge.stemming import stem
from knowledge.told_value import states_the_told, tells_its_value, told_words
from knowledge.tuning import (
    ANOTHER_TOPIC_MIN_SCORE,
    MAX_QUESTION_CHARS,
    MAX_SUGGESTIONS,
    REPLY_CACHE_SIZE,
    SUGGEST_MIN_SCORE,
    SUGGEST_WINDOW,
)
from knowledge.wholes import WholesAndParts
from knowledge.why_contrast import (
    asks_why_of_a_contrast,
    explains_the_contrast,
    restates_the_deed,
)
from knowledge.why_doer import another_side_s_why, the_doer_s_why
from knowledge.wording import asks_yes_or_no, opener_fits

# The known gap (knowledge/data/known_gaps.json) for a saying no fact quotes.
SAYINGS_GAP = "sayings"
# «أولًا», «أسبق»: a question asking which came first (a stopword elsewhere: «أولًا: …»).
_ORDER_WORDS = frozenset("اولا الاولي اسبق الاسبق اقدم الاقدم".split())
# The known gap for a definition no fact gives («ما هي الجزية»: the text names it only).
DEFINITIONS_GAP = "definitions"
# Known gaps about anyone the text names («زوجة عثمان»): the facts nearest to the question
# (about that person) are offered, not the gap's fixed list.
PERSONAL_GAP = "personal_details"
# The known gap for the lessons of the expedition as a whole («ماذا تعلم الصحابة من تبوك»).
LESSONS_GAP = "lessons"
RANKED_NEAR_GAPS = frozenset({PERSONAL_GAP})
# Question words that do not ask for one detail (time, number, ...), so fit a summary.
GENERAL_QUESTION_TYPES = frozenset(
    {QuestionType.NONE, QuestionType.THING, QuestionType.MANNER, QuestionType.YESNO}
)


@lru_cache(maxsize=1)
def shipped_base() -> FactBase:
    """The shipped base, read once per process (for its part_of map)."""
    return load_shipped()


@lru_cache(maxsize=1)
def shipped_gaps() -> tuple[KnownGap, ...]:
    """The shipped known gaps, validated against the shipped facts once per process."""
    return load_shipped_gaps({fact.id for fact in shipped_base().facts})


class Outcome(StrEnum):
    """What the bot does with a message."""

    ANSWER = "answer"
    SUGGEST = "suggest"
    UNKNOWN = "unknown"
    OTHER_EVENT = "other_event"
    MODERN = "modern"
    GREETING = "greeting"
    THANKS = "thanks"
    EMPTY = "empty"
    NOT_ARABIC = "not_arabic"
    TOO_LONG = "too_long"
    # A detail about Tabuk the source text does not state (knowledge/data/known_gaps.json).
    GAP = "gap"
    # A question announced, not asked («عندي سؤال», «صح أم خطأ:» alone): invite it.
    INVITE = "invite"


@dataclass(frozen=True, slots=True)
class Reply:
    """The engine's decision for one message."""

    outcome: Outcome
    fact: Fact | None = None
    score: float = 0.0
    suggestions: tuple[Candidate, ...] = ()
    other_event: str | None = None
    greeted: bool = False
    normalized: str = ""
    # The known gap the question asks (outcome GAP); its nearest facts are the suggestions.
    gap: KnownGap | None = None
    # The rule that decided, in words (for `ask --explain` and docs/matching.md).
    rule: str = ""
    # The question asks yes or no: only then may the answer open with «نعم/لا».
    yes_no: bool = False
    # The yes/no question's claim is what the fact states (knowledge/statements.py): the
    # answer opens with «نعم» though the fact's own answer does not.
    confirmed: bool = False

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWER


class AnswerEngine:
    """Answers questions from a fixed set of facts; rebuild it when the facts change."""

    def __init__(
        self,
        facts: Iterable[Fact],
        cache_size: int = REPLY_CACHE_SIZE,
        gaps: Iterable[KnownGap] | None = None,
        part_of: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self._facts = {fact.id: fact for fact in facts}
        # (the facts never change: `facts` hands out one tuple, not a new one per call)
        self._fact_tuple = tuple(self._facts.values())
        self._matcher = Matcher(self._facts.values())
        # What Arabizi (Arabic typed in Latin letters) is read and checked against.
        self.arabizi = ArabiziWords(self._fact_tuple, self._matcher.vocabulary)
        # The shipped list unless told otherwise; near facts an admin deleted are skipped.
        self._gaps = tuple(shipped_gaps() if gaps is None else gaps)
        # What an admin added or changed may state a gap's detail: that gap then stands down.
        shipped = {fact.id: fact for fact in shipped_base().facts}
        added = [
            AddedText(profile.terms, fact_texts(fact), fact_texts(shipped.get(fact.id)))
            for fact in self._facts.values()
            if shipped.get(fact.id) != fact
            and (profile := self._matcher.profile(fact.id)) is not None
        ]
        self._gap_finder = GapFinder(self._gaps, self._matcher.vocabulary, added)
        # The gap a question asking what someone said gets when no fact quotes it.
        self._sayings = next((gap for gap in self._gaps if gap.id == SAYINGS_GAP), None)
        self._definitions = next((gap for gap in self._gaps if gap.id == DEFINITIONS_GAP), None)
        self._personal = next((gap for gap in self._gaps if gap.id == PERSONAL_GAP), None)
        self._lessons = next((gap for gap in self._gaps if gap.id == LESSONS_GAP), None)
        # A headline that is exactly one fact's keyword («جيش العسرة») names that fact.
        by_keyword: dict[frozenset[str], set[str]] = {}
        for fact_id in self._facts:
            profile = self._matcher.profile(fact_id)
            for terms in profile.keyword_sets if profile else ():
                if terms:
                    by_keyword.setdefault(terms, set()).add(fact_id)
        self._keyword_owner = {
            terms: next(iter(owners)) for terms, owners in by_keyword.items() if len(owners) == 1
        }
        # Which facts are part of which (knowledge/data/tabuk.json "part_of"), live ones only.
        relations = shipped_base().part_of if part_of is None else part_of
        self._wholes = WholesAndParts(self._facts, self._matcher, relations)
        self._shares = people_shares(
            self._facts,
            lambda fact_id: self._people_named(fact_id),
            self._wholes.wholes,
            frozenset(f.id for f in self._facts.values() if f.answer_type is AnswerType.OVERVIEW),
        )
        # What the confidence step (knowledge/confidence.py) asks about facts and words.
        self._lookups = FactLookups(
            profile=self._matcher.profile,
            wholes=self.wholes,
            keyword_terms=self._wholes.keyword_terms,
            unstated=self._unstated,
            term=self._term,
        )
        # Popular questions come again and again; an engine never changes its facts (a new
        # engine is built after every edit), so a reply cached here never goes stale.
        self._cache: OrderedDict[str, Reply] = OrderedDict()
        self._cache_size = cache_size

    @property
    def matcher(self) -> Matcher:
        return self._matcher

    def is_whole(self, fact_id: str) -> bool:
        """Whether other live facts are declared parts of this one (part_of)."""
        return self._wholes.is_whole(fact_id)

    def wholes(self, fact_id: str) -> tuple[str, ...]:
        """The live facts this one is declared part of (part_of)."""
        return self._wholes.wholes(fact_id)

    def parts(self, fact_id: str) -> tuple[Fact, ...]:
        """The live facts declared part of this one (part_of), in the base's order."""
        return self._wholes.parts(fact_id)

    def fact(self, fact_id: str) -> Fact | None:
        return self._facts.get(fact_id)

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self._fact_tuple

    def answer(self, text: str) -> Reply:
        """Decide how to reply to one message."""
        if len(text) > MAX_QUESTION_CHARS * 4:
            return Reply(Outcome.TOO_LONG)
        normalized = normalize(text)
        if not normalized:
            # Letters of another script (Cyrillic, Chinese...) are a question we cannot read;
            # signs, emoji and invisible characters are no question at all.
            letters = any(ch.isalpha() for ch in text)
            return Reply(Outcome.NOT_ARABIC if letters else Outcome.EMPTY)
        if len(normalized) > MAX_QUESTION_CHARS:
            return Reply(Outcome.TOO_LONG, normalized=normalized)
        words = tuple(normalized.split())
        if not has_arabic(normalized):
            return Reply(Outcome.NOT_ARABIC, normalized=normalized)
        if is_greeting(words):
            return Reply(Outcome.GREETING, normalized=normalized)
        if is_thanks(words):
            return Reply(Outcome.THANKS, normalized=normalized)
        cached = self._cache.get(normalized)
        if cached is not None:
            self._cache.move_to_end(normalized)
            return cached
        greeted, rest = split_greeting(words)
        # (only a salam is answered with «وعليكم السلام»: not «مرحبا», «صباح الخير»)
        greeted = greeted and any("سلام" in word for word in words[: len(words) - len(rest)])
        analysis = analyze(" ".join(rest), self._matcher.vocabulary)
        reply = self._decide(analysis, greeted)
        if (
            reply.yes_no
            and reply.fact
            and not opener_fits(analysis, reply.fact.answer, self._term)
        ):
            # «النبي غزا بعد تبوك؟»: the fact's «نعم،» answers «was Tabuk his last?», not this
            reply = dataclasses.replace(reply, yes_no=False)
        if self._cache_size:
            self._cache[normalized] = reply
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return reply

    def _decide(self, analysis: Analysis, greeted: bool) -> Reply:
        reply = partial(
            Reply,
            greeted=greeted,
            normalized=analysis.normalized,
            yes_no=asks_yes_or_no(analysis.question_type, analysis.words),
        )
        if analysis.other_event:
            return reply(Outcome.OTHER_EVENT, other_event=analysis.other_event, rule="other event")
        ranking = self._matcher.rank(analysis)
        titled = self._without_titles(analysis, ranking)
        if titled is not None:
            analysis, ranking = titled
        gap = self._gap_finder.find(analysis, ranking.matched_terms)
        if gap is None and asks_kin_of_named(analysis.words):
            gap = self._personal  # «ابن هرقل», «ما لقب عثمان»: another person, or a title
        if gap is None and asks_lessons(analysis.normalized):
            gap = self._lessons  # «ماذا تعلم الصحابة من تبوك»: a learner between verb and «من»
        if gap is not None:
            # Asked before today's Tabuk: «كم المسافة ... بالكيلومتر» asks a distance in 9 AH.
            near = tuple(
                Candidate(fact=fact, score=0.0, phrasing=fact.questions[0])
                for fact_id in gap.near
                if (fact := self._facts.get(fact_id)) is not None
            )
            ranked = tuple(
                candidate
                for candidate in ranking.candidates[:MAX_SUGGESTIONS]
                if candidate.score >= SUGGEST_MIN_SCORE
            )
            if gap.id in RANKED_NEAR_GAPS and ranked:
                near = ranked
            return reply(Outcome.GAP, gap=gap, suggestions=near, rule=f"known gap {gap.id}")
        if analysis.modern:
            return reply(Outcome.MODERN, rule="today's Tabuk")
        overview = self._overview_for(analysis, ranking)
        if overview is not None and asks_beyond_the_overview(analysis.words):
            # «هل هذا صحيح؟», «ما هي الآية؟», «ماذا فعلوا في غزوة تبوك؟»: naming only the
            # expedition, asking about something else; no fact it names answers that.
            near = tuple(
                candidate
                for candidate in ranking.candidates[:MAX_SUGGESTIONS]
                if candidate.score >= SUGGEST_MIN_SCORE
            )
            outcome = Outcome.SUGGEST if near else Outcome.UNKNOWN
            return reply(outcome, suggestions=near, rule="names only the expedition, asks more")
        if overview is not None:
            return reply(Outcome.ANSWER, fact=overview.fact, score=overview.score, rule="overview")
        ranking = self._about_the_actor(analysis, ranking)
        ranking = the_opposed_parties(analysis, ranking)
        ranking = the_doer_s_why(analysis.question_type, analysis.words, ranking)
        candidates = ranking.candidates
        if not candidates:
            return reply(Outcome.UNKNOWN, rule="no candidate")
        top = candidates[0]
        asked = read_asked(analysis.question_type, ranking.matched_terms, analysis.words)
        rule = confident_rule(analysis, ranking, top, asked, self._lookups)
        headline = self._headline(analysis, ranking)
        if rule is None and headline is not None:
            top, rule = headline, "a headline that is one fact's keyword"
        where = partial(self._candidates_where, ranking)
        if rule is None and sole_subject(where, ranking, asked):
            rule = "the only fact that states the one subject asked about"
        if rule is None and (definer := sole_definer(where, ranking, asked)) is not None:
            top, rule = definer, "the only fact that says what it is"
        if rule is None and (actor := sole_actor(where, ranking, analysis.words)) is not None:
            # «ما موقف المنافقين من الدعوة إلى الجهاد»: the one fact asked with the stance of
            # the hypocrites answers, whatever else the question names
            top, rule = actor, "the only fact asked with the stance of the one asked about"
        goer = sole_destination(where, analysis.question_type, analysis.words, self._term)
        if goer is not None and (rule is None or goer.fact.id != top.fact.id):
            # «مين راح لدومة الجندل؟», «من قاد الجيش إلى دومة الجندل»: the one fact that has
            # someone go or be sent there, before one that only names the place (its chief)
            top, rule = goer, "the only fact that has someone go to the place asked"
        if rule is None and (
            stater := sole_of_the_kind_stating_all(where, ranking, asked, self._term)
        ):
            # «متى أعلن النبي التعبئة العامة؟»: the date's answer says it all, and is a date
            top, rule = stater, "the only close fact of the kind asked that states every word"
        if rule is None and (party := sole_opposed(analysis, ranking)) is not None:
            # «ضد من أعلن النبي التعبئة»: the one fact about the side opposed answers
            top, rule = party, "asked against whom: the only fact about the side opposed"
        chosen = self._wholes.whole_or_part(analysis, ranking)
        if chosen is not None and (rule is None or self._wholes.names_part(ranking, top, chosen)):
            # «منو الصحابي اللي تبرع بكل ماله»: the donations lead clearly, but the question
            # says one of the keywords of Abu Bakr's gift: the part answers.
            top, rule = chosen
        named_part = self._wholes.part_by_keyword(ranking, top, confident=rule is not None)
        if named_part is not None:
            # «مين الصحابي اللي قدم نص ماله»: the donations lead, the question says Umar's
            # «نص ماله»; his gift answers it, wherever it ranks below its whole.
            top, rule = named_part, "the leader is a whole and one part is named by its keyword"
        if rule and another_side_s_why(analysis.question_type, analysis.words, top.fact.questions):
            rule = None  # «لماذا لم يهاجم الروم المسلمين؟» (knowledge/why_doer.py)
        if rule and fear_reversed(analysis.words, top.fact.questions):
            rule = None  # «ليش الروم خافوا من المسلمين» (knowledge/fear_direction.py)
        if rule and of_another_thing(asked, top.fact.questions, self._term):
            rule = None  # «دلالات غزوة تبوك» (knowledge/noun_of_the_whole.py)
        if rule and self._no_cause_told(analysis, top):
            rule = None  # «لماذا خلّى النبي سبيل أكيدر» (knowledge/why_contrast.py)
        failed: str | None = None
        if rule is not None:
            failed = (
                self._unstated(asked, top.fact)
                or self._about_another(asked, ranking, top)
                or another_event(ranking, top, self._wholes.keyword_terms)
                or self._repaired_link(analysis, ranking, top)
            )
            if failed is None:
                return reply(Outcome.ANSWER, fact=top.fact, score=top.score, rule=rule)
            definer = sole_definer(where, ranking, asked) if failed == "definition" else None
            if definer is not None and self._unstated(asked, definer.fact) is None:
                # «من هم الغساسنة»: the leader only names them; the one fact that says
                # what they are («ومن حالفها من العرب الغساسنة») answers.
                return reply(
                    Outcome.ANSWER,
                    fact=definer.fact,
                    score=definer.score,
                    rule=f"{rule}, but it does not say what it is: the only fact that does",
                )
            whole = (
                self._whole_naming_others(where, asked, top) if failed == "someone else" else None
            )
            if whole is not None:
                # «مين غير عثمان تبرع؟»: his own gift names no one else; the whole it is part
                # of (the donations, naming every giver) does
                return reply(
                    Outcome.ANSWER,
                    fact=whole.fact,
                    score=whole.score,
                    rule=f"{rule}, but it names no one else: its whole does",
                )
            rule = f"{rule}, but the fact does not state it ({failed})"
        elif asked.defines and not any(
            (profile := self._matcher.profile(c.fact.id)) is not None
            and says_what_it_is(asked, profile)
            for c in candidates
        ):
            failed, rule = "definition", "a definition no candidate gives"
        if rule is None or failed == "told":
            told = top.fact if failed == "told" else None
            context = self._told_as_context(analysis, greeted, told, candidates)
            if context is not None:
                return context
        suggestions = tuple(
            candidate
            for candidate in candidates[:MAX_SUGGESTIONS]
            if candidate.score >= SUGGEST_MIN_SCORE
            and top.score - candidate.score <= SUGGEST_WINDOW
        )
        # «ماذا قال النبي لعثمان»: no fact quotes it; «ما هي الجزية»: no fact says what it
        # is. Say so (a known gap, logged for /unanswered) with the nearest facts.
        unstated_gap = {"saying": self._sayings, "definition": self._definitions}.get(failed or "")
        if unstated_gap is not None:
            return reply(Outcome.GAP, gap=unstated_gap, suggestions=suggestions, rule=rule or "")
        outcome = Outcome.SUGGEST if suggestions else Outcome.UNKNOWN
        return reply(
            outcome, score=top.score, suggestions=suggestions, rule=rule or "not confident"
        )

    def _told_as_context(
        self, analysis: Analysis, greeted: bool, told: Fact | None, candidates: Sequence[Candidate]
    ) -> Reply | None:
        """«ماذا أعلن النبي في رجب من السنة التاسعة؟»: the date the question tells is when
        the thing asked happened, not what is asked (the fact answering with that date is no
        answer, `told_value`), and its words leave the fact that is asked unsure. Read without
        them, the question is decided again; a confident answer stands when its fact is one
        the reader was to be offered, is not the one answering with the date, and states the
        date told as well («في شهر رجب من السنة التاسعة أعلن النبي…»): the call to arms."""
        told_here = told_words(analysis.question_type, analysis.words)
        lighter = analysis.without_words(told_here)
        if not told_here or not lighter.terms or len(lighter.terms) == len(analysis.terms):
            return None
        offered = {
            c.fact.id
            for c in candidates[:MAX_SUGGESTIONS]
            if c.score >= SUGGEST_MIN_SCORE and candidates[0].score - c.score <= SUGGEST_WINDOW
        }
        reply = self._decide(lighter, greeted)
        fact = reply.fact
        if reply.outcome is not Outcome.ANSWER or fact is None or fact == told:
            return None
        if fact.id not in offered or not states_the_told(analysis.words, fact):
            return None
        if tells_its_value(analysis.question_type, analysis.words, fact):
            return None  # (asked what of the date told, the fact giving that date is no answer)
        return dataclasses.replace(
            reply,
            normalized=analysis.normalized,
            rule=f"{reply.rule}, the date or figure told read as context",
        )

    def _about_the_actor(self, analysis: Analysis, ranking: Ranking) -> Ranking:
        """«موقف الروم من غزوة تبوك» asks the Romans' stance: a fact whose own phrasings ask
        the stance of someone else («موقف العرب من الروم») and never theirs is left out."""
        actor = actor_of(analysis.words)
        if actor is None:
            return ranking
        kept = tuple(
            candidate
            for candidate in ranking.candidates
            if not (actors := actors_of(candidate.fact.questions)) or actor in actors
        )
        if len(kept) == len(ranking.candidates):
            return ranking
        return dataclasses.replace(ranking, candidates=kept)

    def _without_titles(
        self, analysis: Analysis, ranking: Ranking
    ) -> tuple[Analysis, Ranking] | None:
        """A question naming someone, whose only unknown words are a title or role of theirs
        («عثمان صهر النبي», «ثالث الخلفاء الراشدين»), is read without them: they identify the
        subject, they do not ask another detail."""
        unknown = set(ranking.unknown_terms)
        if not unknown or not unknown <= EPITHETS or not set(analysis.terms) & ENTITIES:
            return None
        kept = [
            (term, word)
            for term, word in zip(analysis.terms, analysis.term_words, strict=True)
            if term not in unknown
        ]
        lighter = dataclasses.replace(
            analysis,
            terms=tuple(term for term, _ in kept),
            term_words=tuple(word for _, word in kept),
        )
        return lighter, self._matcher.rank(lighter)

    def _about_another(self, asked: Asked, ranking: Ranking, top: Candidate) -> str | None:
        """«أذكر المعاهدات اللي دارها النبي ملي كان مرابط فتبوك»: the first detail word is
        what another candidate is about (one of its keywords: المعاهدات) and the leader never
        mentions it: the question asks that other fact's thing, not the leader's."""
        leader = self._matcher.profile(top.fact.id)
        details = [term for term in ranking.matched_terms if term in asked.detail]
        if details[:1] == ["اسم"]:
            details = details[1:] or details  # («ما اسم ملك الروم»: the king's name)
        head = details[0] if details else None
        if leader is None or head is None or head in leader.terms:
            return None
        related = {*self.wholes(top.fact.id), top.fact.id}
        for candidate in ranking.candidates[1:]:
            other = candidate.fact.id
            if (
                candidate.score >= ANOTHER_TOPIC_MIN_SCORE
                and other not in related
                and top.fact.id not in self.wholes(other)  # a whole and its part: one topic
                and head in self._wholes.keyword_terms(other)
            ):
                return "another's topic"
        return None

    def _whole_naming_others(self, where: Where, asked: Asked, top: Candidate) -> Candidate | None:
        """The close whole of the leader that states what is asked, when the leader names no
        one other than the person the question sets aside («… غير عثمان»)."""
        wholes = self.wholes(top.fact.id)
        return next(
            (
                candidate
                for candidate in where(lambda profile: profile.fact.id in wholes)
                if top.score - candidate.score <= SUGGEST_WINDOW
                and self._unstated(asked, candidate.fact) is None
            ),
            None,
        )

    def _candidates_where(
        self, ranking: Ranking, test: Callable[[FactProfile], bool]
    ) -> list[Candidate]:
        """The candidates worth offering (no entity conflict) whose fact passes `test`."""
        return [
            candidate
            for candidate in ranking.candidates
            if candidate.score >= SUGGEST_MIN_SCORE
            and not candidate.entity_conflict
            and (profile := self._matcher.profile(candidate.fact.id)) is not None
            and test(profile)
        ]

    def _headline(self, analysis: Analysis, ranking: Ranking) -> Candidate | None:
        """A message with no question word whose words are exactly one fact's keyword."""
        if analysis.question_type is not QuestionType.NONE or ranking.unknown_terms:
            return None
        owner = self._keyword_owner.get(frozenset(ranking.matched_terms))
        return next((c for c in ranking.candidates if c.fact.id == owner), None)

    def _term(self, word: str) -> str:
        """The term a normalised word is read as."""
        return stem(word, self._matcher.vocabulary)

    def _unstated(self, asked: Asked, fact: Fact) -> str | None:
        """The rule of knowledge/asked.py the fact fails for this question, if any."""
        profile = self._matcher.profile(fact.id)
        if profile is None:
            return None
        if a_share_asked_of_no_one(asked, fact.id, self._shares):
            return "whose"  # («كم كان عدد الإبل التي معهم؟»: not Uthman's camels)
        if a_share_asked_beyond_the_gift(asked, fact.id, self._shares):
            return "not the gift"  # («هل خرج عمر إلى تبوك؟»: his gift does not say it)
        return unstated(asked, profile)

    def _no_cause_told(self, analysis: Analysis, top: Candidate) -> bool:
        """«لماذا خلّى النبي سبيل أكيدر», «لماذا خضعت دومة الجندل دون قتال»: the leader,
        whichever rule chose it, tells the deed but not why (knowledge/why_contrast.py)."""
        profile = self._matcher.profile(top.fact.id)
        if restates_the_deed(analysis.question_type, analysis.words, profile):
            return True
        contrast = asks_why_of_a_contrast(analysis.question_type, analysis.words)
        return contrast and not explains_the_contrast(analysis.words, profile)

    def _repaired_link(self, analysis: Analysis, ranking: Ranking, top: Candidate) -> str | None:
        """«كم سيفا كان مع الجيش»: a leader found only through a real word repaired into
        another is a guess (knowledge/repaired_links.py)."""
        if linked_only_by_repair(
            analysis, ranking, self._matcher.vocabulary, self._matcher.rank, top.fact.id
        ):
            return "found only through a real word repaired"
        return None

    def _people_named(self, fact_id: str) -> frozenset[str]:
        """The people a fact's words name (their name stems)."""
        profile = self._matcher.profile(fact_id)
        return profile.terms & PEOPLE if profile is not None else frozenset()

    def search(self, text: str, limit: int = 5) -> list[Fact]:
        """Facts worth offering for a text (inline mode): the answer first, then the rest."""
        reply = self.answer(text)
        if reply.outcome is Outcome.ANSWER and reply.fact is not None:
            first = [reply.fact]
        elif reply.outcome is Outcome.SUGGEST:
            first = [candidate.fact for candidate in reply.suggestions]
        else:
            return []
        ranked = self._matcher.rank(text, limit=limit).candidates
        others = [c.fact for c in ranked if c.score >= SUGGEST_MIN_SCORE and c.fact not in first]
        return (first + others)[:limit]

    def _overview_for(self, analysis: Analysis, ranking: Ranking) -> Candidate | None:
        """A question naming only the subject («ما هي غزوة تبوك») asks for the overview."""
        if not analysis.terms or analysis.question_type not in GENERAL_QUESTION_TYPES:
            return None
        # «يعني ايه غزوة تبوك», «ما معنى غزوة تبوك»: the meaning of the subject is the summary.
        if ranking.unknown_terms or not set(ranking.matched_terms) - {"معني"} <= SUBJECT_TERMS:
            return None
        if set(analysis.words[1:]) & _ORDER_WORDS:
            return None  # «أي الغزوتين كانت أولًا؟» asks an order, not what the expedition was
        return next(
            (c for c in ranking.candidates if c.fact.answer_type is AnswerType.OVERVIEW), None
        )
