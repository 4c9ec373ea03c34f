"""fill_from_text() reads only the facts whose texts hold each blank's anchor words (the
word right before it and the word right after it), through the facts' TextIndex: the same
result as reading every fact."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from knowledge import cloze
from knowledge.base import load_shipped
from knowledge.cloze import BLANK, TextIndex, fill_from_text

_FACTS = tuple(load_shipped().facts)


def _blanked(rng: random.Random, text: str) -> str:
    """A sentence of the text with one or two runs of its words blanked out, as an exam
    sheet copies it (some with a word changed, so that not every one fits)."""
    words = text.split()
    start = rng.randrange(len(words))
    end = min(len(words), start + rng.randint(1, 3))
    lo, hi = max(0, start - rng.randint(0, 8)), min(len(words), end + rng.randint(0, 8))
    kept = [*words[lo:start], BLANK, *words[end:hi]]
    if rng.random() < 0.3 and len(kept) > 4:
        second = rng.randrange(len(kept))
        if kept[second] != BLANK:
            kept[second] = BLANK
    if rng.random() < 0.2:
        other = rng.choice(_FACTS).answer.split()
        kept[rng.randrange(len(kept))] = rng.choice(other)
    return " ".join(kept)


def _sentences() -> list[str]:
    rng = random.Random(19)
    texts = [text for fact in _FACTS for text in (fact.answer, fact.source) if text.split()]
    made = [_blanked(rng, rng.choice(texts)) for _ in range(150)]
    return [*made, f"{BLANK} قدم نصف ماله", f"رابط النبي بجنوده عند {BLANK}", BLANK, "بلا فراغ"]


@pytest.fixture
def every_fact_read(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], cloze.Filled | None]:
    """fill_from_text() as it was before the anchors: every fact's texts read in full."""

    def plain(sentence: str) -> cloze.Filled | None:
        with monkeypatch.context() as patch:
            patch.setattr(cloze, "_anchors", lambda pieces: ())
            return fill_from_text(sentence, _FACTS)

    return plain


def test_the_index_fills_as_reading_every_fact(
    every_fact_read: Callable[[str], cloze.Filled | None],
) -> None:
    index = TextIndex(_FACTS)
    filled = 0
    for sentence in _sentences():
        expected = every_fact_read(sentence)
        assert fill_from_text(sentence, index) == expected, sentence
        assert fill_from_text(sentence, _FACTS) == expected, sentence
        filled += expected is not None
    assert filled > 25  # (the sentences fill often enough to compare fillings, not Nones)


def test_a_sentence_without_anchors_reads_every_fact() -> None:
    """A lone blank has no word around it: no fact is set aside."""
    assert TextIndex(_FACTS).holding(()) == _FACTS


def test_an_anchor_no_text_holds_sets_every_fact_aside() -> None:
    assert TextIndex(_FACTS).holding((frozenset({"زقزقزق"}),)) == ()
