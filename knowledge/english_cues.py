"""Word sets and small helpers of the English engine (knowledge/english_engine.py): negation
scope, doers, courtesies, blanks, claims and follow-on questions.
"""

from __future__ import annotations

import re

from knowledge.english_blanks import BLANK
from knowledge.english_decision import EnglishOutcome
from knowledge.english_forms import Form, Part
from knowledge.english_lexicon import COPULAS, TYPED_MONTHS
from knowledge.english_normalize import normalize_english
from knowledge.english_rules import DOERS, side_of  # noqa: F401 (re-exported)
from knowledge.english_text import Reading, army_going
from knowledge.lexicon import QuestionType

# Words passed over between a negation and what it denies («did not wish to attack»).
SCOPE_SKIP = frozenset(
    "do does did be is was were been have has had to a an the wish wished want wanted intend "
    "intended decide decided choose chose".split()
)
NEGATION_WORDS = frozenset({"neither", "nor", "without", "nothing"})
# Concepts a negation turns into themselves: «did not expect» is the surprise.
NEGATION_FLIPS = frozenset({"surprise"})
BE = COPULAS | {"been", "being"}
AUX = BE | {"did", "do", "does", "had", "has", "have"}
PARTICIPLES = frozenset(
    "sent given led held known called killed spared made fought taken brought paid slain built "
    "revealed done seen set struck beaten".split()
)
PRONOUNS = frozenset("he she they it his their its".split())
# («What does that mean?» names no subject: what «that» points to is the subject.)
GENERIC = frozenset(
    {"tabuk", "expedition", "occur", "story", "be", "right", "source", "text", "prophet", "mean"}
)
DEMONSTRATIVE = re.compile(r"\b(?:this|that)\b", re.IGNORECASE)
# What an answer says someone meant to do («wanted to attack»), not what was done.
INTENDED = re.compile(r"\b(?:wanted|wished|intended|planned|meant) to (\w+)", re.IGNORECASE)
PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)
PLURAL_PRONOUN = re.compile(r"\b(?:they|them|their|it|its)\b", re.IGNORECASE)
# «it» points to a thing; any pronoun that may point to people.
THING_PRONOUN = re.compile(r"\b(?:it|its)\b", re.IGNORECASE)
PEOPLE_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|they|them|their)\b", re.IGNORECASE)
# «there» points to a place named before, but not as the existential «there was / was there
# any …» («Was there any fighting at Tabuk itself?» asks of Tabuk, not of the part before).
PRONOUN = re.compile(
    r"\b(?:he|she|they|them|him|it|its"
    r"|there(?!\s+(?:is|was|are|were|been)\b)"
    r"(?!(?:(?<=\bis there)|(?<=\bwas there)|(?<=\bare there)|(?<=\bwere there))\s+[a-z])"
    r")\b",
    re.IGNORECASE,
)

# «how many soldiers were there»: «there» closing a count is «there were», no place.
_COUNTED_THERE = re.compile(
    r"(?<=\bhow\s)(many\b[^?]*\b(?:were|was|are|is)\s+)there\b(?=\W*$)", re.IGNORECASE
)


def points_back(text: str) -> bool:
    """Does a pronoun in the part point at something named before (not «how many … were
    there?», which counts)?"""
    if PRONOUN.search(_COUNTED_THERE.sub(r"\1", text)) is not None:
        return True
    if _WHO.search(text):
        return _THEIR.search(text) is not None  # «who gave half his wealth?»: «his» is who
    return _POSSESSIVE.search(text) is not None


# «Who was Heraclius? Where was his capital?»: «his» points at the person named before; in a
# «who» question «his» or «her» is the one asked for, «their» still others named before
# («… paid their soldiers in advance. Who was their emperor?»).
_POSSESSIVE = re.compile(r"\b(?:his|their|her)\b", re.IGNORECASE)
_THEIR = re.compile(r"\btheir\b", re.IGNORECASE)
_WHO = re.compile(r"\bwho(?:m|se)?\b", re.IGNORECASE)


THANKS = re.compile(
    r"^\W*(?:thanks?|thank\s+you|thx|jazak\s*allah(?:u)?(?:\s*khair(?:an)?)?|shukriya|"
    r"ok(?:ay)?\s+thanks?)(?:\s+(?:so\s+much|a\s+lot|very\s+much|sir|brother|bro|bhai|khair|bot))*\W*$",
    re.IGNORECASE,
)
GREETING = re.compile(
    r"^\W*(?:(hi|hello|hey|good\s+(?:morning|evening|afternoon|day))|salam|salaam|aoa|"
    r"assalam\s*o?\s*alaikum|as+alamu?\s*alaikum|asalamualaikum|assalamualaikum|"
    r"assalamu\s+alaykum|salam\s+alaikum)"
    r"(?:\s+(?:sir|brother|bro|bhai|there|everyone|all|bot|how\s+are\s+you))*\W*$",
    re.IGNORECASE,
)


