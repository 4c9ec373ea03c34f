"""One fact's English data as the matcher weighs it, and whether it explains a question.

Kept apart from the matcher (knowledge/english.py) so each module stays small.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.english_data import EnglishFact
from knowledge.english_rules import (
    BROAD_VIEW,
    COMMON_NAMES,
    DETAIL_TERMS,
    PERSON_TOKENS,
    SCENE_TERMS,
    SUBJECT_TERMS,
)
from knowledge.english_text import EnglishReader, Reading
from knowledge.lexicon import QuestionType
from knowledge.models import Fact
from knowledge.tuning import EN_OWN_SUBJECT_SHARE

# Words naming the kind of answer asked («the reason why …», «the place where …», «the date
# of …»), and the question type a fact must answer to tell one without the word.
KIND_TERMS = {
    "reason": QuestionType.REASON,
    "place": QuestionType.PLACE,
    "date": QuestionType.TIME,
    "time": QuestionType.TIME,
}
# Words naming a count itself, not what is counted.
COUNT_WORDS = frozenset({"number", "size", "amount", "total"})


@dataclass(slots=True)
class Entry:
    """One fact's English data read into terms, as the matcher weighs them."""

    fact: Fact
    english: EnglishFact
    phrasings: list[frozenset[str]] = field(default_factory=list)
    phrasing_types: list[QuestionType] = field(default_factory=list)
    vocabulary: set[str] = field(default_factory=set)
    answer_terms: frozenset[str] = frozenset()
    asked_types: set[QuestionType] = field(default_factory=set)
    # Does the answer state a count (a number, in digits or words)?
    counts: bool = False
    # The answer's terms without its other reports («Other reports say ...»).
    main_terms: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Known:
    """What the facts know together: all their words, and the names among them."""

    vocabulary: frozenset[str]
    name_tokens: frozenset[str]


def asks_about(entry: Entry, term: str, share: float = EN_OWN_SUBJECT_SHARE) -> bool:
    """Do enough of the fact's phrasings name the term to make it the fact's subject?"""
    phrasings = entry.phrasings
    return sum(term in p for p in phrasings) / max(len(phrasings), 1) >= share


def explains(
    entry: Entry,
    terms: tuple[str, ...],
    *,
    known: Known,
    lenient: bool,
    described: tuple[str, ...] = (),
    counting: bool = False,
) -> bool:
    """Does the fact explain what the question asks, not only whom it names?"""
    if counting and not entry.counts:
        # «How many mercenaries did Heraclius pay?»: an answer with no number in it does
        # not tell how many.
        return False
    if counting and not set(terms) & (PERSON_TOKENS | {"give"}):
        owner = next((p for p in PERSON_TOKENS if asks_about(entry, p)), None)
        if owner is not None:
            # «How many horses did they have?»: the count in one person's own fact is
            # what he gave, not a count of the army's.
            return False
    # («State the number of horses»: the horses are counted, not «number».)
    counted = next((t for t in terms if t not in known.name_tokens and t not in COUNT_WORDS), None)
    # «How many dinars?»: only other reports mention them; the count is not stated.
    if (
        counting
        and counted is not None
        and counted not in entry.main_terms
        and counted not in SCENE_TERMS
    ):
        return False
    # «Did he (Ukaydir) have to pay anything?»: the winner must explain what is asked
    # about its subject, not only the subject's name.
    asked = [
        t
        for t in terms
        if t not in known.name_tokens
        and t not in SUBJECT_TERMS
        and not (counting and t in COUNT_WORDS)
    ]
    if set(terms) - set(described) <= known.name_tokens | SUBJECT_TERMS:
        # «What did the hypocrites do when the Prophet called for Tabuk?»: what is asked
        # of them is what they did; the clause only says when.
        asked = [t for t in asked if t not in described]
    if asked and not any(t in entry.vocabulary for t in asked):
        return False
    # «What did the people of Ayla agree to give?»: the treaty is known, what they gave
    # is not. A word of what is asked that other facts know but the winner does not is a
    # detail the winner lacks (words that only set the scene excepted).
    # («Give two reasons why the Romans retreated»: «reason» names the kind of answer asked;
    # a fact answering «why» questions tells a reason without the word: KIND_TERMS. «What
    # did Tabuk show about the believers?»: how a thing is seen or shown, BROAD_VIEW, is
    # what the asker makes of the fact, no detail of another.)
    if not lenient and any(
        t not in entry.vocabulary
        and t in known.vocabulary
        and t not in SCENE_TERMS
        and t not in BROAD_VIEW
        and t not in described
        and KIND_TERMS.get(t) not in entry.asked_types
        for t in asked
    ):
        return False
    # «How did the Prophet raise the army?»: a fact that never speaks of the Prophet and
    # tells what another person did (Heraclius) has another doer.
    if (
        not lenient
        and "prophet" in terms
        and "prophet" not in entry.vocabulary
        and entry.answer_terms & PERSON_TOKENS
    ):
        return False
    # «How large was the Byzantine army?» names the Romans, whom the Muslims' army size
    # never mentions: a name the winner does not know is another subject (statements,
    # read leniently, may hold a wrong name on purpose).
    # (A name in a clause that only describes what is asked is not asked: «the month in which
    # the Prophet announced the campaign against the Romans» asks the month.)
    if not lenient and any(
        t in known.name_tokens
        and t not in entry.vocabulary
        and t not in COMMON_NAMES
        and t not in described
        for t in terms
    ):
        return False
    # «What did the Prophet say about Uthman's gift?» asks for words said: only a fact
    # that quotes words (the verses) answers it, not the gift itself.
    # (The answers' «other reports say» does not count: the phrasings must ask it.)
    return (entry.english.verse is not None and "verse" in terms) or not any(
        t in DETAIL_TERMS and not any(t in p for p in entry.phrasings) for t in terms
    )


