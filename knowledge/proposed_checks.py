"""Answering a question pasted with the asker's own answer, and judging that answer.

The question is answered as if asked alone (knowledge/proposed_answers.py reads it apart
from the answer and the check). Then:
- a key's option («المفتاح عندي: (أ)») under a question with options is right when it is the
  option chosen from the facts, wrong when another option is chosen; with no option chosen
  nothing is said of it;
- a mark before a statement («وضعت (✓) أمام العبارة: «…»») is right when the statement's
  verdict is the mark's, wrong when the verdict is the other one; an unsettled statement is
  said to be unsettled;
- a written answer («جوابي: لأنه كان قليل العدد») is not judged (its words are the asker's,
  not a claim the judge reads safely): the question's answer is shown for the asker to compare.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from knowledge.choices import answer_in_stem
from knowledge.expedition_aliases import apply_aliases
from knowledge.form_replies import MessageReply, PartReply, Status
from knowledge.message_models import Form, Part, ReadMessage
from knowledge.message_options import Option
from knowledge.normalize import normalize
from knowledge.proposed_answers import ProposedAnswer

# A proposed answer of at most this many words is judged as a claim; a longer one is compared.
SHORT_ANSWER_MAX_WORDS = 5

# (the labels people type for the same option: «أ», «ا», «a», «1»)
_SAME_LABEL = (
    ("أ", "ا", "a", "1", "١"),
    ("ب", "b", "2", "٢"),
    ("ج", "c", "3", "٣"),
    ("د", "d", "4", "٤"),
)


def _label_index(label: str) -> int | None:
    folded = label.strip().lower()
    return next((i for i, same in enumerate(_SAME_LABEL) if folded in same), None)


def _given_option(proposed: ProposedAnswer, options: tuple[Option, ...]) -> Option | None:
    """The option the asker gave: by its label, or by its whole text."""
    label = proposed.label
    if label is not None:
        by_label = [o for o in options if o.label and o.label.strip().lower() == label.lower()]
        if len(by_label) == 1:
            return by_label[0]
        index = _label_index(label)
        return options[index] if index is not None and index < len(options) else None
    given = normalize(proposed.answer)
    same = [o for o in options if normalize(o.text) == given]
    return same[0] if len(same) == 1 else None


def check_proposed(
    text: str,
    proposed: ProposedAnswer,
    answer: Callable[[str], MessageReply],
    judge: Callable[[Part], PartReply],
) -> MessageReply | None:
    """The reply to the question with a verdict on the asker's answer where one is safe
    (`answer` answers a message, `judge` a true/false part); None when the question read
    alone has no part to answer."""
    if proposed.mark is not None:
        statement = Part(Form.TRUE_FALSE, apply_aliases(proposed.question), proposed.question)
        judged = judge(statement)
        if judged.status is Status.VERDICT and judged.verdict is not None:
            judged = dataclasses.replace(
                judged, verdict=judged.verdict == proposed.mark, proposed=proposed.answer
            )
        return MessageReply(text, ReadMessage((statement,), preamble=True), (judged,))
    reply = answer(proposed.question)
    if not reply.parts:
        return None
    parts = []
    compared = False
    for part in reply.parts:
        if part.status is Status.CHOICE and part.choice is not None and len(reply.parts) == 1:
            given = _given_option(proposed, part.part.options)
            if given is not None:
                part = dataclasses.replace(
                    part,
                    status=Status.VERDICT,
                    verdict=given == part.choice,
                    proposed=proposed.answer,
                )
        elif part.status is Status.FILLED and part.filled and len(reply.parts) == 1:
            # «أكمل: … جوابي: العسرة»: right when the words filled hold every word given;
            # otherwise compared (a number in words, «تسعمائة وخمسين», is still 950)
            words = set(normalize(proposed.answer).split())
            right = bool(words) and words <= set(normalize(part.filled).split())
            part = dataclasses.replace(
                part,
                status=Status.VERDICT if right else part.status,
                verdict=True if right else None,
                proposed=proposed.answer if right else None,
            )
        elif part.status is Status.ANSWER and part.fact is not None and not compared:
            # (said once, above the first part answered)
            compared = True
            claim = _judged(part, proposed.answer, judge) if len(reply.parts) == 1 else None
            part = (
                claim if claim is not None else dataclasses.replace(part, proposed=proposed.answer)
            )
        parts.append(part)
    return MessageReply(text, dataclasses.replace(reply.message, preamble=True), tuple(parts))


def _judged(part: PartReply, answer: str, judge: Callable[[Part], PartReply]) -> PartReply | None:
    """A short answer («في رمضان سنة 8», «خالد بن الوليد») read into its question as a
    statement and judged («خالد بن الوليد قائد جيش المسلمين في تبوك»): right or wrong only
    when the fact that settles it is the question's own; a longer answer (a reason, an
    explanation in the asker's words) is only compared."""
    if len(answer.split()) > SHORT_ANSWER_MAX_WORDS or part.fact is None:
        return None
    statement = answer_in_stem(part.part.text, answer)
    if statement is None:
        return None
    judged = judge(Part(Form.TRUE_FALSE, statement, statement))
    if judged.status is not Status.VERDICT or judged.fact != part.fact:
        return None
    return dataclasses.replace(
        part, status=Status.VERDICT, verdict=judged.verdict, proposed=answer
    )
