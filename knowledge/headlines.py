"""Search-style headlines and damaged text: what the reader takes off or mends before it
reads a message (knowledge/message.py). It only reads: it never looks at the facts."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import lru_cache

from knowledge.answer_keys import SlotKind, load_answer_keys, mentions
from knowledge.headline_patterns import (
    HEADED_SUBJECT,
    NOUN_OF_IT,
    NOUNS_OF_IT_SUBJECT_MAX,
    REACTION,
    SEARCH_LEAD,
    SEARCH_TAIL,
    THROUGH,
    TOPIC_AFTER,
    TOPIC_OF_IT,
    TOPIC_OPENING,
    TOPIC_SEPARATOR,
    TOPICS_BEFORE,
    TOPICS_OF,
    TOPICS_OF_IT,
    WHILE_THERE,
)
from knowledge.message_patterns import (
    ANY_IMPERATIVE,
    CUT_HONORIFIC,
    CUT_PROPHET,
    HONORIFIC_CUT_AT,
    MARKS,
    QUESTION_START,
)
from knowledge.normalize import normalize
from knowledge.question_rewrites import drop_honorifics
from knowledge.source_words import without_source
from knowledge.stemming import is_stopword, stem
from knowledge.tuning import LOST_YA_PIECE_MAX, PAIRED_TOPIC_MAX_WORDS, READING_CACHE_SIZE

_NOTHING_LEFT = " .،,؟?:"


COPULAS = frozenset({"هو", "هي", "هم", "كان", "كانت", "كانوا"})


def names_a_topic(text: str) -> bool:
    """A phrase opening with a noun that names a topic and stating nothing with «هي/كانت»
    («تبرعات الصحابة في غزوة تبوك», not «غزوة تبوك هي أول غزوة …»)."""
    words = text.split()
    return TOPIC_OPENING.match(text) is not None and not any(w in COPULAS for w in words[1:])


# Prepositions of a setting, where or when («في تبوك», «خلال الغزوة», «بعد غزوة تبوك»).
_SETTING = frozenset(normalize(w) for w in "في خلال أثناء اثناء يوم قبل بعد".split())


@lru_cache(maxsize=1)
def known_names() -> tuple[tuple[str, ...], ...]:
    """Every person and people the answer keys name, longest first («عمر بن الخطاب»)."""
    keys = load_answer_keys()
    kinds = (SlotKind.PERSON, SlotKind.PARTY)
    values = {
        v for key in keys.keys.values() for s in key.slots if s.kind in kinds for v in s.values
    }
    values |= {v for kind in kinds for v in keys.rivals.get(kind, ())}
    return tuple(sorted(values, key=len, reverse=True))


def name_and_topic(text: str) -> bool:
    """«عمر بن الخطاب وجيش العسرة», «خالد بن الوليد ودومة الجندل»: a search title pairing a
    name with a topic states nothing (no deed links them); it is never judged true or false.
    So does a name then only where or when («عمر بن الخطاب في تبوك», «هرقل بعد غزوة تبوك»):
    a title of that person's part in it, not a claim that he was there."""
    words = drop_honorifics(tuple(normalize(text).split()))
    for size in range(1, min(4, len(words) - 1) + 1):
        head, rest = words[:size], words[size:]
        paired = rest[0].startswith("و") and len(rest[0]) >= 3
        placed = rest[0] in _SETTING and len(rest) > 1
        if not (paired or placed) or len(rest) > PAIRED_TOPIC_MAX_WORDS:
            continue
        if any(len(name) == size and mentions(head, name, exact=True) for name in known_names()):
            return True
    return False


# Words that open a prepositional phrase: the noun after one is its object, never a verb.
PREPOSITIONS = frozenset(
    normalize(word)
    for word in "في من إلى الى على عن مع ضد قبل بعد عند خلال أثناء اثناء داخل بين حول لدى".split()
)
# The definite article, alone or after «ب/ل/و/ف/ك» («بالشام», «للروم», «والغساسنة»).
DEFINITE = re.compile(r"^(?:[وف]?[بك]?ال|[وف]?لل)\S{2,}$")
# Relative pronouns open a clause with a verb in it («الذي أعطاهم هرقل …»), and a few verbs
# begin with «ال» as nouns do («التقى الجيشان»): either makes the phrase say something.
NOT_NOUNS = frozenset(
    normalize(w)
    for w in "الذي التي الذين اللذين اللتين اللاتي اللي التقى التقوا التحق التحقوا التزم".split()
)


def states_nothing(text: str) -> bool:
    """A definite noun phrase and prepositional phrases only («الجنود المرتزقة في جيش الروم
    قبل تبوك»): no verb, no copula, no number and no indefinite predicate
    («غزوة تبوك آخر غزوة»), so it names a topic and asserts nothing a verdict could judge."""
    words = normalize(text).split()
    if not words or DEFINITE.match(words[0]) is None or _FIGURE.search(text):
        return False
    for index, word in enumerate(words):
        if word in NOT_NOUNS or word in COPULAS:
            return False
        after_preposition = index > 0 and words[index - 1] in PREPOSITIONS
        # (a word right after a preposition is its object, a noun: «في جيش الروم»)
        if not (DEFINITE.match(word) or word in PREPOSITIONS or after_preposition):
            return False
    return True


