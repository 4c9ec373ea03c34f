"""Facts that are part of others (the donations and each donor's gift), and the rule that picks
between a whole and its part when both lead a question.

Declared in knowledge/data/tabuk.json ("part_of"). When a whole and its part lead together,
both answer: the part when the question asks the part's own words, else the whole, instead
of asking back between them (issue 13, "Facts that overlap").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from knowledge.analysis import Analysis
from knowledge.asked import KIND_OF
from knowledge.lexicon import ENTITIES, SUBJECT_TERMS, QuestionType
from knowledge.matcher import Matcher
from knowledge.models import Fact
from knowledge.ranking_results import Candidate, Ranking
from knowledge.tuning import (
    LOOSE_MAX_UNEXPLAINED,
    LOOSE_MIN_SCORE,
    PART_BY_KEYWORD_MIN_SCORE,
    PART_NAMED_MIN_SCORE,
    PART_OF_MIN_MARGIN,
    SUGGEST_MIN_SCORE,
    SUGGEST_WINDOW,
)

# How the whole-and-part rule says it chose the part.
ASKS_PART = "the question asks the part"


class WholesAndParts:
    """The live facts' part_of relation, both ways, and the rules that read it."""

    def __init__(
        self,
        facts: Mapping[str, Fact],
        matcher: Matcher,
        relations: Mapping[str, Iterable[str]],
    ) -> None:
        self._matcher = matcher
        self._part_of = {
            part: tuple(whole for whole in wholes if whole in facts)
            for part, wholes in relations.items()
            if part in facts
        }
        # The other way round, built once: each whole's parts in the base's order.
        parts: dict[str, list[Fact]] = {}
        for fact in facts.values():
            for whole in self._part_of.get(fact.id, ()):
                parts.setdefault(whole, []).append(fact)
        self._parts = {whole: tuple(found) for whole, found in parts.items()}
        # Per part and its siblings, each one's distinctive words (see _distinctive_words).
        self._distinctive: dict[tuple[str, ...], dict[str, frozenset[str]]] = {}
        # Per fact, the words its phrasings ask with (see _asked_words): read once.
        self._asked: dict[str, frozenset[str]] = {}

    def is_whole(self, fact_id: str) -> bool:
        """Whether other live facts are declared parts of this one."""
        return fact_id in self._parts

    def wholes(self, fact_id: str) -> tuple[str, ...]:
        """The live facts this one is declared part of."""
        return self._part_of.get(fact_id, ())

    def parts(self, fact_id: str) -> tuple[Fact, ...]:
        """The live facts declared part of this one, in the base's order."""
        return self._parts.get(fact_id, ())

    def whole_or_part(self, analysis: Analysis, ranking: Ranking) -> tuple[Candidate, str] | None:
        """A whole and its part lead together (the donations and one donor's gift): both
        answer, so answer with the part when the question asks the part's own words, else
        with the whole, instead of asking back between them."""
        candidates = ranking.candidates
        if len(candidates) < 2:
            return None
        first, second = candidates[0], candidates[1]
        if second.fact.id in self.wholes(first.fact.id):
            part, whole = first, second
        elif first.fact.id in self.wholes(second.fact.id):
            part, whole = second, first
        else:
            return self._beside_its_whole(ranking)
        if first.entity_conflict or second.entity_conflict:
            return None
        third = candidates[2].score if len(candidates) > 2 else 0.0
        if (
            ranking.unknown_terms
            or min(first.score, second.score) < LOOSE_MIN_SCORE
            or first.score - third < PART_OF_MIN_MARGIN
            or min(first.unexplained, second.unexplained) > LOOSE_MAX_UNEXPLAINED
        ):
            return self._its_person_named(ranking, part, whole)
        # The whole is asked with the names of several of its parts («أبو بكر وعمر وعثمان»);
        # a question naming words only this part is asked with, and no sibling's, asks it.
        siblings = [other.id for other in self.parts(whole.fact.id) if other.id != part.fact.id]
        asked = set(ranking.matched_terms) - SUBJECT_TERMS
        distinctive = self._distinctive_words(part.fact.id, siblings).__getitem__
        # The whole's keywords say what the whole is about (خالد for Dumat al-Jandal).
        about_whole = self.keyword_terms(whole.fact.id)
        # a word the whole is asked with too («شنو دار خالد …», did) is no part's own, unless
        # it names someone (the donors the whole lists)
        about_whole = about_whole | (self._asked_words(whole.fact.id) - ENTITIES)
        names_part = asked & distinctive(part.fact.id) - about_whole
        names_sibling = any(asked & distinctive(other) - about_whole for other in siblings)
        kind = KIND_OF.get(analysis.question_type)
        # «فاش من عام» asks a time: the date, not the summary that also gives it.
        asks_part_kind = (
            kind is not None and part.fact.answer_type is kind is not whole.fact.answer_type
        )
        # «عمر شو دفع؟ كل ماله ولا شي منه؟»: the part's person is named and no sibling's; a
        # sibling's words among the options do not make it the whole's question.
        names_only_its_person = bool(names_part & ENTITIES) and not any(
            asked & distinctive(other) & ENTITIES for other in siblings
        )
        if asks_part_kind or names_only_its_person or (names_part and not names_sibling):
            return part, f"a whole and its part lead: {ASKS_PART}"
        return whole, "a whole and its part lead: the question asks the whole"

    def _beside_its_whole(self, ranking: Ranking) -> tuple[Candidate, str] | None:
        """The leader is a part and its whole is near but not second (a sibling between
        them that does not mention the person named): the person-named rule decides."""
        first = ranking.candidates[0]
        wholes = self.wholes(first.fact.id)
        whole = next((c for c in ranking.candidates[2:] if c.fact.id in wholes), None)
        if whole is None or first.entity_conflict or whole.entity_conflict:
            return None
        return self._its_person_named(ranking, first, whole)

    def _its_person_named(
        self, ranking: Ranking, part: Candidate, whole: Candidate
    ) -> tuple[Candidate, str] | None:
        """A part that leads, its whole near, neither clearly ahead: the part still answers
        when the question names its person and no sibling's, asks what the part is asked
        («بم أسهم عثمان في إعداد الجيش», «عمر وش قدم لجيش تبوك»), and every other fact near
        does not mention that person at all (a sibling named only by a word of its gift,
        «ماله كله» asked of Umar, included). The whole only lists the same gift among the
        others', so asking back between the two asks nothing; the part says it alone. No word
        outside the gifts' own words and no unknown word is borne."""
        candidates = ranking.candidates
        if (
            part is not candidates[0]
            or part.score < PART_NAMED_MIN_SCORE
            or not part.type_fits
            or ranking.read_in_context
            # «مين قدم أكثر من عمر؟» asks someone else: the person named is not whom it asks
            or ranking.analysis.question_type is QuestionType.PERSON
        ):
            return None
        family = (whole.fact.id, *(other.id for other in self.parts(whole.fact.id)))
        siblings = [fact_id for fact_id in family[1:] if fact_id != part.fact.id]
        asked = set(ranking.matched_terms)
        distinctive = self._distinctive_words(part.fact.id, siblings)
        person = asked & distinctive[part.fact.id] & ENTITIES
        if not person or any(asked & distinctive[other] & ENTITIES for other in siblings):
            return None
        # what else it asks is what the gifts are asked with, the part's own among them
        detail = asked - SUBJECT_TERMS - ENTITIES
        if not detail & self._asked_words(part.fact.id):
            return None
        # every other word is one the gifts are asked with, and none is unknown: a word
        # outside them may be the very detail asked («كم كان مبلغ مال أبو بكر»: an amount
        # the text lacks), not a slip
        if ranking.unknown_terms or detail - frozenset().union(
            *(self._asked_words(f) for f in family)
        ):
            return None
        near = [
            c
            for c in candidates[1:]
            if c.score >= SUGGEST_MIN_SCORE and part.score - c.score <= SUGGEST_WINDOW
        ]
        if whole not in near or any(c is not whole and not c.entity_conflict for c in near):
            return None
        return part, f"a whole and its part lead: {ASKS_PART}, naming its person only"

    def names_part(self, ranking: Ranking, top: Candidate, chosen: tuple[Candidate, str]) -> bool:
        """A confident whole gives way to its part only when the whole-and-part rule chose
        the part and the question holds a whole keyword of that part the whole's keywords
        do not («ماله كله» of Abu Bakr's gift, not just a word its phrasings share)."""
        part, why = chosen
        if ASKS_PART not in why or top.fact.id not in self.wholes(part.fact.id):
            return False
        profile = self._matcher.profile(part.fact.id)
        asked = set(ranking.matched_terms)
        whole_keywords = self.keyword_terms(top.fact.id)
        return profile is not None and any(
            terms and terms <= asked and terms - whole_keywords for terms in profile.keyword_sets
        )

    def part_by_keyword(
        self, ranking: Ranking, top: Candidate, *, confident: bool
    ) -> Candidate | None:
        """The one part of the leader (a whole) whose keyword of two words or more the
        question holds whole, beyond the whole's own keywords («نص ماله» of Umar's gift).
        Behind a leader that is not confident, the part must be a clear candidate itself."""
        if ranking.unknown_terms:
            return None
        floor = SUGGEST_MIN_SCORE if confident else PART_BY_KEYWORD_MIN_SCORE
        asked = set(ranking.matched_terms)
        whole_keywords = self.keyword_terms(top.fact.id)
        named = []
        for candidate in ranking.candidates[1:]:
            if candidate.score < floor or candidate.entity_conflict:
                continue
            if top.fact.id not in self.wholes(candidate.fact.id):
                continue
            profile = self._matcher.profile(candidate.fact.id)
            if profile is not None and any(
                len(terms - SUBJECT_TERMS) > 1 and terms <= asked and terms - whole_keywords
                for terms in profile.keyword_sets
            ):
                named.append(candidate)
        return named[0] if len(named) == 1 else None

    def keyword_terms(self, fact_id: str) -> frozenset[str]:
        profile = self._matcher.profile(fact_id)
        return profile.keyword_terms if profile else frozenset()

    def _distinctive_words(self, part: str, siblings: list[str]) -> dict[str, frozenset[str]]:
        """For a part and its siblings, the words each is asked with and none of the others
        is. They depend on the base alone, so they are worked out once per part: doing it
        per question took a «why» or «where» question about 1.5 ms."""
        key = (part, *siblings)
        found = self._distinctive.get(key)
        if found is None:
            words = {fact_id: self._asked_words(fact_id) for fact_id in key}
            holders = Counter(word for held in words.values() for word in held)
            found = self._distinctive[key] = {
                fact_id: frozenset(word for word in held if holders[word] == 1)
                for fact_id, held in words.items()
            }
        return found

    def _asked_words(self, fact_id: str) -> frozenset[str]:
        """The words a fact's phrasings ask with (the facts never change: read once each)."""
        found = self._asked.get(fact_id)
        if found is None:
            profile = self._matcher.profile(fact_id)
            found = self._asked[fact_id] = (
                frozenset().union(*(terms for terms, _ in profile.asked))
                if profile
                else frozenset()
            )
        return found
