"""Ranking facts for a question: rarity-weighted word overlap, typo-tolerant.

Plain fuzzy string scores rank «متى كانت غزوة بدر» next to «متى كانت غزوة تبوك»
(86 of 100), so the score here is built from content words weighted by how rare they
are in the base (an IDF), with rapidfuzz used only to forgive typos in single words
and to recognise a near-verbatim known phrasing.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from knowledge.analysis import Analysis, analyze
from knowledge.content_terms import content_terms
from knowledge.dialect_lexicon import DIALECT_WORDS
from knowledge.entity_aliases import ALIASES
from knowledge.fact_index import IndexedFact, Phrasing, PhrasingGroup
from knowledge.function_word_slips import function_word_slip
from knowledge.lexicon import ENTITIES, QuestionType
from knowledge.models import Fact
from knowledge.near_verbatim import compact, quote_ratio, verbatim_ratio
from knowledge.normalize import normalize
from knowledge.phrasing_fit import top_group, top_group_of_one, type_factor
from knowledge.question_rewrites import drop_honorifics, rewrite_phrases
from knowledge.question_type import question_type
from knowledge.ranking_results import Candidate, FactProfile, Ranking
from knowledge.stemming import is_stopword, stem
from knowledge.synonyms import SYNONYMS
from knowledge.tuning import (
    ANSWER_TERM_CREDIT,
    BOUND_FLOAT_MARGIN,
    CANDIDATE_DF_CAP,
    CONTEXT_MIN_LEAD,
    COVERAGE_WEIGHT,
    DETAILED_CANDIDATES,
    FUZZY_CREDIT,
    PHRASING_TYPE_MISMATCH,
    PHRASING_WEIGHT,
    POSTING_ENTRIES_KEPT,
    QUOTE_MIN_WORDS,
    QUOTE_RATIO,
    SCORE_ROUNDING,
    VERBATIM_MIN_COVERAGE,
    VERBATIM_RATIO,
)
from knowledge.typos import is_plausible_slip
from knowledge.word_corrections import WordCorrector


def _clear_lead(ranking: Ranking) -> bool:
    """Whether the leader stands clear of the runner-up, so its words can be the context
    a mistyped word is read in."""
    scores = [candidate.score for candidate in ranking.candidates[:2]] + [0.0]
    return scores[0] - scores[1] >= CONTEXT_MIN_LEAD


class Matcher:
    """An index over a set of facts that ranks them for a question."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self._facts: list[IndexedFact] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._vocabulary: frozenset[str] = frozenset()
        # Per fact, filled when first needed: its words and their spellings by length.
        self._context_spellings: dict[int, dict[int, tuple[list[str], list[str]]]] = {}
        self._posting_entries: dict[str, tuple[tuple[int, float, float | None], ...]] = {}
        self._build(list(facts))

    @property
    def size(self) -> int:
        return len(self._facts)

    @property
    def vocabulary(self) -> frozenset[str]:
        return self._vocabulary

    def _build(self, facts: Sequence[Fact]) -> None:
        # Each fact's phrasings and keywords, folded once for the passes below (a base of
        # 10,000 facts holds more texts than normalize() keeps).
        folded = [
            tuple(normalize(text) for text in (*fact.questions, *fact.keywords)) for fact in facts
        ]
        # First pass fixes the vocabulary, so the second can stem bolder (بجيش -> جيش).
        first_vocabulary: set[str] = set()
        for texts in folded:
            for normalized in texts:
                first_vocabulary.update(content_terms(normalized.split()))
        for position, fact in enumerate(facts):
            bag: dict[str, float] = {}
            for text in (fact.answer, fact.source):
                words = rewrite_phrases(tuple(normalize(text).split()))
                for term in content_terms(words, first_vocabulary):
                    bag[term] = max(bag.get(term, 0.0), ANSWER_TERM_CREDIT)
            phrasings = []
            for text, normalized in zip(
                (*fact.questions, *fact.keywords), folded[position], strict=True
            ):
                # Read as a question is read: honorifics dropped, set phrases rewritten.
                words = rewrite_phrases(drop_honorifics(tuple(normalized.split())))
                terms = frozenset(content_terms(words, first_vocabulary))
                bag.update(dict.fromkeys(terms, 1.0))
                if text in fact.questions:
                    kind = question_type(tuple(normalized.split()))
                    phrasings.append(Phrasing(normalized, terms, text, kind))
            self._facts.append(
                IndexedFact(
                    fact=fact,
                    bag=bag,
                    phrasings=phrasings,
                    answer_normalized=normalize(fact.answer),
                )
            )
            for term in bag:
                self._postings[term].append(position)
        self._vocabulary = frozenset(self._postings)
        # How many facts are asked for with each word (questions and keywords only).
        self._asked_with: dict[str, int] = defaultdict(int)
        for indexed in self._facts:
            for term, term_credit in indexed.bag.items():
                if term_credit >= 1.0:
                    self._asked_with[term] += 1
        # (each word's idf once, not once a phrasing that holds it)
        idf = {term: self.idf(term) for term in self._postings}
        for indexed in self._facts:
            groups: dict[tuple[frozenset[str], QuestionType], PhrasingGroup] = {}
            for phrasing in indexed.phrasings:
                # fsum: a set's order follows the hash seed and a plain sum's last bit
                # follows the order, so two phrasings of the same words (a tie that the
                # first in file order wins) could differ by that bit from run to run.
                phrasing.weight = math.fsum(idf[term] for term in phrasing.terms)
                key = (phrasing.terms, phrasing.question_type)
                groups.setdefault(
                    key,
                    PhrasingGroup(
                        phrasing.terms, phrasing.question_type, phrasing.text, phrasing.weight
                    ),
                )
            indexed.groups = list(groups.values())
            indexed.group_weights = tuple(group.weight for group in indexed.groups)
            indexed.type_fits = {
                asked: tuple(
                    1.0 if group.question_type is asked else PHRASING_TYPE_MISMATCH
                    for group in indexed.groups
                )
                for asked in QuestionType
            }
            by_term: dict[str, list[int]] = defaultdict(list)
            for group_index, group in enumerate(indexed.groups):
                for term in group.terms:
                    by_term[term].append(group_index)
            indexed.groups_by_term = {term: tuple(found) for term, found in by_term.items()}
            indexed.lightest_group = {
                term: min(indexed.groups[index].weight for index in found)
                for term, found in by_term.items()
            }
            indexed.normalized_phrasings = sorted(
                (phrasing.normalized for phrasing in indexed.phrasings), key=len
            )
            indexed.phrasing_lengths = [len(text) for text in indexed.normalized_phrasings]
            indexed.compact_phrasings = [compact(text) for text in indexed.normalized_phrasings]
            indexed.compact_answer = compact(indexed.answer_normalized)
            indexed.asked_types = frozenset(p.question_type for p in indexed.phrasings)
        # Words the lexicon reads as a known term under another spelling («لقب» is «اسم»).
        self._read_as = {
            word: term
            for word, term in {**SYNONYMS, **DIALECT_WORDS}.items()
            if term in self._vocabulary and word not in self._vocabulary
        }
        # Words as the phrasings spell them (الروم, غزوه), with the term each reads as: a
        # letter dropped or mistyped is easier to see against the whole word than its stem.
        self._surface: dict[str, str] = {}
        for texts in folded:
            for normalized in texts:
                for word in normalized.split():
                    if len(word) >= 3 and not is_stopword(word) and word not in self._surface:
                        term = stem(word, self._vocabulary)
                        if term in self._vocabulary:
                            self._surface[word] = term
        self._profiles = {
            indexed.fact.id: self._profile(indexed, texts[len(indexed.fact.questions) :])
            for indexed, texts in zip(self._facts, folded, strict=True)
        }
        # The same the other way round, for reading a word among one fact's words.
        self._spellings: dict[str, list[str]] = defaultdict(list)
        for surface, term in self._surface.items():
            self._spellings[term].append(surface)
        self._corrector = WordCorrector(
            self._vocabulary, self._read_as, self._surface, self._spellings
        )
        # (bound once, not wrapped: the engine and the statement judge call it per word)
        self.correction = self._corrector.correction

    def _profile(self, indexed: IndexedFact, keywords: tuple[str, ...]) -> FactProfile:
        """What a fact states and how it is asked; `keywords` are its keywords folded."""
        keyword_terms = [content_terms(keyword.split(), self._vocabulary) for keyword in keywords]
        return FactProfile(
            fact=indexed.fact,
            terms=frozenset(indexed.bag),
            asked=tuple((group.terms, group.question_type) for group in indexed.groups),
            answer_words=frozenset(indexed.answer_normalized.split()),
            keyword_terms=frozenset(term for terms in keyword_terms for term in terms),
            keyword_sets=tuple(frozenset(terms) for terms in keyword_terms),
        )

    def profile(self, fact_id: str) -> FactProfile | None:
        """What a fact states and how it is asked, for the check of what is asked."""
        return self._profiles.get(fact_id)

    def idf(self, term: str) -> float:
        """BM25's idf: near zero for words in every fact, highest for unknown words."""
        count = len(self._facts)
        frequency = len(self._postings.get(term, ()))
        return math.log((count - frequency + 0.5) / (frequency + 0.5) + 1.0)

    def rank(self, question: str | Analysis, limit: int = 5) -> Ranking:
        """Rank facts for a question; the best first."""
        analysis = (
            question if isinstance(question, Analysis) else analyze(question, self._vocabulary)
        )
        reading = self._read(analysis)
        # The question's text is the same in both readings, so are its ratios to each fact.
        ratios: _Ratios = ({}, {})
        ranking, top = self._rank_reading(analysis, *reading, limit, ratios)
        if top is None or not ranking.unknown_terms or not _clear_lead(ranking):
            return ranking
        # A word left unknown that is one letter from a word the clear leader is asked with
        # («غزوة تبوك كانت صد مين», «الجو كان حاز») is read as that word. A common word is
        # no typo out of context («اعرض» is not «أرض»), but here the context is the
        # evidence. One such word only: two unknown words that both happen to be near the
        # leader's words more likely ask about something else. The engine answers such a
        # reading only as a close match.
        in_context = {
            term: known
            for term, word in zip(analysis.terms, analysis.term_words, strict=True)
            if term in ranking.unknown_terms
            and (known := self._slip_in_context(term, word, top)) is not None
        }
        if len(in_context) != 1:
            return ranking
        reread = self._rank_reading(analysis, *self._read(analysis, in_context), limit, ratios)[0]
        return dataclasses.replace(reread, read_in_context=True)

    def _read(
        self, analysis: Analysis, in_context: dict[str, str] | None = None
    ) -> tuple[dict[str, float], dict[str, float], list[str]]:
        """Each question word's weight and credit (1 as typed, less through a correction),
        and the words no fact knows."""
        weights: dict[str, float] = {}
        credit: dict[str, float] = {}
        unknown: list[str] = []
        for term, word in zip(analysis.terms, analysis.term_words, strict=True):
            known = (
                term if term in self._vocabulary else self._corrector.correct_unknown(term, word)
            )
            if known is not None and self._filler_rather(term, word, known):
                # «سالغة» is one letter from «سالفة» (a story: a filler); «سال» (ended) is a
                # letter cut: a guess between them risks a confident wrong answer.
                known = None
            if known is None and in_context:
                known = in_context.get(term)
            if known is None:
                # «جيش الرو» lost the last letter of «الروم», not «الو» a letter more.
                known = self._corrector.name_slip(word)
            if known is None and function_word_slip(word) is not None:
                continue  # «بالضيط» is a mistyped «بالضبط»: it says nothing about the facts
            if known is None:
                unknown.append(term)
                weights[term] = self.idf(term)
                continue
            weights[known] = max(weights.get(known, 0.0), self.idf(known))
            credit[known] = max(credit.get(known, 0.0), 1.0 if known == term else FUZZY_CREDIT)
        return weights, credit, unknown

    def _entries(
        self, term: str, postings: list[int]
    ) -> tuple[tuple[int, float, float | None], ...]:
        """Each fact holding `term`: its position, the word's credit there and the lightest
        group holding it. Read for every question word, so kept for the words last asked
        (at most POSTING_ENTRIES_KEPT: the whole vocabulary of a large base is too many)."""
        found = self._posting_entries.get(term)
        if found is None:
            if len(self._posting_entries) >= POSTING_ENTRIES_KEPT:
                self._posting_entries.clear()
            facts = self._facts
            found = self._posting_entries[term] = tuple(
                (position, facts[position].bag[term], facts[position].lightest_group.get(term))
                for position in postings
            )
        return found

    @staticmethod
    def _filler_rather(term: str, word: str, known: str) -> bool:
        """Whether a word corrected by adding or cutting a letter («سالغ» → «سال») is
        as well a filler with one letter replaced («سالغة» → «سالفة»)."""
        if len(known) == len(term) or set(term) ^ set(known) <= set("اويه"):
            return False  # («كثار» is «كثر» with a long vowel: a spelling, not a guess)
        slip = function_word_slip(word)
        return slip is not None and len(slip) == len(word)

    def _slip_in_context(self, term: str, word: str, position: int) -> str | None:
        """The one word the fact at `position` is asked with that `word` or its stem is one
        mistyped letter away from (صد -> ضد, حاز -> حار), if exactly one, as a term or as
        the phrasings spell it. A letter dropped or added turns too many real words into
        others, so only a letter replaced. Only the fact's own words are compared: this
        runs for questions with an unknown word, and a large base has a large vocabulary."""
        by_length = self._context_spellings.get(position)
        if by_length is None:
            by_length = self._context_spellings[position] = self._spellings_by_length(position)
        found: set[str] = set()
        for typed in dict.fromkeys((word, term)):
            readings, spellings = by_length.get(len(typed), ([], []))
            for _, _, index in process.extract(
                typed, spellings, scorer=Levenshtein.distance, score_cutoff=1, limit=None
            ):
                if is_plausible_slip(typed, spellings[index]):
                    found.add(readings[index])
        return next(iter(found)) if len(found) == 1 else None

    def _spellings_by_length(self, position: int) -> dict[int, tuple[list[str], list[str]]]:
        """The words the fact at `position` is asked with, each as a term and as the
        phrasings spell it, by length: (the term each is read as, the spelling)."""
        by_length: dict[int, tuple[list[str], list[str]]] = {}
        for reading in self._facts[position].lightest_group:
            for spelling in (reading, *self._spellings.get(reading, ())):
                readings, spellings = by_length.setdefault(len(spelling), ([], []))
                readings.append(reading)
                spellings.append(spelling)
        return by_length

    def _rank_reading(
        self,
        analysis: Analysis,
        weights: dict[str, float],
        credit: dict[str, float],
        unknown: list[str],
        limit: int,
        ratios: _Ratios,
    ) -> tuple[Ranking, int | None]:
        """The ranking for one reading of the question's words, and the leader's position;
        `ratios` keeps the question's verbatim and quote ratios to facts, by position."""
        total = sum(weights.values())
        matched = tuple(credit)
        if not credit or total <= 0:
            return Ranking(analysis, (), tuple(unknown), matched), None

        # Each matched word's share of the question, credit included.
        query_share = {term: weights[term] * credit[term] / total for term in credit}
        coverage: dict[int, float] = defaultdict(float)
        asked_share: dict[int, float] = defaultdict(float)
        reach: dict[int, float] = defaultdict(float)
        capped = False  # a word left out of `coverage`: then typed_bound() is no bound
        for term, term_credit in credit.items():
            postings = self._postings[term]
            if len(postings) > CANDIDATE_DF_CAP:
                capped = True
                continue
            # (the same products and sums as per posting, in the same order)
            weight = weights[term]
            weighted, share = weight * term_credit, query_share[term]
            for position, fact_credit, lightest in self._entries(term, postings):
                coverage[position] += weighted * fact_credit
                if lightest is not None:
                    asked_share[position] += share
                    reach[position] += weight / lightest
        if not coverage:
            return Ranking(analysis, (), tuple(unknown), matched), None
        shortlist = sorted(coverage, key=coverage.__getitem__, reverse=True)
        shortlist = shortlist[:DETAILED_CANDIDATES]
        rank_in_shortlist = {position: rank for rank, position in enumerate(shortlist)}

        def bound(position: int, phrasing_fit: float = 1.0, fit: float = 1.0) -> float:
            """No score can exceed this. A phrasing group's F1 is 2qp/(q+p), rising in both:
            q is at most c, the question's share in words of the fact's phrasings, and p (the
            group's weight the question covers) at most 1, and at most the sum over those
            words of their weight over the lightest group holding them. Type factors only
            ever lower a score: typed_bound() passes them in."""
            share = asked_share[position]
            covered = min(1.0, reach[position])
            phrasing = 2 * share * covered / (share + covered) if share + covered > 0 else 0.0
            mixed = (
                PHRASING_WEIGHT * phrasing * phrasing_fit
                + COVERAGE_WEIGHT * coverage[position] / total
            )
            return 100.0 * mixed * fit + SCORE_ROUNDING

        long_question = len(analysis.words) >= QUOTE_MIN_WORDS

        # forced() and _score() compare the same question and fact: compare them once.
        def once(
            compare: Callable[[str, IndexedFact], float], known: dict[int, float]
        ) -> Callable[[int], float]:
            """compare(question, fact at `position`), computed once per position."""

            def ratio(position: int) -> float:
                found = known.get(position)
                if found is None:
                    found = known[position] = compare(analysis.normalized, self._facts[position])
                return found

            return ratio

        verbatim = once(verbatim_ratio, ratios[0])
        quoted = once(quote_ratio, ratios[1])

        def forced(position: int) -> bool:
            """Near-verbatim phrasings and quotations can beat the bound: always score them.
            The cheap coverage test comes first; the string comparisons only when it passes."""
            covered = coverage[position] / total
            if covered >= VERBATIM_MIN_COVERAGE and verbatim(position) > 0.0:
                return True
            return long_question and covered >= 0.3 and quoted(position) >= QUOTE_RATIO

        asked_type = analysis.question_type

        def typed_bound(position: int) -> float:
            """bound() with the fact's type factors: the answer type's (type_factor), and the
            phrasing type's when none of its phrasings asks with the question's word. A bound
            unless a near-verbatim phrasing or a quotation lifts the score (lifted())."""
            indexed = self._facts[position]
            fit = type_factor(asked_type, indexed.fact.answer_type, indexed.asked_types)
            phrasing_fit = 1.0 if asked_type in indexed.asked_types else PHRASING_TYPE_MISMATCH
            return bound(position, phrasing_fit, fit)

        def highest(position: int) -> float:
            """The highest score the fact can be given, rounded as _score() rounds: from
            typed_bound() without its slack, plus a margin far above the floats' error but
            far below a rounding step (round() never lowers a larger number's result). With
            only «تبوك» matched most facts score alike, and a fact tied with the leaders'
            last one is in the reply only when it is earlier in the shortlist: the exact
            rounded score settles that without scoring it. A bound unless lifted()."""
            return round(typed_bound(position) - SCORE_ROUNDING + BOUND_FLOAT_MARGIN, 1)

        def lifted(position: int) -> bool:
            """Whether _score() would lift the fact's score to a verbatim or quote ratio."""
            return verbatim(position) > 0.0 or (long_question and quoted(position) >= QUOTE_RATIO)

        # What _score() reads of each matched word, the same for every fact: read once.
        asked_with = self._asked_with.get
        asked = tuple(
            (term, weights[term], term_credit, query_share[term], asked_with(term, 0) > 0)
            for term, term_credit in credit.items()
        )
        # bound(position) for each, written out: one call per fact in the shortlist is
        # dearer than its arithmetic (the same expression, so the same floats).
        bounds: dict[int, float] = {}
        for position in shortlist:
            share = asked_share[position]
            covered = min(1.0, reach[position])
            phrasing = 2 * share * covered / (share + covered) if share + covered > 0 else 0.0
            mixed = PHRASING_WEIGHT * phrasing + COVERAGE_WEIGHT * coverage[position] / total
            bounds[position] = 100.0 * mixed + SCORE_ROUNDING
        scored: list[tuple[int, Candidate]] = []
        # The scored facts' places in the final order (-score, rank in the shortlist),
        # the first first: a fact is in the reply only if fewer than `limit` are before it.
        best: list[tuple[float, int]] = []
        for position in sorted(shortlist, key=bounds.__getitem__, reverse=True):
            if len(best) >= limit:
                last = best[limit - 1]
                if bounds[position] < -last[0] and not forced(position):
                    continue
                if (
                    not capped
                    and last < (-highest(position), rank_in_shortlist[position])
                    and not lifted(position)
                ):
                    continue  # `limit` scored facts come before it however it scores
            candidate = self._score(
                self._facts[position],
                analysis,
                asked,
                total,
                verbatim(position),
                quoted(position) if long_question else 0.0,
            )
            scored.append((position, candidate))
            best = sorted([*best, (-candidate.score, rank_in_shortlist[position])])
        # Same order as scoring everything: by score, ties by coverage.
        scored.sort(key=lambda pair: (-pair[1].score, rank_in_shortlist[pair[0]]))
        candidates = [candidate for _, candidate in scored]
        ranking = Ranking(analysis, tuple(candidates[:limit]), tuple(unknown), matched)
        return ranking, scored[0][0] if scored else None

    def _score(
        self,
        indexed: IndexedFact,
        analysis: Analysis,
        asked: tuple[tuple[str, float, float, float, bool], ...],
        total: float,
        best_ratio: float,
        quoted: float,
    ) -> Candidate:
        """One fact's score. `asked` holds each matched word with its weight, credit, share
        of the question and whether facts are asked with it; `best_ratio` and `quoted` are
        verbatim_ratio and, for a long question, quote_ratio (0 otherwise)."""
        # One pass over the question's words (sums in the same order as sum() would).
        bag_get = indexed.bag.get
        covered = supporting = 0.0
        entity_conflict = False
        for term, weight, term_credit, _, asked_elsewhere in asked:
            in_bag = bag_get(term, 0.0)
            covered += weight * term_credit * in_bag
            # A word found only in this fact's answer supports it; a word that other facts
            # are asked with («الروم» in «كم عدد جيش الروم») points elsewhere.
            if in_bag >= 1.0 or (in_bag > 0.0 and not asked_elsewhere):
                supporting += weight
            if (
                in_bag == 0.0
                and asked_elsewhere
                and term in ENTITIES
                and not any(bag_get(alias, 0.0) for alias in ALIASES.get(term, ()))
            ):
                entity_conflict = True  # (named by another name of the same people: no)
        bag_coverage = covered / total
        unexplained = max(0.0, 1.0 - supporting / total)
        # Phrasings that reduce to the same words and question type score the same. This
        # runs for every candidate: the groups that share a word with the question are
        # reached through the fact's word -> groups index, not by testing every group.
        groups_of = indexed.groups_by_term.get
        reaching = [
            (groups, weight, share)
            for term, weight, _, share, _ in asked
            if (groups := groups_of(term, ()))
        ]
        asked_type = analysis.question_type
        # (x * 1.0 is x: the same overlaps as multiplying only on a type mismatch)
        group_weights, type_fits = indexed.group_weights, indexed.type_fits[asked_type]
        if len(reaching) == 1:
            best_overlap, best_group = top_group_of_one(*reaching[0], group_weights, type_fits)
        elif reaching:
            best_overlap, best_group = top_group(
                reaching, len(indexed.groups), group_weights, type_fits
            )
        else:
            best_overlap, best_group = 0.0, -1
        if best_group >= 0:
            best_phrasing = indexed.groups[best_group].text
        else:
            best_phrasing = indexed.phrasings[0].text if indexed.phrasings else indexed.fact.id
        lexical = PHRASING_WEIGHT * best_overlap + COVERAGE_WEIGHT * bag_coverage
        if best_ratio >= VERBATIM_RATIO:
            lexical = max(lexical, best_ratio / 100.0)
        if quoted >= QUOTE_RATIO:
            # Someone quoting the fact's text (a verse, say) is asking about that fact.
            lexical = max(lexical, quoted / 100.0)
            unexplained = 0.0
        fit = type_factor(analysis.question_type, indexed.fact.answer_type, indexed.asked_types)
        score = 100.0 * lexical * fit
        return Candidate(
            fact=indexed.fact,
            score=round(score, 1),
            phrasing=best_phrasing,
            unexplained=unexplained,
            entity_conflict=entity_conflict,
            type_fits=fit == 1.0,
        )


# A question's verbatim_ratio and quote_ratio to the facts it was compared with, by position.
_Ratios = tuple[dict[int, float], dict[int, float]]
