"""Reading a question: its type, its content words (stemmed), and what else it names."""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from knowledge.affixes import PREFIXES_SHORT
from knowledge.asking_frames import WHICH, without_made_verb
from knowledge.aspect_words import without_aspect_qualifiers
from knowledge.common_words import is_common_word
from knowledge.compared_events import without_comparison
from knowledge.dialect_lexicon import DIALECT_WORDS
from knowledge.honorifics import HONORIFICS
from knowledge.lexicon import (
    ENTITIES,
    GREETING_CORE,
    GREETING_WORDS,
    LEADING_QUESTION_WORDS,
    NUMERALS,
    PREPOSITION_QUESTIONS,
    PROTECTED,
    QUESTION_PHRASES,
    QUESTION_WORDS,
    SYNONYMS,
    THANKS_CORE,
    THANKS_WORDS,
    TYPE_PRIORITY,
    QuestionType,
)
from knowledge.normalize import normalize, without_conjunction
from knowledge.phrase_rewrites import PHRASE_REWRITES
from knowledge.scope_words import (
    CONTEXTUAL_EVENTS,
    EVENT_AFTER,
    EVENT_PAIRS,
    MODERN_MARKERS,
    MODERN_WHOLE_WORDS,
    NOT_EVENT_BEFORE,
    OTHER_EVENTS,
)
from knowledge.stemming import (
    NON_CONTENT,
    default_stem,
    is_stopword,
    stem,
)
from knowledge.title_rewrites import joined_title
from knowledge.tuning import BEFORE_CONCESSION_MIN_WORDS, SLIP_CACHE_SIZE
from knowledge.typos import WordsByLength, is_plausible_slip, letter_slips
from knowledge.word_mending import join_split_words, may_read_as_known, mend_collocations


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the matcher needs to know about one question."""

    normalized: str
    words: tuple[str, ...]
    question_type: QuestionType
    terms: tuple[str, ...]
    # The word each term came from, for typo correction when stemming went astray.
    term_words: tuple[str, ...]
    other_event: str | None
    modern: bool

    def without_words(self, dropped: Container[str]) -> Analysis:
        """The question read without the words `dropped` and the terms they gave, to ask
        whether the rest alone still leads to the same fact."""
        kept = [
            (term, word)
            for term, word in zip(self.terms, self.term_words, strict=True)
            if word not in dropped
        ]
        return Analysis(
            normalized=self.normalized,
            words=tuple(word for word in self.words if word not in dropped),
            question_type=self.question_type,
            terms=tuple(term for term, _ in kept),
            term_words=tuple(word for _, word in kept),
            other_event=self.other_event,
            modern=self.modern,
        )


def _without_conjunction(word: str, table: Container[str]) -> str:
    """و/ف glued to a function word (ومتى, فكم): drop it when the rest is known and the
    word is not one itself («فاش» is Maghrebi "when", not ف + «اش»)."""
    return without_conjunction(word, known=table, longer_than=2)


# «ما الذي دفع النبي إلى …», «ايه اللي خلاه شاق»: what drove or made someone or something
# so asks a reason. «دفع/حمل» only with «إلى» after them («ما الذي دفعه عثمان» is what he paid).
_WHAT = frozenset("ما شو ايش وش شنو ايه اش".split())
_MADE = ("جعل", "خلا", "خلي")
_DROVE = ("دفع", "حمل")
_TO = frozenset("الي لل".split())


def asks_what_drove(words: tuple[str, ...]) -> bool:
    """Whether a question opens «ما الذي جعل/خلى …» or «ما الذي دفع/حمل … إلى …»."""
    for at, (what, which, verb) in enumerate(zip(words, words[1:], words[2:], strict=False)):
        if (
            what not in _WHAT and without_conjunction(what, "و") not in _WHAT
        ) or which not in WHICH:
            continue
        if any(verb.startswith(root) and len(verb) <= len(root) + 3 for root in _MADE):
            return True
        if any(verb.startswith(root) and len(verb) <= len(root) + 3 for root in _DROVE):
            return bool(_TO & set(words[at + 3 :]))
    return False


def question_type(words: tuple[str, ...]) -> QuestionType:
    """Decide the question type from question words, including dialect forms."""
    if asks_what_drove(words):
        return QuestionType.REASON
    found: set[QuestionType] = set()
    for first, second in pairwise(words):
        phrase_type = QUESTION_PHRASES.get(
            (_without_conjunction(first, LEADING_QUESTION_WORDS), second)
        )
        if phrase_type is not None:
            return phrase_type
    for index, raw in enumerate(words):
        word = _without_conjunction(raw, QUESTION_WORDS)
        if word in QUESTION_WORDS:
            found.add(QUESTION_WORDS[word])
        elif index == 0:
            word = _without_conjunction(raw, LEADING_QUESTION_WORDS)
            if word in LEADING_QUESTION_WORDS:
                found.add(LEADING_QUESTION_WORDS[word])
    if not found:
        found.update(
            kind for pair, kind in PREPOSITION_QUESTIONS.items() if pair in set(pairwise(words))
        )
    return next((kind for kind in TYPE_PRIORITY if kind in found), QuestionType.NONE)


# Function words long enough that one slip in them still leaves them recognisable.
_FUNCTION_WORDS_BY_LENGTH = WordsByLength(word for word in NON_CONTENT if len(word) >= 3)


def _with_question_word_slips(
    words: tuple[str, ...], vocabulary: Container[str] | None
) -> tuple[str, ...]:
    """The opening words with a mistyped question word mended (قديس -> قديش, مبن -> مين);
    a word the facts know is no slip (ايله is the town, not «ايه»)."""
    mended = list(words)
    for index, word in enumerate(words[:4]):
        if word == "ليس" and words[index + 1 : index + 2] and words[index + 1] in _PAST_VERBS:
            # «ليس صارت غزوة تبوك؟»: «ليس» (is not) never comes before a past verb; it is
            # «ليش» with the dots of ش missed.
            mended[index] = "ليش"
            continue
        if index >= 2:
            continue
        if vocabulary is not None and known_as_typed(word, vocabulary):
            continue
        slip = question_word_slip(word)
        if slip is not None:
            mended[index] = slip
    return tuple(mended)


def known_as_typed(word: str, vocabulary: Container[str]) -> bool:
    """A word the facts know as typed («ايله» is the town), or by a stem of four letters or
    more; a three-letter stem left by cutting letters off is weaker than a question word's
    slip at the opening: «لمادا»/«مادا» is «لماذا»/«ماذا» mistyped, not «الماديه» («ماد»)."""
    term = stem(word, vocabulary)
    return term in vocabulary and (term == word or len(term) >= 4)


# Past verbs people ask «why» of («ليش صارت/كانت/خرجوا…»).
_PAST_VERBS = frozenset(
    "صار صارت كان كانت كانوا حصل حصلت خرج خرجوا طلع طلعوا غزا سمي سميت راح راحوا وقعت".split()
)
_QUESTION_WORDS_ALL = frozenset(QUESTION_WORDS) | frozenset(LEADING_QUESTION_WORDS)
_SHORT_QUESTION_WORDS = frozenset(word for word in _QUESTION_WORDS_ALL if len(word) == 3)


@lru_cache(maxsize=SLIP_CACHE_SIZE)
def question_word_slip(word: str) -> str | None:
    """The question word `word` is a slip of, if any. Three letters have many neighbours,
    so a three-letter word is read so only by a missed dot or a swap (مبن, كبف, لبش)."""
    slip = function_word_slip(word)
    if slip is not None:
        return slip if slip in _QUESTION_WORDS_ALL else None
    if len(word) != 3 or word in NON_CONTENT or is_common_word(word):
        return None
    found = letter_slips(word) & _SHORT_QUESTION_WORDS
    return next(iter(found)) if len(found) == 1 else None


# Fighting said not to have happened («لم يقع قتال», «ما صار قتال», «بدون حرب»).
_FIGHTING = frozenset({"قتال", "هجوم"})
_NEGATIONS = frozenset("لم لن ما مافي ماكان مكانش ماكانش مكنش بدون دون بلا عدم ليس مش مو".split())
NO_FIGHTING = "لاقتال"

# «ماله كله» (all his wealth) is what Abu Bakr gave: after a word for wealth, «all of it»
# is the detail asked, not ك + «له» («الجيش ده كله» is only «the whole army»).
_WHOLE_OF_IT = frozenset({"كله", "كلو", "كلها"})
# The same said before the wealth word, with any pronoun on it: «قدمت كل مالي», «بجميع
# أمواله», «كل فلوسي». PHRASE_REWRITES reads a few set forms («كل ماله»); a riddle's first
# person («كل مالي») or a plural («كل أموالهم») is the same detail, read as «كله» after it.
_ALL_OF = frozenset({"كل", "بكل", "جميع", "بجميع", "كامل", "بكامل"})


def content_term_pairs(
    words: Iterable[str], vocabulary: Container[str] | None = None
) -> list[tuple[str, str]]:
    """(stem, word) for the words that carry meaning, in order, without repeated stems."""
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    words = list(words)
    for index, typed in enumerate(words):
        whole = typed in _WHOLE_OF_IT and index > 0 and stem(words[index - 1]) == "مال"
        all_of = index > 0 and words[index - 1] in _ALL_OF and stem(typed) == "مال"
        if not whole and (
            len(typed) < 2 or is_stopword(typed) or _is_conjunction_am(words, index)
        ):
            continue
        readings = [(stem(typed, vocabulary), typed)]
        if (
            vocabulary is not None
            and readings[0][0] not in vocabulary
            and not _has_fixed_reading(typed)
        ):
            readings = _split_run_on(typed, vocabulary) or readings
        if readings[0][0] in _FIGHTING and _fighting_denied(words, index):
            # «ليش ما صار قتال؟» asks why there was none: a word of its own, which the
            # phrasings that ask it («لماذا لم يحصل قتال») are indexed with too.
            readings.append((NO_FIGHTING, typed))
        if all_of:
            readings.append(("كله", words[index - 1]))
        for term, word in readings:
            if term and term not in seen and term not in NON_CONTENT:
                seen.add(term)
                pairs.append((term, word))
    return pairs


def _has_fixed_reading(word: str) -> bool:
    """A word the lexicon reads one way as typed (a name, a synonym: «الفرس» is the Persians)
    is never cut into two run-on words («ال» + «فرس», a horse)."""
    return any(word in table for table in (NUMERALS, PROTECTED, SYNONYMS, DIALECT_WORDS))


def _fighting_denied(words: list[str], index: int) -> bool:
    """Whether a negation comes shortly before the word of fighting at `index`. Not «بدل ما»
    (instead of), and not the Romans' not fighting («الروم ما حاربوش»: they withdrew)."""
    for at in range(max(0, index - 3), index):
        if words[at] in _NEGATIONS and not (at and words[at - 1] in ("بدل", "بدال")):
            return not (at and stem(words[at - 1]) == "روم")
    return False


