"""One reading of a negation word (statement_words.is_negation): bare, or with «و»/«ف» glued
on; no other letter makes a word one («علم» is «knew», «كما» is «as»). «كما جلب» (as they
brought) in a fact's source is no «ما جلب» (they did not bring): the fact does not deny the
verb itself (claim_scope.denies_itself)."""

from __future__ import annotations

import dataclasses

import pytest

from knowledge.base import load_shipped
from knowledge.claim_scope import denies_itself
from knowledge.statement_words import NEGATIONS, is_negation, negated
from knowledge.stemming import stem


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
        # «أحدًا» stresses a denial: the statement still denies
        (("ما", "قاتل", "المسلمون", "احدا"), True),
    ],
)
def test_a_statement_is_negated_only_by_a_negation_word(
    words: tuple[str, ...], expected: bool
) -> None:
    assert negated(words) is expected


def test_a_fact_saying_as_he_brought_does_not_deny_bringing() -> None:
    """roman_allies' source says «كما جلب معهم …» (as they brought): no denial of «جلب»."""
    fact = next(f for f in load_shipped().facts if f.id == "roman_allies")
    assert "كما جلب" in fact.source
    assert not denies_itself(fact, frozenset({stem("جلب")}))


def test_a_fact_that_denies_a_verb_itself_still_does() -> None:
    fact = next(f for f in load_shipped().facts if f.id == "roman_allies")
    denying = dataclasses.replace(fact, answer="لم يجلب الروم قبائل عربية", source="")
    assert denies_itself(denying, frozenset({stem("يجلب")}))
