"""Named repairs of a message's text, run in order, each able to say what it changed.

Before a message is cut into parts its readers repair the text (keycap numbers, words run
together or spread letter by letter, an exam verb a PDF cut in two, hashtags, timers, …).
Each reader keeps its repairs as one ordered table of (name, function) `Step`s and runs them
with `run_steps`; given a list, `run_steps` also records each step that changed the text, so
that `python -m bot ask --explain` shows the very steps the reply went through, named, and
cannot drift from them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

# One repair: its name (for the operator, in English) and the function that makes it.
Step = tuple[str, Callable[[str], str]]

# How many changed spans one repair lists before it only counts the rest.
SHOWN_CHANGES = 4

# A token of the text: a line break, or a run of anything else but whitespace.
_TOKENS = re.compile(r"\n|[^\s]+")


@dataclass(frozen=True)
class Repair:
    """A step that changed the text: its name, the text before it and after it."""

    name: str
    before: str
    after: str

    def changes(self) -> str:
        """What the step changed, span by span: «before» → «after» (a span only added or
        only taken off is shown with the word beside it)."""
        old, new = _TOKENS.findall(self.before), _TOKENS.findall(self.after)
        spans: list[str] = []
        matcher = SequenceMatcher(None, old, new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            if i1 == i2 or j1 == j2:  # (only added or only taken off: show a word beside it)
                if i1 > 0 and j1 > 0:
                    i1, j1 = i1 - 1, j1 - 1
                elif i2 < len(old) and j2 < len(new):
                    i2, j2 = i2 + 1, j2 + 1
            spans.append(f"«{_shown(old[i1:i2])}» → «{_shown(new[j1:j2])}»")
        if not spans:
            return "spacing only"
        more = len(spans) - SHOWN_CHANGES
        shown = "; ".join(spans[:SHOWN_CHANGES])
        return f"{shown}; and {more} more" if more > 0 else shown


def _shown(tokens: Sequence[str]) -> str:
    """Tokens as one line (a line break shown as ⏎)."""
    return " ".join("⏎" if token == "\n" else token for token in tokens)


def run_steps(text: str, steps: Sequence[Step], trace: list[Repair] | None = None) -> str:
    """The text after every step in order; each step that changed it is appended to
    `trace` when one is given."""
    for name, step in steps:
        repaired = step(text)
        if trace is not None and repaired != text:
            trace.append(Repair(name, text, repaired))
        text = repaired
    return text


def repair_lines(trace: Sequence[Repair]) -> list[str]:
    """The repairs made before a message's parts were read, one line each, for
    `ask --explain` (nothing when none changed the message)."""
    if not trace:
        return []
    return [
        "repairs before the parts were read:",
        *(f"  {repair.name}: {repair.changes()}" for repair in trace),
    ]
