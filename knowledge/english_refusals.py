"""What an English question is refused for before any matching: another event, today's Tabuk
(the city, its map) or a detail the source text does not state (a known gap).

Kept apart from the matcher (knowledge/english.py): these are phrase look-ups in the English
data's trigger lists, not a ranking of the facts.
"""

from __future__ import annotations

import re

from knowledge.english_data import EnglishBase
from knowledge.english_era import era_label
from knowledge.english_lexicon import WH_WORDS, YESNO_OPENERS
from knowledge.english_normalize import normalize_english
from knowledge.english_rules import (
    AMBIGUOUS_ARABIC,
    DOERS,
    MAP_WORDS,
    TABUK_ONLY_GAPS,
    phrase_in,
)
from knowledge.english_side_counts import GAP as ROMAN_COUNT_GAP
from knowledge.english_side_counts import counts_other_side
from knowledge.english_text import EnglishReader, Reading
from knowledge.english_word_order import direct_order
from knowledge.lexicon import QuestionType
from knowledge.normalize import normalize as normalize_arabic
from knowledge.scope_words import EVENT_AFTER
from knowledge.scope_words import OTHER_EVENTS as ARABIC_OTHER_EVENTS

# How a «Name the ...» command is asked as a question when looking up a known gap.
_NAME_LEADS = (("name", "of"), ("names", "of"), ("who", "were"), ("who", "was"))
# Pointing words read as «the» when looking up a known gap.
_POINTING = {"this": "the", "that": "the", "these": "the", "those": "the"}
# Groups who stayed behind of their own will; a claim that they stayed behind in Madinah is
# about the laggards the text names, not about who was left in charge of the city.
_GROUPS_STAYING = frozenset({"hypocrite", "believer", "muslim", "bedouin", "arab", "people"})


# Words a number after them makes a label, not a thing asked: «Lesson 14 check» is a
# course's heading, not the lessons of Tabuk; «Week 7 quiz question» («week» mended into
# «weeks») is no journey's length.
_NUMBERED_LABELS = frozenset(
    "lesson lessons week weeks day days session sessions unit module chapter lecture class".split()
)
# A lesson of the asker's course, not one drawn from Tabuk: «Lesson aim - …», «Lesson
# objective:», «this/today's/our/tomorrow's lesson».
_LESSON_LABELS = frozenset(
    """aim aims objective objectives plan starter outcome outcomes goal goals focus title recap
    notes intention intentions question questions quiz check""".split()
)
_LESSON_OWNERS = frozenset("this todays today our tomorrows next previous".split())


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())


def _is_number(word: str) -> bool:
    return word.isdigit() or word in _NUMBER_WORDS


def _bare_word_asked(word: str, words: tuple[str, ...]) -> bool:
    """Does a one-word trigger ask its gap here, or only name someone in another question?
    After «by» the word is the doer of a stated act («conquered by Ali»): the claim is judged
    by the fact about the act. Before a doer word it describes those doers («Christian Arab
    tribes»): it is who they were, not the religion asked. A label with its number
    («Lesson 14», «Week 7») or the asker's own lesson («Lesson aim», «this lesson») asks
    nothing of the gap."""
    for i, w in enumerate(words):
        if w != word:
            continue
        after_by = i > 0 and words[i - 1] == "by"
        describes = i + 1 < len(words) and words[i + 1].removesuffix("s") in DOERS
        numbered = w in _NUMBERED_LABELS and i + 1 < len(words) and _is_number(words[i + 1])
        course = w in ("lesson", "lessons") and (
            (i + 1 < len(words) and words[i + 1] in _LESSON_LABELS)
            or (i > 0 and words[i - 1] in _LESSON_OWNERS)
        )
        if not (after_by or describes or numbered or course or _in_opening_scene(words, i)):
            return True
    return False


