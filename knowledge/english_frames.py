"""Exam phrases that only frame what is asked: «the role of Heraclius in the events leading up
to Tabuk» asks Heraclius' part, «the incident involving the Prophet's ambassador» asks what befell
the ambassador. Their words («event», «lead», «incident») name no fact's content, and read as
content they leave the fact that tells it short of words.

Part of reading English questions (knowledge/english_text.py).
"""

from __future__ import annotations

# Word runs dropped wherever they stand (lower-case words of a question, in order). «The
# events that led to Tabuk» asked alone are its causes: only «in the events …», a scene set
# for another subject, is dropped.
_SCENES = (
    ("events", "leading", "up", "to"),
    ("events", "leading", "to"),
    ("events", "that", "led", "to"),
    ("events", "which", "led", "to"),
    ("events", "that", "led", "up", "to"),
    ("events", "which", "led", "up", "to"),
    ("run", "up", "to"),
)
_FRAMES: tuple[tuple[str, ...], ...] = (
    *(("in", "the", *run) for run in _SCENES),
    ("incident", "involving"),
    # «Describe the location of Tabuk in relation to Madina», «… in terms of the Arab
    # tribes»: what follows is what the question is about, the phrase only joins it.
    ("in", "relation", "to"),
    ("in", "terms", "of"),
    ("with", "regard", "to"),
    ("with", "reference", "to"),
    ("with", "respect", "to"),
    ("in", "the", "context", "of"),
    ("in", "context", "of"),
    ("incident", "of"),
    ("episode", "of"),
    ("episode", "involving"),
)


def without_frames(words: list[str]) -> list[str]:
    """The words with each framing run taken out."""
    out: list[str] = []
    i = 0
    while i < len(words):
        frame = next((f for f in _FRAMES if tuple(words[i : i + len(f)]) == f), None)
        if frame is None:
            out.append(words[i])
            i += 1
        else:
            i += len(frame)
    return out
