"""One fact against one claimed detail: the answer-key slots a fact's text still states,
and whether the fact states the detail a statement claims, another value of its kind, or
nothing of that kind (StatementJudge.check, and everything that judges options, blanks and
riddles through it)."""

from __future__ import annotations

from collections import defaultdict

from knowledge.answer_keys import (
    NUMERIC_KINDS,
    AnswerKeys,
    Slot,
    SlotKind,
    core_word,
    forms_of,
    mentions,
    phrase,
    read_numbers,
    words_of,
)
from knowledge.approx_numbers import near_enough
from knowledge.bounded_figures import against_lower_bound
from knowledge.claim_reading import Claim
from knowledge.models import Fact
from knowledge.statement_words import open_list
from knowledge.tuning import FACT_CHECK_CACHE_SIZE

# Parties named in passing («المسلمون تراجعوا», «في حجر النبي»): they must be stated for
# «صحيح» but never make a statement false by themselves.
NEUTRAL_PARTIES = frozenset({"مسلمين", "مسلمون", "مسلم", "النبي", "الرسول", "نبي", "رسول"})
THE_PROPHET = frozenset({"نبي", "رسول"})


def prophet_as_one_word(words: tuple[str, ...]) -> tuple[str, ...]:
    """«رسول الله», «نبي الله» as «رسول», «نبي»: the Prophet, whom the facts call «النبي»
    (the stemmer reads «رسول» as «نبي», but «الله» after it is no word of theirs); other
    words as they are."""
    if len(words) == 2 and words[1] == "الله":
        first = core_word(words[0])
        # («لرسول الله», «برسول الله»: a one-letter preposition the article's absence leaves)
        first = first[1:] if first[:1] in "لبو" and first[1:] in THE_PROPHET else first
        if first in THE_PROPHET:
            return (first,)
    return words


def in_passing(claim: Claim) -> bool:
    """The Muslims or the Prophet named in passing («في حجر النبي», «للنبي», «لرسول الله»)."""
    words = prophet_as_one_word(claim.words)
    return bool(words) and {core_word(w) for w in words} <= NEUTRAL_PARTIES


# Places and parties name the event and its sides: with one left out, the question may be
# about another event than the statement («… في غزوة مؤتة» asked «أين …» is Tabuk's place).
# Their contradiction counts only from a fact the statement as a whole is about.
SIDES = frozenset({SlotKind.PLACE, SlotKind.PARTY})


