"""What the message reader gives: the parts of a message and the form of each."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from knowledge.message_options import Option


class Form(StrEnum):
    """The form of one part of a message."""

    QUESTION = "question"
    HEADLINE = "headline"
    BLANK = "blank"
    TRUE_FALSE = "true_false"
    CHOICE = "choice"
    RIDDLE = "riddle"
    # An item of a column-matching exercise, its options the other column (column_pairs.py).
    PAIRING = "pairing"
    # «رتب الأحداث الآتية حسب وقوعها»: a list of events to order (knowledge/order_answers.py).
    ORDERING = "ordering"


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a message, cleaned, with its form.

    `text` is what the engine is asked (a question for QUESTION, HEADLINE, CHOICE; the
    statement for TRUE_FALSE; the sentence with the blank marked «…» for BLANK; the
    description for RIDDLE); `original` is the part as the user wrote it.
    """

    form: Form
    text: str
    original: str
    options: tuple[Option, ...] = ()
    # What came before the question (a story, a lead-in): never the answer's deciding words,
    # but a question that only points at it («شو القصة؟») is read with it.
    context: str = ""
    # The form was marked (options, «أكمل», dots, «صح أم خطأ», a riddle's ending); an
    # unmarked blank or statement is first asked as a plain question.
    marked: bool = True
    # The part starts a line or a numbered item: a question of its own, not a follow-up.
    own_line: bool = True
    # The part's line is numbered («2) مؤتة قبل تبوك»): an item, never the end of the line
    # before it broken by the phone.
    numbered: bool = False


@dataclass(frozen=True, slots=True)
class ReadMessage:
    """A message read into parts; `changed` says whether the reader removed or rewrote text."""

    parts: tuple[Part, ...]
    more: int = 0
    greeted: bool = False
    changed: bool = False
    # Text around the question was dropped (a story, an address, an exam-sheet line): the
    # message as a whole must not decide the answer.
    preamble: bool = False
    # «قارن بين A وB» was read as two parts, one per side compared.
    compared: bool = False