def lacked_details(
    entry: Entry, terms: tuple[str, ...], *, known: Known, described: tuple[str, ...] = ()
) -> frozenset[str]:
    """The words of what is asked that other facts know and this one does not (the details
    `explains` holds it lacks), and none of them when it knows no word asked at all."""
    asked = [t for t in terms if t not in known.name_tokens and t not in SUBJECT_TERMS]
    if not any(t in entry.vocabulary for t in asked):
        return frozenset()
    return frozenset(
        t
        for t in asked
        if t not in entry.vocabulary
        and t in known.vocabulary
        and t not in SCENE_TERMS
        and t not in described
        and KIND_TERMS.get(t) not in entry.asked_types
    )


# Words that frame a meaning asked («the meaning of the word …», «the name …»), not the
# thing whose meaning it is.
_MEANING_FRAME = frozenset({"mean", "name", "word", "term", "call"})


def defines_asked(entry: Entry, defined: tuple[str, ...], told: frozenset[str]) -> bool:
    """Is a meaning asked («What does ghazwa mean?») of something this fact tells or whose
    meaning its own phrasings ask? A fact that explains one name («What does Jaysh al-Usrah
    mean?») does not define every word a question names: each known word whose meaning is
    asked (`defined`, the frame words aside) must be among the fact's told terms (`told`, its
    answer's) or stand in a phrasing of the fact that asks a meaning (the subject's words,
    «at Tabuk», only when nothing else is asked)."""
    meant = told.union(*(p for p in entry.phrasings if "mean" in p))
    asked = [t for t in defined if t not in _MEANING_FRAME]
    specific = [t for t in asked if t not in SUBJECT_TERMS] or asked
    return all(t in meant for t in specific)


def meaning_asked(
    reader: EnglishReader, reading: Reading, terms: tuple[str, ...], known: frozenset[str]
) -> tuple[str, ...]:
    """The known words whose meaning a question asks («What does ghazwa mean?»: ghazwa);
    in a claim («Jaish al-Usrah means the army of victory») only those before «means», the
    rest being the meaning claimed. Nothing when no meaning is asked."""
    if "mean" not in terms:
        return ()
    words = reading.normalized.split()
    if reading.question_type is QuestionType.NONE:
        at = next((i for i, w in enumerate(words) if w.startswith("mean")), 0)
        words = words[:at]
    # Only the question's own words: «What does it mean?» after «I wrote Jaish al-Usra means
    # 'army of Usman'» asks the meaning of what «it» points to, not of the words around it.
    own = set(reader.read(" ".join(words)).terms) if words else set()
    return tuple(t for t in terms if t in known and t in own)
