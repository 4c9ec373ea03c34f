"""A name of Tabuk's said to be another event's: «جيش العسرة هو جيش الخندق» is false.

A statement naming another battle is refused as being about that battle (rule 1 of
docs/matching.md). But «X هو Y» whose X is a name the text gives for Tabuk's own army or
expedition, and whose Y is only another event (after «جيش/غزوة»), is a claim about Tabuk's
name, which the text settles: «خطأ», with the fact that names X as Tabuk's.
"""

from __future__ import annotations

from knowledge.analysis import other_event
from knowledge.engine import AnswerEngine
from knowledge.honorifics import PRAYER
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.stemming import is_stopword, stem

# The copula between the two names (normalised).
_IS = frozenset("هو هي هما كان كانت هوا هيا".split())
# Words naming what the other event is of («جيش الخندق», «جيش غزوة الخندق»).
_HEADS = frozenset("جيش الجيش غزوه الغزوه معركه المعركه يوم سريه".split())
# Words before another event that place the expedition by it, naming nothing («كانت بعد
# بدر», «قبل الخندق», «مثل أحد», «زي حنين»), normalised.
_NO_NAME = frozenset("بعد قبل مثل زي متل كما ضد مع عند بين اثناء خلال وقت زمن".split())
# Names are short: a longer side describes, it does not name.
_NAME_MAX_WORDS = 3


def named_as_another_event(engine: AnswerEngine, text: str) -> Fact | None:
    """The fact that names the statement's subject as Tabuk's, when the statement says that
    name is another event's («جيش العسرة هو جيش الخندق»: the army's name); else None."""
    words = normalize(text).split()
    at = next((i for i, word in enumerate(words) if word in _IS), None)
    if at is None or not 1 <= at <= _NAME_MAX_WORDS:
        return None
    subject, named = tuple(words[:at]), list(words[at + 1 :])
    while named and named[0] in _HEADS:
        named.pop(0)
    if not named or len(named) > 2 or other_event(tuple(named)) is None:
        return None
    if named[0] in _NO_NAME:
        return None  # («غزوة تبوك كانت بعد بدر»: when it was, said by the other event)
    if other_event(subject) is not None:
        return None
    reply = engine.answer(" ".join(subject))
    if not reply.answered or reply.fact is None:
        return None
    # The fact must name the subject itself, as Tabuk's: every content word of it is in its
    # answer («سُمّي جيش غزوة تبوك «جيش العسرة»»).
    stated = {stem(word) for word in normalize(reply.fact.answer).split()}
    own = {stem(word) for word in subject if not is_stopword(word)}
    return reply.fact if own and own <= stated else None


# The expedition's own names beside «تبوك» (normalised): «غزوة العسرة», «الفاضحة».
_OWN_NAMES = frozenset({"العسره", "عسره", "الفاضحه"})
# Words saying two names are one («هي نفسها», «هي ذاتها», «يعني»), normalised.
_SAME = frozenset("هو هي نفس نفسها نفسه ذات ذاتها ذاته يعني تعني".split())
# Words a naming question is made of besides the two names.
_NAMING_FRAME = frozenset("هل واش اش ايش صح صحيح ان انو غزوه الغزوه جيش".split())


def named_as_tabuk(engine: AnswerEngine, text: str) -> Fact | None:
    """«هل غزوة تبوك هي نفسها غزوة العسرة؟», «غزوة العسرة هي غزوة تبوك»: the expedition's other
    name said to be Tabuk's, settled true by the fact that gives that name (the army's
    name, «جيش العسرة»); None when the text says anything more («نفسها» is not «بنفسه»)."""
    # (the words of «صلى الله عليه وسلم» dropped, normalised as the text is: «صلي»)
    words = [word for word in normalize(text).split() if word not in PRAYER]
    if "تبوك" not in words or not any(word in _SAME for word in words):
        return None
    names = [word for word in words if word in _OWN_NAMES]
    rest = [
        word
        for word in words
        if word not in _OWN_NAMES
        and word not in _SAME
        and word not in _NAMING_FRAME
        and word != "تبوك"
    ]
    if len(names) != 1 or rest:
        return None
    reply = engine.answer(f"جيش {names[0]}" if "عسره" in names[0] else f"غزوة {names[0]}")
    if not reply.answered or reply.fact is None:
        return None
    stated = {stem(word) for word in normalize(reply.fact.answer).split()}
    return reply.fact if stem(names[0]) in stated else None
