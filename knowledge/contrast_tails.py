"""A statement closed by the value it is not («عمر قدم نص ماله مو كله», «كانت في رجب مش
رمضان»): the denied value after «مو/مش/وليس/لا» is one of the same kind as a value the statement
claims, set against it; the statement says what its head says, and is judged by it."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.answer_keys import SlotKind, words_of
from knowledge.claim_reading import Claim

# «مو كله», «مش رمضان», «وليس ماله كله», «لا نصه»: a denial and at most two words closing it.
_CONTRAST = re.compile(
    r"^(?P<head>.+?)\s*[،,]?\s+(?:مو|مش|موب|مب|مهوب|وليس|وليست|ليس|لا|وما)"
    r"\s+(?P<tail>\S+(?:\s+\S+)?)\s*[.!]*$"
)
# The shares of one's wealth («كله», «نصه», «ثلثه»): the reader finds them only beside «ماله».
_SHARES = frozenset(words_of("كل كله كلها نص نصه نصف نصفه ثلث ثلثه ربع ربعه"))
# Kinds of value whose other value excludes the claimed one.
_EXCLUSIVE = frozenset({SlotKind.SHARE, SlotKind.MONTH, SlotKind.NUMBER, SlotKind.YEAR})
_MIN_HEAD_WORDS = 3


def contrasted_head(statement: str, claims: Callable[[str], list[Claim]]) -> str | None:
    """The statement's head when it closes by denying another value of a kind its head
    claims; None otherwise."""
    found = _CONTRAST.match(statement.strip())
    if found is None or len(found["head"].split()) < _MIN_HEAD_WORDS:
        return None
    head, tail = found["head"], words_of(found["tail"])
    kinds = {c.kind for c in claims(head)} & _EXCLUSIVE
    if not kinds:
        return None
    tail_kinds = {c.kind for c in claims(found["tail"])}
    if SlotKind.SHARE in kinds and all(word in _SHARES for word in tail):
        tail_kinds.add(SlotKind.SHARE)
    return head if tail_kinds & kinds else None