def headline_topics(text: str) -> list[str]:
    """«أسباب ونتائج غزوة تبوك», «تاريخ غزوة تبوك وسببها», «غزوة تبوك أسبابها ونتائجها»: two
    topics of one subject, each asked with the subject (a text asking anything else is
    returned whole)."""
    before = TOPICS_BEFORE.match(text)
    if before is not None:
        asking, first, second, subject = before.groups()
        return [f"{asking or ''}{first} {subject}", f"{asking or ''}{second} {subject}"]
    if ends_with_its(text):
        # (before TOPIC_AFTER, which would take «غزوة» for the first topic of «غزوة تبوك
        # أسبابها ونتائجها»)
        of_it = topics_of_it(text)
        if of_it is not None:
            return of_it
        after = TOPIC_AFTER.match(text)
        if after is not None:
            asking, first, subject, second = after.groups()
            subject = subject.rstrip(" .؟?")
            return [f"{asking or ''}{first} {subject}", f"{asking or ''}{second} {subject}"]
    # (TOPICS_OF parts the subject from its topics with a colon, a dash or a bracket)
    listed = TOPICS_OF.match(text) if any(mark in text for mark in ":：-–(") else None
    if listed is not None:
        subject = listed["subject"].strip()
        topics = [t.removeprefix("ال") for t in TOPIC_SEPARATOR.split(listed["topics"].strip())]
        return [f"{topic} {subject}" for topic in topics if topic]
    return [text]


def ends_with_its(text: str) -> bool:
    """Whether a text ends, before its end mark, with «its» («…ها», «…ه», «…هم»), as every
    text TOPICS_OF_IT and TOPIC_AFTER match does: most questions do not, and those patterns
    try each place their subject may end, so they are not tried on them."""
    return text.rstrip().rstrip(".؟?").rstrip().endswith(("ه", "ها", "هم"))


def topics_of_it(text: str) -> list[str] | None:
    """A subject, then topics each with «its» on it, each topic asked of the whole subject:
    headline nouns all («غزوة تبوك أسبابها ونتائجها», «غزوة تبوك: أسبابها، نتائجها») before
    it, «أسباب غزوة تبوك»; else, after a subject opening with a headline noun, each with its
    «its» after it («غزوة تبوك زمانها ومكانها»: «غزوة تبوك زمانها», bare «زمان» being a
    filler). None when the text is no such headline."""
    its = TOPICS_OF_IT.match(text)
    if its is None:
        return None
    subject = its["subject"].strip()
    pieces = TOPIC_SEPARATOR.split(its["topics"].strip())
    nouns = [match[1] for piece in pieces if (match := NOUN_OF_IT.fullmatch(piece))]
    if len(nouns) == len(pieces) and len(its["subject"]) <= NOUNS_OF_IT_SUBJECT_MAX:
        return [f"{noun} {subject}" for noun in nouns]
    suffixes = {match[2] for piece in pieces if (match := TOPIC_OF_IT.fullmatch(piece))}
    if HEADED_SUBJECT.match(subject) is None or len(suffixes) != 1:
        return None
    return [f"{subject} {piece}" for piece in pieces]


@lru_cache(maxsize=READING_CACHE_SIZE)
def search_topic(text: str) -> str:
    """A search headline without the document it wants («بحث عن …», «ملخص درس …»,
    «… للصف الثامن pdf»): only its topic is asked; «و» typed onto a number is spaced out
    («و50»). (Options are left as typed: the reply quotes them.)"""
    if _FIGURE.search(text):  # (every match is before a figure; most texts hold none)
        text = _AND_NUMBER.sub(r"\1 ", text)
    previous = None
    while previous != text:
        previous = text
        text = without_source(SEARCH_TAIL.sub("", text))
    lead = SEARCH_LEAD.match(text)
    if lead is not None and text[lead.end() :].strip(_NOTHING_LEFT):
        text = text[lead.end() :]
    if QUESTION_START.match(text) is None:  # (a headline, not a question)
        through = THROUGH.match(text)
        if through is not None and not _asks(through["theme"]):
            text = text[through.end() :]  # (what the theme is drawn from)
        text = WHILE_THERE.sub("", text)  # (where the doer was, a setting)
    return text.strip() if text.strip(_NOTHING_LEFT) else previous


def _asks(text: str) -> bool:
    return any(QUESTION_START.match(word) for word in text.split())


# «950 بعيرا و50 فرسا»: «and» typed onto a number (no Arabic word is «و» and digits).
_AND_NUMBER = re.compile(r"(?<![\w])([وف])(?=[0-9٠-٩])")
_FIGURE = re.compile(r"[0-9٠-٩]")