WHEN_WORDS = frozenset({"ah", "month", "year", "hijri", "hijrah", "ad", "ce"})


def blank_asks_when(text: str) -> bool:
    """«Tabuk took place in ____ AH», «in the month of ____»: a word of time next to the
    blank asks when; «The emperor ____ paid a year's wages» asks who."""
    match = BLANK.search(text)
    if match is None:
        return False
    before = re.findall(r"[a-z]+", text[: match.start()].lower())[-3:]
    after = re.findall(r"[a-z]+", text[match.end() :].lower())[:2]
    return bool(WHEN_WORDS & set(before + after))


def courtesy_of(text: str) -> EnglishOutcome | None:
    """A message that only greets or thanks."""
    if THANKS.match(text):
        return EnglishOutcome.THANKS
    greeting = GREETING.match(text)
    if greeting:
        # «hello» is welcomed; only a salam is answered with «wa alaykum as-salam».
        return EnglishOutcome.WELCOME if greeting.group(1) else EnglishOutcome.GREETING
    return None


NONE_ABOVE = re.compile(
    r"^\W*(?:none\s+of\s+(?:the\s+)?(?:above|these|them)|none|neither)\W*$", re.IGNORECASE
)
ALL_ABOVE = re.compile(
    r"^\W*(?:all\s+of\s+(?:the\s+)?(?:above|these|them)|all\s+the\s+above"
    r"|both\s+\(?\w+\)?\s+and\s+\(?\w+\)?)"
    r"\W*$",
    re.IGNORECASE,
)
# «both (a) and (b)»: the two options it joins, by their labels.
BOTH_LABELLED = re.compile(
    r"^\W*both\s+\(?([a-e1-6])\)?\s+and\s+\(?([a-e1-6])\)?\W*$", re.IGNORECASE
)
# «Is that right?», «Who's right?», «Is it true?»: a question about a claim told before it.
# So is asking whether the one text holds the claim («Is that in the text?», «Does the book
# say that?», «Is this mentioned in the source?»): read alone, «text» was its only word.
_SOURCE = r"(?:the|your|this|our|my)\s+(?:arabic\s+)?(?:text|source|book|chapter|account)"
VERIFY = re.compile(
    r"^\W*(?:(?:is|was)\s+(?:that|this|it)\s+(?:really\s+|actually\s+)?"
    r"(?:right|true|correct|accurate)|who\W*s\s+right|"
    r"who\s+is\s+right|which\s+is\s+(?:right|correct)"
    # «… thinks Abu Bakr gave half. Is he right?»: whether the one who told it is right
    r"|(?:is|are)\s+(?:he|she|they)\s+(?:really\s+|actually\s+)?(?:right|correct)"
    # «My cousin insists … . True?»: the bare word asks the reported claim's verdict.
    r"|(?:true|right|correct|accurate)(?:\s+or\s+(?:false|not|wrong))?"
    rf"|(?:is|was)\s+(?:that|this|it)\s+(?:really\s+|actually\s+)?(?:(?:mentioned|stated|said|"
    rf"told|found)\s+)?in\s+{_SOURCE}"
    rf"|(?:does|did)\s+{_SOURCE}\s+(?:really\s+|actually\s+)?(?:say|state|mention)\s+(?:that|"
    rf"this|so|it))\W*$",
    re.IGNORECASE,
)
# What reports a claim («A website said», «my friend says», «I read ... that», «I remember
# the lecturer saying …»).
REPORTED = re.compile(
    r"^.*?\b(?:said|says|say|saying|wrote|told\s+(?:us|me)|read(?:\s+on\s+\w+(?:\s+\w+)?)?|heard|"
    r"claims?|claimed|insists?|insisted|reckons?|reckoned|swears?|swore|maintains?|"
    # «my study partner thinks Abu Bakr gave half …», «my brother believes …» (en68)
    r"maintained|thinks|believes)\b\s*(?:that\s+)?",
    re.IGNORECASE,
)


# The asker's own side of a dispute after the claim reported: «my friend says the army was
# 30k, i say it was more. who is right?» judges the friend's claim.
_COUNTER_CLAIM = re.compile(
    r"\s*[,;]?\s*(?:but\s+|and\s+|while\s+|whereas\s+)?(?:(?:i|we|me)\s+(?:say|said|think|"
    r"thought|believe|disagree)|(?:another|the\s+other|others|some\s+others?|my|his|her|our|mine|"
    r"ours|yours)"
    r"(?:\s+\w+)?\s+(?:say|says|said|thinks?|thought|believes?|claims?|claimed|disagrees?|disagreed))\b.*$",
    re.IGNORECASE,
)


def reported_claim(preamble: str) -> str | None:
    """The claim a preamble reports, without who reported it (nor the asker's reply)."""
    sentences = [s for s in re.split(r"(?<=[.!])\s+", preamble) if REPORTED.match(s)]
    # The last claim reported; the asker's own short reply after it («my friend says Khalid
    # killed Ukaydir. I said no. Who's right?») reports nothing to judge.
    for sentence in reversed(sentences):
        claim = _COUNTER_CLAIM.sub("", REPORTED.sub("", sentence, count=1)).strip()
        if len(claim.split()) >= 3:
            return _COUNTED_GOERS.sub(r"\1 men \2", claim)
    return None


