"""Broad exam questions: the whole story or one aspect of it (english.json «broad»).

Kept apart from the matcher (knowledge/english.py) so each module stays small.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from knowledge.english_rules import (
    BACKGROUND_TERMS,
    BROAD_ENEMY,
    BROAD_LIGHT,
    BROAD_SETTING,
    BROAD_TYPES,
    BROAD_VIEW,
    GENERAL_TYPES,
    SUBJECT_TERMS,
)
from knowledge.english_text import EnglishReader, Reading
from knowledge.lexicon import QuestionType

# What broad_fact gives for a question asking the whole story: the overview.
WHOLE = "*whole*"
# The march to Tabuk named as the expedition («the march to Tabuk», «the Tabuk march»).
_MARCH = re.compile(r"\bmarch(?:es|ed)?\s+(?:to|towards|on)\s+tabuk\b|\btabuk\s+march\b")


def broad_fact(
    broad: Mapping[str, str], reader: EnglishReader, terms: tuple[str, ...], reading: Reading
) -> str | None:
    """A broad exam question: the subject alone («Describe the expedition of Tabuk») asks
    the overview; the subject and one aspect of it («Outline the causes», «Explain the
    significance», «Write an account of the preparations») asks the fact that tells that
    aspect as a whole, however close the facts telling a piece of it score."""
    general = reading.question_type in GENERAL_TYPES
    # «Describe the Prophet's expedition to Tabuk»: a command naming whose it was;
    # («What did the Prophet do at Tabuk?» asks what he did there).
    # «Describe the Prophet's last expedition»: «last» says which one it was («last
    # ghazwa of the Prophet» or «Tabuk was which expedition of the Prophet?», no command,
    # ask which one).
    setting: frozenset[str] = frozenset()
    if reading.question_type is QuestionType.NONE and reading.commanded:
        setting = BROAD_SETTING | {"last"}
        if "against" in terms:
            # «Give an account of the Prophet's campaign against the Byzantines»: whom it was
            # against says which campaign, as its date does.
            setting |= {"against"} | BROAD_ENEMY
    whole = set(terms) - setting
    # «Give an account of the march to Tabuk»: the march names the expedition itself.
    march = frozenset({"march"}) if _MARCH.search(reading.normalized) else frozenset()
    whole -= march
    if general and whole <= BACKGROUND_TERMS and whole & SUBJECT_TERMS:
        # «Describe the campaign of Tabuk in 9 AH»: its date only places it.
        return WHOLE
    if (
        reading.question_type is QuestionType.REASON
        and whole <= SUBJECT_TERMS
        and whole & SUBJECT_TERMS
        and "reason" in broad
    ):
        # «Why did Tabuk happen?», «Tabuk: when did it happen, … and why?»: why the subject
        # alone happened is its causes as a whole (not why its army was named so).
        return broad["reason"]
    asked = set(terms) - BACKGROUND_TERMS - BROAD_SETTING - BROAD_VIEW - BROAD_LIGHT - march
    if reading.question_type not in BROAD_TYPES and not (
        # «Explain the motives of the Muslims»: the aspect itself makes it a «why»;
        # «Why is it considered a success?» asks what made it one.
        reading.question_type is QuestionType.REASON
        and (asked == {"reason"} or BROAD_VIEW & set(terms))
    ):
        return None
    ranked = [w for w in reading.normalized.split() if w in _RANKING]
    if ranked and not asked & _RANKED_DOERS:
        # «the most important result», «the greatest difficulty»: one of an aspect's things
        # singled out is answered by the fact telling them all (a slip mended out of the
        # superlative, «greatest» read as «greater», goes with it); the army it concerns is
        # the Muslims' («the biggest hardship of the army»).
        asked -= set(reader.read(" ".join(ranked)).terms) | {"army"}
    # «the difficulties involved in preparing the army»: two aspect words of one fact.
    during = re.search(r"\bduring\b(.*)", reading.normalized)
    if during and len({broad.get(term) for term in asked}) > 1:
        # «the generosity shown during the preparation»: «during» only sets the scene.
        asked -= set(reader.read(during.group(1)).terms)
    facts = {broad.get(term) for term in asked}
    return facts.pop() if len(facts) == 1 else None


# Words singling out the foremost of an aspect's things («the main result», «the greatest
# difficulty»): the whole aspect answers them.
_RANKING = frozenset(
    "main chief major principal primary key foremost greatest greater biggest hardest worst "
    "toughest severest gravest".split()
)
# Aspects whose things are people's deeds («the biggest contribution»): singling one out
# ranks the people, which the text does not do.
_RANKED_DOERS = frozenset({"give"})


# «Evaluate the significance of …», «Assess the importance of …»: an exam command weighing a
# thing by an aspect noun; the thing after «of» is what is asked about.
_WEIGHED = re.compile(r"^(?:the\s+)?(?:significance|importance)\s+of\s+")
# Where a weighed aspect stands («… in the life of the Prophet», «… in the history of
# Islam»): it does not make the thing weighed anything but the expedition itself.
_WHERE_WEIGHED = frozenset({"life", "history", "career"})
# The concept the reader gives «significance» and «importance».
_WEIGHT = "result"


def weighed_terms(
    broad: Mapping[str, str], reader: EnglishReader, reading: Reading, terms: tuple[str, ...]
) -> tuple[str, ...]:
    """The terms without the weighing aspect when a command weighs a thing of its own.

    «Evaluate the significance of the Prophet's decision not to pursue the Romans»: what is
    weighed is the decision, told by its own fact; read as «result», the aspect made the
    whole outcome a rival and the decision's fact unable to explain it. The expedition
    itself weighed («the significance of Tabuk in the life of the Prophet») keeps it: its
    significance is the outcome as a whole (broad_fact), and so does the expedition named
    by what it was («the importance of Tabuk as the Prophet's last expedition»: without
    the aspect it would read as the whole story).
    """
    if not reading.commanded or _WEIGHT not in terms or not _WEIGHED.match(reading.normalized):
        return terms
    thing = set(terms) - {_WEIGHT} - BACKGROUND_TERMS - BROAD_SETTING - _WHERE_WEIGHED
    if not thing:
        return terms
    weighed = tuple(t for t in terms if t != _WEIGHT)
    return terms if broad_fact(broad, reader, weighed, reading) == WHOLE else weighed
