"""A riddle under a title, asked last with a bare «مين هو؟», «وش هو؟», «ما هي؟».

«لغز: أعلن النفير العام …، وحقن دم أكيدر. من هو؟», «سين جيم: قائد أنقذ الجيش في مؤتة،
وفي تبوك بعثه النبي إلى دومة الجندل. مين هو؟», «تمرين حفظ: مكان أرسل إليه خالد …، وش هو؟».
The title says it is a game: the description tells of the one asked in the third person,
and a riddle never names its answer. Read as a plain question pointing back at a story, the
description's own words find one of its details (Ukaydir, named as the one spared; the
month told as a clue): a confident answer that is not the one asked. So the ask is read as
the «who am I» riddle it is (`riddles.read_riddle` on «أنا …، من أنا؟»: the readings of the
description agree on one person, place or people it leaves unnamed), and a plain reading
whose person, place or people the description names is no answer
(`who_am_i.names_the_one_told`).

A description under no title («قرأت قصة أكيدر وما فهمت، مين هو؟») is a story about the one
it names, read as before.
"""

from __future__ import annotations

import re

from knowledge.described_asks import asks_what_it_is
from knowledge.riddle_patterns import GAME_NAMES, GAME_NAMES_DEFINITE
from knowledge.who_am_i import is_kind_noun

# A game's title before the description: «لغز:», «لغز من بنتي:», «سين جيم:», «سين:»,
# «تمرين حفظ:», «كويز لنفسي:», «📣 سؤال المسابقة رقم 7» on a line of its own. («سؤال:»
# alone is any question's label, no game.)
_TITLE = re.compile(
    r"^\s*(?:\S+\s+){0,2}?"
    rf"(?:{GAME_NAMES}|{GAME_NAMES_DEFINITE}|المسابقه|سين\s+جيم|سين|كويز|تمرين|خمن|خمني|احزر)"
    r"(?:[^\S\n]+[^\s:：]+){0,3}?[^\S\n]*[^\w\s:：]*[^\S\n]*(?:[:：]|\n)\s*"
)
# «سين: … جيم: وش هي؟»: the answer's label left at the end of the description
_ANSWER_LABEL = re.compile(r"[\s.،,]*(?:جيم|ج)\s*$")


# the bare ask ending a part read whole («سين جيم: قائد …، مين هو؟»)
_LAST_SENTENCE = re.compile(r"[،,.؛\n]\s*([^،,.؛\n]+)$")


def _told_before_the_ask(question: str, context: str) -> str | None:
    """What is told before a bare «what / who is it»: the part's story, or the part read
    whole up to its last sentence; None when that is no such ask."""
    if not context:
        last = _LAST_SENTENCE.search(question)
        if last is None:
            return None
        question, context = last.group(1), question[: last.start()]
    return context if asks_what_it_is(question) else None


def titled_description(question: str, context: str) -> str | None:
    """The description a bare «what / who is it» asks about, when a game's title opens the
    text before it (or the part itself, read whole: «تمرين حفظ: مكان …، وش هو؟»); else
    None."""
    context = _told_before_the_ask(question, context) or ""
    title = _TITLE.match(context)
    if title is None:
        return None
    described = _ANSWER_LABEL.sub("", context[title.end() :]).strip(" ،,.؛:\n")
    return described or None


def kind_description(question: str, context: str) -> str | None:
    """The description a bare «who / what is it» asks about when, with no game's title, it
    opens with the kind of one it is («صحابي من العشرة، قدم خمسين فرسا في تبوك، تزوج رقية،
    من هو؟», «بلدة صالحت خالدًا على الجزية، ما هي؟»): a riddle all the same, read clue by
    clue; else None."""
    described = (_told_before_the_ask(question, context) or "").strip(" ،,.؛:\n")
    first = described.split()[:1]
    return described if first and is_kind_noun(first[0]) else None


def as_who_am_i(description: str) -> str:
    """The description told by «I» and asked as «who am I» (the riddle reader's shape)."""
    return f"أنا {description}، من أنا؟"
