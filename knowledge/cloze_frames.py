"""A blank whose words around it are a frame another fact shares by chance.

The facts' own text fills a blank when the words right around it are found there: «كانت
غزوة تبوك في شهر ……» is the date fact's sentence. But «توالت الوفود على النبي بعد تبوك في شهر
……» asks the month of the delegations: its last words («تبوك في شهر») are the date fact's,
the rest of it (the delegations) is another fact's, one the engine reads the whole sentence
as. The text says nothing of the delegations' month; filling it with the expedition's month
would be a confident wrong answer. So a fill from the text is set aside when the engine
reads the sentence as another fact (neither a whole nor a part of the text's), and the
sentence says something of that fact's that the text's fact never says.
"""

from __future__ import annotations

from knowledge.asked import read_asked
from knowledge.content_terms import content_terms
from knowledge.engine import AnswerEngine, Reply
from knowledge.lexicon import QuestionType
from knowledge.models import Fact
from knowledge.normalize import normalize


def framed_by_chance(
    engine: AnswerEngine, sentence: str, reply: Reply, text_facts: tuple[Fact, ...]
) -> bool:
    """Whether the text's fill is set aside for the engine's reading of the sentence: the
    engine answers another fact, and the sentence names a detail of that fact which none
    of the text's facts states."""
    if not reply.answered or reply.fact is None or reply.fact in text_facts:
        return False
    chosen = reply.fact.id
    if any(chosen in engine.wholes(f.id) or f.id in engine.wholes(chosen) for f in text_facts):
        return False  # a whole and its part tell the same
    matcher = engine.matcher
    own = matcher.profile(chosen)
    if own is None:
        return False
    # The sentence's words go in as well, as named_after.claimed_of_another reads a
    # statement, so a person set aside («غير عمر») is not read as its subject.
    words = tuple(normalize(sentence).split())
    terms = content_terms(words, matcher.vocabulary)
    asked = read_asked(QuestionType.NONE, tuple(terms), words)
    stated = frozenset().union(
        *(
            (p.terms if (p := matcher.profile(f.id)) is not None else frozenset())
            for f in text_facts
        )
    )
    return bool((asked.detail | asked.subject) & own.terms - stated)
