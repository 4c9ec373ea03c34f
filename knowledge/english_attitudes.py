"""Whose attitude a question asks: «the attitude of the Romans towards the Muslims» asks the
Romans', so the Arabs' fear of the Romans (a fact asked about the Arabs' attitude) is no
answer, though it names both sides and is asked with «attitude». And who stood against
whom: «Against whom did the Prophet lead his army?» asks the other side."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from knowledge.english_lexicon import ATTITUDES, is_party
from knowledge.english_rules import DOERS, side_of
from knowledge.lexicon import QuestionType

if TYPE_CHECKING:
    from knowledge.english import EnglishMatcher
    from knowledge.english_decision import Scored
    from knowledge.english_text import Reading

_ARTICLES = frozenset({"the", "a", "an"})
# Words after «against» that end the side it names, or show that none is named.
_NO_PARTY = frozenset("whom who at in on during did do does was were is are".split())


def asked_holder(matcher: EnglishMatcher, normalized: str) -> str | None:
    """The side whose attitude is asked: the doer right after «<attitude> of (the)»."""
    words = normalized.split()
    for i, word in enumerate(words[:-2]):
        if word not in ATTITUDES or words[i + 1] != "of":
            continue
        rest = words[i + 2 :]
        rest = rest[1:] if rest[0] in _ARTICLES else rest
        terms = matcher.reader.read(" ".join(rest[:3])).terms
        first = next((t for t in terms if t in DOERS), None)
        return side_of(first)
    return None


def _holder(matcher: EnglishMatcher, fact_id: str) -> str | None:
    """The side most of the fact's phrasings name first among the doers: whose stance or
    deed the fact is asked about (None when no doer leads most of them)."""
    english = matcher.english(fact_id)
    if english is None:
        return None
    firsts = Counter(
        side_of(next((t for t in matcher.reader.read(q).terms if t in DOERS), None))
        for q in english.questions
    )
    side, count = firsts.most_common(1)[0]
    return side if count * 2 > len(english.questions) else None


def of_the_holder(matcher: EnglishMatcher, normalized: str, ranking: list[Scored]) -> list[Scored]:
    """The ranking without the facts asked about another side's attitude or deeds, when a
    question asks one side's attitude («the stance of the Byzantines towards …»)."""
    holder = asked_holder(matcher, normalized)
    if holder is None:
        return ranking
    kept = [s for s in ranking if _holder(matcher, s.fact.id) in (None, holder)]
    return kept or ranking


def of_the_opposed(
    matcher: EnglishMatcher, reading: Reading, ranking: list[Scored]
) -> list[Scored]:
    """«Against whom did the Prophet lead his army?», «Who did he go out against?»: the side
    opposed is asked, so only a fact whose answer says against whom answers (the Prophet's
    leading names no one: it was given as the answer). Not «Who led the Muslims against the
    Romans?», which names the side opposed and asks someone else."""
    words = reading.normalized.split()
    if reading.question_type is not QuestionType.PERSON or "against" not in words:
        return ranking
    after = words[words.index("against") + 1 :]
    # («against whom did the Prophet …»: the words after «whom» are the question's own)
    opposed = after[: next((i for i, w in enumerate(after) if w in _NO_PARTY), len(after))]
    if any(map(is_party, matcher.reader.read(" ".join(opposed[:3])).terms)):
        return ranking
    kept = [s for s in ranking if "against" in (getattr(matcher.english(s.fact.id), "answer", ""))]
    return kept or ranking
