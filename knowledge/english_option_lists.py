"""Options written as a list after an English stem, with no letters: «… against the:
Persians / Romans / Quraysh», «… was called ____ (Jaish al-Fath, Jaish al-Usrah, …)»,
«… ? options: Shawwal, Rajab or Ramadan». Part of reading English forms
(knowledge/english_forms.py)."""

from __future__ import annotations

import re

# Where the list starts: after the stem's colon, question mark or blank (an «options:» or
# «choices:» label may follow), or at an opening bracket ending the line.
_LIST_START = re.compile(
    r"(?:[:?]|_{2,}|…|\.{3,})\s*(?:(?:options|choices)\s*:\s*)?\(?\s*(?=\S)", re.IGNORECASE
)
_SEPARATOR = re.compile(r"\s*/\s*|\s*,\s*(?:or\s+)?|\s+or\s+", re.IGNORECASE)
# The fewest options such a list holds, and the longest option (in words): a list of names or
# short phrases, not a sentence with commas.
_FEWEST = 3
_LONGEST = 4


def separated_options(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """The stem, the options and their labels («1», «2», …) of a one-line stem followed by
    three or more short options separated by slashes, commas or «or»; else None."""
    if "\n" in text.strip():
        return None
    for start in _LIST_START.finditer(text):
        rest = text[start.end() :].strip().rstrip(").?").strip()
        options = tuple(item.strip(" .;") for item in _SEPARATOR.split(rest))
        if (
            len(options) >= _FEWEST
            and all(options)
            and all(len(option.split()) <= _LONGEST for option in options)
            and not any("?" in option for option in options)
        ):
            stem = text[: start.start() + 1].strip(" ([")
            labels = tuple(str(number) for number in range(1, len(options) + 1))
            return stem, options, labels
    return None