# The article with the particles typed before it: a particle comes before it, never after.
_ARTICLES = frozenset("ال وال فال بال كال لل ولل فلل وبال فبال وكال عال".split())


def _cuts_a_particle(word: str, term: str, vocabulary: Container[str]) -> bool:
    """Whether `term` reads `word` only by cutting a one-letter particle off its front."""
    return len(word) > 2 and word[0] in PREFIXES_SHORT and stem(word[1:], vocabulary) == term


def _is_common_form(word: str) -> bool:
    """A common word, or one whose plain stem is: «بهدمه» is «ب» + «هدم» + «ه» (with his
    demolishing), not the filler «به» glued to «دمه» (his blood)."""
    return is_common_word(word) or is_common_word(default_stem(word))


def _split_run_on(word: str, vocabulary: Container[str]) -> list[tuple[str, str]]:
    """Two words typed without the space between them (منغزوة, قدمعثمان), for a word with
    no reading of its own: (stem, half) for the halves that carry meaning, or [] when no
    cut leaves two halves with readings."""
    if len(word) < 5:
        return []
    # A function word glued after a known word (الاعداءفي, الروممعهن): the longest known
    # start wins.
    for cut in range(len(word) - 2, 2, -1):
        left, right = word[:cut], word[cut:]
        if (
            is_stopword(right)
            and may_read_as_known(left, vocabulary)
            and (left_term := stem(left, vocabulary)) in vocabulary
            and len(left_term) >= 3
            and left_term not in NON_CONTENT
        ):
            return [(left_term, left)]
    for cut in range(2, len(word) - 1):
        left, right = word[:cut], word[cut:]
        if left[:-1] in _ARTICLES and left[-1] in PREFIXES_SHORT:
            continue  # «الفضل» is not «الف» + «ضل»: a particle after the article, again
        if (
            is_stopword(right)
            or not may_read_as_known(right, vocabulary)
            or (right_term := stem(right, vocabulary)) not in vocabulary
        ):
            continue
        if left in _ARTICLES and _cuts_a_particle(right, right_term, vocabulary):
            continue  # no particle comes after the article: «الفضل» is not «ال» + «ف» + «ضل»
        if is_stopword(left) and (left in _ARTICLES or not _is_common_form(word)):
            # (a common word is no filler glued to a word: «أهمية» is not «اه» + «مية»)
            return [(right_term, right)]
        if may_read_as_known(left, vocabulary) and (left_term := stem(left, vocabulary)) in (
            vocabulary
        ):
            return [(left_term, left), (right_term, right)]
    return []


