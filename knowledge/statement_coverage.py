"""Whether facts state the rest of a statement: the words it says besides the details it
claims («لكثرة عدده» is not stated by the fact of the army's number). knowledge/statements.py
asks it before «صحيح», and of the fact a claim's contradiction rests on."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from knowledge.answer_keys import (
    THOUSAND_WORDS,
    Slot,
    SlotKind,
    core_word,
    forms_of,
    same_word,
    words_of,
)
from knowledge.claim_reading import Claim
from knowledge.engine import AnswerEngine
from knowledge.models import Fact
from knowledge.named_unstated import names_someone_unstated
from knowledge.normalize import normalize, without_conjunction
from knowledge.question_rewrites import drop_honorifics
from knowledge.said_as_asked import said_as_asked
from knowledge.statement_words import NEGATIONS, negated, stresses_denial, unplaced_name
from knowledge.stemming import is_stopword, stem
from knowledge.totality import whole_unstated
from knowledge.tuning import CLAIMS_CACHE_SIZE, STATEMENT_COVERAGE

# Words that qualify a number («أكثر من», «حوالي»): left out with it when it is masked.
# «ألفًا» after a number is part of the number, judged by the claim; as a word it is no
# detail of its own for the fact to state (the text writes «أربعين ألف»).
# Dialect verbs of doing and bringing («دار معاهدة», «جابوا معهم لخم»): the noun after them
# says what was done, and is checked; the verb itself claims no act of its own.
_LIGHT_VERBS = frozenset(
    "دار داروا دارو دارت عمل عملوا عملو عملت سوى سوا سووا سوو سوت جاب جابوا جابو جابت".split()
)
_PEOPLE_OF = frozenset(normalize(w) for w in ("أهل", "سكان", "أهالي"))
# The kinds of detail whose values in the key are ways to name what a fact states.
_NAMED = frozenset({SlotKind.PLACE, SlotKind.PERSON})
# Prepositions before a noun that governs a name («في خلافة عمر», «بأمر عثمان»).
# Words a tribe's name follows («قبيلة أسلم», «بنو غفار»): the name is a name, not a word to
# read by its stem («أسلم» is no «إسلامها» of the delegations).
_TRIBE_OF = frozenset(normalize(w) for w in ("قبيلة", "بني", "بنو", "بنى"))
_PREPOSITIONS = frozenset("في ب من على عن الى حتي منذ".split())
# «زمن غزوة تبوك», «في فترة الغزوة»: the expedition named as the time of a claim, which every
# fact tells of: the time word claims nothing the fact must state.
_TIME_OF = frozenset(normalize(w) for w in ("زمن", "فترة", "أيام", "عصر"))
_THE_EXPEDITION = frozenset(normalize(w) for w in ("غزوة", "الغزوة", "تبوك"))
# A noun and its broken plural, which the stemmer keeps apart («سبب»: «أسباب»; «وفد»: «وفود»):
# «كان سببها اعتداء الروم …» says what the fact tells as «من أسباب غزوة تبوك …».
_BROKEN_PLURALS = {
    **{one: many for one, many in (("سبب", "اسباب"), ("وفد", "وفود"), ("درس", "دروس"))},
    **{many: one for one, many in (("سبب", "اسباب"), ("وفد", "وفود"), ("درس", "دروس"))},
}


class StatementCoverage:
    """The words facts state, read once per version of the facts, and whether they state
    the rest of a statement."""

    def __init__(
        self,
        engine: AnswerEngine,
        slots: Callable[[Fact], tuple[Slot, ...]],
        first_names: frozenset[str],
    ) -> None:
        self._engine = engine
        self._slots = slots
        self._first_names = first_names
        self._stated: dict[
            tuple[tuple[str, str, str], ...], tuple[frozenset[str], frozenset[str]]
        ] = {}

    def covers(
        self,
        fact: Fact | tuple[Fact, ...],
        statement: str,
        claims: list[Claim],
        share: float = 0.0,
        *,
        strict: bool = False,
    ) -> bool:
        """Whether the fact (or facts) states the rest of the statement too («لكثرة عدده» it
        does not). `strict` (for «صحيح»): a word left unstated may only be one the base's
        words do not know (a slip, a dialect filler); a word it knows that the fact does not
        state claims something else («انتصروا إلى داخل بلادهم», «جيش النصر»)."""
        facts = fact if isinstance(fact, tuple) else (fact,)
        claimed = {word for claim in claims for word in claim.words}
        stated, written = self._stated_words(facts)
        said = drop_honorifics(words_of(statement))  # («رضي الله عنه» claims nothing)
        # («أهل دومة الجندل», «سكان أيلة»: the people of a place claimed are that place)
        places = {claim.words[0] for claim in claims if claim.kind is SlotKind.PLACE}
        # («ما قاتل المسلمون أحدًا»: under a denial, «anyone» is the denial's stress)
        denied = negated(said)
        own = [
            w
            for at, w in enumerate(said)
            if not is_stopword(w)
            and not (
                core_word(w) in _PEOPLE_OF and said[at + 1 : at + 2] and said[at + 1] in places
            )
            and core_word(w) not in claimed
            and not without_conjunction(w, "و").isdigit()  # «و50»: a figure, checked as a claim
            and w not in THOUSAND_WORDS
            and core_word(w) not in _LIGHT_VERBS
            and not (core_word(w) in _TIME_OF and core_word(_next(said, at)) in _THE_EXPEDITION)
            and w not in NEGATIONS
            and not (denied and stresses_denial(said, at))
            and len(w) > 2
        ]
        if not own:
            return True
        unstated = [
            w
            for w in own
            if not (
                stem(core_word(w)) in stated
                or _BROKEN_PLURALS.get(stem(core_word(w)), "") in stated
                or core_word(w) in stated
                or any(same_word(w, other) for other in written)
            )
        ]
        tribes = {w for before, w in pairwise(said) if core_word(before) in _TRIBE_OF}
        if strict and any(core_word(w) not in written and w not in written for w in tribes):
            return False  # («كانت قبيلة أسلم مع النبي»: a tribe the fact does not name)
        if strict and whole_unstated(said, words_of(" ".join(one.answer for one in facts))):
            return False  # («عثمان جهز الجيش كله»: the fact never says the whole army)
        if strict:
            # (a word people use when they ask for this fact, in its phrasings, is a way to
            # say what it states: «خرج» for the date, «زاد» for the number)
            matcher = self._engine.matcher
            vocabulary = matcher.vocabulary
            asked: set[str] = set()
            for one in facts:
                profile = matcher.profile(one.id)
                asked |= profile.terms if profile is not None else set()
            if any(
                (term := stem(core_word(w), vocabulary)) in vocabulary and term not in asked
                for w in unstated
            ) or names_someone_unstated(facts, unstated, vocabulary):
                return False
            unstated = said_as_asked(facts, statement, own, unstated, asked, claimed, vocabulary)
            said = words_of(statement)
            # («أرسل النبي عليا …»: a first name of someone the keys know as a rival)
            names = self._first_names
            unknown = [w for w in unstated if stem(core_word(w), vocabulary) not in vocabulary]
            if any(
                unplaced_name(w, said, vocabulary, matcher.correction(stem(core_word(w)), w))
                or not forms_of((w,)).isdisjoint(names)
                for w in unknown
            ):
                return False
            if any(_governs_a_name(w, said, claims) for w in unknown):
                return False
            # (one such word may be a slip; two are a claim of their own: «على خلاف عادته»)
            if sum(matcher.correction(stem(core_word(w)), w) is None for w in unknown) > 1:
                return False
        return 1 - len(unstated) / len(own) >= (share or STATEMENT_COVERAGE)

    def _stated_words(self, facts: tuple[Fact, ...]) -> tuple[frozenset[str], frozenset[str]]:
        """What facts state, for covers(): their words' stems and cores (and the key's ways
        to name their places and people), and their content words as written. Read once
        per version of the facts: a statement is checked against the same facts many times."""
        cache_key = tuple((one.id, one.answer, one.source) for one in facts)
        found = self._stated.get(cache_key)
        if found is not None:
            return found
        text = " ".join(f"{one.answer} {one.source}" for one in facts)
        # (the fact's function words state nothing: its «على» is no «عليا» in the statement)
        content = [w for w in words_of(text) if not is_stopword(w)]
        stated = {stem(core_word(w)) for w in content}
        stated |= {core_word(w) for w in content}
        # (the key's own ways to name a place or person: «أهل أيلة» for «سكان أيلة»; not
        # its other values, which may be what the fact denies: «انتصار»)
        stated |= {
            stem(word)
            for one in facts
            for slot in self._slots(one)
            if slot.kind in _NAMED
            for value in slot.values
            for word in value
        }
        found = (frozenset(stated), frozenset(content))
        if len(self._stated) >= CLAIMS_CACHE_SIZE:
            self._stated.pop(next(iter(self._stated)))
        self._stated[cache_key] = found
        return found


def _governs_a_name(word: str, said: tuple[str, ...], claims: list[Claim]) -> bool:
    """Whether an unknown word stands after a preposition and right before a person the
    statement claims («كانت غزوة تبوك في خلافة عمر»): a noun governing the name claims a
    time, an office or a deed of that person («في عهد», «بأمر»), which the fact naming the
    person must state; it is no slip to excuse («في خلافة عمر» is not Umar's gift)."""
    firsts = {claim.words[0] for claim in claims if claim.kind is SlotKind.PERSON and claim.words}
    return any(
        current == word and before in _PREPOSITIONS and after in firsts
        for before, current, after in zip(said, said[1:], said[2:], strict=False)
    )


def _next(words: tuple[str, ...], at: int) -> str:
    """The word after the one at `at`, or «» at the end."""
    return words[at + 1] if at + 1 < len(words) else ""
