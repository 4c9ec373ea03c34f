"""Answer keys: per fact, the short answer and the details a statement can be checked against.

Loaded from knowledge/data/answer_keys.json into frozen objects; a bad record fails at load
naming the fact and the slot. The helpers here read numbers, Hijri years and named values
out of a message, so that a statement, an option or a blank is compared with what the fact
states, not with how similar its words look.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import Levenshtein

from knowledge.affixes import PREFIXES_SHORT
from knowledge.normalize import normalize, without_conjunction
from knowledge.stemming import stem
from knowledge.tuning import NUMBERS_CACHE_SIZE, WORD_CACHE_SIZE
from knowledge.typos import is_plausible_slip

ANSWER_KEYS_NAME = "answer_keys.json"


class SlotKind(StrEnum):
    """What a checkable detail is; statements are compared kind by kind."""

    MONTH = "month"
    YEAR = "year"
    NUMBER = "number"
    PERSON = "person"
    PARTY = "party"
    PLACE = "place"
    NAME = "name"
    EVENT = "event"
    SHARE = "share"
    DURATION = "duration"
    ORDER = "order"
    TRIBUTE = "tribute"
    THING = "thing"
    VERSE = "verse"
    POLARITY = "polarity"


# Kinds whose values are read as numbers rather than words.
NUMERIC_KINDS = frozenset({SlotKind.YEAR, SlotKind.NUMBER, SlotKind.VERSE})


class AnswerKeyError(ValueError):
    """The answer-key file is unusable; the message names the record."""


@dataclass(frozen=True, slots=True)
class Slot:
    """One detail a fact states: its kind, how to say it, and the forms that name it."""

    kind: SlotKind
    answer: str
    values: tuple[tuple[str, ...], ...] = ()
    number: int | None = None
    also: tuple[int, ...] = ()
    negated: bool = False
    # Deeds or reasons said instead of this one («خرج المنافقون» where they stayed behind),
    # and the words one must follow when said of the name («سمي … لكثرة عدده»):
    # knowledge/contrary_deeds.py.
    contrary: tuple[tuple[str, ...], ...] = ()
    contrary_after: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class AnswerKey:
    """The short answer of one fact and its checkable details."""

    fact_id: str
    answer: str
    slots: tuple[Slot, ...]


@dataclass(frozen=True, slots=True)
class AnswerKeys:
    """All keys, the rival values of each kind, and the riddle markers."""

    keys: dict[str, AnswerKey]
    rivals: dict[SlotKind, tuple[tuple[str, ...], ...]]
    tabuk_markers: tuple[tuple[str, ...], ...]
    mutah_markers: tuple[tuple[str, ...], ...]
    riddle_asks: tuple[tuple[str, ...], ...]

    def get(self, fact_id: str) -> AnswerKey | None:
        return self.keys.get(fact_id)


def phrase(text: str) -> tuple[str, ...]:
    """A value as normalised words, each without «ال» so that prefixes do not matter."""
    return tuple(core_word(word) for word in normalize(text).split())


_PREFIXES = ("وبال", "فبال", "وال", "بال", "فال", "كال", "لل", "ال")


@lru_cache(maxsize=WORD_CACHE_SIZE)  # (asked of each word of a message by every key read)
def core_word(word: str) -> str:
    """A word without a leading conjunction, preposition or article («وبالروم» -> «روم»)."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return word


@lru_cache(maxsize=20_000)
def _written_forms(word: str) -> frozenset[str]:
    """A word as written and without its prefixes (وبالروم -> روم)."""
    forms = {word, core_word(word)}
    if word[:1] in PREFIXES_SHORT and len(word) > 3:
        forms |= {word[1:], core_word(word[1:])}
    if word == _SON_FULL:
        # «عثمان ابن عفان» is «عثمان بن عفان»: between two names «ابن» and «بن» are one
        # word, the keys write «بن»
        forms.add(_SON_SHORT)
    return frozenset(forms)


