"""Admin buttons and their callback data (at most 64 bytes, all starting with "ad:")."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import texts
from bot.clip import one_line
from bot.keyboards import row_id
from knowledge.models import AnswerType

PREFIX = "ad"
CALLBACK_DATA_MAX = 64
# Guided /addfact: the answer type, then save or drop the draft.
DRAFT_TYPE = "ty"
DRAFT_SAVE = "nf"
# /addfact sent while a draft is open: throw the draft away (1) or keep it (0).
DRAFT_DISCARD = "dd"
# A previewed change (/answer, /delfact, /import): confirm or cancel.
CONFIRM = "ok"
CANCEL = "no"
# /facts pages.
FACTS_PAGE = "fl"
# /unanswered: attach a question to a fact, or dismiss it.
ATTACH = "uq"
DISMISS = "ux"
# /unanswered: start a new fact from the question.
NEW_FACT = "un"
# The stamp carried by a confirm button: the start of the version or fingerprint it saw.
STAMP_CHARS = 16
ATTACH_LABEL_MAX = 40

DRAFT_PATTERN = rf"^{PREFIX}:({DRAFT_TYPE}|{DRAFT_SAVE}|{DRAFT_DISCARD}|{NEW_FACT}):"
NEW_FACT_PATTERN = rf"^{PREFIX}:{NEW_FACT}:\d+$"
PENDING_PATTERN = rf"^{PREFIX}:({CONFIRM}|{CANCEL}):"
FACTS_PAGE_PATTERN = rf"^{PREFIX}:{FACTS_PAGE}:"
UNANSWERED_PATTERN = rf"^{PREFIX}:({ATTACH}|{DISMISS}):"


@dataclass(frozen=True, slots=True)
class PendingChoice:
    pending_id: int
    confirmed: bool
    stamp: str


@dataclass(frozen=True, slots=True)
class FactsPage:
    page: int
    query: str


@dataclass(frozen=True, slots=True)
class UnansweredChoice:
    question_id: int
    fact_id: str | None  # None: dismiss


def fits(data: str) -> bool:
    return len(data.encode("utf-8")) <= CALLBACK_DATA_MAX


def _data(*parts: object) -> str:
    return ":".join([PREFIX, *(str(part) for part in parts)])


def answer_type_keyboard() -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            texts.ANSWER_TYPE_LABELS[kind.value], callback_data=_data(DRAFT_TYPE, kind.value)
        )
        for kind in AnswerType
    ]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


def draft_save_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(texts.BUTTON_CONFIRM, callback_data=_data(DRAFT_SAVE, 1)),
                InlineKeyboardButton(texts.BUTTON_CANCEL, callback_data=_data(DRAFT_SAVE, 0)),
            ]
        ]
    )


def draft_discard_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(texts.BUTTON_DISCARD, callback_data=_data(DRAFT_DISCARD, 1))],
            [InlineKeyboardButton(texts.BUTTON_KEEP, callback_data=_data(DRAFT_DISCARD, 0))],
        ]
    )


def parse_new_fact(data: str) -> int | None:
    """The asked question's id under a «➕ حقيقة جديدة» button."""
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != PREFIX or parts[1] != NEW_FACT or row_id(parts[2]) is None:
        return None
    return int(parts[2])


def parse_draft(data: str) -> tuple[str, str] | None:
    """("ty", answer type), ("nf", "1"/"0") or ("dd", "1"/"0")."""
    parts = data.split(":")
    kinds = (DRAFT_TYPE, DRAFT_SAVE, DRAFT_DISCARD)
    if len(parts) != 3 or parts[0] != PREFIX or parts[1] not in kinds:
        return None
    return parts[1], parts[2]


def confirm_keyboard(
    pending_id: int, expected: str, label: str = texts.BUTTON_CONFIRM
) -> InlineKeyboardMarkup:
    """Confirm carries the version (or base fingerprint) the preview was made from."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    label,
                    callback_data=_data(CONFIRM, pending_id, expected[:STAMP_CHARS]),
                ),
                InlineKeyboardButton(texts.BUTTON_CANCEL, callback_data=_data(CANCEL, pending_id)),
            ]
        ]
    )


def parse_pending(data: str) -> PendingChoice | None:
    parts = data.split(":")
    if len(parts) < 3 or parts[0] != PREFIX or row_id(parts[2]) is None:
        return None
    if parts[1] == CONFIRM and len(parts) == 4 and parts[3]:
        return PendingChoice(int(parts[2]), confirmed=True, stamp=parts[3])
    if parts[1] == CANCEL and len(parts) == 3:
        return PendingChoice(int(parts[2]), confirmed=False, stamp="")
    return None


def facts_page_data(page: int, query: str) -> str:
    return _data(FACTS_PAGE, page, query)


def facts_keyboard(page: int, pages: int, query: str) -> InlineKeyboardMarkup | None:
    """Previous / next buttons; the search word travels in the callback data."""
    row = []
    if page > 0:
        row.append(
            InlineKeyboardButton(
                texts.BUTTON_PREVIOUS, callback_data=facts_page_data(page - 1, query)
            )
        )
    if page + 1 < pages:
        row.append(
            InlineKeyboardButton(texts.BUTTON_NEXT, callback_data=facts_page_data(page + 1, query))
        )
    return InlineKeyboardMarkup([row]) if row else None


def parse_facts_page(data: str) -> FactsPage | None:
    parts = data.split(":", 3)
    if len(parts) != 4 or parts[0] != PREFIX or parts[1] != FACTS_PAGE:
        return None
    if row_id(parts[2]) is None:
        return None
    return FactsPage(page=int(parts[2]), query=parts[3])


def unanswered_keyboard(
    question_id: int, suggestions: list[tuple[str, str]]
) -> InlineKeyboardMarkup:
    """One button per suggested fact (labelled with its first question), then dismiss."""
    rows = []
    for fact_id, question in suggestions:
        data = _data(ATTACH, question_id, fact_id)
        if fits(data):
            label = texts.BUTTON_ATTACH.format(label=one_line(question, ATTACH_LABEL_MAX))
            rows.append([InlineKeyboardButton(label, callback_data=data)])
    rows.append(
        [InlineKeyboardButton(texts.BUTTON_NEW_FACT, callback_data=_data(NEW_FACT, question_id))]
    )
    rows.append(
        [InlineKeyboardButton(texts.BUTTON_DISMISS, callback_data=_data(DISMISS, question_id))]
    )
    return InlineKeyboardMarkup(rows)


def parse_unanswered(data: str) -> UnansweredChoice | None:
    parts = data.split(":")
    if len(parts) < 3 or parts[0] != PREFIX or row_id(parts[2]) is None:
        return None
    if parts[1] == ATTACH and len(parts) == 4 and parts[3]:
        return UnansweredChoice(int(parts[2]), parts[3])
    if parts[1] == DISMISS and len(parts) == 3:
        return UnansweredChoice(int(parts[2]), None)
    return None