# «my teacher says 30,000 went to Tabuk»: a number doing the going is a count of men.
_COUNTED_GOERS = re.compile(
    r"^(?:only\s+|about\s+|over\s+|some\s+)?(\d[\d,.]*(?:\s*k)?)\s+"
    r"(went|marched|set\s+out|joined|fought|came|took\s+part)\b",
    re.IGNORECASE,
)


def follows_on(part: Part, reading: Reading) -> bool:
    """A question that names nothing of its own and does not name Tabuk: it goes on about the
    subject of the question before it («... and when did it happen?»)."""
    if part.form is not Form.QUESTION or "tabuk" in reading.terms:
        return False
    return not has_subject(reading) or bool(PRONOUN.search(part.text))


def has_subject(reading: Reading) -> bool:
    return any(term not in GENERIC for term in reading.terms)


def options_type(options: tuple[str, ...]) -> QuestionType | None:
    """What options of one kind say the stem asks: years and months a time, numbers a number."""
    # Normalised, so a month spelt with its apostrophe («Sha'ban», «Dhul Qa'dah») is a month.
    words = [normalize_english(option).split() for option in options]
    if all(any(w in TYPED_MONTHS or w in ("ah", "a.h.", "hijri") for w in ws) for ws in words):
        return QuestionType.TIME
    if all(ws and ws[-1].replace(",", "").isdigit() for ws in words):
        return QuestionType.NUMBER
    return None


def with_context(reading: Reading, context: Reading, entities: frozenset[str]) -> Reading:
    """A part that names no subject («how many were in it?») takes the previous subject."""
    kept = [t for t in context.terms if t in entities]
    # («… the army that set out for Tabuk, and when did it set out?»: the expedition's date)
    terms = army_going(dict.fromkeys((*kept, *reading.terms)), reading.question_type)
    kind = reading.question_type
    if (
        kind is QuestionType.NONE
        and not reading.commanded
        and all(t in entities for t in reading.terms)
    ):
        # «And Mu'tah?» asks what the question before asked; «(b) Explain its significance»
        # after «(a) Describe the causes» asks its own thing, not why; nor does a command
        # («(b) Write a short note on it» after «(a) Where is Tabuk situated?») ask where.
        kind = context.question_type
    return Reading(reading.normalized, terms, kind, reading.negated, reading.unread_arabic)


# Units up to twelve stay words in a reading («ten years' pay»); tens become digits.
_COUNT_WORDS = {"a": 1, "an": 1} | {
    word: n
    for n, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), start=1
    )
}
_PERIOD_COUNT = re.compile(
    rf"\b({'|'.join(_COUNT_WORDS)}|\d+)\s+(?:whole\s+|full\s+)?(day|week|month|year)s?\b",
    re.IGNORECASE,
)
# «before Tabuk» / «after the expedition of Tabuk»: when something happened, relative to it.
# («before the expedition»: in a statement about Tabuk, the expedition is Tabuk)
_ORDER = re.compile(
    r"\b(before|after)\s+(?:the\s+)?(?:(?:expedition|campaign|ghazwah?)(?:\s+of\s+tabuk)?"
    r"|(?:battle\s+of\s+)?tabuk)\b"
)


# «Tabuk happened before X»: X came after Tabuk (no «Tabuk» after the order word).
_TABUK_FIRST = re.compile(r"\btabuk\b[^.]*?\b(before|after)\b(?![^.]*\btabuk\b)")
_INVERSE = {"before": "after", "after": "before"}


def period_counts(text: str) -> dict[str, int]:
    """How many of each span of time a text gives («a year's pay» -> year: 1)."""
    counts: dict[str, int] = {}
    for number, period in _PERIOD_COUNT.findall(text):
        number = number.lower()
        counts[period.lower()] = int(number) if number.isdigit() else _COUNT_WORDS[number]
    return counts


def miscounted_period(statement: str, answer: str) -> bool:
    """«two years' pay» against «a year's pay»: the same span, another count."""
    said, told = period_counts(statement), period_counts(answer)
    return any(period in told and told[period] != n for period, n in said.items())


def misordered(statement: str, answer: str) -> bool:
    """«The delegations came before Tabuk» against «After the expedition of Tabuk ...»; «Tabuk
    happened before the Battle of Mu'tah» (Mu'tah after Tabuk) against «Before Tabuk ...»."""
    said = {m.lower() for m in _ORDER.findall(statement.lower())}
    said |= {_INVERSE[m.lower()] for m in _TABUK_FIRST.findall(statement.lower())}
    told = {m.lower() for m in _ORDER.findall(answer.lower())}
    return bool(said and told and said.isdisjoint(told))