_SON_FULL, _SON_SHORT = "ابن", "بن"


@lru_cache(maxsize=20_000)
def _word_forms(word: str) -> frozenset[str]:
    """A word's written forms and their stems (المسلمون and مسلمين meet)."""
    forms = _written_forms(word)
    return forms | {stem(form) for form in forms if len(form) > 3}


@lru_cache(maxsize=20_000)
def _value_forms(word: str, exact: bool) -> frozenset[str]:
    """A value's word as written (without «ال») and its stem: a value never carries a
    one-letter conjunction or preposition, so none is taken off it («كسرى» is no «ك» +
    «سرى», which would meet «سرية»; «فارس» no «ف» + «ارس», which would meet «فارسًا»)."""
    forms = {word, core_word(word)}
    return frozenset(forms if exact else forms | {stem(form) for form in forms if len(form) > 3})


def same_word(first: str, second: str) -> bool:
    """Whether two normalised words are the same word (prefixes, «ال» and stems aside)."""
    return bool(_word_forms(first) & _word_forms(second))


def forms_of(words: tuple[str, ...]) -> frozenset[str]:
    """Every form of the words (stems included), for can_mention()."""
    return frozenset().union(*map(_word_forms, words))


def can_mention(forms: frozenset[str], value: tuple[str, ...]) -> bool:
    """False when `forms` (forms_of the words) holds no form of the value's first word:
    mentions(words, value), exact or not, is then False too, and costs a scan to say so."""
    return bool(value) and not forms.isdisjoint(_word_forms(value[0]))


def longest_first(
    values: tuple[tuple[str, ...], ...],
) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """The values longest first (a tie in their order), each with the forms of its first
    word: can_mention(forms, value) is `not forms.isdisjoint(those)`, without a call."""
    ordered = sorted(values, key=len, reverse=True)
    return tuple((value, _word_forms(value[0]) if value else frozenset()) for value in ordered)


def words_of(text: str) -> tuple[str, ...]:
    """A message's words, normalised, for mentions()."""
    return tuple(normalize(text).split())


def mentions(words: tuple[str, ...], value: tuple[str, ...], *, exact: bool = False) -> bool:
    """Whether the words contain the value's words in a row (prefixes and «ال» aside; with
    `exact`, not by stem either: the stemmer folds synonyms, اغتيال into قتل)."""
    size = len(value)
    if not size or size > len(words):
        return False
    forms = _written_forms if exact else _word_forms
    # (the value's first word tested first, alone: most starts fail there, and a generator
    # for every start was most of this function's time; riddles call it ~1,000 times each)
    first = _value_forms(value[0], exact)
    for start in range(len(words) - size + 1):
        if first.isdisjoint(forms(words[start])):
            continue
        if size == 1 or all(
            not _value_forms(value[i], exact).isdisjoint(forms(words[start + i]))
            for i in range(1, size)
        ):
            return True
    return False


def mention_spans(
    words: tuple[str, ...], values: tuple[tuple[str, ...], ...], *, exact: bool = False
) -> list[tuple[int, int]]:
    """Every (start, end) where one of the values is named in the words, value by value and
    start by start: the windows `mentions(words[start:end], value)` holds for. Each word's
    forms are read once for all the values (a deed's list of verbs is tested at every
    word of a statement)."""
    forms = _written_forms if exact else _word_forms
    written = [forms(word) for word in words]
    found: list[tuple[int, int]] = []
    for value in values:
        size = len(value)
        if not size:
            continue
        wanted = [_value_forms(word, exact) for word in value]
        for start in range(len(words) - size + 1):
            if all(not wanted[i].isdisjoint(written[start + i]) for i in range(size)):
                found.append((start, start + size))
    return found


