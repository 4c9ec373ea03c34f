"""Answering an ordering exercise with the order the text states, or saying it does not.

The whole list is one part: ordered only when every event in it is one the text dates
against the others (knowledge/event_order.py); otherwise the reply names the two events
whose order the text does not state, or the one it never places at all.
"""

from __future__ import annotations

from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.event_order import order_items
from knowledge.form_replies import MessageReply, PartReply, Status
from knowledge.message_models import Form, Part, ReadMessage
from knowledge.order_reading import OrderExercise


def answer_order(text: str, exercise: OrderExercise, engine: AnswerEngine) -> MessageReply:
    """The reply to a message holding one ordering exercise."""
    part = Part(Form.ORDERING, " ، ".join(exercise.items), exercise.instruction)
    read = ReadMessage((part,), changed=True, preamble=True)
    facts = {fact.id: fact for fact in engine.facts}
    ordering = order_items(exercise.items, facts)
    if not ordering.order:
        named = tuple(exercise.items[i] for i in ordering.unplaced)
        unsettled = PartReply(part, Reply(Outcome.UNKNOWN), Status.UNSETTLED, order=named)
        return MessageReply(text, read, (unsettled,))
    ordered = tuple(exercise.items[i] for i in ordering.order)
    first = ordering.facts[0]
    reply = Reply(Outcome.ANSWER, fact=first)
    answered = PartReply(
        part, reply, Status.ORDERED, first, order=ordered, evidence=ordering.facts[1:]
    )
    return MessageReply(text, read, (answered,))