def reaction_as_stance(text: str) -> str:
    """«ردة فعل الروم» read as «موقف الروم»: the facts are asked about a stance."""
    return REACTION.sub("موقف", text)


def mend_damaged(text: str) -> str:
    """The honorific with letters lost in PDF extraction («النب صلى الله عل ه وسلم»)
    mended, so that it is dropped as the whole honorific is (an intact one is left as
    typed)."""
    return CUT_PROPHET.sub(r"\1نبي", CUT_HONORIFIC.sub(_mend_honorific, text))


def _mend_honorific(match: re.Match[str]) -> str:
    cut = HONORIFIC_CUT_AT.search(match.group(0))
    return match.group(0) if cut is None else "صلى الله عليه وسلم"


# A lone letter other than «و» (and no digit): a word cut by PDF extraction is in the text.
# («ب 950 جمل»: a preposition typed apart before a figure is no cut word)
_LONE_LETTER = re.compile(r"(?:^|\s)(?!و)[\u0621-\u064a](?=\s(?![0-9٠-٩])|$|[؟?.،,:])")
_SPACES = re.compile(r"(\s+)")
_EDGE = re.compile(r"^([^\w]*)(.*?)([^\w]*)$")


def restore_lost_ya(text: str, known: Callable[[str], bool]) -> str:
    """Words that lost their «ي» in PDF extraction («الذ ن», «المسلم ن», «عل ه», «ح ث ترت
    بها», «ف غزوة», «النب»): a piece of at most three letters after a word is joined to it
    with its «ي» when that makes a word the base knows (`known`); a word the base does not
    know gets its «ي» back at its end when that makes a word PDF extraction often cuts so
    (في، الذي، التي، على، النبي: `lost_ya`). Only a text with a lone letter in it is
    touched: a whole message is damaged alike, and a clean one is left as typed. (A space
    alone, «غز وة», the engine mends.)"""
    bare = MARKS.sub("", text)
    if _LONE_LETTER.search(bare) is None:
        return text
    pieces = _SPACES.split(bare)
    tokens, spaces = pieces[0::2], [*pieces[1::2], ""]
    out: list[str] = []
    index = 0
    while index < len(tokens):
        lead, word, tail = _split_edges(tokens[index])
        near = index + 1 < len(tokens) and spaces[index] == " "
        after, following, end = _split_edges(tokens[index + 1] if near else "")
        _, next_word, _ = _split_edges(tokens[index + 2] if index + 2 < len(tokens) else "")
        # («من ح ث»: the lone letter starts the word after it, «حيث»)
        starts_next = len(following) == 1 and bool(next_word) and known(f"{following}ي{next_word}")
        joinable = (
            word.isalpha()
            and following.isalpha()
            and following != "و"  # («جمل و 50 فرس»: «and» typed apart)
            and not tail
            and not after
            and len(following) <= LOST_YA_PIECE_MAX
            and not starts_next
        )
        # (a lone letter after a word is a piece of it, «عل ه»; after a lone letter it may be
        # a plain space, «م ن»)
        piece = len(following) == 1 and len(word) > 1
        if (
            joinable
            and (piece or not known(f"{word}{following}"))
            and known(f"{word}ي{following}")
        ):
            out.append(f"{lead}{word}ي{following}{end}{spaces[index + 1]}")
            index += 2
            continue
        if not word.isalpha() or (
            # («الذ ين»: a space alone, which the engine mends; «أب ن»: unknown)
            joinable and (known(f"{word}{following}") or len(following) == 1)
        ):
            out.append(tokens[index] + spaces[index])
        elif not known(word) and lost_ya(f"{word}ي"):
            out.append(f"{lead}{word}ي{tail}{spaces[index]}")
        else:
            out.append(tokens[index] + spaces[index])
        index += 1
    return "".join(out)


# Words PDF extraction often leaves without their final «ي» (or «ى»), normalised.
_LOST_YA = frozenset(
    normalize(word) for word in "في الذي التي على النبي للنبي والنبي بالنبي فالنبي".split()
)


def known_word(word: str, vocabulary: Container[str]) -> bool:
    """A word the base reads: a function word, one whose stem the facts use, or an exam
    verb on its own («أبين»)."""
    normal = normalize(word)
    return len(normal) > 1 and (
        is_stopword(normal)
        or stem(normal, vocabulary) in vocabulary
        or ANY_IMPERATIVE.fullmatch(f"{word} ") is not None
    )


def lost_ya(word: str) -> bool:
    """Whether `word` is one PDF extraction often leaves without its final «ي»."""
    return normalize(word) in _LOST_YA


def _split_edges(token: str) -> tuple[str, str, str]:
    """Punctuation before a token, its word, punctuation after it."""
    match = _EDGE.match(token)
    return ("", token, "") if match is None else (match[1], match[2], match[3])
