"""One reading of a negation word (statement_words.is_negation): bare, or with «و»/«ف» glued
on; no other letter makes a word one («علم» is «knew», «كما» is «as»)."""

from __future__ import annotations

import pytest

from knowledge.statement_words import NEGATIONS, is_negation, negated


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("لم", True),
        ("ولم", True),
        ("فما", True),
        ("مش", True),
        ("ومو", True),
        # a letter other than «و»/«ف» before it makes another word
        ("علم", False),
        ("كما", False),
        ("عما", False),
        ("الا", False),
        ("لما", False),
    ],
)
def test_a_negation_is_bare_or_after_waw_or_fa(word: str, expected: bool) -> None:
    assert is_negation(word) is expected


def test_a_narrower_list_of_negations_is_read_the_same_way() -> None:
    text_negations = NEGATIONS - {"ما"}
    assert is_negation("ولم", text_negations)
    assert not is_negation("وما", text_negations)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("النبي", "لم", "يقاتل", "الروم"), True),
        (("علم", "النبي", "بجموع", "الروم"), False),
        (("خرج", "الجيش", "كما", "امر", "النبي"), False),
    ],
)
def test_a_statement_is_negated_only_by_a_negation_word(
    words: tuple[str, ...], expected: bool
) -> None:
    assert negated(words) is expected
