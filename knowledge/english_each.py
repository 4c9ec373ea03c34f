"""«State what each of the following gave towards the army of Tabuk: (i) Hazrat Abu Bakr [1]
(ii) Hazrat Umar [1]»: an exam question asked of each listed name in turn, each a question of
its own («State what Hazrat Abu Bakr gave towards the army of Tabuk»). The names may also be
listed on the same line after a colon (en70): «Name the amount each of these companions gave
for the army: Abu Bakr, Umar, Uthman.», «… each of them gave …: Uthman, Abu Bakr»; read as a
choice among them, the question was answered with the donations as a whole or asked back. Part
of reading English forms (knowledge/english_forms.py)."""

from __future__ import annotations

import re

from knowledge.tuning import EN_EACH_ITEM_MAX_WORDS

_EACH = re.compile(
    r"^(?P<head>.*?)\beach\s+of\s+the\s+following(?:\s+(?:people|persons|companions|men))?\b"
    r"(?P<tail>[^:\n]*?)\s*:?\s*\n(?P<items>.+)$",
    re.IGNORECASE | re.DOTALL,
)
# An item's label opening its line: «(i)», «ii.», «a)», «1.».
_LABEL = re.compile(r"^\s*(?:\((?:[a-h]|i{1,3}|iv|vi?|\d)\)|(?:[a-h]|i{1,3}|iv|vi?|\d)[.)])\s*")
_MARKS = re.compile(r"\s*[\[(]\s*\d+\s*(?:marks?)?\s*[\])]\s*$", re.IGNORECASE)
# The question's number before its words: «4 (a)», «Q3 (b)», «6(a)».
_NUMBER = re.compile(r"^\W*(?:q\s*\.?\s*)?\d*\s*(?:\([a-h]\)|[a-h]\))?\s*", re.IGNORECASE)


# «each of these (companions)», «each of them», «each of the following» with the names after a
# colon on the same line, separated by commas or «and».
_EACH_INLINE = re.compile(
    r"^(?P<head>[^:\n]*?)\beach\s+of\s+(?:the\s+following|these|those|them)"
    r"(?:\s+(?:people|persons|companions|men|sahaba|sahabah|names))?\b"
    r"(?P<tail>[^:\n]*?)\s*:\s*(?P<items>[^:\n?]+?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*", re.IGNORECASE)


def _inline_parts(text: str) -> list[str] | None:
    """The question asked of each name listed after its colon on the same line."""
    match = _EACH_INLINE.match(text.strip())
    if match is None:
        return None
    items = [item.strip(" .") for item in _ITEM_SPLIT.split(match.group("items"))]
    items = [item for item in items if item]
    if len(items) < 2 or any(
        len(item.split()) > EN_EACH_ITEM_MAX_WORDS // 2 or not item[:1].isupper() for item in items
    ):
        return None  # names, each a capitalised word or two
    head = _NUMBER.sub("", match.group("head")).strip()
    tail = match.group("tail").strip()
    return [" ".join(p for p in (head, item, tail) if p) for item in items]


def each_parts(text: str) -> list[str] | None:
    """The question asked of each listed item, or None when the text is not such a list."""
    match = _EACH.match(text.strip())
    if match is None:
        return _inline_parts(text)
    lines = [line for line in match.group("items").splitlines() if line.strip()]
    items = []
    for line in lines:
        label = _LABEL.match(line)
        if label is None:
            return None
        item = _MARKS.sub("", line[label.end() :]).strip(" .,;:")
        if not item or len(item.split()) > EN_EACH_ITEM_MAX_WORDS or "?" in item:
            return None
        items.append(item)
    if len(items) < 2:
        return None
    head = _NUMBER.sub("", match.group("head")).strip()
    tail = match.group("tail").strip()
    return [" ".join(p for p in (head, item, tail) if p) for item in items]
