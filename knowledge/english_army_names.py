"""Another name for the army than the one the text gives it («The army of Tabuk was called the
Army of Victory»): the fact that names the army («the Army of Hardship (Jaysh al-Usrah)»)
makes such a statement false, rather than leaving the unknown name unsettled as a word the
answer does not hold. Read by knowledge/english_verdict.py."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.english_lexicon import VALUE_CLASSES
from knowledge.english_rules import COMMON_NAMES

if TYPE_CHECKING:
    from knowledge.english import EnglishMatcher
    from knowledge.english_text import Reading
    from knowledge.models import Fact

# «the Army of Hardship», «Jaysh al-Usrah»: an army's title as the answer writes it.
_TITLE = re.compile(r"\b(?:Army|Jaysh) (?:of|al-)[ ]?(?:the )?[A-Z][\w'-]*")
# «army of victory», «army of the poor», «jaish al fath»: a title as a statement gives it.
_TITLED = re.compile(r"\b(?:army|jaysh|jaish|jaish) (?:of (?:the )?|al[ -]?)([a-z][\w'-]*)")
# Whose army it is, not what it was called.
_OWNERS = frozenset({"muslim", "islam", "believer", "companion", "allah", "enemy", "enemyarmy"})
# The concept a statement names a thing with («called», «known as», «named»).
_NAMING = "name"
# The concept a statement says what a title means with («means», «meaning»).
_MEANING = "mean"


def misnamed(matcher: EnglishMatcher, fact: Fact, reading: Reading) -> bool:
    """Whether the statement names the army with a title none of whose words the fact's answer
    holds, when the fact's answer gives the army its title and the statement neither gives
    that title nor denies the naming («… was not called the Army of Victory»)."""
    english = matcher.english(fact.id)
    if english is None or reading.negated or not {_NAMING, _MEANING} & set(reading.terms):
        return False
    answer = matcher.answer_terms(fact.id)
    if _NAMING not in answer:
        return False
    titles = {t for m in _TITLE.finditer(english.answer) for t in _terms(matcher, m.group(0))}
    # «Jaish al-Usrah means the army of victory»: the title itself is what is explained, so
    # it does not tie the statement to the answer's words.
    said_of = titles if _MEANING in reading.terms else set()
    if not titles or (set(reading.terms) & answer) - {"army", _NAMING} - COMMON_NAMES - said_of:
        # (its title, or why it was so called: «named after the hardship»)
        return False
    for found in _TITLED.finditer(reading.normalized):
        named = _terms(matcher, found.group(1))
        # «the army of the Muslims», «of the Romans», «of the Prophet» say whose army it is.
        if named and not named & answer and not any(t in _OWNERS or VALUE_CLASSES.get(t)
                                                    for t in named):  # fmt: skip
            return True
    return False


def _terms(matcher: EnglishMatcher, words: str) -> frozenset[str]:
    return frozenset(matcher.reader.read(words).terms) - {"army"}
