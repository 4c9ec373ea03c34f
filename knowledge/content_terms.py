"""The words of a question that carry meaning, as the stems the facts are indexed by: fillers
out, two words typed together cut apart, «كله» after wealth and fighting denied kept."""

from __future__ import annotations

from collections.abc import Container, Iterable

from knowledge.affixes import PREFIXES_SHORT
from knowledge.common_words import is_common_word
from knowledge.dialect_lexicon import DIALECT_WORDS
from knowledge.lexicon import ENTITIES, PROTECTED
from knowledge.stemming import (
    NON_CONTENT,
    default_stem,
    is_stopword,
    stem,
)
from knowledge.synonyms import NUMERALS, SYNONYMS
from knowledge.word_mending import may_read_as_known

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
