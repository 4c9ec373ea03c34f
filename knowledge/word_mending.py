"""Mending typed words before they are read: a space typed inside a word (المنا فقون) and a
slip in one word of a name pair read against its partner (غزوة توك)."""

from __future__ import annotations

from collections.abc import Container

from rapidfuzz.distance import OSA

from knowledge.affixes import PREFIXES_SHORT
from knowledge.lexicon import COLLOCATIONS
from knowledge.stemming import is_stopword, may_stem_to_known, stem
from knowledge.synonyms import SYNONYMS
from knowledge.typos import is_plausible_slip


def join_split_words(words: tuple[str, ...], vocabulary: Container[str]) -> tuple[str, ...]:
    """Mend a space typed inside a word (المنا فقون, هر قل, الجن دل): two neighbours that
    read as one known word when joined, where neither reads as a known word alone. The
    first must be no function word: «كم كان» is no «مكان», «فين جات» no «نجا»; the second
    may be one, as the end of a word often is (هر قل, المسل مين). A detached article (ال
    مسلمين) and a detached ending of one or two letters (المسلم ين) are joined too."""
    out: list[str] = []
    index = 0
    while index < len(words):
        left, right = words[index], words[index + 1] if index + 1 < len(words) else ""
        following = words[index + 2] if index + 2 < len(words) else ""
        if right and _joins(left, right, following, vocabulary) and not _partner_slip(out, left):
            out.append(left + right)
            index += 2
            continue
        out.append(words[index])
        index += 1
    return tuple(out)


_PARTNERS_AFTER: dict[str, list[str]] = {}
_PARTNERS_BEFORE: dict[str, list[str]] = {}
for _first, _second in COLLOCATIONS:
    _PARTNERS_AFTER.setdefault(_first, []).append(_second)
    _PARTNERS_BEFORE.setdefault(_second, []).append(_first)


def mend_collocations(words: tuple[str, ...]) -> tuple[str, ...]:
    """Read a slip in one word of a name pair against its partner (غزوة توك, غوه تبوك, بن
    الولد): see lexicon.COLLOCATIONS. The first word may carry a one-letter prefix (بغزوة)."""
    mended = list(words)
    for index in range(len(words) - 1):
        left, right = mended[index], mended[index + 1]
        bare = _without_short_prefix(left, _PARTNERS_AFTER)
        if bare in _PARTNERS_AFTER:
            if right not in _PARTNERS_AFTER[bare]:
                slip = _only_slip_of(right, _PARTNERS_AFTER[bare])
                if slip is not None:
                    mended[index + 1] = slip
        elif right in _PARTNERS_BEFORE:
            # As typed first, then without a one-letter prefix (بغوه تبوك).
            starts = ("", left[0]) if left[:1] in PREFIXES_SHORT else ("",)
            for start in starts:
                slip = _only_slip_of(left[len(start) :], _PARTNERS_BEFORE[right])
                if slip is not None:
                    mended[index] = start + slip
                    break
    return tuple(mended)


def _partner_slip(before: list[str], word: str) -> bool:
    """«ابو بكز من ماله»: a slip of the partner of the word before it in a name pair
    (mend_collocations reads it «بكر»), not the start of a word split in two («بكزمن»)."""
    if not before:
        return False
    bare = _without_short_prefix(before[-1], _PARTNERS_AFTER)
    return bare in _PARTNERS_AFTER and _only_slip_of(word, _PARTNERS_AFTER[bare]) is not None


def _without_short_prefix(word: str, known: Container[str]) -> str:
    """The word without a one-letter prefix when that leaves a word of `known` (بغزوه)."""
    if word not in known and word[:1] in PREFIXES_SHORT and word[1:] in known:
        return word[1:]
    return word


def _only_slip_of(typed: str, partners: list[str]) -> str | None:
    """The one partner `typed` is a single plausible slip of, if exactly one."""
    if len(typed) < 2 or typed in partners:
        return None
    found = [
        known
        for known in partners
        if len(typed) >= len(known) - 1
        and OSA.distance(typed, known) == 1
        and is_plausible_slip(typed, known)
    ]
    return found[0] if len(found) == 1 else None


# «أم», «أو» (or) between a question and its «لا»: never the start of a word split in two.
_OR_WORDS = frozenset({"ام", "او"})


# Relative pronouns (normalised): function words, so no fact's word, yet a space typed inside
# one («الذ ين قدموا») left two unknown pieces; joined they are the word they were.
_RELATIVES = frozenset({"الذين", "الذي", "التي", "اللذين", "اللتين", "اللواتي", "اللاتي"})


def _joins(left: str, right: str, following: str, vocabulary: Container[str]) -> bool:
    """Should `left right` be one word? Cheap tests first: this runs for every word pair."""
    if left + right in _RELATIVES and (left == "ال" or not is_stopword(left)):
        return True
    # A lone letter (not «و») is no word: it ends the word before it even when that reads
    # as a function word alone («اكيد ر» is «اكيدر», not «sure» + «ر»).
    lone = len(right) == 1 and right != "و"
    if (left != "ال" and is_stopword(left) and not lone) or _reads_as_known(right, vocabulary):
        return False
    if left in _OR_WORDS or (left in SYNONYMS and is_stopword(right)):
        # «هل قاتل النبي الروم ام لا» asks «or not», not «املا»; «الفرس ولا الروم» is the
        # Persians, not «الفرسولا»
        return False
    if _reads_as_known(left, vocabulary) and not (
        len(right) <= 2
        and not is_stopword(right)
        # «غزوه ت بوك»: the letter starts the next word, it does not end this one
        and not (following and _stems_to_known(right + following, vocabulary))
    ):
        return False
    return _stems_to_known(left + right, vocabulary)


def may_read_as_known(word: str, vocabulary: Container[str]) -> bool:
    """False only when stem(word, vocabulary) is surely no word of `vocabulary`
    (stemming.may_stem_to_known). The joins and the cuts tried here make words no cache
    has seen, of a mistyped word mostly, and stemming a new word is dear; most have no
    known reading, which the cheap test tells. (An engine's vocabulary is a frozenset.)"""
    return not isinstance(vocabulary, frozenset) or may_stem_to_known(word, vocabulary)


def _stems_to_known(word: str, vocabulary: Container[str]) -> bool:
    """stem(word, vocabulary) in vocabulary, for a word made by joining two."""
    return may_read_as_known(word, vocabulary) and stem(word, vocabulary) in vocabulary


def _reads_as_known(word: str, vocabulary: Container[str]) -> bool:
    return not is_stopword(word) and len(word) >= 2 and stem(word, vocabulary) in vocabulary
