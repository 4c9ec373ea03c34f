"""Yes/no details a statement claims: whether fighting took place at Tabuk, whether the
Prophet killed Ukaydir. Some facts hold such a detail (a POLARITY slot in their answer key,
most of them denying the fighting); a statement that claims it is judged by them all
together (knowledge/statements.py asks `judge` before its other checks, and `unchecked`
keeps a claim of fighting that no such fact settled from being judged «صحيح» by words
alone).
"""

from __future__ import annotations

from collections.abc import Callable

from knowledge.analysis import other_event
from knowledge.answer_keys import (
    AnswerKeys,
    Slot,
    SlotKind,
    can_mention,
    core_word,
    forms_of,
    mentions,
    words_of,
)
from knowledge.claim_reading import Claim
from knowledge.claim_scope import without_purposes
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.fact_checks import NEUTRAL_PARTIES
from knowledge.models import Fact
from knowledge.statement_words import negated

# Whether facts state the rest of a statement (StatementCoverage.covers, as the judge binds it).
Covers = Callable[..., bool]


def _about_mutah(words: tuple[str, ...]) -> bool:
    """Whether a statement names Mu'tah (whose fighting the Tabuk facts do not deny)."""
    return any("موت" in w or "مؤت" in w for w in words)


class PolarClaims:
    """Judges the yes/no details a statement claims by the facts that hold them."""

    def __init__(
        self,
        engine: AnswerEngine,
        keys: AnswerKeys,
        slots: Callable[[Fact], tuple[Slot, ...]],
        claims: Callable[[str], list[Claim]],
        covers: Covers,
    ) -> None:
        self._engine = engine
        self._keys = keys
        self._slots = slots
        self._claims = claims
        self._covers = covers
        self._polar_slots: list[tuple[Fact, Slot]] | None = None
        # From the keys, which never change: every value held as a yes/no detail.
        self._values = tuple(
            value
            for key in keys.keys.values()
            for slot in key.slots
            if slot.kind is SlotKind.POLARITY
            for value in slot.values
        )

    def unchecked(self, words: tuple[str, ...]) -> bool:
        """Whether the statement claims something some key holds as a yes/no detail (the
        fighting denied at Tabuk; a statement about Mu'tah's fighting is judged as any other)."""
        if _about_mutah(words):
            return False
        words = without_purposes(words)
        present = forms_of(words)
        return any(
            can_mention(present, v) and mentions(words, v, exact=True) for v in self._values
        )

    def judge(self, statement: str) -> tuple[bool, Fact, Reply] | None:
        """«وقع قتال في تبوك»: judged by the facts that hold fighting as a yes/no detail (all
        say it did not happen), when the statement is about Tabuk and they all agree."""
        words = without_purposes(words_of(statement))
        if other_event(words) is not None or _about_mutah(words):
            return None
        present = forms_of(words)
        if self._polar_slots is None:  # the engine's facts do not change: list them once
            self._polar_slots = [
                (fact, slot)
                for fact in self._engine.facts
                for slot in self._slots(fact)
                if slot.kind is SlotKind.POLARITY
            ]
        matched = [
            (fact, slot)
            for fact, slot in self._polar_slots
            if any(can_mention(present, v) and mentions(words, v, exact=True) for v in slot.values)
            and self._names_its_person(fact, words)
        ]
        verdicts = {negated(words) == slot.negated for _, slot in matched}
        if len(verdicts) != 1:
            return None
        verdict = verdicts.pop()
        # The most specific fact first (no_battle before the outcome and the overview).
        facts = tuple(
            sorted(dict.fromkeys(fact for fact, _ in matched), key=lambda f: len(self._slots(f)))
        )
        if verdict and not self._covers(facts, statement, self._claims(statement), strict=True):
            return None
        # «سقط في غزوة مؤ تة القادة الثلاثة الذين تولوا إدارة المعركة»: what marks Mu'tah
        # (answer_keys.json, riddle) says the fighting is Mu'tah's, even where a damaged
        # «مؤتة» is not read as the event's name; the facts deny fighting at Tabuk only.
        if any(mentions(words, marker) for marker in self._keys.mutah_markers):
            return None
        reply = self._engine.answer("هل " + statement)
        if reply.answered and reply.fact in facts:
            return verdict, reply.fact, reply
        return verdict, facts[0], Reply(Outcome.ANSWER, fact=facts[0])

    def _names_its_person(self, fact: Fact, words: tuple[str, ...]) -> bool:
        """Whether a statement names the person a fact's yes/no detail is about, when the fact
        is about someone («قتل النبي أكيدر»): «السفير الذي قتل» is no claim about Ukaydir."""
        people = [
            value
            for slot in self._slots(fact)
            if slot.kind is SlotKind.PERSON
            for value in slot.values
            if {core_word(word) for word in value} - NEUTRAL_PARTIES
        ]
        return not people or any(mentions(words, value) for value in people)
