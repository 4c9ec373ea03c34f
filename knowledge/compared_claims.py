"""A statement that compares Tabuk with another event («جيش تبوك كان 3000 بس زي جيش مؤتة»,
«كانت غزوة تبوك في رجب مثل غزوة بدر»): the comparison, from its marker («مثل», «زي», «كما»,
«بخلاف», «عكس» …) to the other event's name, is a claim about that event as well.

Read whole, the other event's name sends the engine to that event («مؤتة»: the Mu'tah fact,
which says nothing of Tabuk's army) and the statement is not settled, or it is judged by
its head alone and confirmed though the text never tells what the other event was like.
So the statement's head, without the comparison, is judged first:
- a false head makes the whole false (whatever the other event was like): «خطأ»;
- a true head compared with an event the text never tells of (Badr, Uhud …:
  `scope_words.OTHER_EVENTS`) is no «صحيح»: the likeness is not in the text;
- otherwise the statement is judged as it was typed.
"""

from __future__ import annotations

from knowledge.answer_keys import words_of
from knowledge.question_words import COMPARISON_BETWEEN, COMPARISON_MARKERS
from knowledge.scope_words import OTHER_EVENTS

# The event the text does tell of besides Tabuk (normalised: «مؤتة» → «موته»).
_TOLD = frozenset(("موته",))
_MAX_BETWEEN = 4
# The head must still claim something: three words at least («جيش تبوك كان 3000 بس»).
_MIN_HEAD_WORDS = 3


def _event_named(word: str) -> str | None:
    """The other event a word names («بدر», «ببدر», «الخندق», «موته»), else None."""
    for candidate in (word, word.removeprefix("ال"), word[1:], word[1:].removeprefix("ال")):
        if candidate in OTHER_EVENTS or candidate in _TOLD:
            return candidate
    return None


def compared_head(statement: str) -> tuple[str, bool] | None:
    """The statement's words without its comparison with another event, and whether that
    event is one the text never tells of; None when it compares with none."""
    words = words_of(statement)
    for index, word in enumerate(words):
        if word not in COMPARISON_MARKERS or index < _MIN_HEAD_WORDS:
            continue
        for end in range(index + 1, min(len(words), index + 2 + _MAX_BETWEEN)):
            if (event := _event_named(words[end])) is not None:
                head = words[:index] + words[end + 1 :]
                if len(head) < _MIN_HEAD_WORDS:
                    return None
                return " ".join(head), event not in _TOLD
            if words[end] not in COMPARISON_BETWEEN:
                break
    return None
