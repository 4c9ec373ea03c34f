"""Pairing the two columns of a matching exercise, each pair only where the facts state it.

Each item of the first column is read with each item of the second as a statement, both
ways round («عثمان بن عفان قدم 950 جملا …», «قدم 950 جملا … هو عثمان بن عفان»), and judged
by the statement judge. A pair is supported when one reading is «صحيح» and none «خطأ». An
item is paired only when exactly one item of the other column supports it and that item
supports no other: a wrong pair is worse than none, and the second column is no set of
options to guess from by elimination. The fact confirming a pair must be one each item asked
alone leads to (its answer or a fact offered, or their wholes and parts): the judge confirms
«جيش العسرة قدم 950 جملا …» with Uthman's gift, which names the army only in passing. An
item with a value of one kind (a month, a year, a number) is never paired with a description
that asks another kind («رجب» with «السنة التي وقعت فيها الغزوة»: the fact giving the month
gives the year too).
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.answer_keys import SlotKind
from knowledge.column_reading import Columns
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.form_replies import MessageReply, PartReply, Status
from knowledge.message import MAX_PARTS
from knowledge.message_models import Form, Option, Part, ReadMessage
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.statements import StatementJudge

# Words that say what kind of value a description is («الشهر الذي …», «عدد …»).
_KIND_WORDS: dict[str, SlotKind] = {
    **dict.fromkeys(("شهر", "الشهر", "بشهر"), SlotKind.MONTH),
    **dict.fromkeys(("سنه", "السنه", "عام", "العام", "بسنه"), SlotKind.YEAR),
    **dict.fromkeys(("عدد", "تعداد", "كم"), SlotKind.NUMBER),
}
# The kinds a value is read as to compare with those words.
_VALUE_KINDS = frozenset({SlotKind.MONTH, SlotKind.YEAR, SlotKind.NUMBER})


@dataclass(frozen=True, slots=True)
class _Support:
    """Whether a pair is stated, and the fact that states it."""

    stated: bool
    fact: Fact | None = None


class ColumnPairer:
    """Pairs a matching exercise's columns with one statement judge."""

    def __init__(self, engine: AnswerEngine, judge: StatementJudge) -> None:
        self._engine = engine
        self._judge = judge

    def _reach(self, reply: Reply) -> frozenset[str]:
        """The facts an item asked alone leads to: the engine's answer or the facts it
        offers, each with its wholes and parts (a donor's gift and the list of gifts)."""
        found = [reply.fact] if reply.answered and reply.fact is not None else []
        found += [candidate.fact for candidate in reply.suggestions]
        ids = {fact.id for fact in found}
        for fact in found:
            ids.update(self._engine.wholes(fact.id))
            ids.update(part.id for part in self._engine.parts(fact.id))
        return frozenset(ids)

    def answer(self, text: str, columns: Columns) -> MessageReply:
        """One part per item of the first column (at most MAX_PARTS answered), each paired
        or said to be unsettled in its place."""
        # (each item asked alone once; a pair no fact reaches from both sides is not judged)
        alone = {item: self._engine.answer(item) for item in (*columns.left, *columns.right_texts)}
        reach = {item: self._reach(reply) for item, reply in alone.items()}
        support = {
            (a, b): self._support(a, b, reach[a] & reach[b])
            for a in columns.left
            for b in columns.right_texts
        }
        replies: list[PartReply] = []
        for item in columns.left[:MAX_PARTS]:
            part = Part(Form.PAIRING, item, item, columns.right)
            pair = self._pair(item, columns, support)
            if pair is None:
                # Not paired, but what the text says of the item itself helps the reader pair
                # it: shown after the word that the pair is unsettled, not counted as paired.
                own = alone[item]
                fact = own.fact if own.answered else None
                reply = own if fact is not None else Reply(Outcome.UNKNOWN)
                replies.append(PartReply(part, reply, Status.UNSETTLED, fact=fact))
                continue
            option, fact = pair
            reply = Reply(Outcome.ANSWER, fact=fact)
            replies.append(PartReply(part, reply, Status.CHOICE, fact=fact, choice=option))
        read = ReadMessage(
            tuple(reply.part for reply in replies),
            more=max(0, len(columns.left) - MAX_PARTS),
            changed=True,
            preamble=True,
        )
        return MessageReply(text, read, tuple(replies))

    def _pair(
        self, item: str, columns: Columns, support: dict[tuple[str, str], _Support]
    ) -> tuple[Option, Fact] | None:
        stated = [b for b in columns.right if support[item, b.text].stated]
        if len(stated) != 1:
            return None
        chosen = stated[0]
        others = [a for a in columns.left if a != item and support[a, chosen.text].stated]
        fact = support[item, chosen.text].fact
        if others or fact is None:
            return None
        return chosen, fact

    def _support(self, left: str, right: str, shared: frozenset[str]) -> _Support:
        """Whether the pair is stated, by a fact in `shared`: the facts both items lead to."""
        if not shared or self._kinds_clash(left, right) or self._kinds_clash(right, left):
            return _Support(False)
        fact: Fact | None = None
        for statement in (f"{left} {right}", f"{right} هو {left}"):
            judged = self._judge.judge(statement)
            if judged.verdict is False:
                return _Support(False)
            if judged.verdict is True and fact is None:
                fact = judged.fact
        if fact is None or fact.id not in shared:
            return _Support(False)
        return _Support(True, fact)

    def _kinds_clash(self, value: str, description: str) -> bool:
        """Whether `value` is a month, a year or a number and `description` asks for another
        of these kinds and not this one."""
        asked = {_KIND_WORDS[w] for w in normalize(description).split() if w in _KIND_WORDS}
        kinds = {claim.kind for claim in self._judge.claims(value)} & _VALUE_KINDS
        return bool(asked and kinds and not asked & kinds)
