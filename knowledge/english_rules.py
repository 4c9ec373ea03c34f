"""Word sets and small reading helpers of the English matcher (knowledge/english.py).

Kept apart so the matcher module holds only the decision; its tuned numbers are in
knowledge/tuning.py. Every set here is tuned on tests/eval/english_tuning*.jsonl and the
self-written probes only.
"""

from __future__ import annotations

import re

from knowledge.english_lexicon import COPULAS, SIDE_DOERS, VALUE_CLASSES
from knowledge.english_text import Reading
from knowledge.lexicon import QuestionType

# Person names that a false statement may put in the wrong place («Abu Bakr led the army»).
PERSON_TOKENS = frozenset(
    {"abubakr", "umar", "uthman", "abdulrahman", "khalid", "heraclius", "ukaydir", "harith",
     "shurahbil"}
)  # fmt: skip
# Terms of Islam in general, not of Tabuk alone: asked on their own, they ask a definition.
GENERAL_TERMS = frozenset(
    {"jizya", "ansar", "muhajirin", "hypocrite", "believer", "companion", "tawbah"}
)
# Gaps about Tabuk itself that a question naming Mu'tah does not ask («martyred at Mu'tah»).
TABUK_ONLY_GAPS = frozenset({"casualties"})
# Names of a side or a group, not of one subject («the Romans», «the Companions»).
SIDE_NAMES = frozenset({"roman", "muslim", "companion", "believer", "ansar", "muhajirin"})
# Words asking about several people at once.
PLURAL_PEOPLE = frozenset("companions sahaba sahabah sahabas donors contributors list".split())
# «Which of the following Companions gave half …?», «one of the sahaba who …»: the plural
# names the group one person is picked from; one person is asked, not several.
ONE_OF_PEOPLE = re.compile(
    r"\b(?:which|one)\s+of\s+(?:the\s+)?(?:following\s+|these\s+|those\s+)?"
    r"(?:companions|sahaba|sahabah|sahabas|donors|contributors)\b"
)
# Shares a statement may get wrong («half his wealth» for «all his wealth»).
VALUE_WORDS = frozenset({"all", "half", "third", "quarter"})
# Deeds a true statement must find in the answer, however much else of it the answer covers;
# a «who» stem asking of one of them is answered only by a fact that tells it.
CLAIMED_DEEDS = frozenset(
    "fight attack kill defeat win retreat conquer captur submit pay refuse convert spare".split()
)
# Names present in almost any question about Tabuk: never «another subject».
COMMON_NAMES = frozenset({"prophet", "tabuk", "ah", "madinah", "companion", "usrah", "rajab"})
# Arabic event names that are also common words alone («أحد» is «one», «مكة» the city).
AMBIGUOUS_ARABIC = frozenset({("احد",), ("مكه",)})
# Terms naming the kind of detail asked: the winner must know them, however light they weigh.
DETAIL_TERMS = frozenset({"say", "mean", "first"})
# Terms that only name the subject: a question made of them asks for the overview.
SUBJECT_TERMS = frozenset({"tabuk", "expedition", "story", "event", "occur"})
# The year of Tabuk as a question writes it («the campaign of Tabuk (9 AH)»).
YEAR_TERMS = frozenset({"9", "ah"})
BACKGROUND_TERMS = SUBJECT_TERMS | {"rajab"} | YEAR_TERMS
# Words that set the scene of a question about Tabuk rather than ask a detail.
SCENE_TERMS = BACKGROUND_TERMS | {
    "army",
    "muslim",
    "march",
    "time",
    "after",
    "before",
    "earlier",
    "not",
    "all",
    "against",
    "arabia",
    "between",
}
# Arriving somewhere («reached Tabuk», «arrived there»): part of the scene, not a detail asked.
ARRIVAL_TERMS = frozenset({"come"})
GENERAL_TYPES = frozenset({QuestionType.NONE, QuestionType.THING, QuestionType.MANNER})
# The concept of being sent on a mission: the sending is why the one sent went.
SENT = "send"
# Who a broad question's aspect concerns, or where it stands («the sacrifices of the Companions»,
# «the significance of Tabuk in the history of Islam»): they do not narrow the aspect.
BROAD_SETTING = frozenset({"muslim", "prophet", "companion", "islam"})
# Words that only say how an aspect is seen or shown («the sacrifice shown by the Companions»,
# «Why is Tabuk considered a great success?»): the aspect is what is asked, a «why» included.
BROAD_VIEW = frozenset({"consider", "regard", "deem", "seen", "show", "display"})
# The enemy Tabuk was against: «the campaign against the Byzantines» names Tabuk itself.
BROAD_ENEMY = frozenset({"roman", "ghassan"})
# Verbs that only link the subject to its aspect («What results did Tabuk bring?»).
BROAD_LIGHT = frozenset({"bring", "produce"})
# Aspects a named subject's own fact does not tell by telling what happened: what a person
# gave is his deed, asked of him; why he was sent («the purpose of sending Khalid») is not
# told by where he went («the result of Khalid's mission» is: Dumat submitted).
UNTOLD_ASPECTS = frozenset({"give", "reason"})
# A broad question names its aspect with a noun («the preparations»): «how did they prepare»
# asks what was done (the gifts), not the aspect as a whole.
BROAD_TYPES = frozenset({QuestionType.NONE, QuestionType.THING})


