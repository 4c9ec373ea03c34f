"""Answering one English question from the same facts as the Arabic engine.

Pure and cautious like the Arabic engine: a question about another event, today's Tabuk or a
detail the text does not state is refused first; otherwise the question's concept terms are
compared with every fact's English phrasings (weighted by rarity) and the answer is given
only when one fact clearly wins, explains the question's words and fits what is asked.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz, process

from knowledge import tuning
from knowledge.engine import shipped_base
from knowledge.english_broad import WHOLE, broad_fact
from knowledge.english_confidence import asked_back, is_confident
from knowledge.english_data import EnglishBase, EnglishDataError, EnglishFact
from knowledge.english_decision import EnglishOutcome, PartReply, Scored
from knowledge.english_entry import (
    Entry,
    Known,
    asks_about,
    defines_asked,
    explains,
    meaning_asked,
)
from knowledge.english_fact_traits import (
    describes,
    named_subject,
    own_fact,
    owner_absent,
    quotes_verse,
    sent_on,
    unexplained_besides,
)
from knowledge.english_focus import asked_terms, focused_ranking
from knowledge.english_lacks import unrivalled_lack
from knowledge.english_lexicon import (
    ANSWERS_TYPES,
    CONCEPTS,
    STRICT_TYPES,
    TYPED_MONTHS,
    opposites_known,
)
from knowledge.english_mutah import about_mutah
from knowledge.english_quotes import VerseQuotes
from knowledge.english_refusals import EnglishRefusals
from knowledge.english_rivals import asks_a_partner, real_rivals
from knowledge.english_rules import (
    ARRIVAL_TERMS,
    BACKGROUND_TERMS,
    COMMON_NAMES,
    COUNT,
    DETAIL_TERMS,
    DOERS,
    GENERAL_TYPES,
    QUOTED_PREFIX,
    ROMAN_DEEDS,
    SCENE_TERMS,
    SUBJECT_TERMS,
    UNTOLD_ASPECTS,
    VERSE_WORDS,
    asks_count,
    asks_definition,
    placed_at_tabuk,
    quoted_token,
    told,
    where_is_place,
    who_is,
)
from knowledge.english_side_deeds import side_deed
from knowledge.english_text import EnglishReader, Reading, is_slip
from knowledge.english_wholes import whole_or_part
from knowledge.lexicon import QuestionType
from knowledge.models import AnswerType, Fact


def _shown(ranking: list[Scored]) -> tuple[Scored, ...]:
    """The leading candidates a decision keeps for `bot ask --explain`."""
    return tuple(ranking[: tuning.EN_EXPLAIN_CANDIDATES])


class EnglishMatcher:
    """Decides English questions against the facts that have English data."""

    def __init__(self, facts: Iterable[Fact], base: EnglishBase) -> None:
        self.base = base
        self.reader = EnglishReader(base)
        self.entries: dict[str, Entry] = {}
        self.quotes = VerseQuotes(self.reader)
        # Each aspect a broad question may name («causes», «preparations») -> the fact that
        # tells it as a whole (english.json «broad»).
        self._broad: dict[str, str] = {}
        facts = tuple(facts)
        # Which facts are parts of which (knowledge/data/tabuk.json «part_of»), live ones.
        live = {fact.id for fact in facts}
        self._part_of = {
            part: tuple(w for w in wholes if w in live)
            for part, wholes in shipped_base().part_of.items()
            if part in live
        }
        for fact in facts:
            english = base.facts.get(fact.id)
            if english is None:
                continue  # a fact an admin added has no English data yet
            entry = Entry(fact=fact, english=english)
            for question in english.questions:
                reading = self.reader.read(question)
                entry.phrasings.append(frozenset(reading.terms) | {"tabuk"})
                entry.phrasing_types.append(reading.question_type)
                entry.asked_types.add(reading.question_type)
            entry.answer_terms = frozenset(self.reader.read(english.answer).terms)
            for word in english.broad:
                aspect = self.reader.read(word).terms
                if len(aspect) != 1 or self._broad.setdefault(aspect[0], fact.id) != fact.id:
                    raise EnglishDataError(
                        f"facts.{fact.id}.broad: {word!r} must read as one aspect of one fact"
                    )
            main = told(english.answer)
            entry.counts = bool(COUNT.search(main))
            entry.main_terms = frozenset(self.reader.read(main).terms)
            entry.vocabulary = set().union(*entry.phrasings) | entry.answer_terms
            if (
                "roman" in entry.answer_terms
                and entry.answer_terms & ROMAN_DEEDS
                and not entry.answer_terms & {"commander", "lead"}
            ):
                # An answer telling what the Romans' forces did speaks of the Roman army
                # («... not to pursue the Roman army»); one naming commanders does not say
                # whose they were.
                entry.vocabulary.add("enemyarmy")
            if english.verse is not None:
                # The verse it quotes is part of its English text: «Explain the verse "O ye
                # who believe ..."» or «the verse of Surah Tawbah» asks this fact.
                verse = english.verse
                entry.vocabulary |= set(
                    self.reader.read(f"{VERSE_WORDS} {verse.sura_name} {verse.translation}").terms
                )
                entry.vocabulary.add(quoted_token(fact.id))
                self.quotes.add(fact.id, verse)
            self.entries[fact.id] = entry
        count = max(len(self.entries), 1)
        frequency: dict[str, int] = {}
        for entry in self.entries.values():
            for term in entry.vocabulary:
                frequency[term] = frequency.get(term, 0) + 1
        self._idf = {term: math.log(1 + count / n) for term, n in frequency.items()}
        self._unseen_weight = math.log(1 + count)
        # Each phrasing's total weight, the same for every question (rank() divides by it).
        self._phrasing_totals = {
            fact_id: tuple(math.fsum(map(self.weight, phrasing)) for phrasing in entry.phrasings)
            for fact_id, entry in self.entries.items()
        }
        self.vocabulary = frozenset(frequency)
        self._known = Known(self.vocabulary, self.reader.name_tokens)
        self._vocabulary_list = sorted(t for t in frequency if t.isalpha())
        self.opposites = opposites_known(frozenset(frequency))
        self.refusals = EnglishRefusals(base, self.reader)
        self._concepts = frozenset(CONCEPTS.values())
        self._ranked: dict[tuple[tuple[str, ...], QuestionType], tuple[Scored, ...]] = {}
        self._asks: dict[tuple[str, str, float], bool] = {}

    @property
    def known(self) -> Known:
        """What the facts know together: all their words, and the names among them."""
        return self._known

    @property
    def aspects(self) -> frozenset[str]:
        """The aspect words a broad question may name («results», «causes»: english.json)."""
        return frozenset(self._broad)

    def fact(self, fact_id: str) -> Fact | None:
        entry = self.entries.get(fact_id)
        return entry.fact if entry else None

    def fact_ids(self) -> tuple[str, ...]:
        """The ids of the facts with English data."""
        return tuple(self.entries)

    def english(self, fact_id: str) -> EnglishFact | None:
        entry = self.entries.get(fact_id)
        return entry.english if entry else None

    def answer_terms(self, fact_id: str) -> frozenset[str]:
        entry = self.entries.get(fact_id)
        return entry.answer_terms if entry else frozenset()

    def is_part_of(self, part_id: str, whole_id: str) -> bool:
        """Is the fact one part of the other (tabuk.json «part_of»: the overview's parts)?"""
        return whole_id in self._part_of.get(part_id, ())

    def knows(self, fact_id: str, term: str) -> bool:
        """Is the term in the fact's English (its phrasings, answer or quoted verse)?"""
        entry = self.entries.get(fact_id)
        return entry is not None and term in entry.vocabulary

    def _asked_with(self, fact_id: str, term: str) -> bool:
        """Is the term in one of the fact's phrasings (what it is asked with)?"""
        return any(term in p for p in self.entries[fact_id].phrasings)

    def weight(self, term: str) -> float:
        return self._idf.get(term, self._unseen_weight)

    # -- matching ---------------------------------------------------------------------------

    def correct(self, terms: tuple[str, ...]) -> tuple[str, ...]:
        """Read a mistyped word as the one known word it is closest to."""
        out: list[str] = []
        for term in terms:
            if (
                term in self.vocabulary
                or term in self._concepts
                or not term.isalpha()
                or len(term) < tuning.EN_TYPO_MIN_LENGTH
            ):
                # A concept is a word the reader knew («threat»), never a slip for another.
                out.append(term)
                continue
            best = process.extract(
                term, self._vocabulary_list, scorer=fuzz.ratio, limit=2,
                score_cutoff=tuning.EN_TYPO_MIN_SIMILARITY,
            )  # fmt: skip
            best = [b for b in best if is_slip(b[0], term)]
            if len(best) == 1 or (len(best) == 2 and best[0][1] > best[1][1]):
                out.append(best[0][0])
            else:
                out.append(term)
        return tuple(dict.fromkeys(out))

    def rank(self, terms: tuple[str, ...], question_type: QuestionType) -> list[Scored]:
        """Every fact's score for the terms, best first (kept per terms and type: a message's
        parts and options rank the same terms several times; the facts never change)."""
        key = (tuple(terms), question_type)
        found = self._ranked.get(key)
        if found is None:
            found = tuple(self._rank(terms, question_type))
            if len(self._ranked) >= tuning.EN_RANKING_CACHE_SIZE:
                self._ranked.pop(next(iter(self._ranked)), None)
            self._ranked[key] = found
        return list(found)

    def _rank(self, terms: tuple[str, ...], question_type: QuestionType) -> list[Scored]:
        query = set(terms) | {"tabuk"}
        # math.fsum: sums over sets, whose order follows the hash seed, are then exact, so
        # a score is the same under every seed (ties are broken by it).
        total = math.fsum(self.weight(t) for t in query)
        if not total:
            return []
        # (weight() itself, unwrapped: it runs for every word of every phrasing sharing one)
        weight, unseen = self._idf.get, self._unseen_weight
        scored: list[Scored] = []
        for fact_id, entry in self.entries.items():
            best = 0.0
            # (the two sums depend on `common` alone: (query - phrasing) & vocabulary is
            # (query & vocabulary) - common, and fsum is exact, so in any order the same
            # float; a fact's phrasings mostly share the same one or two words with a query)
            sums: dict[frozenset[str], tuple[float, float]] = {}
            in_vocabulary = query & entry.vocabulary
            for phrasing, asks, phrasing_total in zip(
                entry.phrasings, entry.phrasing_types, self._phrasing_totals[fact_id], strict=True
            ):
                common = frozenset(query & phrasing)
                if not common:
                    continue
                found = sums.get(common)
                if found is None:
                    found = sums[common] = (
                        math.fsum(weight(t, unseen) for t in common),
                        math.fsum(weight(t, unseen) for t in in_vocabulary - common),
                    )
                shared, extra = found
                cover_q = (shared + tuning.EN_ANSWER_WORD_CREDIT * extra) / total
                cover_p = shared / phrasing_total
                score = 100 * (
                    tuning.EN_QUESTION_COVER_WEIGHT * cover_q
                    + (1 - tuning.EN_QUESTION_COVER_WEIGHT) * cover_p
                )
                if QuestionType.NONE not in (asks, question_type) and asks is not question_type:
                    # «What happened at Tabuk?» is closer to a phrasing asking «what» than
                    # to «Why did Tabuk happen?», which has the same words.
                    score *= tuning.EN_PHRASING_TYPE_FACTOR
                best = max(best, score)
            if best <= 0:
                continue
            # The expedition's own name and date only place the question («in the story of
            # Tabuk», «in Rajab 9 AH»): no fact needs to explain them.
            background = BACKGROUND_TERMS if question_type is not QuestionType.TIME else set()
            unexplained = (
                math.fsum(self.weight(t) for t in query - entry.vocabulary - background) / total
            )
            fits = self._fits(entry, question_type)
            if not fits and question_type is not QuestionType.NONE:
                best *= tuning.EN_TYPE_MISFIT_FACTOR
            scored.append(Scored(entry.fact, best, unexplained, fits))
        scored.sort(key=lambda s: (s.score, s.type_fits), reverse=True)
        return scored

    def _fits(self, entry: Entry, question_type: QuestionType) -> bool:
        if question_type in entry.asked_types:
            return True
        return question_type in ANSWERS_TYPES.get(entry.fact.answer_type.value, set())

    def decide(self, text: str) -> PartReply:
        """The decision for one question or statement."""
        return self.decide_reading(self.reader.read(text))

    @staticmethod
    def dated(reading: Reading) -> bool:
        """Does a statement give a date («Tabuk happened in Shawwal», «... in 10 AH»)?"""
        return any(t in TYPED_MONTHS or t == "rajab" for t in reading.terms) or (
            "ah" in reading.terms and any(t.isdigit() for t in reading.terms)
        )

    def refusal(self, reading: Reading) -> PartReply | None:
        """Another event, today's Tabuk or a known gap: refused before any matching."""
        event = self.refusals.other_event(reading)
        if event:
            return PartReply(EnglishOutcome.OTHER_EVENT, reading, other_event=event)
        if self.refusals.modern(reading):
            return PartReply(EnglishOutcome.MODERN, reading)
        gap = self.refusals.gap(reading)
        if gap:
            return PartReply(EnglishOutcome.GAP, reading, gap=gap)
        return None

    def decide_reading(self, reading: Reading, *, lenient: bool = False) -> PartReply:
        """The decision for a question already read."""
        reading = self.quotes.read(reading)
        if not reading.terms and not reading.unread_arabic:
            return PartReply(EnglishOutcome.EMPTY, reading)
        refused = self.refusal(reading)
        if refused is not None:
            return refused
        terms = self.correct(reading.terms)
        terms = asked_terms(self._broad, self.reader, reading, terms, lenient=lenient)
        ranking = self.rank(terms, reading.question_type)
        known = any(t in self.vocabulary and t != "tabuk" for t in terms) or (
            # «Write a note on Tabuk»: a command over the subject alone asks the whole story.
            reading.commanded and set(terms) <= SUBJECT_TERMS
        )
        if not ranking or not (known or reading.question_type is not QuestionType.NONE):
            return PartReply(EnglishOutcome.UNKNOWN, reading, rule="no known term")
        if asks_definition(reading):
            # «What is jizya?», «Who were the Ansar?»: the term itself, not its part at Tabuk.
            return PartReply(EnglishOutcome.UNKNOWN, reading, rule="asks what a term means")
        detail = [t for t in terms if t in DETAIL_TERMS]
        defined = meaning_asked(self.reader, reading, terms, self.vocabulary)
        if detail:
            # Only facts whose phrasings ask for that kind of detail can answer it.
            ranking = [
                s
                for s in ranking
                if (quotes_verse(self, s.fact.id) and "verse" in terms)
                or (
                    all(any(t in p for p in self.entries[s.fact.id].phrasings) for t in detail)
                    and defines_asked(
                        self.entries[s.fact.id], defined, self.answer_terms(s.fact.id)
                    )
                )
            ]
            if not ranking:
                return PartReply(EnglishOutcome.UNKNOWN, reading, rule="no fact asks that detail")
        opening = reading.normalized.split()[:3]
        if any(w in ("verse", "verses", "ayah", "ayat") for w in opening) and (
            reading.question_type in (QuestionType.THING, QuestionType.NONE)
        ):
            # «Which verse was revealed about them?» asks for a verse: a fact that quotes one.
            quoting = [s for s in ranking if self.entries[s.fact.id].english.verse is not None]
            ranking = quoting or ranking
        if "mutah" not in terms and placed_at_tabuk(reading):
            # «... defeated the Romans in a great battle at Tabuk»: placed at Tabuk, it is not
            # asked of the fact whose subject is Mu'tah; «the events at Tabuk after the
            # Muslims arrived» (an «after» clause) are not what came after the expedition.
            asides = {"mutah", "after"} if "after" in reading.described else {"mutah"}
            ranking = [
                s for s in ranking if not any(self.asks_about(s.fact.id, a) for a in asides)
            ]
            if not ranking:
                return PartReply(EnglishOutcome.UNKNOWN, reading, rule="placed at Tabuk")
        # «Who won at Mu'tah?»: a fact that never mentions Mu'tah tells of Tabuk.
        ranking = about_mutah(self, reading, terms, ranking)
        if (
            not lenient
            and reading.question_type in GENERAL_TYPES
            and set(terms) <= SCENE_TERMS | ARRIVAL_TERMS
            # («Name of the army», «Give the name of the army»: its name is asked)
            and not reading.names
            and not {"name", "names", "title"} & set(reading.normalized.split())
        ):
            # «What happened when the army reached Tabuk?», «What did the army do there?»:
            # only the scene; a fact whose own subject is a name the question does not say
            # (Khalid at Dumat al-Jandal, the army's name) is not what it asks.
            unnamed = [s for s in ranking if not owner_absent(self, s.fact.id, terms)]
            ranking = unnamed or ranking
        quoted = [t for t in terms if t.startswith(QUOTED_PREFIX)]
        if quoted:
            # The quoted words say which verse is meant: another fact's verse is no rival.
            ranking = [
                s
                for s in ranking
                if self.entries[s.fact.id].english.verse is None
                or quoted_token(s.fact.id) in quoted
            ]
            cited = next((s for s in ranking if quoted_token(s.fact.id) in quoted), None)
            if (
                cited is not None
                and cited.unexplained <= tuning.EN_ANSWER_MAX_UNEXPLAINED
                and explains(
                    self.entries[cited.fact.id],
                    # («the significance of verse 117»: an aspect of the verse is the verse's)
                    tuple(t for t in terms if t not in self._broad),
                    known=self._known,
                    lenient=lenient,
                    described=reading.described,
                )
            ):
                # The quotation names the verse: its fact answers what is asked about it.
                return PartReply(
                    EnglishOutcome.ANSWER, reading, fact=cited.fact, score=cited.score,
                    rule="quoted verse", ranked=_shown(ranking),
                )  # fmt: skip
        if "verse" in terms and reading.question_type is QuestionType.PLACE:
            # «quote the verse ... - where is it from?»: a verse is from its sura, not a place.
            reading = replace(reading, question_type=QuestionType.NONE)
            ranking = self.rank(terms, reading.question_type)
        broad = None if lenient else self._broad_answer(terms, reading, ranking)
        if broad is not None:
            return PartReply(
                EnglishOutcome.ANSWER, reading, fact=broad.fact, score=broad.score,
                rule="broad", ranked=_shown(ranking),
            )  # fmt: skip
        deeds = None if lenient else side_deed(self, reading, terms, ranking)
        if deeds is not None:
            # «What did the Romans do before Tabuk?» (knowledge/english_side_deeds.py);
            # a broad question about the expedition itself is decided above
            ranking, terms = deeds
        ranking, several, head = focused_ranking(self, reading, terms, ranking, lenient=lenient)
        top = ranking[0]
        narrow = named_subject(self, terms, reading, ranking)
        if narrow is not None:
            return PartReply(
                EnglishOutcome.ANSWER, reading, fact=narrow.fact, score=narrow.score,
                rule="named subject", ranked=_shown(ranking),
            )  # fmt: skip
        if sent_on(self, top, terms, reading):
            # «Why did Khalid go to Dumat?»: the answer says the Prophet sent him; being sent
            # is why he went («Why was he sent?» asks a reason the text does not give).
            top = replace(top, type_fits=True)
        top, rivals = real_rivals(
            self, top, ranking, terms, reading, several=several, head=head, lenient=lenient
        )
        paired = (
            None
            # («Who were the Ghassanids fighting with?»: the party asked is neither the part
            # nor the whole, and «with» may be beside or against: the two stay to ask back)
            if lenient or asks_a_partner(reading)
            else whole_or_part(
                top, rivals, terms, self._part_of, self._asked_with, tuning.EN_ANSWER_MIN_MARGIN
            )
        )
        if paired is not None:
            # A whole and its part lead together: one of them answers (english_wholes.py).
            top, rivals = paired
        margin = top.score - (rivals[0].score if rivals else 0.0)
        # Words of a clause that only describes («... when the call came») may go unexplained.
        core = unexplained_besides(self, top, terms, reading.described)
        confident = is_confident(reading, top, margin, core, lenient=lenient)
        type_ok = top.type_fits or (
            reading.question_type not in STRICT_TYPES
            # («What was Jaysh al-Usrah and who named it?»: an answer naming no one at all
            # does not say who)
            and not (
                reading.question_type is QuestionType.PERSON
                and not DOERS & self.answer_terms(top.fact.id)
            )
        )
        owned_names = [
            t
            for t in terms
            if t in self.reader.name_tokens
            and t not in COMMON_NAMES
            and self.asks_about(top.fact.id, t)
        ]
        # «the result of Khalid's mission to Dumat»: an aspect of the winner's own subject
        # is the winner's to tell, not the whole expedition's.
        # (not what a person gave, nor why he was sent: UNTOLD_ASPECTS)
        weighed = (
            tuple(t for t in terms if t not in self._broad or t in UNTOLD_ASPECTS)
            if owned_names and not lenient
            else terms
        )
        explained = explains(
            self.entries[top.fact.id],
            weighed,
            known=self._known,
            lenient=lenient,
            described=reading.described,
            counting=asks_count(reading),
        )
        if not explained and confident and type_ok and not lenient:
            explained = unrivalled_lack(self, top, ranking, weighed, reading)
        if where_is_place(reading, self.reader.name_tokens):
            # «Where is Dumat al-Jandal?»: a fact that only names the place does not say where
            # it is.
            return PartReply(EnglishOutcome.UNKNOWN, reading, rule="asks where a place is")
        person = who_is(reading)
        if person is not None and not describes(self, top.fact.id, person):
            # «Who was Abu Bakr?» asks who he was: his gift at Tabuk does not say it.
            return PartReply(
                EnglishOutcome.SUGGEST, reading, suggestions=(top.fact,), why=("who_is",),
                rule="who is", ranked=_shown(ranking),
            )  # fmt: skip
        # «Write about the part played by Usman in equipping the army», «Describe how Abu
        # Bakr helped»: all the gifts and the person's own are close; a question about one
        # person is answered by his own fact, even when the fact of all of them leads.
        own = None if lenient or reading.unread_arabic else self._own_answer(reading, terms)
        if own is not None and (own.fact.id != top.fact.id or not (confident and explained)):
            return PartReply(
                EnglishOutcome.ANSWER, reading, fact=own.fact, score=own.score,
                rule="own fact", ranked=_shown(ranking),
            )  # fmt: skip
        if confident and type_ok and explained:
            return PartReply(
                EnglishOutcome.ANSWER, reading, fact=top.fact, score=top.score,
                rule="confident", ranked=_shown(ranking), margin=margin,
            )  # fmt: skip
        suggestions, why, weighed_figures = asked_back(
            self.vocabulary, reading, terms, ranking, top, rivals,
            (margin, core, confident, type_ok, explained), lenient=lenient,
        )  # fmt: skip
        outcome = EnglishOutcome.SUGGEST if suggestions else EnglishOutcome.UNKNOWN
        return PartReply(
            outcome,
            reading,
            score=top.score,
            suggestions=suggestions,
            why=why,
            weighed=weighed_figures,
            rule="asked back" if suggestions else "nothing close enough",
            ranked=_shown(ranking),
        )

    def _own_answer(self, reading: Reading, terms: tuple[str, ...]) -> Scored | None:
        """The own fact of the one person a question names, when it answers the question."""
        own = own_fact(self, replace(reading, terms=terms))
        if (
            own is not None
            and own.score >= tuning.EN_ANSWER_MIN_SCORE
            and own.unexplained <= tuning.EN_ANSWER_MAX_UNEXPLAINED
            and (own.type_fits or reading.question_type not in STRICT_TYPES)
            and explains(
                self.entries[own.fact.id],
                terms,
                known=self._known,
                lenient=False,
                described=reading.described,
                counting=asks_count(reading),
            )
        ):
            return own
        return None

    def asks_about(
        self, fact_id: str, term: str, share: float = tuning.EN_OWN_SUBJECT_SHARE
    ) -> bool:
        """Do enough of the fact's phrasings name the term to make it the fact's subject?
        (kept: asked of the same facts and terms for every part; the facts never change)"""
        key = (fact_id, term, share)
        found = self._asks.get(key)
        if found is None:
            found = asks_about(self.entries[fact_id], term, share)
            if len(self._asks) >= tuning.EN_READING_CACHE_SIZE:
                self._asks.pop(next(iter(self._asks)), None)
            self._asks[key] = found
        return found

    def _broad_answer(
        self, terms: tuple[str, ...], reading: Reading, ranking: list[Scored]
    ) -> Scored | None:
        """The fact a broad exam question asks (knowledge/english_broad.py), if any."""
        asked = broad_fact(self._broad, self.reader, terms, reading)
        if asked == WHOLE:
            return next((s for s in ranking if s.fact.answer_type is AnswerType.OVERVIEW), None)
        return next((s for s in ranking if s.fact.id == asked), None)
