"""English riddles that ask which expedition a description is (issue 17).

«I am the expedition in Rajab 9 AH against the Romans. Which expedition am I?», «Guess the
battle: 313 Muslims, Ramadan 2 AH», «Clues: Heraclius, Ayla, 40,000 Muslims. Which
expedition?». As on the Arabic side (knowledge/riddles.py), Tabuk is named when details that
Tabuk's facts state mark it and no value in it (a number, a month) belongs to no Tabuk fact;
Mu'tah likewise by the Mu'tah fact; otherwise the bot says the description does not fit Tabuk.
A riddle never names its answer: one that names Tabuk describes something else.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from enum import StrEnum

from knowledge.english import EnglishMatcher
from knowledge.english_lexicon import TYPED_MONTHS
from knowledge.english_text import Reading
from knowledge.gaps import KnownGap
from knowledge.tuning import (
    EN_RIDDLE_MARKER_WEIGHT,
    EN_RIDDLE_MARKERS,
    EN_RIDDLE_UNKNOWN_SHARE,
)

# What a riddle may call the event it asks about.
_KIND = r"(?:expedition|battle|ghazw[a-z]*|campaign|war|raid|event|conquest|encounter)"
# «Which battle am I thinking of», «… are we talking about»: the asker has one in mind.
_THINKING = r"(?:am\s+i|are\s+we)\s+(?:thinking\s+(?:of|about)|talking\s+about|describing)"
# Its question at the end: «Which expedition am I?», «Which battle is this?», «Which one?».
_ASK_END = re.compile(
    rf"(?:^|(?<=[\s.,;:!?\-–]))(?:so\s+|now\s+|then\s+|tell\s+me\s+|can\s+you\s+)?"
    rf"(?:(?:name|identify|guess)\s+(?:the|this|that)|which|what)\s+{_KIND}"
    r"\s*(?:am\s+i|are\s+we|is\s+(?:it|this|that|being\s+described)|was\s+(?:it|this|that)"
    # «Identify the campaign described.»: the description given before it.
    r"|(?:being\s+)?described"
    rf"|could\s+(?:it|this)\s+be|do\s+you\s+think|{_THINKING})?\s*[?!.]*"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*$",  # an exam's marks after it: «[1]»
    re.IGNORECASE,
)
# «What am I?», «Name me.» after a speaker who says what kind of event it is.
_ASK_WHAT = re.compile(
    r"(?:^|(?<=[\s.,;:!?\-–]))(?:so\s+|now\s+)?(?:(?:what|who|which(?:\s+one)?)\s+am\s+i|name\s+me"
    r"|what\s+is\s+my\s+name|guess\s+(?:me|what\s+i\s+am))\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_SPEAKER_KIND = re.compile(
    rf"\b(?:(?:i\s+am|i'm|i\s+was)\s+(?:a|an|the)\s+(?:[a-z']+\s+){{0,2}}?{_KIND}"
    r"|i\s+(?:happened|took\s+place|occurred))\b",
    re.IGNORECASE,
)
# A label or a question put first: «Guess the battle:», «Which expedition am I?».
_LEAD = re.compile(
    rf"^\W*(?:(?:kids'?\s+|quick\s+|fun\s+)?(?:riddle|puzzle|quiz)\s*[:\-–]+\s*)?"
    rf"(?:(?:guess|name|identify)\s+(?:the|this|which)\s+{_KIND}"
    r"(?:\s+from\s+(?:these|the)\s+clues)?"
    rf"|(?:which|what)\s+{_KIND}\s+(?:am\s+i|are\s+we|is\s+(?:it|this)|does\s+this\s+describe"
    rf"|is\s+(?:being\s+)?described|{_THINKING})"
    rf"|(?:can\s+you\s+)?(?:guess|name|identify|tell\s+me)\s+(?:which|what)\s+{_KIND}"
    r"\s+(?:this\s+is|is\s+this|it\s+is|is\s+(?:being\s+)?described)"
    rf"|what\s+is\s+the\s+name\s+of\s+this\s+{_KIND})"
    r"\s*[?!:.\-–]+\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# «Guess the event: … What is it?»: after a label naming the kind, «it» is that event.
_ASK_IT = re.compile(
    r"(?:^|(?<=[\s.,;:!?\-–]))(?:so\s+|now\s+)?(?:what|which(?:\s+one)?)\s+(?:is|was)\s+it"
    r"\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# A description of «this expedition», asked what it is called.
_THIS_KIND = re.compile(rf"^\W*this\s+{_KIND}\b", re.IGNORECASE)
_ASK_CALLED = re.compile(
    r"(?:^|(?<=[\s.,;:!?\-–]))(?:what(?:\s+is|['’]s)\s+(?:it|its\s+name)(?:\s+called)?"
    r"|what\s+was\s+it\s+called|name\s+it)"
    r"\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# Labels that are no part of the description.
_LABEL = re.compile(
    r"^\W*(?:(?:kids'?\s+|quick\s+|fun\s+)?(?:riddle|puzzle|quiz)|clues?|hints?)\s*[:\-–]+\s*",
    re.IGNORECASE,
)
# Words of the riddle itself, not details of the event.
_FRAME = frozenset(
    {"expedition", "battle", "ghazwa", "ghazwah", "campaign", "war", "raid", "event",
     "riddle", "clue", "hint", "guess", "happen", "name", "am", "which"}
)  # fmt: skip

# A capitalised word inside a sentence: a name.
_NAME = re.compile(r"(?<=[a-z,;]\s)[A-Z][a-z']+")


# Words of a defeat, as read («defeated», «beaten», «routed», «lose»).
_LOST = frozenset({"defeat", "lose"})


class Verdict(StrEnum):
    """Which expedition a description fits."""

    TABUK = "tabuk"
    MUTAH = "mutah"
    UNSURE = "unsure"
    OTHER = "other"


def expedition_riddle(text: str) -> str | None:
    """The description of a riddle that asks which expedition or battle it is, or None."""
    text = " ".join(text.split())
    lead = _LEAD.match(text)
    if lead is not None:
        rest = lead.group("rest")
        end = _ASK_END.search(rest) or _ASK_WHAT.search(rest) or _ASK_IT.search(rest)
        return _described(rest[: end.start()] if end else rest)
    end = _ASK_END.search(text)
    if end is None and _THIS_KIND.match(text):
        # «This expedition took place in Rajab 9 AH … What is it called?»
        end = _ASK_CALLED.search(text)
    if end is None:
        what = _ASK_WHAT.search(text)
        if what is None or not _SPEAKER_KIND.search(text[: what.start()]):
            return None
        end = what
    return _described(text[: end.start()])


# «so this is my riddle for the class:», «here's a quiz for you guys:»: the asker's words
# about the riddle before a colon, no detail of the event.
_RIDDLE_INTRO = re.compile(
    r"^[^:?\n]{0,60}\b(?:riddle|puzzle|quiz)\b[^:?\n]{0,40}:\s*", re.IGNORECASE
)


# A riddle quoted whole after the asker's words, its question after the quotation («Starter
# riddle for my class, can you check it points to the right event? 'I was called in the heat
# of summer …' Which expedition am I?», en62): the quotation is the description, and the
# asker's own question before it asks nothing of the event. The opening mark stands before a
# word, not inside one («teacher's»).
_QUOTED = re.compile(r"(?<!\w)['\"“‘](?P<body>[^\"“”?]{20,})['\"”’]\s*[.!]?\s*$")


def _described(description: str) -> str | None:
    quoted = _QUOTED.search(description)
    if quoted is not None and "?" in description[: quoted.start()]:
        description = quoted.group("body")
    description = _RIDDLE_INTRO.sub("", description)
    description = _LABEL.sub("", description).strip(" \n.,;:-–")
    description = description.removesuffix("?").rstrip()
    # A description holding a question of its own is no riddle («When was Badr? Which
    # battle?» asks twice); too short a one describes nothing.
    if "?" in description or len(description.split()) < 3:
        return None
    return description


def mutah_names(
    reading: Reading, matcher: EnglishMatcher, known_gap: Callable[[str | None], KnownGap | None]
) -> frozenset[str]:
    """The words of a description that by themselves ask a known gap nearest to Mu'tah
    («Zayd», «Ja'far», «Rawaha»: its commanders, whom the text does not name)."""
    names = set()
    for term in reading.terms:
        gap = known_gap(matcher.refusals.gap(matcher.reader.read(term)))
        if gap is not None and gap.near[:1] == ("mutah",):
            names.add(term)
    return frozenset(names)


def expedition_of(
    description: str, matcher: EnglishMatcher, mutah_names: frozenset[str] = frozenset()
) -> Verdict:
    """Tabuk, Mu'tah or another event for a riddle's description. `mutah_names` are words
    that name Mu'tah's own people though its fact does not (the three commanders, whose
    names are a known gap of Mu'tah's): Mu'tah's words, not a stranger's."""
    reading = matcher.reader.read(description)
    terms = [t for t in dict.fromkeys(reading.terms) if t not in _FRAME]
    tabuk_ids = [f for f in matcher.fact_ids() if f != "mutah"]
    # The facts that tell of Mu'tah as Tabuk's background know its words too.
    background = {"mutah", "reasons", "overview"}
    tabuk_words = {t for t in terms if any(matcher.knows(f, t) for f in tabuk_ids)}
    mutah_words = {t for t in terms if matcher.knows("mutah", t) or t in mutah_names}
    unknown = [t for t in terms if t not in tabuk_words and t not in mutah_words]
    total = math.fsum(matcher.weight(t) for t in terms) or 1.0
    unknown_share = math.fsum(matcher.weight(t) for t in unknown) / total
    # A number or a month no Tabuk fact states («313», «Ramadan», «2 AH») rules Tabuk out.
    values = [t for t in terms if t.isdigit() or t in TYPED_MONTHS]
    # So does a name no fact knows («Usama», «Hawazin»): a person or a people of another event.
    names = {w.lower() for w in _NAME.findall(description)}
    ruled_out = any(t not in tabuk_words for t in values) or any(t in names for t in unknown)
    # A riddle never names its answer: one that names Tabuk («a battle before Tabuk»)
    # describes something else.
    ruled_out = ruled_out or "tabuk" in terms
    # A defeat or a loss told («the Muslims were defeated»): at Tabuk no one fought.
    ruled_out = ruled_out or bool(_LOST & set(terms) and not reading.negated)
    tabuk_markers = [
        t for t in tabuk_words - mutah_words if matcher.weight(t) >= EN_RIDDLE_MARKER_WEIGHT
    ]
    mutah_markers = [
        t
        for t in mutah_words
        if matcher.weight(t) >= EN_RIDDLE_MARKER_WEIGHT
        # what the other facts' answers state, not every word of their phrasings
        and not any(t in matcher.answer_terms(f) for f in tabuk_ids if f not in background)
    ]
    if unknown_share > EN_RIDDLE_UNKNOWN_SHARE:
        return Verdict.OTHER
    if len(mutah_markers) >= EN_RIDDLE_MARKERS and len(mutah_markers) > len(tabuk_markers):
        return Verdict.MUTAH
    if not ruled_out and len(tabuk_markers) >= EN_RIDDLE_MARKERS:
        return Verdict.TABUK
    if not ruled_out and tabuk_markers:
        # «The Prophet's last, against the Byzantines»: one detail of Tabuk's and nothing
        # against it; too little to name it, nothing to say it is not Tabuk.
        return Verdict.UNSURE
    return Verdict.OTHER
