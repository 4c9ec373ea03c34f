"""«State what each of the following gave towards the army of Tabuk: (i) Hazrat Abu Bakr [1]
(ii) Hazrat Umar [1]»: an exam question asked of each listed name in turn, each a question of
its own («State what Hazrat Abu Bakr gave towards the army of Tabuk»). Part of reading English
forms (knowledge/english_forms.py)."""

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


def each_parts(text: str) -> list[str] | None:
    """The question asked of each listed item, or None when the text is not such a list."""
    match = _EACH.match(text.strip())
    if match is None:
        return None
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
