"""«أسباب تأخر الروم عن القتال»: the cause asked of something, which a fact must speak of.

«سبب/أسباب» before a noun asks the cause of what that noun names. The fact of the
expedition's causes («من أسباب غزوة تبوك أن …») ranks first for any «أسباب …» by that word
alone, and so answered the Romans' holding back from battle with the causes of the
expedition. The word the cause is asked of (the first word after «سبب» that the question is
read with, the expedition's own words aside) must be a word of the fact (its answer, its
phrasings or its keywords); otherwise the fact does not state that cause.
"""

from __future__ import annotations

from knowledge.stemming import is_stopword, stem

# «سبب», «أسباب», «السبب», «لسبب» (normalised); not «بسبب», which gives a cause («because of»).
_CAUSE = frozenset("سبب اسباب السبب الاسباب لسبب وسبب واسباب".split())
# A relative pronoun after it opens a clause telling what the cause led to.
_RELATIVE = frozenset("اللي الي اللى الذي التي الذين يلي لي".split())


def cause_asked_of(words: tuple[str, ...], terms: frozenset[str]) -> str | None:
    """The term whose cause the question asks («تخلف» in «أسباب تأخر الروم»), when it is one
    of the question's own terms (`terms`: a qualifier dropped on reading is none), else None."""
    for at, word in enumerate(words):
        if word not in _CAUSE:
            continue
        for following in words[at + 1 : at + 3]:
            if following in _RELATIVE:
                return None  # («السبب اللي خلى المسلمين يخرجوا»: a clause, not a noun)
            if is_stopword(following):
                continue
            term = stem(following)
            return term if term in terms else None
        return None
    return None
