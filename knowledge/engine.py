"""The answer engine: a question in, one of a few well-defined outcomes out.

A wrong confident answer about religious history is the worst outcome, so the engine
answers only when one fact clearly wins and every content word of the question is known;
otherwise it asks "did you mean" or says it does not know.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache, partial

from knowledge.analysis import Analysis, analyze
from knowledge.arabizi_words import ArabiziWords
from knowledge.asked import (
    Asked,
    read_asked,
    says_what_it_is,
    unstated,
)
from knowledge.base import FactBase, load_shipped
from knowledge.confidence import FactLookups, another_event, confident_rule
from knowledge.fear_roles import fear_reversed
from knowledge.gaps import AddedText, GapFinder, KnownGap, fact_texts, load_shipped_gaps
from knowledge.greetings import is_greeting, is_thanks, split_greeting
from knowledge.kinship import asks_kin_of_named
from knowledge.leader_doubts import about_another, no_cause_told, repaired_link
from knowledge.lesson_asks import asks_lessons
from knowledge.matcher import Matcher
from knowledge.models import AnswerType, Fact
from knowledge.normalize import has_arabic, normalize
from knowledge.noun_of_the_whole import of_another_thing
from knowledge.opposed_party import sole_opposed, the_opposed_parties
from knowledge.overview_asks import asks_beyond_the_overview
from knowledge.ranking_focus import (
    about_the_actor,
    keyword_headline,
    keyword_owners,
    overview_for,
    without_titles,
)
from knowledge.ranking_results import Candidate, FactProfile, Ranking
from knowledge.replies import Outcome, Reply
from knowledge.shares import (
    PEOPLE,
    a_share_asked_beyond_the_gift,
    a_share_asked_of_no_one,
    a_share_asked_of_the_army,
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
    MAX_QUESTION_CHARS,
    MAX_SUGGESTIONS,
    REPLY_CACHE_SIZE,
    SUGGEST_MIN_SCORE,
    SUGGEST_WINDOW,
)
from knowledge.wholes import WholesAndParts
from knowledge.why_doer import another_side_s_why, the_doer_s_why
from knowledge.wording import asks_yes_or_no, opener_fits

# The known gap (knowledge/data/known_gaps.json) for a saying no fact quotes.
SAYINGS_GAP = "sayings"
# The known gap for a definition no fact gives («ما هي الجزية»: the text names it only).
DEFINITIONS_GAP = "definitions"
# Known gaps about anyone the text names («زوجة عثمان»): the facts nearest to the question
# (about that person) are offered, not the gap's fixed list.
PERSONAL_GAP = "personal_details"
# The known gap for the lessons of the expedition as a whole («ماذا تعلم الصحابة من تبوك»).
LESSONS_GAP = "lessons"
RANKED_NEAR_GAPS = frozenset({PERSONAL_GAP})


@lru_cache(maxsize=1)
def shipped_base() -> FactBase:
    """The shipped base, read once per process (for its part_of map)."""
    return load_shipped()


@lru_cache(maxsize=1)
def shipped_gaps() -> tuple[KnownGap, ...]:
    """The shipped known gaps, validated against the shipped facts once per process."""
    return load_shipped_gaps({fact.id for fact in shipped_base().facts})


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
        self._keyword_owner = keyword_owners(self._facts, self._matcher)
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
        titled = without_titles(analysis, ranking, self._matcher.rank)
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
        overview = overview_for(analysis, ranking)
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
        ranking = about_the_actor(analysis, ranking)
        ranking = the_opposed_parties(analysis, ranking)
        ranking = the_doer_s_why(analysis.question_type, analysis.words, ranking)
        candidates = ranking.candidates
        if not candidates:
            return reply(Outcome.UNKNOWN, rule="no candidate")
        top = candidates[0]
        asked = read_asked(analysis.question_type, ranking.matched_terms, analysis.words)
        rule = confident_rule(analysis, ranking, top, asked, self._lookups)
        headline = keyword_headline(analysis, ranking, self._keyword_owner)
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
            rule = None  # «ليش الروم خافوا من المسلمين» (knowledge/fear_roles.py)
        if rule and of_another_thing(asked, top.fact.questions, self._term):
            rule = None  # «دلالات غزوة تبوك» (knowledge/noun_of_the_whole.py)
        if rule and no_cause_told(analysis, top, self._matcher):
            rule = None  # «لماذا خلّى النبي سبيل أكيدر» (knowledge/why_contrast.py)
        failed: str | None = None
        if rule is not None:
            failed = (
                self._unstated(asked, top.fact)
                or about_another(asked, ranking, top, self._matcher, self._wholes)
                or another_event(ranking, top, self._wholes.keyword_terms)
                or repaired_link(analysis, ranking, top, self._matcher)
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
            outcome,
            score=top.score,
            suggestions=suggestions,
            rule=rule or "not confident",
            unstated=failed or "",
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
        if a_share_asked_of_the_army(asked, fact.id, self._shares):
            return "whose"  # («هل كان الجيش على الخيول؟»: not what Uthman gave)
        return unstated(asked, profile)

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
