"""The speed cuts of pass st30 (the answering path the throughput benchmark measures) give
exactly what the plain code gave, on every word and question of the tuning texts and facts."""

from __future__ import annotations

from itertools import pairwise

import pytest

from knowledge.asking_frames import WHICH
from knowledge.base import load_shipped
from knowledge.either_or import _NOT_WORDS, _spelled, either_or
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.greetings import _courtesy_folded, is_greeting, is_thanks
from knowledge.kinship import _KIN_POSSESSED, _POSSESSED, _bare, kin_of_theirs
from knowledge.lexicon import (
    GREETING_CORE,
    GREETING_WORDS,
    LEADING_QUESTION_WORDS,
    PREPOSITION_QUESTIONS,
    QUESTION_PHRASES,
    QUESTION_WORDS,
    THANKS_CORE,
    THANKS_WORDS,
    TYPE_PRIORITY,
    QuestionType,
)
from knowledge.muslim_side import (
    _MUSLIM_ROOTS,
    _RELATIONS,
    _ROMAN_ROOTS,
    owned_by_the_other_side,
    side_of,
)
from knowledge.normalize import normalize, without_conjunction
from knowledge.question_type import (
    _DROVE,
    _MADE,
    _TO,
    _WHAT,
    asks_what_drove,
    question_type,
    without_conjunction_in,
)
from knowledge.question_words import EITHER_OR, YES_NO
from knowledge.statements import StatementJudge
from knowledge.stemming import is_stopword, stem
from knowledge.tuning import EITHER_OR_SIDE_MAX_WORDS
from knowledge.unsaid import _DOCUMENTS, _ON_IT, _PACT_ROOTS, _TERMS, asks_terms
from knowledge.unsaid import _WHAT as _WHAT_ON
from tests.test_pattern_speed import TEXTS

FACTS = load_shipped().facts
QUESTIONS = sorted(
    {tuple(normalize(text).split()) for text in TEXTS}
    | {tuple(normalize(q).split()) for fact in FACTS for q in fact.questions}
)
WORDS = sorted({word for words in QUESTIONS for word in words})


def _plain_side_of(word: str) -> str | None:
    if any(root in word for root in _ROMAN_ROOTS):
        return "romans"
    if any(root in word for root in _MUSLIM_ROOTS):
        return "muslims"
    return None


def _plain_owned(words: tuple[str, ...], answer: str) -> bool:
    asked = {
        (stem(noun), side)
        for noun, owner in pairwise(words)
        if (side := _plain_side_of(owner))
        and _plain_side_of(noun) is None
        and not is_stopword(noun)
        and normalize(noun) not in _RELATIONS
    }
    if not asked:
        return False
    owners: dict[str, set[str]] = {}
    for noun, owner in pairwise(normalize(answer).split()):
        if (side := _plain_side_of(owner)) and _plain_side_of(noun) is None:
            owners.setdefault(stem(noun), set()).add(side)
    return any(noun in owners and side not in owners[noun] for noun, side in asked)


def test_a_word_names_the_same_side() -> None:
    sides = [side_of(word) for word in WORDS]
    assert sides == [_plain_side_of(word) for word in WORDS]
    assert {"romans", "muslims", None} <= set(sides)