QUOTED_PREFIX = "quoted:"


_AT_TABUK = re.compile(r"\b(?:at|in|during|reaching|reached) tabuk\b")


def placed_at_tabuk(reading: Reading) -> bool:
    """Does the question place what it asks at Tabuk («... a battle at Tabuk»)?"""
    return bool(_AT_TABUK.search(reading.normalized))


def quoted_token(fact_id: str) -> str:
    """The term a quotation of the fact's verse is read as."""
    return f"{QUOTED_PREFIX}{fact_id}"


# Deeds of an army: an answer telling them of the Romans speaks of the Roman army.
ROMAN_DEEDS = frozenset({"attack", "retreat", "fight", "gather", "advance", "mercenary"})
# Words of today's map among the modern triggers.
MAP_WORDS = frozenset({"saudi", "province", "region", "city", "neom"})
# What a fact that quotes a verse is known by, besides the verse's own words.
VERSE_WORDS = "verse ayah surah quran revealed translation translate meaning"
# What other reports say, when an answer adds it: the answer's own telling ends before.
OTHER_REPORTS = re.compile(
    r"[\s;]*(?:other reports|the books of sirah)\b.*$", re.DOTALL | re.IGNORECASE
)
COUNT = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand)\b",
    re.IGNORECASE,
)


def told(answer: str) -> str:
    """What the answer itself tells, without the other reports it adds."""
    return OTHER_REPORTS.sub("", answer)


def who_is(reading: Reading) -> str | None:
    """The one person a «Who was X?» question asks about, if it asks only that."""
    words = reading.normalized.split()
    if len(words) < 3 or words[0] != "who" or words[1] not in COPULAS:
        return None
    # «Who were the people of Ayla?» asks who they were, as «Who was Ukaydir?» does.
    people = [t for t in reading.terms if t in PERSON_TOKENS or VALUE_CLASSES.get(t) == "place"]
    others = [t for t in reading.terms if t not in people and t not in ("tabuk", "people")]
    return people[0] if len(people) == 1 and not others else None


def where_is_place(reading: Reading, names: frozenset[str]) -> bool:
    """«Where is Dumat al-Jandal?», «Where was Ayla?»: where a place other than Tabuk lies."""
    words = reading.normalized.split()
    if len(words) < 3 or words[0] != "where" or words[1] not in COPULAS:
        return False
    asked = [t for t in reading.terms if t not in ("place", "today", "now")]
    return len(asked) == 1 and asked[0] in names and asked[0] != "tabuk"


def asks_count(reading: Reading) -> bool:
    """Does the question ask how many («how many ...», «the number of ...»)?"""
    words = reading.normalized.split()
    if (
        len(words) > 2
        and words[-1] in ("number", "count")
        and reading.question_type is QuestionType.NONE
    ):
        # «uthman tabuk camels horses number»: a query typed as keywords ends with what it
        # wants, as a search box is asked; no question word asks anything else.
        return True
    return any(
        words[i : i + 2] in (["how", "many"], ["number", "of"]) for i in range(len(words) - 1)
    )


def asks_definition(reading: Reading) -> bool:
    """Does the question ask what a general term of Islam is («What is jizya?», «Who were the
    Ansar?», «Define hypocrisy»), naming nothing of Tabuk?"""
    if not reading.terms or not set(reading.terms) <= GENERAL_TERMS:
        return False
    words = reading.normalized.split()
    return bool(words) and (
        reading.defines
        or words[0] == "define"
        or "meaning" in words
        or (len(words) >= 2 and words[0] in ("what", "who") and words[1] in COPULAS)
    )


def phrase_in(phrase: tuple[str, ...], words: tuple[str, ...]) -> bool:
    size = len(phrase)
    if size and phrase[0] not in words:
        return False  # (every match opens with it: most phrases are ruled out so, in C)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


# Who can do a deed in a statement: persons, peoples and the sides of the story.
DOERS = frozenset(
    {t for t, kind in VALUE_CLASSES.items() if kind in ("person", "people")} | SIDE_DOERS
)
# Doers named differently on the same side («the believers» are «Muslims whose hearts ...»).
SIDE = {"believer": "muslim", "companion": "muslim"}


def side_of(term: str | None) -> str | None:
    """The side a doer stands on (a doer stands for itself when no side is listed)."""
    return None if term is None else SIDE.get(term, term)