_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)
_UNITS = {
    "واحد": 1,
    "واحده": 1,
    "اثنين": 2,
    "اثنان": 2,
    "ثلاث": 3,
    "ثلاثه": 3,
    "اربع": 4,
    "اربعه": 4,
    "خمس": 5,
    "خمسه": 5,
    "ست": 6,
    "سته": 6,
    "سبع": 7,
    "سبعه": 7,
    "ثمان": 8,
    "ثماني": 8,
    "ثمانيه": 8,
    "تسع": 9,
    "تسعه": 9,
    "عشر": 10,
    "عشره": 10,
    "عشرين": 20,
    "عشرون": 20,
    "ثلاثين": 30,
    "ثلاثون": 30,
    "اربعين": 40,
    "اربعون": 40,
    "خمسين": 50,
    "خمسون": 50,
    "ستين": 60,
    "ستون": 60,
    "سبعين": 70,
    "سبعون": 70,
    "ثمانين": 80,
    "ثمانون": 80,
    "تسعين": 90,
    "تسعون": 90,
    "مئه": 100,
    "مائه": 100,
    "ميه": 100,
    "مية": 100,
    "مئتين": 200,
    "مائتين": 200,
    "ثلاثمائه": 300,
    "ثلاثمئه": 300,
    "اربعمائه": 400,
    "خمسمائه": 500,
    "ستمائه": 600,
    "سبعمائه": 700,
    "ثمانمائه": 800,
    "تسعمائه": 900,
    "تسعمئه": 900,
}
_UNITS = {normalize(word): value for word, value in _UNITS.items()}
# «ألف» and its forms (knowledge/statement_coverage.py reads them too); «k» as in «40k».
THOUSAND_WORDS = frozenset("الف الفا الاف الفين الفان".split())
_THOUSANDS = THOUSAND_WORDS | {"k"}
# «مليون جندي», «نص مليون», «٣ ملايين»: millions, a figure no fact states (read as a figure,
# a claim of «a million soldiers» is one the text does not settle, not a claim of no figure).
_MILLIONS = {
    normalize(word): value
    for word, value in {
        "مليون": 1_000_000,
        "مليونا": 1_000_000,
        "مليونًا": 1_000_000,
        "ملايين": 1_000_000,
        "مليونين": 2_000_000,
        "مليونان": 2_000_000,
    }.items()
}
ORDINALS = {
    "اولي": 1,
    "الاولي": 1,
    "اول": 1,
    "الاول": 1,
    "ثانيه": 2,
    "الثانيه": 2,
    "الثاني": 2,
    "ثالثه": 3,
    "الثالثه": 3,
    "الثالث": 3,
    "رابعه": 4,
    "الرابعه": 4,
    "الرابع": 4,
    "خامسه": 5,
    "الخامسه": 5,
    "الخامس": 5,
    "سادسه": 6,
    "السادسه": 6,
    "السادس": 6,
    "سابعه": 7,
    "السابعه": 7,
    "السابع": 7,
    "ثامنه": 8,
    "الثامنه": 8,
    "الثامن": 8,
    "تاسعه": 9,
    "التاسعه": 9,
    "التاسع": 9,
    "عاشره": 10,
    "العاشره": 10,
    "العاشر": 10,
}
ORDINALS = {normalize(word): value for word, value in ORDINALS.items()}
_YEAR_WORDS = frozenset({"سنه", "السنه", "عام", "العام", "بالسنه", "بالعام", "فالسنه", "فالعام"})
_THOUSANDS_SEPARATOR = re.compile(r"(?<=\d)[,٬،.](?=\d{3}\b)")
_DIGIT_RUN = re.compile(r"(\d+)")
_HIJRI = re.compile(r"^(?:ه|هـ|هجري|هجريه|للهجره|الهجره|هجره)$")


