"""One fact against one claimed detail: the answer-key slots a fact's text still states,
and whether the fact states the detail a statement claims, another value of its kind, or
nothing of that kind (StatementJudge.check, and everything that judges options, blanks and
riddles through it)."""

from __future__ import annotations

from knowledge.answer_keys import (
    NUMERIC_KINDS,
    AnswerKeys,
    Slot,
    SlotKind,
    core_word,
    mentions,
    phrase,
    read_numbers,
    words_of,
)
from knowledge.approx_numbers import near_enough
from knowledge.claim_reading import Claim
from knowledge.models import Fact
from knowledge.statement_words import open_list

# Parties named in passing («المسلمون تراجعوا», «في حجر النبي»): they must be stated for
# «صحيح» but never make a statement false by themselves.
NEUTRAL_PARTIES = frozenset({"مسلمين", "مسلمون", "مسلم", "النبي", "الرسول", "نبي", "رسول"})
THE_PROPHET = frozenset({"نبي", "رسول"})


class FactChecks:
    """The slots of the answer keys each fact states, and claims checked against a fact."""

    def __init__(self, keys: AnswerKeys) -> None:
        self._keys = keys
        self._grounded: dict[str, tuple[Slot, ...]] = {}

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
        that kind, 0 when it says nothing of that kind."""
        # («للنبي», «بالرسول»: the Prophet named in passing, whatever the prefix; «المسلمين»
        # is not, since who retreated before whom is what a statement may swap)
        named = {core_word(word) for word in claim.words}
        # («حالفت الروم ضد المسلمين»: the Muslims as the side opposed are every enemy's
        # opponent, so a fact naming only the enemy's allies does not contradict them)
        opposed = claim.opposed and named <= NEUTRAL_PARTIES
        if claim.words and (
            set(claim.words) <= NEUTRAL_PARTIES or named <= THE_PROPHET or opposed
        ):
            return 1 if mentions(words_of(fact.answer), claim.words) else 0
        same_kind = [slot for slot in self.slots(fact) if slot.kind is claim.kind]
        if not same_kind:
            # Not a detail this fact is checked on, but named in its text all the same
            # («الآية 38» in the fact that quotes at-Tawbah 38), or another figure is.
            if claim.number is not None:
                given = read_numbers(fact.answer)[0]
                near = claim.approx and near_enough(claim.number, given)
                return 0 if not given else 1 if claim.number in given or near else -1
            return 1 if claim.words and mentions(words_of(fact.answer), claim.words) else 0
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
        return 0 if mentions(words_of(fact.answer), claim.words) or others else -1