# A clause that opens a question with the time of what it asks: «After Zayd, Ja'far and Ibn
# Rawaha were killed, who saved the army?» tells of them; what it asks comes after.
_SCENE_OPENERS = frozenset({"after", "when", "once"})
_AUXILIARIES = YESNO_OPENERS - {"can", "could", "will", "would"}
# The question words after the scene; «when» opens the scene itself («When Zaid was killed, …»).
_ASKING = WH_WORDS - {"when", "whose"}
_ASKS_OF_THE_SCENE = frozenset(
    "happen happened happens then next after that did do does the a to them him he it they was "
    "were is are".split()
)


def _in_opening_scene(words: tuple[str, ...], at: int) -> bool:
    """Is words[at] inside a clause of time opening the question, before its question word
    («When Zaid was killed, who took the flag?»; not «When was Zaid killed?»)?"""
    if len(words) < 2 or words[0] not in _SCENE_OPENERS or words[1] in _AUXILIARIES:
        return False
    if any(w in _ASKING for w in words[1:at]):
        return False
    asking = next((i for i in range(at + 1, len(words)) if words[i] in _ASKING), None)
    # «After the boycott of the three, what happened?» asks of the scene itself.
    return asking is not None and bool(set(words[asking + 1 :]) - _ASKS_OF_THE_SCENE)


_Triggers = list[tuple[tuple[str, ...], str]]
# Triggers by their first word, each with its place in the list ("" for an empty one).
_ByFirst = dict[str, list[tuple[int, tuple[str, ...], str]]]


def _by_first_word(triggers: _Triggers) -> _ByFirst:
    """The triggers by their first word, each with its place in `triggers`."""
    index: _ByFirst = {}
    for place, (phrase, gap) in enumerate(triggers):
        index.setdefault(phrase[0] if phrase else "", []).append((place, phrase, gap))
    return index


def _opening_with(index: _ByFirst, words: set[str]) -> _Triggers:
    """The triggers that open with one of the words (and any empty one), in their order."""
    found = [t for word in words | {""} for t in index.get(word, ())]
    found.sort(key=lambda trigger: trigger[0])
    return [(phrase, gap) for _, phrase, gap in found]


# Question words a trigger may hold: one that holds none names a thing («distance from madinah»).
_ASKING_TRIGGER_WORDS = WH_WORDS | frozenset("far many much".split())
# Words of an effect asked: «How did the distance from Madinah affect the supplies?», «… make
# the march hard?»: the thing the trigger names is the cause told, not the detail of its gap.
_EFFECT_WORDS = frozenset(
    "affect affected affects effect effects impact impacted influence influenced make made "
    "makes hard harder difficult difficulty difficulties problem problems challenge".split()
)


# Words after «how long» that ask how far ahead something was done («How long in advance
# did Heraclius pay his soldiers?»: a year's pay beforehand), not how long a march took.
_AHEAD = (("in", "advance"), ("beforehand",), ("ahead",), ("upfront",), ("up", "front"))


def _ahead_of_time(words: tuple[str, ...]) -> bool:
    """Does «how long» open a question about a lead time («how long in advance»)?"""
    for i in range(len(words) - 1):
        if words[i : i + 2] == ("how", "long"):
            rest = words[i + 2 :]
            return any(rest[: len(a)] == a for a in _AHEAD)
    return False


def _trigger_asked(
    phrase: tuple[str, ...], words: tuple[str, ...], kind: QuestionType = QuestionType.NONE
) -> bool:
    """Is a trigger that is found in the words asked in the frame of its gap?"""
    if len(phrase) == 1:
        return _bare_word_asked(phrase[0], words)
    # «The hypocrites stayed behind in Madinah»: the laggards, not a deputy.
    in_madinah = phrase[-2:] == ("in", "madinah")
    if in_madinah and _GROUPS_STAYING & {w.removesuffix("s") for w in words}:
        return False
    if phrase == ("how", "long") and _ahead_of_time(words):
        return False  # «How long in advance did Heraclius pay?»: a lead time, stated
    effect_asked = kind in (QuestionType.MANNER, QuestionType.REASON) and bool(
        _EFFECT_WORDS & set(words)
    )
    return not (effect_asked and not _ASKING_TRIGGER_WORDS & set(phrase))


