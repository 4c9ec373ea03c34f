"""Known gaps: details about Tabuk that people ask and the source text does not state.

The list lives in knowledge/data/known_gaps.json and is curated by hand, like the facts.
Each gap says what the text does not state («عدد جيش الروم»), how a question asking it is
recognised, and which facts are nearest (offered as buttons). A question that asks a known
gap is told so honestly instead of being answered with a nearby fact: answering the number
of Roman troops with the Muslims' number would be a confident wrong answer.

A pattern is recognised by the question's content words (stemmed as the matcher stems them):
`all` words must be there, none of the `none` words, and, when given, the `phrase` as typed
(for names made of function words, «أبي طالب») and the kind of detail the question `asks`
(a number, a time, ...).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Container, Iterable
from dataclasses import dataclass
from importlib import resources

from knowledge.analysis import Analysis
from knowledge.content_terms import content_terms
from knowledge.demonstratives import DEMONSTRATIVES
from knowledge.lexicon import QuestionType
from knowledge.models import FACT_ID_PATTERN, Fact
from knowledge.normalize import has_arabic, normalize
from knowledge.stemming import is_stopword, stem

KNOWN_GAPS_NAME = "known_gaps.json"
DETAIL_MAX = 120
MAX_NEAR = 3
_PATTERN_KEYS = frozenset({"all", "none", "asks", "phrase"})


class KnownGapsError(ValueError):
    """A known-gaps file that cannot be used; the message names the record."""


@dataclass(frozen=True, slots=True)
class GapPattern:
    """Words (as typed in the data file) that together ask a gap."""

    all: tuple[str, ...]
    none: tuple[str, ...] = ()
    asks: QuestionType | None = None
    # Words that must follow one another as typed (normalised): names whose words are also
    # function words, such as «أبي طالب».
    phrase: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class KnownGap:
    """A detail the source text does not state, and the facts nearest to it."""

    id: str
    detail: str
    patterns: tuple[GapPattern, ...]
    near: tuple[str, ...]


def _words(record: dict[str, object], key: str, label: str) -> tuple[str, ...]:
    value = record.get(key, "")
    if not isinstance(value, str):
        raise KnownGapsError(f"{label}: '{key}' must be a string of words")
    return tuple(normalize(value).split())


def _pattern(raw: object, label: str) -> GapPattern:
    if isinstance(raw, str):
        raw = {"all": raw}
    if not isinstance(raw, dict) or not set(raw) <= _PATTERN_KEYS:
        raise KnownGapsError(f"{label}: a pattern is a string or an object with all/none/asks")
    asks = raw.get("asks")
    try:
        kind = QuestionType(asks) if asks is not None else None
    except ValueError:
        raise KnownGapsError(f"{label}: 'asks' must be a question type, not {asks!r}") from None
    pattern = GapPattern(
        _words(raw, "all", label), _words(raw, "none", label), kind, _words(raw, "phrase", label)
    )
    if not content_terms(pattern.all) and not pattern.phrase:
        raise KnownGapsError(f"{label}: a pattern needs a content word in 'all' or a 'phrase'")
    return pattern


def parse_gaps(data: object, fact_ids: Container[str], *, origin: str) -> tuple[KnownGap, ...]:
    """Validate a decoded known-gaps document against the facts it points to."""
    if not isinstance(data, dict) or not isinstance(data.get("gaps"), list):
        raise KnownGapsError(f"{origin}: expected an object with a 'gaps' list")
    gaps: list[KnownGap] = []
    for index, record in enumerate(data["gaps"]):
        label = f"{origin}: gap #{index}"
        if not isinstance(record, dict):
            raise KnownGapsError(f"{label}: must be an object")
        gap_id = record.get("id")
        if not isinstance(gap_id, str) or not FACT_ID_PATTERN.match(gap_id):
            raise KnownGapsError(f"{label}: 'id' must be lowercase Latin letters, digits, '_'")
        label = f"{label} ({gap_id!r})"
        if any(gap.id == gap_id for gap in gaps):
            raise KnownGapsError(f"{label}: duplicate id")
        detail = record.get("detail")
        if not isinstance(detail, str) or not has_arabic(detail) or len(detail) > DETAIL_MAX:
            raise KnownGapsError(f"{label}: 'detail' must be Arabic, at most {DETAIL_MAX} chars")
        patterns = record.get("patterns")
        if not isinstance(patterns, list) or not patterns:
            raise KnownGapsError(f"{label}: 'patterns' must be a non-empty list")
        near = record.get("near")
        if (
            not isinstance(near, list)
            or not 1 <= len(near) <= MAX_NEAR
            or not all(isinstance(fact_id, str) and fact_id in fact_ids for fact_id in near)
        ):
            raise KnownGapsError(f"{label}: 'near' must list 1-{MAX_NEAR} ids of known facts")
        gaps.append(
            KnownGap(
                id=gap_id,
                detail=detail.strip(),
                patterns=tuple(
                    _pattern(raw, f"{label} pattern #{i}") for i, raw in enumerate(patterns)
                ),
                near=tuple(near),
            )
        )
    return tuple(gaps)


def load_shipped_gaps(fact_ids: Container[str]) -> tuple[KnownGap, ...]:
    """The curated list that ships with the package, checked against the shipped facts."""
    resource = resources.files("knowledge") / "data" / KNOWN_GAPS_NAME
    try:
        data = json.loads(resource.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise KnownGapsError(
            f"knowledge/data/{KNOWN_GAPS_NAME}: not valid JSON: {error}"
        ) from None
    return parse_gaps(data, fact_ids, origin=f"knowledge/data/{KNOWN_GAPS_NAME}")


@dataclass(frozen=True, slots=True)
class _CompiledPattern:
    gap: KnownGap
    all: frozenset[str]
    none: frozenset[str]
    asks: QuestionType | None
    phrase: str


@dataclass(frozen=True, slots=True)
class AddedText:
    """What an admin added to the base: a new fact, or a shipped fact as an edit left it,
    with the texts of its shipped version (empty for a new fact)."""

    terms: frozenset[str]
    texts: tuple[str, ...]
    before: tuple[str, ...] = ()


def fact_texts(fact: Fact | None) -> tuple[str, ...]:
    """The texts a fact states its detail in: answer, phrasings and keywords."""
    return (fact.answer, *fact.questions, *fact.keywords) if fact is not None else ()


def _holds(pattern: _CompiledPattern, terms: frozenset[str], padded: tuple[str, ...]) -> bool:
    """Whether texts (with these words; normalised, a space either side) state what a
    pattern asks."""
    if not pattern.all <= terms:
        return False
    return not pattern.phrase or any(pattern.phrase in text for text in padded)


class GapFinder:
    """Recognises questions that ask a known gap, with words stemmed as the matcher does.

    A gap is a detail the base does not state. Once an admin states it (a new fact, or an
    edit bringing its words to a shipped fact: «ناقة النبي القصواء»), its patterns stand
    down, so the admin's fact answers the question instead of the "not stated" reply."""

    def __init__(
        self,
        gaps: Iterable[KnownGap],
        vocabulary: Container[str],
        added: Iterable[AddedText] = (),
    ) -> None:
        self._patterns: list[_CompiledPattern] = []
        for gap in gaps:
            for pattern in gap.patterns:
                wanted = frozenset(content_terms(pattern.all, vocabulary))
                self._patterns.append(
                    _CompiledPattern(
                        gap,
                        wanted,
                        frozenset(content_terms(pattern.none, vocabulary)),
                        pattern.asks,
                        f" {' '.join(pattern.phrase)} " if pattern.phrase else "",
                    )
                )
        # A gap whose detail an admin's text now states (any of its patterns holds there and
        # did not in the shipped version) stands down as a whole.
        stated: set[str] = set()
        self._index_patterns()
        for text in added:
            now = tuple(f" {normalize(new)} " for new in text.texts)
            # Only the patterns one of the text's words reaches can hold there (as in find():
            # a base of 10,000 added facts tested every pattern against every fact).
            reached = self._reached(text.terms, {word for new in now for word in new.split()})
            if not reached:
                continue
            then = tuple(f" {normalize(old)} " for old in text.before)
            before = frozenset(
                term for old in then for term in content_terms(old.split(), vocabulary)
            )
            stated.update(
                pattern.gap.id
                for pattern in map(self._patterns.__getitem__, reached)
                if _holds(pattern, text.terms, now)
                and not (text.before and _holds(pattern, before, then))
            )
        if stated:
            self._patterns = [
                pattern for pattern in self._patterns if pattern.gap.id not in stated
            ]
            self._index_patterns()

    def _index_patterns(self) -> None:
        """Each pattern under one word a question must hold for it to fit: a term it needs
        (the rarest among patterns), else its phrase's first word. find() then tests only
        the patterns some word of the question reaches, not all of them."""
        uses = Counter(term for pattern in self._patterns for term in pattern.all)
        self._terms = frozenset(uses)
        self._by_term: dict[str, list[int]] = defaultdict(list)
        self._by_word: dict[str, list[int]] = defaultdict(list)
        self._unindexed: list[int] = []
        for index, pattern in enumerate(self._patterns):
            if pattern.all:
                self._by_term[min(pattern.all, key=lambda term: (uses[term], term))].append(index)
            elif pattern.phrase.strip():
                self._by_word[pattern.phrase.split()[0]].append(index)
            else:
                self._unindexed.append(index)

    def _reached(self, terms: Iterable[str], words: Iterable[str]) -> list[int]:
        """The patterns a text with these terms and words may fit, in pattern order: those
        indexed under one of them, and those with no word to index."""
        reached = set(self._unindexed)
        for term in terms:
            reached.update(self._by_term.get(term, ()))
        for word in words:
            reached.update(self._by_word.get(word, ()))
        return sorted(reached)

    def find(self, analysis: Analysis, terms: Iterable[str] = ()) -> KnownGap | None:
        """The first gap whose pattern the question fits, if any. `terms` adds readings of
        the question's words found later (typo corrections)."""
        present = set(analysis.terms) | set(terms)
        # Words the facts never use are stemmed by the matcher's vocabulary alone, so «ل»
        # stays on a name only a gap knows («وش صار لكعب بن مالك»). (Only «ل» «to»: a whole
        # stemming by the gaps' terms reads «أصلًا» as «origin», and «ب» «باذن الله» as
        # «permission»; «و» starts words, «وصلوا».)
        present.update(
            word[1:]
            for word in analysis.normalized.split()
            if word[:1] == "ل" and word[1:] in self._terms
        )
        text = f" {analysis.normalized} "
        # («من هو هذا السفير»: a demonstrative before the noun asks the same as «من هو السفير»)
        said = analysis.normalized.split()
        plain = f" {' '.join(w for w in said if w not in DEMONSTRATIVES)} "
        # in pattern order: the first that fits wins
        for index in self._reached(present, set(said)):
            pattern = self._patterns[index]
            if (
                (pattern.phrase in text or pattern.phrase in plain)
                and pattern.all <= present
                and not pattern.none & present
                and (pattern.asks is None or pattern.asks is analysis.question_type)
            ):
                return pattern.gap
        return None


def asks_the_lacking(text: str, gap: KnownGap | None) -> bool:
    """Whether a question names, in its own content words, the detail a known gap is about
    («ومن الذي قتله؟» and «… ولا من قتله»): a follow-up read with the question before it."""
    if gap is None:
        return False
    detail = {stem(word) for word in normalize(gap.detail).split() if not is_stopword(word)}
    return any(stem(word) in detail for word in normalize(text).split() if not is_stopword(word))