def test_a_noun_is_owned_by_the_same_side() -> None:
    """Every question naming a side after a noun, against every fact's answer, twice (the
    second time from the cache of the answers' owners)."""
    asking = [words for words in QUESTIONS if any(map(side_of, words[1:]))]
    asking = asking[:: max(1, len(asking) // 600)]  # (a spread of them: 72 facts each)
    assert len(asking) > 500
    plain = [_plain_owned(words, fact.answer) for words in asking for fact in FACTS]
    for _ in range(2):
        assert [owned_by_the_other_side(w, fact.answer) for w in asking for fact in FACTS] == plain
    assert 0 < sum(plain) < len(plain)


def _plain_asks_what_drove(words: tuple[str, ...]) -> bool:
    for at, (what, which, verb) in enumerate(zip(words, words[1:], words[2:], strict=False)):
        if (
            what not in _WHAT and without_conjunction(what, "و") not in _WHAT
        ) or which not in WHICH:
            continue
        if any(verb.startswith(root) and len(verb) <= len(root) + 3 for root in _MADE):
            return True
        if any(verb.startswith(root) and len(verb) <= len(root) + 3 for root in _DROVE):
            return bool(_TO & set(words[at + 3 :]))
    return False


def _plain_question_type(words: tuple[str, ...]) -> QuestionType:
    if _plain_asks_what_drove(words):
        return QuestionType.REASON
    found: set[QuestionType] = set()
    for first, second in pairwise(words):
        phrase_type = QUESTION_PHRASES.get(
            (without_conjunction_in(first, LEADING_QUESTION_WORDS), second)
        )
        if phrase_type is not None:
            return phrase_type
    for index, raw in enumerate(words):
        word = without_conjunction_in(raw, QUESTION_WORDS)
        if word in QUESTION_WORDS:
            found.add(QUESTION_WORDS[word])
        elif index == 0:
            word = without_conjunction_in(raw, LEADING_QUESTION_WORDS)
            if word in LEADING_QUESTION_WORDS:
                found.add(LEADING_QUESTION_WORDS[word])
    if not found:
        found.update(
            kind for pair, kind in PREPOSITION_QUESTIONS.items() if pair in set(pairwise(words))
        )
    return next((kind for kind in TYPE_PRIORITY if kind in found), QuestionType.NONE)


def test_a_question_asks_the_same_type() -> None:
    assert [asks_what_drove(words) for words in QUESTIONS] == [
        _plain_asks_what_drove(words) for words in QUESTIONS
    ]
    types = [question_type(words) for words in QUESTIONS]
    assert types == [_plain_question_type(words) for words in QUESTIONS]
    assert len(set(types)) >= 8


def _plain_only(words: tuple[str, ...], allowed: frozenset[str], core: frozenset[str]) -> bool:
    bare = [without_conjunction_in(word, allowed) for word in _courtesy_folded(words)]
    return bool(bare) and all(word in allowed for word in bare) and any(w in core for w in bare)


@pytest.mark.parametrize(
    ("read", "allowed", "core"),
    [
        (is_greeting, GREETING_WORDS, GREETING_CORE),
        (is_thanks, THANKS_WORDS | GREETING_WORDS, THANKS_CORE),
    ],
    ids=["greeting", "thanks"],
)
def test_a_message_is_only_a_greeting_or_thanks_alike(
    read: object, allowed: frozenset[str], core: frozenset[str]
) -> None:
    # (every question, and every run of two and three words, which greetings often are)
    texts = [*QUESTIONS, *{words[:n] for words in QUESTIONS for n in (1, 2, 3)}, ()]
    assert callable(read)
    found = [read(words) for words in texts]
    assert found == [_plain_only(words, allowed, core) for words in texts]
    assert 0 < sum(found) < len(found)


def _plain_kin_of_theirs(word: str) -> bool:
    for ending in _POSSESSED:
        base = _bare(word, frozenset({word})).removesuffix(ending)
        if base == word or len(base) < 2:
            continue
        forms = (base, base[:-1] + "ه") if base.endswith("ت") else (base,)
        if any(_bare(form, _KIN_POSSESSED) in _KIN_POSSESSED for form in forms):
            return True
    return False


def test_a_kin_noun_with_its_owner_is_read_alike() -> None:
    found = [kin_of_theirs(word) for word in WORDS]
    assert found == [_plain_kin_of_theirs(word) for word in WORDS]
    assert sum(found) > 0


def _plain_asks_terms(words: tuple[str, ...]) -> bool:
    bare = {without_conjunction(word, "و").removeprefix("ال") for word in words}
    documents = {word.removeprefix("ال") for word in _DOCUMENTS}
    if bool(bare & _TERMS) and bool(bare & documents):
        return True
    for at, word in enumerate(words):
        if not any(root in word for root in _PACT_ROOTS):
            continue
        before, after = words[max(0, at - 3) : at], words[at + 1 : at + 2]
        if any(a == "علي" and b in _WHAT_ON for a, b in pairwise(before)):
            return True
        if after and after[0] in _ON_IT and _WHAT_ON.intersection(words[:at]):
            return True
    return False


def test_a_question_asks_the_terms_alike() -> None:
    found = [asks_terms(words) for words in QUESTIONS]
    assert found == [_plain_asks_terms(words) for words in QUESTIONS]
    assert sum(found) > 0


def _plain_either_or(judge: StatementJudge, text: str) -> Reply | None:
    """either_or() as it read before st30: both sides judged at every size."""
    words = text.strip().rstrip("؟? .").split()
    if words and normalize(words[0]) in YES_NO:
        words = words[1:]
    ors = [i for i, word in enumerate(words) if normalize(word) in EITHER_OR]
    if len(ors) != 1:
        return None
    at = ors[0]
    second = words[at + 1 :]
    if not 1 <= len(second) <= EITHER_OR_SIDE_MAX_WORDS or normalize(second[0]) in _NOT_WORDS:
        return None
    sizes = [len(second), *range(1, len(second))]
    if _spelled(second, ["", ""]) != second:
        sizes += range(2, EITHER_OR_SIDE_MAX_WORDS + 1)
    for size in dict.fromkeys(sizes):
        if at - size < 1:
            continue
        before, first = words[: at - size], words[at - size : at]
        sides = [" ".join([*before, *side]) for side in (first, _spelled(second, first))]
        judged = [judge.judge(side) for side in sides]
        stated = [one for one in judged if one.verdict is True and one.fact is not None]
        if len(stated) == 1 and not any(one.verdict is None for one in judged):
            fact = stated[0].fact
            true_side = sides[judged.index(stated[0])]
            other = judged[1 - judged.index(stated[0])].fact
            if other is not None and all(
                judge.check(other, claim) > 0 for claim in judge.claims(true_side)
            ):
                fact = other
            return Reply(Outcome.ANSWER, fact=fact, rule="one side of an either/or")
    return None


def test_an_either_or_question_is_answered_alike() -> None:
    """Each either/or question of the texts (one «أم/ولا/أو/لو» in a line), by a judge of its
    own for each reading, so that no cache of one serves the other."""
    lines = sorted(
        {
            line.strip()
            for text in TEXTS
            for line in text.splitlines()
            if sum(normalize(word) in EITHER_OR for word in line.split()) == 1
            and len(line.split()) <= 14
        }
    )
    lines = lines[:: max(1, len(lines) // 80)]
    assert len(lines) >= 60
    engine = AnswerEngine(FACTS)
    plain = [_plain_either_or(StatementJudge(engine), line) for line in lines]
    assert [either_or(StatementJudge(engine), line) for line in lines] == plain
    assert any(reply is not None for reply in plain)


def test_a_fact_is_asked_with_the_same_words() -> None:
    """The wholes' words each fact is asked with, read once and kept, as read anew."""
    engine = AnswerEngine(FACTS)
    wholes = engine._wholes

    def plain(fact_id: str) -> frozenset[str]:
        profile = engine.matcher.profile(fact_id)
        return (
            frozenset().union(*(terms for terms, _ in profile.asked)) if profile else frozenset()
        )

    ids = [fact.id for fact in FACTS] + ["no such fact"]
    for _ in range(2):
        assert [wholes._asked_words(fact_id) for fact_id in ids] == [plain(f) for f in ids]