def _digit_tokens(text: str) -> list[str]:
    """Normalised words, with digits read before normalize() folds repeated ones (40000)."""
    text = text.translate(_DIGITS)
    text = _THOUSANDS_SEPARATOR.sub("", text)
    text = _DIGIT_RUN.sub(r" \1 ", text)
    tokens: list[str] = []
    for raw in text.split():
        if raw.isdecimal():
            tokens.append(raw)
        else:
            tokens.extend(normalize(raw).split())
    return tokens


# A number word after the preposition «ب» (with) or «ل» (to, for) joined to it: «جهز الجيش
# بتسعمائة وخمسين بعيرًا», «بأربعين ألفًا», «بألف دينار». Not for the words a joined letter
# makes another word of: «لست» (I am not), «بمية» (with water, in Egypt).
_PREPOSED = frozenset("بل")
_NOT_AFTER_PREPOSITION = frozenset({"ست", "ميه"})


def _strip_conj(word: str) -> str:
    bare = without_conjunction(word, "و", known=_UNITS)
    if bare != word:
        return bare
    if word[:1] in _PREPOSED and word[1:] in _UNITS and word[1:] not in _NOT_AFTER_PREPOSITION:
        return word[1:]
    # «فوق الاربعين الف»: a tens or hundreds word with the article is that number («الست», the
    # lady, is no six: only twenty and up)
    if word[:2] == "ال" and _UNITS.get(word[2:], 0) >= 20:
        return word[2:]
    return word


