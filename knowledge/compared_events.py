"""Another event named only to compare Tabuk with it asks nothing about that event.

«لماذا لم يقع قتال في تبوك كما وقع في بدر؟», «… مثل غزوة أحد», «… بخلاف الخندق»: the question
is about Tabuk, which it names first; the other battle is a yardstick. Read with it, the
question is about another event («other_event») and gets no answer at all. The comparison
(from its marker to the other event's name) is cut; the rest is read as asked. A question
naming no Tabuk, or comparing before it names Tabuk («مثل بدر، ماذا حدث في تبوك؟» keeps
its words) or asking the comparison itself («هل كانت غزوة تبوك مثل غزوة بدر»: nothing else
asked before it), is left as it is.
"""

from __future__ import annotations

from knowledge.question_words import COMPARISON_BETWEEN, COMPARISON_MARKERS
from knowledge.scope_words import OTHER_EVENTS
from knowledge.stemming import is_stopword

_TABUK = frozenset({"تبوك", "بتبوك", "لتبوك", "وتبوك"})
# At most this many words between the marker and the name.
_MAX_BETWEEN = 4
# Words that ask nothing of their own before the marker: with only these, the comparison is
# what is asked («هل كانت غزوة تبوك مثل غزوة بدر», «لماذا كانت تبوك مثل بدر»).
_FRAME = _TABUK | frozenset(
    "هل كانت كان كانو كانوا غزوه الغزوه في فى ما هي هو لماذا ليش ليه علاش لم ما متي كيف".split()
)


def _asks_more(before: tuple[str, ...]) -> bool:
    return any(word not in _FRAME and not is_stopword(word) for word in before)


def _names_an_event(word: str) -> bool:
    bare = word.removeprefix("ال")
    for candidate in (word, bare, word[1:], word[1:].removeprefix("ال")):
        if candidate in OTHER_EVENTS:
            return True
    return False


def without_comparison(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without a comparison with another event after Tabuk is named."""
    seen_tabuk = False
    for index, word in enumerate(words):
        if word in _TABUK:
            seen_tabuk = True
            continue
        if not seen_tabuk or word not in COMPARISON_MARKERS or not _asks_more(words[:index]):
            continue
        for end in range(index + 1, min(len(words), index + 2 + _MAX_BETWEEN)):
            if _names_an_event(words[end]):
                return words[:index] + words[end + 1 :]
            if words[end] not in COMPARISON_BETWEEN:
                break
    return words