# Words asking Mu'tah's place in the story told, not its own causes: «Why does the text
# mention Mu'tah?», «Why is Mu'tah part of the background?», «Why does Mu'tah matter?».
_MUTAH_ROLE_WORDS = frozenset(
    {"text", "mention", "mentioned", "mentions", "matter", "matters", "story", "background",
     "link", "linked", "connection", "connected", "relevant", "relevance", "chapter"}
)  # fmt: skip
# A count in an answer and the word it counts: «the three commanders».
_COUNTED = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+([a-z]+)", re.IGNORECASE
)


# «… like at Uhud», «… as in Badr», «… unlike Hunayn» closing a question about Tabuk: the other
# event is only a yardstick, the question asks about Tabuk (as «Unlike Badr, why …?» before
# it is cut off as a clause). «than» is no yardstick: «bigger than at Badr» asks Badr's size.
_YARDSTICK_WORDS = frozenset({"like", "unlike", "as"})
_YARDSTICK_FILLERS = frozenset({"at", "in", "the", "during", "with", "battle", "of", "ghazwa"})
# The question before the yardstick: enough words to ask something of its own.
_MIN_ASKING_WORDS = 4


def _yardstick(phrase: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Is the event named only at the end of a Tabuk question, as what it is compared with?"""
    size = len(phrase)
    for start in range(len(words) - size + 1):
        if words[start : start + size] != phrase or start + size < len(words) - 1:
            continue
        marker = start - 1
        while marker >= 0 and words[marker] in _YARDSTICK_FILLERS:
            marker -= 1
        before = words[: max(marker, 0)]
        if (
            marker >= 0
            and words[marker] in _YARDSTICK_WORDS
            and len(before) >= _MIN_ASKING_WORDS
            and "tabuk" in before
            and WH_WORDS & set(before)
        ):
            return True
    return False


class EnglishRefusals:
    """The trigger phrases of other events, today's Tabuk and the known gaps."""

    def __init__(self, base: EnglishBase, reader: EnglishReader) -> None:
        # What the Mu'tah fact counts («the three commanders»): a count of it is stated.
        mutah = base.facts.get("mutah")
        self._mutah_counted = frozenset(
            term
            for found in _COUNTED.finditer(mutah.answer if mutah else "")
            for term in reader.read(found.group(1)).terms
        )
        self._other_events = [
            (tuple(normalize_english(v).split()), event.name)
            for event in base.other_events
            for v in event.variants
        ]
        # The same events written in Arabic inside an English message («What is غزوة بدر?»).
        self._arabic_events: list[tuple[tuple[str, ...], str]] = []
        for event in base.other_events:
            words = tuple(normalize_arabic(event.arabic).split())
            self._arabic_events.append((words, event.name))
            rest = words[1:] if words and words[0] in EVENT_AFTER else ()
            if rest and rest not in AMBIGUOUS_ARABIC:
                self._arabic_events.append((rest, event.name))
        self._modern = [tuple(normalize_english(v).split()) for v in base.modern]
        self._gaps = [
            (tuple(normalize_english(t).split()), gap.id)
            for gap in base.gaps
            for t in gap.triggers
        ]
        # Triggers with their names folded («how many byzantine» -> «how many roman»); one
        # that holds no name («became muslim» -> «convert muslim») is matched by its words
        # only, or it would match far more than the trigger.
        self._folded_gaps = [
            (folded, gap_id)
            for phrase, gap_id in self._gaps
            if set(folded := tuple(reader.fold(list(phrase))[0])) & reader.name_tokens
        ]
        self._gaps_by_first = _by_first_word(self._gaps)
        self._folded_by_first = _by_first_word(self._folded_gaps)

    def other_event(self, reading: Reading) -> str | None:
        """The other event a question is about, if it names one."""
        words = tuple(reading.normalized.split())
        for phrase, name in self._other_events:
            if phrase_in(phrase, words) and not _yardstick(phrase, words):
                return name
        arabic = tuple(normalize_arabic(w) for w in words if not w.isascii())
        for phrase, name in self._arabic_events:
            if phrase_in(phrase, arabic):
                return name
        for word in arabic:
            for form in (word, word.removeprefix("و"), word.removeprefix("ب")):
                if form.removeprefix("ال") in ARABIC_OTHER_EVENTS:
                    return ARABIC_OTHER_EVENTS[form.removeprefix("ال")]
        # Mu'tah is background to Tabuk; counting its fighters asks about Mu'tah itself (what
        # its fact counts, «How many commanders fell?», is stated), and so do its own causes
        # («Explain the causes of the Battle of Mu'tah»), which the text does not give («how
        # Mu'tah led to Tabuk» names Tabuk and asks the link; «Why does the text mention
        # Mu'tah?» asks its place in the story).
        if "mutah" in reading.terms and (
            (
                reading.question_type is QuestionType.NUMBER
                and not set(reading.terms) & self._mutah_counted
            )
            or (
                "tabuk" not in reading.terms
                and not _MUTAH_ROLE_WORDS & set(reading.normalized.split())
                and (reading.question_type is QuestionType.REASON or "reason" in reading.terms)
            )
        ):
            return "Mu'tah"
        return None

    def modern(self, reading: Reading) -> bool:
        """Does the question ask about today's Tabuk (the city, its university, its weather)?
        By its words or by its folded names («the weather in tabook»)."""
        asked = (tuple(reading.normalized.split()), tuple(reading.tokens))
        return any(phrase_in(phrase, words) for phrase in self._modern for words in asked)

    def modern_map(self, reading: Reading) -> bool:
        """Does the text name today's map («Saudi Arabia», «Tabuk province»)? Options that do
        make a question one about today's Tabuk; «cold and rain» among them is a distractor."""
        words = tuple(reading.normalized.split())
        return any(phrase_in(phrase, words) for phrase in self._modern if MAP_WORDS & set(phrase))

    def gap(self, reading: Reading) -> str | None:
        """The known gap a question asks, by its words or by its folded names («Byzantine»
        is read as «Roman», so «how large was the Byzantine army» is the Roman troops)."""
        # «the name of that envoy», «Who was this envoy?»: a pointing word is «the».
        words = tuple(_POINTING.get(w, w) for w in reading.normalized.split())
        tokens = tuple(_POINTING.get(w, w) for w in reading.tokens)
        asked = [words]
        if (direct := direct_order(words)) != words:
            asked.append(direct)  # «remind me who the three commanders were»
        if reading.names:
            # «Name the envoy who was attacked» asks «the name of the envoy»; «Name the three
            # commanders» asks «the names of» them, «who were the three commanders».
            rest = words[words[:1] == ("the",) :]
            asked = [(*lead, "the", *rest) for lead in _NAME_LEADS]
            tokens = ("name", "of", "the", *tokens[tokens[:1] == ("the",) :])
        # (a trigger opens with its first word: only those whose first word is among the
        # words are tried, in the triggers' order, instead of a scan of ~1,000 triggers)
        found = next(
            (
                gap
                for phrase, gap in _opening_with(self._gaps_by_first, set().union(*asked))
                if any(
                    phrase_in(phrase, w) and _trigger_asked(phrase, w, reading.question_type)
                    for w in asked
                )
            ),
            None,
        )
        if found is None:
            found = next(
                (
                    gap
                    for phrase, gap in _opening_with(self._folded_by_first, set(tokens))
                    if phrase_in(phrase, tokens)
                    and _trigger_asked(phrase, tokens, reading.question_type)
                ),
                None,
            )
        if found is None and counts_other_side(reading.terms):
            found = ROMAN_COUNT_GAP  # «The Byzantine army was 50,000 strong»: never counted
        if found in TABUK_ONLY_GAPS and "mutah" in reading.terms:
            return None  # the fallen of Mu'tah are stated; Tabuk's are not
        if found == "gregorian_date" and era_label(reading):
            return None  # «Describe the Tabuk campaign of 630 CE»: the year dates the subject
        return found