@lru_cache(maxsize=NUMBERS_CACHE_SIZE)  # (a pure function of the text; tuples out)
def read_numbers(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(numbers, Hijri years) named in a text: «40 ألف», «أربعين ألفًا», «السنة التاسعة»."""
    found = _read_values(_digit_tokens(text))
    numbers = tuple(value for value, _, year in found if not year)
    return numbers, tuple(value for value, _, year in found if year)


# What a count counts, by the word after it: «950 جملًا» are camels, «خمسين فرسًا» horses.
_COUNTED: dict[str, str] = {
    **dict.fromkeys("جمل جملا جمال بعير بعيرا ناقه ناقة نوق ابل".split(), "camels"),
    **dict.fromkeys("فرس فرسا افراس خيل خيول حصان".split(), "horses"),
    **dict.fromkeys("قايد قايدا قواد قاده امير امراء".split(), "leaders"),
}
# Counts a noun says without a number word before it: «قائدان» (two, the dual);
# «القواد الثلاثة», «قائد واحد» (the number after the noun, as its adjective). Mu'tah's
# three fallen leaders are counted so: «سقط في مؤتة قائدان» counts them otherwise.
_DUALS: dict[str, str] = dict.fromkeys("قايدان قايدين اميران اميرين".split(), "leaders")
_ONE = frozenset({"واحد", "واحدا"})


def counted_kind(word: str) -> str | None:
    """What a word counts («فرسًا»: horses), when it names a thing counted in the text."""
    return _COUNTED.get(core_word(word))


@lru_cache(maxsize=NUMBERS_CACHE_SIZE)  # (a pure function of the text)
def counted(text: str) -> frozenset[tuple[int, str]]:
    """The (number, what it counts) pairs a text names («950 جملًا وخمسين فرسًا»)."""
    # («بخمسين جملًا»: the count with «ب» before it)
    tokens = [t[1:] if t[:1] == "ب" and t[1:] in _UNITS else t for t in _digit_tokens(text)]
    pairs = set()
    for value, end, year in _read_values(tokens):
        unit = _COUNTED.get(core_word(tokens[end])) if end < len(tokens) and not year else None
        if unit is not None:
            pairs.add((value, unit))
    for index, token in enumerate(tokens):
        word = core_word(token)
        if word in _DUALS:
            pairs.add((2, _DUALS[word]))
        elif (unit := _COUNTED.get(word)) == "leaders" and index + 1 < len(tokens):
            after = tokens[index + 1]
            # («القواد الثلاثة», «قائد واحد»: not «جملًا وخمسين», where the next count begins)
            count = 1 if after in _ONE else _UNITS.get(after[2:]) if after[:2] == "ال" else None
            if count is not None and count <= 10:
                pairs.add((count, unit))
    return frozenset(pairs)


def _read_values(tokens: list[str]) -> list[tuple[int, int, bool]]:
    """(value, index after it, is a Hijri year) for each number the tokens name."""
    found: list[tuple[int, int, bool]] = []
    index = 0
    while index < len(tokens):
        word = tokens[index]
        if word in _YEAR_WORDS and index + 1 < len(tokens):
            following = tokens[index + 1]
            if following in ORDINALS:
                found.append((ORDINALS[following], index + 2, True))
                index += 2
                continue
            if following.isdecimal() and int(following) < 100:
                found.append((int(following), index + 2, True))
                index += 2
                continue
            # «سنة تسع», «عام تسعة»: the year's number as a word, not a count (unless a
            # thousand follows: «سنة تسع آلاف» is no year of the Hijra)
            after = tokens[index + 2] if index + 2 < len(tokens) else ""
            if following in _UNITS and _UNITS[following] < 100 and after not in _THOUSANDS:
                found.append((_UNITS[following], index + 2, True))
                index += 2
                continue
        value: int | None = None
        end = index
        if word.isdecimal():
            value, end = int(word), index + 1
        elif (unit := unit_value(_strip_conj(word))) is not None:
            value, end = unit, index + 1
            # «تسعمائة وخمسين», «خمس وعشرين»: parts joined by و add up.
            while end < len(tokens) and tokens[end][:1] == "و" and tokens[end][1:] in _UNITS:
                value += _UNITS[tokens[end][1:]]
                end += 1
        elif (bare := _without_preposition(word)) in _THOUSANDS - {"k"}:
            value, end = (2000 if bare in ("الفين", "الفان") else 1000), index + 1
        elif (bare := without_conjunction(word, "و")) in _MILLIONS or bare[1:] in _MILLIONS:
            value, end = _MILLIONS.get(bare) or _MILLIONS[bare[1:]], index + 1
        if value is None:
            index += 1
            continue
        if end < len(tokens) and tokens[end] in _THOUSANDS and value < 1000:
            value *= 1000
            end += 1
        elif end < len(tokens) and tokens[end] in _MILLIONS and value < 1000:
            value *= 1_000_000
            end += 1
        found.append(
            (value, end, end < len(tokens) and bool(_HIJRI.match(tokens[end])) and value < 100)
        )
        index = end
    return found


def _without_preposition(word: str) -> str:
    """«بالف» (with a thousand) → «الف»; other words unchanged."""
    return word[1:] if word[:1] in _PREPOSED and word[1:] in _THOUSANDS else word


@lru_cache(maxsize=WORD_CACHE_SIZE)  # (each word of every text read for figures)
def unit_value(word: str) -> int | None:
    """A number word's value, as typed in the dialects («تلاتين» for «ثلاثين») or with one
    slip in a long one («اربغين»); None for any other word. (A slip in a short word makes
    another word: «سنين» is years, not «ستين».)"""
    if word in _UNITS:
        return _UNITS[word]
    spoken = word.replace("ت", "ث")
    if spoken != word and spoken in _UNITS:
        return _UNITS[spoken]
    if len(word) < 6:
        return None
    near = {
        value
        for unit, value in _UNITS.items()
        if len(unit) >= 6
        and Levenshtein.distance(word, unit) == 1
        and is_plausible_slip(word, unit)
    }
    return next(iter(near)) if len(near) == 1 else None


def _phrases(items: object, where: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
        raise AnswerKeyError(f"{where}: expected a list of non-empty strings")
    return tuple(phrase(item) for item in items)


def _slot(record: object, where: str) -> Slot:
    if not isinstance(record, dict):
        raise AnswerKeyError(f"{where}: a slot must be an object")
    try:
        kind = SlotKind(str(record.get("kind")))
    except ValueError:
        raise AnswerKeyError(f"{where}: unknown kind {record.get('kind')!r}") from None
    answer = record.get("answer")
    if not isinstance(answer, str) or not answer.strip():
        raise AnswerKeyError(f"{where}: 'answer' must be a non-empty string")
    number = record.get("number")
    if kind in NUMERIC_KINDS and not isinstance(number, int):
        raise AnswerKeyError(f"{where}: a {kind} slot needs an integer 'number'")
    also = record.get("also", [])
    if not isinstance(also, list) or not all(isinstance(n, int) for n in also):
        raise AnswerKeyError(f"{where}: 'also' must be a list of integers")
    values = _phrases(record.get("values", []), where) if "values" in record else ()
    if kind not in NUMERIC_KINDS and not values:
        raise AnswerKeyError(f"{where}: a {kind} slot needs 'values'")
    contrary = _phrases(record["contrary"], where) if "contrary" in record else ()
    after = _phrases(record["contrary_after"], where) if "contrary_after" in record else ()
    return Slot(
        kind=kind,
        answer=answer.strip(),
        values=values,
        number=number if isinstance(number, int) else None,
        also=tuple(also),
        negated=bool(record.get("negated", False)),
        contrary=contrary,
        contrary_after=after,
    )


def parse_answer_keys(data: object, *, origin: str) -> AnswerKeys:
    """Validate the decoded file; raise AnswerKeyError naming origin and record."""
    if not isinstance(data, dict) or not isinstance(data.get("keys"), dict):
        raise AnswerKeyError(f"{origin}: expected an object with a 'keys' object")
    keys: dict[str, AnswerKey] = {}
    for fact_id, record in data["keys"].items():
        where = f"{origin}: key {fact_id!r}"
        if not isinstance(record, dict) or not isinstance(record.get("answer"), str):
            raise AnswerKeyError(f"{where}: expected an object with an 'answer' string")
        slots = record.get("slots")
        if not isinstance(slots, list) or not slots:
            raise AnswerKeyError(f"{where}: 'slots' must be a non-empty list")
        keys[fact_id] = AnswerKey(
            fact_id=fact_id,
            answer=record["answer"].strip(),
            slots=tuple(_slot(slot, f"{where} slot #{i}") for i, slot in enumerate(slots)),
        )
    rivals_raw = data.get("rivals", {})
    if not isinstance(rivals_raw, dict):
        raise AnswerKeyError(f"{origin}: 'rivals' must be an object")
    rivals: dict[SlotKind, tuple[tuple[str, ...], ...]] = {}
    for kind, items in rivals_raw.items():
        try:
            rivals[SlotKind(kind)] = _phrases(items, f"{origin}: rivals {kind!r}")
        except ValueError as error:
            if isinstance(error, AnswerKeyError):
                raise
            raise AnswerKeyError(f"{origin}: rivals of unknown kind {kind!r}") from None
    riddle = data.get("riddle", {})
    if not isinstance(riddle, dict):
        raise AnswerKeyError(f"{origin}: 'riddle' must be an object")
    return AnswerKeys(
        keys=keys,
        rivals=rivals,
        tabuk_markers=_phrases(riddle.get("tabuk", []), f"{origin}: riddle tabuk"),
        mutah_markers=_phrases(riddle.get("mutah", []), f"{origin}: riddle mutah"),
        riddle_asks=_phrases(riddle.get("asks", []), f"{origin}: riddle asks"),
    )


@lru_cache(maxsize=1)
def load_answer_keys() -> AnswerKeys:
    """The shipped answer keys (validated once, then shared: they are immutable)."""
    name = ANSWER_KEYS_NAME
    text = resources.files("knowledge").joinpath("data", name).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise AnswerKeyError(f"{name}: not valid JSON: {error}") from None
    return parse_answer_keys(data, origin=name)
