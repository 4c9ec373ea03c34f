"""«…، ما هو؟» after a description: what the description is of, never a detail of it.

«لغز: جيش سُمّي باسم الشدة، وتبرع له عثمان بالإبل، ما هو؟», «آخر غزوة للنبي وكانت في
رجب، ما هي؟» describe a thing (an army, an expedition, a town) and ask which it is. Read as
a question pointing back at the description, the description's own words find one of its
details (Uthman's gift, the month): a confident answer that is not the one asked. An
expedition described, or an event told by another noun («حدث …», «فتح …», «سرية …»), is read
as a riddle (knowledge/riddles.py: Tabuk, Mu'tah, or another event); an army described is
not answered from its details.
"""

from __future__ import annotations

import re

from knowledge.riddle_patterns import HE_WORDS, WHO_WORDS
from knowledge.who_am_i import EXPEDITION_NOUN, is_kind_noun

# «ما هو؟», «ما هي؟», «شو اسمه؟», «وش اسمها؟»: the whole question asks what it is; so does
# «شو اسمي؟» after a description told in the first person («أنا معركة …»).
# «مين هو؟», «من هي؟» likewise ask who the one described is. (An emoji after the ask,
# «مين هو؟ 😄», asks nothing more.)
_WHAT_IS_IT = re.compile(
    r"^\s*(?:(?:ف?(?:ما|ماهو|ماهي|شو|وش|شنو|ايش|إيش|اشنو|ايه|إيه)\s*)"
    r"(?:هو|هي|هى|اسمه|اسمها|إسمه|إسمها|اسمي|إسمي)?"
    rf"|ف?{WHO_WORDS}\s*{HE_WORDS})\s*[؟?!.]*[^\w]*$"
)
# A title before the description («لغز:», «سؤال المسابقة:»).
_TITLE = re.compile(r"^[^:：\n]{0,30}[:：]\s*")
# The kind of thing a description opens with, a word or two in («آخر غزوة …»): an expedition
# named by its noun (as the riddle reader reads it), or an army.
# An army described («جيش سُمّي …»): its name is one fact's, never a detail of the story.
# (A town or a person described is left to the usual reading, which finds the one fact
# naming a place or person the description leaves unnamed: «بلدة … صالحت على الجزية».)
_OTHER = r"(?:جيش)"
# An event described by another noun («فتح دخل فيه النبي مكة…», «حدث وقع في السنة العاشرة…»,
# «سرية قتل فيها…»): which event it is, read as a riddle like an expedition.
_EVENT = r"(?:حدث|فتح|حجة|حجه|سرية|سريه|واقعة|واقعه|موقعة|موقعه)"
_OPENING = re.compile(rf"^\s*(?:\S+\s+){{0,2}}?({EXPEDITION_NOUN}|{_EVENT}|(?:ال)?{_OTHER})\s+\S+")


def asks_what_it_is(question: str) -> bool:
    """Whether the whole question asks what the thing before it is («ما هو؟», «شو اسمه؟»)."""
    return bool(_WHAT_IS_IT.match(question))


def described_kind(question: str, context: str) -> str | None:
    """«expedition» or «army» when the question only asks what the description before it
    is of, and that description opens with what it is («غزوة …», «جيش …»); else None."""
    if not _WHAT_IS_IT.match(question):
        return None
    described = _TITLE.sub("", context.strip(), count=1)
    opened = _OPENING.match(described)
    # («قائد خلّص الجيش في مؤتة …، مين هو؟»: a leader described, the army only told of)
    if opened is None or any(is_kind_noun(w) for w in described[: opened.start(1)].split()):
        return None
    kind = opened.group(1)
    return "expedition" if re.fullmatch(f"{EXPEDITION_NOUN}|{_EVENT}", kind) else "army"
