"""Reading a question: its type, its content words (stemmed), and what else it names."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from knowledge.asking_frames import without_made_verb
from knowledge.compared_events import without_comparison
from knowledge.content_terms import content_term_pairs
from knowledge.function_word_slips import with_question_word_slips
from knowledge.lexicon import (
    QuestionType,
)
from knowledge.normalize import normalize, without_conjunction
from knowledge.question_rewrites import (
    camped_as_verb,
    counts_of_people,
    drop_honorifics,
    rewrite_phrases,
    without_concession,
)
from knowledge.question_type import question_type
from knowledge.scope_words import (
    CONTEXTUAL_EVENTS,
    EVENT_AFTER,
    EVENT_PAIRS,
    MODERN_MARKERS,
    MODERN_WHOLE_WORDS,
    NOT_EVENT_BEFORE,
    OTHER_EVENTS,
)
from knowledge.stemming import (
    default_stem,
)
from knowledge.word_mending import join_split_words, mend_collocations


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the matcher needs to know about one question."""

    normalized: str
    words: tuple[str, ...]
    question_type: QuestionType
    terms: tuple[str, ...]
    # The word each term came from, for typo correction when stemming went astray.
    term_words: tuple[str, ...]
    other_event: str | None
    modern: bool

    def without_words(self, dropped: Container[str]) -> Analysis:
        """The question read without the words `dropped` and the terms they gave, to ask
        whether the rest alone still leads to the same fact."""
        kept = [
            (term, word)
            for term, word in zip(self.terms, self.term_words, strict=True)
            if word not in dropped
        ]
        return Analysis(
            normalized=self.normalized,
            words=tuple(word for word in self.words if word not in dropped),
            question_type=self.question_type,
            terms=tuple(term for term, _ in kept),
            term_words=tuple(word for _, word in kept),
            other_event=self.other_event,
            modern=self.modern,
        )


def other_event(words: tuple[str, ...]) -> str | None:
    """The name of a different historical event the question is about, if any."""
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        if following is not None and NOT_EVENT_BEFORE.get(word) == following:
            continue
        if following is not None and (word, following) in EVENT_PAIRS:
            return EVENT_PAIRS[word, following]
        bare = default_stem(word)
        for candidate in (word, bare, word[2:] if word.startswith("ال") else word):
            if candidate in OTHER_EVENTS:
                return OTHER_EVENTS[candidate]
        if index > 0 and default_stem(words[index - 1]) in _EVENT_AFTER_FORMS:
            for candidate in (word, word[2:] if word.startswith("ال") else word):
                if candidate in CONTEXTUAL_EVENTS:
                    return CONTEXTUAL_EVENTS[candidate]
    return None


# The words after which a battle's name means that battle, as typed and stemmed.
_EVENT_AFTER_FORMS = EVENT_AFTER | {default_stem(word) for word in EVENT_AFTER}


# Weather words: today's Tabuk («طقس تبوك»), unless the expedition is named («كيف كان الطقس
# في غزوة تبوك»: the heat the army marched in).
_WEATHER = frozenset({"طقس", "درجه", "حراره"})


_MODERN_BUT_WEATHER = MODERN_MARKERS - _WEATHER


# «today» said of the asker's own day: after a verb of learning or hearing in the first
# person, or a lesson, an exam («حفظت اليوم قوله تعالى …», «في المحاضرة اليوم»), never of
# today's Tabuk (normalised, without «ال»).
_ASKERS_TODAY = frozenset({"اليوم", "النهارده", "النهاردة"})
_ASKERS_DOINGS = frozenset(
    """
    حفظت حفظنا قريت قرات قرينا قرانا سمعت سمعنا درست درسنا تعلمت تعلمنا شفت شفنا شاهدت
    سالت سالنا سالتنا سالني كتبت حضرت حضرنا اخذت اخذنا عندي عندنا امتحان اختبار درس حصه
    محاضره خطبه حلقه
    """.split()
)


def _askers_today(words: tuple[str, ...], index: int) -> bool:
    """Whether the «today» at `index` is the asker's («درسنا اليوم عن غزوة تبوك»)."""
    if not index or words[index] not in _ASKERS_TODAY:
        return False
    before = without_conjunction(words[index - 1], "و")
    return before in _ASKERS_DOINGS or before.removeprefix("ال") in _ASKERS_DOINGS


def is_modern(words: tuple[str, ...]) -> bool:
    """True when the question is about today's Tabuk (the city, its weather, ...)."""
    words = tuple(word for at, word in enumerate(words) if not _askers_today(words, at))
    stems = {default_stem(word) for word in words}
    stems.update(words)
    markers = _MODERN_BUT_WEATHER if "غزو" in stems else MODERN_MARKERS
    return not stems.isdisjoint(markers) or not MODERN_WHOLE_WORDS.isdisjoint(words)


def analyze(text: str, vocabulary: Container[str] | None = None) -> Analysis:
    """Normalise a question and read everything the matcher uses from it."""
    normalized = normalize(text)
    words = tuple(normalized.split())
    if vocabulary is not None:
        words = join_split_words(words, vocabulary)
    words = mend_collocations(words)
    # A mistyped opening question word is read as the question word, never as a slip of
    # a content word (مبن is «مين», not «مؤن»).
    mended = with_question_word_slips(words, vocabulary)
    rewritten = rewrite_phrases(
        drop_honorifics(
            without_comparison(without_concession(counts_of_people(camped_as_verb(mended))))
        )
    )
    pairs = content_term_pairs(without_made_verb(rewritten), vocabulary)
    return Analysis(
        normalized=normalized,
        words=words,
        question_type=question_type(mended),
        terms=tuple(term for term, _ in pairs),
        term_words=tuple(word for _, word in pairs),
        other_event=other_event(rewritten),
        modern=is_modern(words),
    )