def _is_conjunction_am(words: list[str], index: int) -> bool:
    """«أم» is "or" («خرج بنفسه أم أرسل قائدًا») unless a noun it owns follows: «أم النبي»
    is his mother, a detail to keep so that the question is not taken for another."""
    if words[index] not in ("ام", "وام"):
        return False
    following = words[index + 1] if index + 1 < len(words) else ""
    return not (following.startswith("ال") or following in ENTITIES)


def content_terms(words: Iterable[str], vocabulary: Container[str] | None = None) -> list[str]:
    """Stems of the words that carry meaning, in order, without repeats."""
    return [term for term, _ in content_term_pairs(words, vocabulary)]


def other_event(words: tuple[str, ...]) -> str | None:
    """The name of a different historical event the question is about, if any."""
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        if following is not None and NOT_EVENT_BEFORE.get(word) == following:
            continue
        if following is not None and (word, following) in EVENT_PAIRS:
            return EVENT_PAIRS[word, following]
        bare = default_stem(word)
        for candidate in (word, bare, word[2:] if word.startswith("ال") else word):
            if candidate in OTHER_EVENTS:
                return OTHER_EVENTS[candidate]
        if index > 0 and default_stem(words[index - 1]) in _EVENT_AFTER_FORMS:
            for candidate in (word, word[2:] if word.startswith("ال") else word):
                if candidate in CONTEXTUAL_EVENTS:
                    return CONTEXTUAL_EVENTS[candidate]
    return None