class FactChecks:
    """The slots of the answer keys each fact states, and claims checked against a fact."""

    def __init__(self, keys: AnswerKeys, facts: tuple[Fact, ...] = ()) -> None:
        self._keys = keys
        self._facts = facts
        self._ids = frozenset(fact.id for fact in facts)
        self._grounded: dict[str, tuple[Slot, ...]] = {}
        # Each answer's words and numbers, by its text: check() reads them of every fact a
        # riddle's detail or an option is checked against, and a text never changes them.
        self._words: dict[str, tuple[str, ...]] = {}
        self._numbers: dict[str, tuple[int, ...]] = {}
        self._checked: dict[tuple[str, str, Claim], int] = {}
        # Which of `facts` a claim can be checked anything but 0 against (see may_differ):
        # by the kinds of their slots, by whether their answers give a figure, and by the
        # forms of their answers' words. A riddle's details are checked against every fact
        # and most facts say nothing of a detail: on a large base that scan was the cost.
        self._by_kind: dict[SlotKind, list[int]] = defaultdict(list)
        self._numbered: list[int] = []
        self._by_form: dict[str, list[int]] = defaultdict(list)
        for position, fact in enumerate(facts):
            for kind in dict.fromkeys(slot.kind for slot in self.slots(fact)):
                self._by_kind[kind].append(position)
            if self._answer_numbers(fact):
                self._numbered.append(position)
            for form in forms_of(self._answer_words(fact)):
                self._by_form[form].append(position)

    def may_differ(self, claim: Claim) -> list[Fact]:
        """The facts given at construction that check() may give +1 or -1 for the claim, in
        their order; it gives 0 for every other one. A fact without a slot of the claim's
        kind is checked by its answer's figures (a claimed number) or by its answer
        mentioning the claim's words, which needs a form of their first word."""
        positions = set(self._by_kind.get(claim.kind, ()))
        if claim.number is not None:
            positions.update(self._numbered)
        if claim.words:
            by_form = self._by_form
            for form in forms_of(claim.words[:1]):
                positions.update(by_form.get(form, ()))
        return [self._facts[position] for position in sorted(positions)]

    def best_check(self, claim: Claim, skipped: frozenset[str] = frozenset()) -> int:
        """The highest check() of the claim over the facts given at construction whose ids
        are not `skipped` (0 for none), through may_differ(): exactly what checking every
        one of them gives."""
        best: int | None = None
        considered = 0
        for fact in self.may_differ(claim):
            if fact.id in skipped:
                continue
            considered += 1
            check = self.check(fact, claim)
            if check > 0:
                return check
            best = check if best is None else max(best, check)
        if considered < len(self._facts) - len(skipped & self._ids):
            best = 0 if best is None else max(best, 0)  # a fact not considered gives 0
        return 0 if best is None else best

    def _answer_words(self, fact: Fact) -> tuple[str, ...]:
        """words_of(fact.answer), read once per answer text."""
        found = self._words.get(fact.answer)
        if found is None:
            found = self._words[fact.answer] = words_of(fact.answer)
        return found

    def _answer_numbers(self, fact: Fact) -> tuple[int, ...]:
        """The numbers (not the years) of read_numbers(fact.answer), read once per text."""
        found = self._numbers.get(fact.answer)
        if found is None:
            found = self._numbers[fact.answer] = read_numbers(fact.answer)[0]
        return found

    def slots(self, fact: Fact) -> tuple[Slot, ...]:
        """The key's slots that the fact's current answer still states (admins edit facts)."""
        cached = self._grounded.get(fact.id + "\0" + fact.answer)
        if cached is not None:
            return cached
        key = self._keys.get(fact.id)
        grounded: list[Slot] = []
        if key is not None:
            words = words_of(fact.answer)
            numbers, years = read_numbers(fact.answer)
            for slot in key.slots:
                if slot.kind is SlotKind.YEAR:
                    ok = slot.number in years
                elif slot.kind in NUMERIC_KINDS:
                    ok = slot.number in numbers
                else:
                    ok = any(mentions(words, value) for value in slot.values) or (
                        slot.kind is SlotKind.POLARITY and mentions(words, phrase(slot.answer))
                    )
                if ok:
                    grounded.append(slot)
        result = tuple(grounded)
        self._grounded[fact.id + "\0" + fact.answer] = result
        return result

    def check(self, fact: Fact, claim: Claim) -> int:
        """+1 when the fact states the claimed detail, -1 when it states another value of
        that kind, 0 when it says nothing of that kind (kept per fact text and claim: a
        riddle's details and a message's options are checked against the same facts again
        and again, and the keys never change)."""
        key = (fact.id, fact.answer, claim)
        found = self._checked.get(key)
        if found is None:
            found = self._check(fact, claim)
            if len(self._checked) >= FACT_CHECK_CACHE_SIZE:
                self._checked.pop(next(iter(self._checked)))
            self._checked[key] = found
        return found

    def _check(self, fact: Fact, claim: Claim) -> int:
        # («للنبي», «بالرسول»: the Prophet named in passing, whatever the prefix; «المسلمين»
        # is not, since who retreated before whom is what a statement may swap)
        # («كانت تبوك آخر غزوة لرسول الله»: the Prophet, though the fact writes «النبي»)
        prophet = prophet_as_one_word(claim.words)
        named = {core_word(word) for word in prophet}
        # («حالفت الروم ضد المسلمين»: the Muslims as the side opposed are every enemy's
        # opponent, so a fact naming only the enemy's allies does not contradict them)
        opposed = claim.opposed and named <= NEUTRAL_PARTIES
        if prophet and (set(prophet) <= NEUTRAL_PARTIES or named <= THE_PROPHET or opposed):
            return 1 if mentions(self._answer_words(fact), prophet) else 0
        if claim.number is not None:
            # «أكثر من / أقل من ثلاثين ألفًا» against the answer's «أكثر من أربعين ألفًا»
            bounded = against_lower_bound(fact.answer, claim.number, claim.bound)
            if bounded is not None:
                return bounded
        same_kind = [slot for slot in self.slots(fact) if slot.kind is claim.kind]
        if not same_kind:
            # Not a detail this fact is checked on, but named in its text all the same
            # («الآية 38» in the fact that quotes at-Tawbah 38), or another figure is.
            if claim.number is not None:
                given = self._answer_numbers(fact)
                near = claim.approx and near_enough(claim.number, given)
                return 0 if not given else 1 if claim.number in given or near else -1
            return 1 if claim.words and mentions(self._answer_words(fact), claim.words) else 0
        if claim.number is not None:
            values = [n for s in same_kind for n in (s.number, *s.also) if n is not None]
            near = claim.approx and near_enough(claim.number, values)
            return 1 if claim.number in values or near else -1
        if any(
            mentions(value, claim.words) or mentions(claim.words, value)
            for slot in same_kind
            for value in slot.values
        ):
            return 1
        # («أبو بكر وعمر … وغيرهم»: a list of people left open names no one it leaves out)
        others = claim.kind is SlotKind.PERSON and open_list(fact)
        return 0 if mentions(self._answer_words(fact), claim.words) or others else -1
