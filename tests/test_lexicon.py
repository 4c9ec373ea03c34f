"""The word tables: normalised keys, targets the stemmer keeps, each word in one table."""

from itertools import combinations

import pytest

from knowledge import affixes, dialect_fillers, lexicon, phrase_rewrites, scope_words, synonyms
from knowledge import dialect_lexicon as dialect
from knowledge.normalize import normalize
from knowledge.stemming import stem


def _words(table: object) -> list[str]:
    """Every word a table holds as a key or member (phrases split into their words)."""
    items = table.keys() if isinstance(table, dict) else table
    words: list[str] = []
    for item in items:
        for part in item if isinstance(item, tuple) else (item,):
            if isinstance(part, str):
                words.extend(part.split())
    return words


TABLES = {
    name: getattr(module, name)
    for module in (
        lexicon,
        synonyms,
        dialect,
        dialect_fillers,
        affixes,
        scope_words,
        phrase_rewrites,
    )
    for name in dir(module)
    if name.isupper() and isinstance(getattr(module, name), dict | frozenset | tuple)
}


def test_the_word_tables_are_found() -> None:
    assert {"STOPWORDS", "SYNONYMS", "DIALECT_WORDS", "DIALECT_FILLERS", "NUMERALS"} <= set(TABLES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_key_is_normalised(name: str) -> None:
    # Questions are normalised before lookup: a key that normalising changes never matches.
    unnormalised = [word for word in _words(TABLES[name]) if normalize(word) != word]
    assert unnormalised == []


@pytest.mark.parametrize(
    "table",
    [synonyms.SYNONYMS, dialect.DIALECT_WORDS, synonyms.NUMERALS],
    ids=["SYNONYMS", "DIALECT_WORDS", "NUMERALS"],
)
def test_every_target_is_stable_under_the_stemmer(table: dict[str, str]) -> None:
    # A target the stemmer changes again would never meet the same word in the facts.
    moved = {target: stem(target) for target in set(table.values()) if stem(target) != target}
    assert moved == {}


FUNCTION_TABLES = {
    "STOPWORDS": lexicon.STOPWORDS,
    "DIALECT_FILLERS": dialect_fillers.DIALECT_FILLERS,
    "QUESTION_WORDS": frozenset(lexicon.QUESTION_WORDS)
    | frozenset(lexicon.LEADING_QUESTION_WORDS),
}
CONTENT_TABLES = {
    "SYNONYMS": frozenset(synonyms.SYNONYMS),
    "DIALECT_WORDS": frozenset(dialect.DIALECT_WORDS),
    "NUMERALS": frozenset(synonyms.NUMERALS),
}
# Bare, these are function words; with the article they are content (الايه the verse,
# البل the camels), which the stemmer reaches through the content tables.
BARE_FUNCTION_WORDS = frozenset({"ايه", "بل"})


@pytest.mark.parametrize(
    ("first", "second"),
    list(combinations(sorted(FUNCTION_TABLES), 2)) + list(combinations(sorted(CONTENT_TABLES), 2)),
)
def test_no_word_sits_in_two_tables_of_one_kind(first: str, second: str) -> None:
    tables = FUNCTION_TABLES | CONTENT_TABLES
    assert sorted(tables[first] & tables[second]) == []


def test_no_word_is_both_a_function_word_and_content() -> None:
    function = frozenset().union(*FUNCTION_TABLES.values())
    content = frozenset().union(*CONTENT_TABLES.values())
    assert function & content == BARE_FUNCTION_WORDS