# The words after which a battle's name means that battle, as typed and stemmed.
_EVENT_AFTER_FORMS = EVENT_AFTER | {default_stem(word) for word in EVENT_AFTER}


# Weather words: today's Tabuk («طقس تبوك»), unless the expedition is named («كيف كان الطقس
# في غزوة تبوك»: the heat the army marched in).
_WEATHER = frozenset({"طقس", "درجه", "حراره"})


_MODERN_BUT_WEATHER = MODERN_MARKERS - _WEATHER


def is_modern(words: tuple[str, ...]) -> bool:
    """True when the question is about today's Tabuk (the city, its weather, ...)."""
    stems = {default_stem(word) for word in words}
    stems.update(words)
    markers = _MODERN_BUT_WEATHER if "غزو" in stems else MODERN_MARKERS
    return not stems.isdisjoint(markers) or not MODERN_WHOLE_WORDS.isdisjoint(words)


def _only(words: tuple[str, ...], allowed: frozenset[str], core: frozenset[str]) -> bool:
    bare = [_without_conjunction(word, allowed) for word in _courtesy_folded(words)]
    return bool(bare) and all(word in allowed for word in bare) and any(w in core for w in bare)


# «كيف حالكم», «شلونك»: asking after the one addressed is a greeting, though «كيف» alone
# asks how. Only with a second person's ending («كيف حالهم المنافقين» asks), or bare «كيف
# الحال» ending the message.
_HOW = frozenset("كيف شلون اشلون وشلون وكيف".split())
_HOW_ARE_YOU = frozenset("حالك حالكم حالكو حالكن حالكي احوالك احوالكم".split())
# The one greeting word the pair is read as.
_HOW_ARE_YOU_WORD = "كيفك"


def _how_are_you_at(words: tuple[str, ...], index: int) -> bool:
    """Whether «كيف حالك» (or the like) starts at `index`."""
    if words[index] not in _HOW or index + 1 >= len(words):
        return False
    following = words[index + 1]
    return following in _HOW_ARE_YOU or (following == "الحال" and index + 2 == len(words))


def _courtesy_folded(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with each «كيف حالك» read as the one greeting word «كيفك»."""
    if not _HOW.intersection(words):
        return words
    folded: list[str] = []
    index = 0
    while index < len(words):
        if _how_are_you_at(words, index):
            folded.append(_HOW_ARE_YOU_WORD)
            index += 2
        else:
            folded.append(words[index])
            index += 1
    return tuple(folded)


def is_greeting(words: tuple[str, ...]) -> bool:
    return _only(words, GREETING_WORDS, GREETING_CORE)


def is_thanks(words: tuple[str, ...]) -> bool:
    return _only(words, THANKS_WORDS | GREETING_WORDS, THANKS_CORE)


def split_greeting(words: tuple[str, ...]) -> tuple[bool, tuple[str, ...]]:
    """Separate a leading greeting (السلام عليكم ..., كيف حالكم) from the question after it."""
    index = 0
    while index < len(words):
        if words[index] in GREETING_WORDS:
            index += 1
        elif _how_are_you_at(words, index):
            index += 2
        else:
            break
    greeted = index > 0 and any(word in GREETING_CORE for word in _courtesy_folded(words[:index]))
    return (greeted, words[index:]) if greeted else (False, words)


# «مع أنه», «رغم», «بالرغم من», «على الرغم من»: what follows grants a point, it asks nothing.
_CONCESSIONS = frozenset({"رغم", "برغم", "بالرغم", "وبالرغم", "ورغم"})
_THAT = frozenset({"انه", "انها", "انهم", "ان"})


def without_concession(words: tuple[str, ...]) -> tuple[str, ...]:
    """«لماذا عدت غزوة تبوك نصرا مع أنه لم يقع قتال»: the question without the clause
    that grants a point («… although there was no fighting»), which would pull the answer
    towards the fact about that point."""
    for index in range(BEFORE_CONCESSION_MIN_WORDS, len(words)):
        word, following = words[index], words[index + 1 : index + 2]
        granted = word in _CONCESSIONS or (
            word in ("مع", "ومع") and bool(following) and following[0] in _THAT
        )
        if granted or (word == "علي" and following == ("الرغم",)):
            return words[:index]
    return words


def rewrite_phrases(words: tuple[str, ...]) -> tuple[str, ...]:
    """Replace set phrases by one word, or drop them (سيف الله المسلول -> خالد)."""
    if len(words) < 2:
        return words
    out: list[str] = []
    index = 0
    while index < len(words):
        for phrase, replacement in _REWRITES_BY_FIRST_WORD.get(words[index], ()):
            if words[index : index + len(phrase)] == phrase:
                out.extend(replacement.split())
                index += len(phrase)
                break
        else:
            # «لسيف الله المسلول»: a title typed with a joined «ل/ب/و/ف» is read as well
            if (title := joined_title(words, index)) is not None:
                out.extend(title[0])
                index += title[1]
                continue
            out.append(words[index])
            index += 1
    return without_aspect_qualifiers(tuple(out))


# The rewrites by their first word, in PHRASE_REWRITES order: only those can start here.
_REWRITES_BY_FIRST_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _replacement in PHRASE_REWRITES.items():
    _REWRITES_BY_FIRST_WORD.setdefault(_phrase[0], []).append((_phrase, _replacement))


def drop_honorifics(words: tuple[str, ...]) -> tuple[str, ...]:
    """Drop «رضي الله عنه», «عليه الصلاة والسلام» and the like after a name. Not after a
    question word: «هل رضي الله عنهم» asks whether God was pleased with them."""
    out: list[str] = []
    index = 0
    while index < len(words):
        previous = out[-1] if out else ""
        found = next(
            (
                honorific
                for honorific in _HONORIFICS_BY_FIRST_WORD.get(words[index], ())
                if words[index : index + len(honorific)] == honorific
            ),
            None,
        )
        if found is not None and previous and not _is_question_word(previous):
            index += len(found)
            continue
        out.append(words[index])
        index += 1
    return tuple(out)


# The honorifics by their first word, longest first: only those can start here, and
# «رضي الله عنه وأرضاه» is dropped whole, not left with «وأرضاه».
_HONORIFICS_BY_FIRST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _honorific in sorted(HONORIFICS, key=len, reverse=True):
    _HONORIFICS_BY_FIRST_WORD.setdefault(_honorific[0], []).append(_honorific)


def _is_question_word(word: str) -> bool:
    bare = _without_conjunction(word, QUESTION_WORDS)
    return bare in QUESTION_WORDS or bare in LEADING_QUESTION_WORDS


@lru_cache(maxsize=SLIP_CACHE_SIZE)
def function_word_slip(word: str) -> str | None:
    """The function word `word` is a slip of (بالضيط for بالضبط, كيغاش for كيفاش), if any.
    A common word is no slip: «مبلغ» (amount) is not «ابلغ»."""
    if len(word) < 4 or word in NON_CONTENT or is_common_word(word):
        return None
    # (only words whose first letter is_plausible_slip() allows, in the same order)
    candidates = _FUNCTION_WORDS_BY_LENGTH.slips_of(
        word, (len(word) - 1, len(word), len(word) + 1)
    )
    found = process.extract(
        word, candidates, scorer=Levenshtein.distance, score_cutoff=1, limit=None
    )
    # The first in list order, as a plain scan would find it.
    for known, _, _ in sorted(found, key=lambda match: match[2]):
        if is_plausible_slip(word, known):
            return known
    return None


# «أعداد» (numbers) and «إعداد» (preparation) fold to one word (the engine reads folded
# text, and the hamza is often not typed): before a plural of people or beasts («أعداد
# المجاهدين») it is a count; «اعداد الجيش» stays the army's preparation (one army is no count).
_COUNTED_PLURALS = frozenset(
    "مجاهدين مقاتلين مسلمين جنود صحابه شهداء قتلي جيوش ابل جمال خيل فرسان".split()
)


def counts_of_people(words: tuple[str, ...]) -> tuple[str, ...]:
    """«اعداد المجاهدين» → «عدد المجاهدين»: a plural «أعداد» before people or beasts."""
    out = list(words)
    for index, word in enumerate(words[:-1]):
        following = words[index + 1]
        bare = following[2:] if following[:2] in ("ال", "لل") else following
        if word in ("اعداد", "واعداد") and bare in _COUNTED_PLURALS:
            out[index] = word[:-5] + "عدد"
    return tuple(out)


# «عسكر» is a noun, troops («عسكر الروم», «كم عسكر»), and a verb, to camp. After the
# Prophet or his army («الرسول عسكر في تبوك»), or after a question word of place, time or
# yes/no or a relative when the Prophet, his army or a place follows («أين عسكر النبي؟», «هل
# عسكر الجيش في تبوك», «المكان الذي عسكر فيه») it is the verb: read as «رابط», the facts' word
# for camping, not as «جيش» (army), which every fact about the march shares and which leaves
# «where did he camp» between the stationing and Tabuk's location. «أين عسكر الروم» stays the
# Romans' troops: the stationing is the Prophet's. The plural «عسكروا» is only ever the verb.
_CAMPED = frozenset("عسكر وعسكر فعسكر عسكرو عسكروا وعسكروا".split())
_CAMPERS = frozenset("النبي الرسول المسلمون المسلمين الجيش الصحابه".split())
_ASKED_BEFORE_CAMPED = frozenset(
    "اين وين فين لوين فاين هل واش متي امتي ايمتي الذي اللي الي التي حيث لما حين".split()
)
_CAMPED_WHERE = frozenset("في ف فيه فيها عند بها به".split())


def _camped_at(words: tuple[str, ...], index: int) -> bool:
    """Whether «عسكر» at `index` stands as the verb camped (see `_CAMPED`)."""
    if words[index].endswith("و") or words[index].endswith("وا"):
        return True
    before = words[index - 1] if index else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    if before in _CAMPERS:
        return True
    followed = after in _CAMPERS or after in _CAMPED_WHERE or after.startswith(("بجيش", "بجنود"))
    return before in _ASKED_BEFORE_CAMPED and followed


def camped_as_verb(words: tuple[str, ...]) -> tuple[str, ...]:
    """«أين عسكر النبي» → «أين رابط النبي»: «عسكر» in the place of a verb is camping."""
    out = list(words)
    for index, word in enumerate(words):
        if word in _CAMPED and _camped_at(words, index):
            bare = without_conjunction(word, known=_CAMPED)
            prefix = word[: len(word) - len(bare)]
            plural = bare[4:]
            out[index] = prefix + "رابط" + plural
    return tuple(out)


def analyze(text: str, vocabulary: Container[str] | None = None) -> Analysis:
    """Normalise a question and read everything the matcher uses from it."""
    normalized = normalize(text)
    words = tuple(normalized.split())
    if vocabulary is not None:
        words = join_split_words(words, vocabulary)
    words = mend_collocations(words)
    # A mistyped opening question word is read as the question word, never as a slip of
    # a content word (مبن is «مين», not «مؤن»).
    mended = _with_question_word_slips(words, vocabulary)
    rewritten = rewrite_phrases(
        drop_honorifics(
            without_comparison(without_concession(counts_of_people(camped_as_verb(mended))))
        )
    )
    pairs = content_term_pairs(without_made_verb(rewritten), vocabulary)
    return Analysis(
        normalized=normalized,
        words=words,
        question_type=question_type(mended),
        terms=tuple(term for term, _ in pairs),
        term_words=tuple(word for _, word in pairs),
        other_event=other_event(rewritten),
        modern=is_modern(words),
    )
