"""The light stemmer and the test for function words: one prefix and one suffix cut, names
kept, synonyms and dialect words folded, and bolder cuts tried against a vocabulary
(knowledge/analysis.py reads questions with them; the engine indexes facts with them)."""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache

from knowledge.affixes import (
    ATTACHED_SUFFIXES,
    DIALECT_VERB_PREFIXES,
    PREFIXES_LONG,
    PREFIXES_SHORT,
    SUFFIXES,
    VERB_PREFIXES,
)
from knowledge.common_words import is_common_word
from knowledge.demonstratives import DEMONSTRATIVES
from knowledge.dialect_fillers import DIALECT_FILLERS
from knowledge.dialect_lexicon import DIALECT_WORDS
from knowledge.lexicon import (
    CONTENT_QUESTION_WORDS,
    LEADING_QUESTION_WORDS,
    PROTECTED,
    QUESTION_WORDS,
    STOPWORDS,
)
from knowledge.synonyms import NUMERALS, SYNONYMS
from knowledge.tuning import STEM_CACHE_SIZE, WORD_CACHE_SIZE


def _by_letter(affixes: tuple[str, ...], at: int) -> dict[str, tuple[str, ...]]:
    """The affixes by their first (at=0) or last (at=-1) letter, each group in their order:
    a word can only start (end) with those of its own first (last) letter, so the stemmer
    tries only those, in the same order, and finds the same first one."""
    grouped: dict[str, list[str]] = {}
    for affix in affixes:
        grouped.setdefault(affix[at], []).append(affix)
    return {letter: tuple(group) for letter, group in grouped.items()}


_LONG_BY_FIRST = _by_letter(PREFIXES_LONG, 0)
_SHORT_BY_FIRST = _by_letter(PREFIXES_SHORT, 0)
_SUFFIXES_BY_LAST = _by_letter(SUFFIXES, -1)


@lru_cache(maxsize=200_000)
def default_stem(word: str) -> str:
    """One long or short prefix and one suffix cut, with no vocabulary to try bolder cuts."""
    stem = word
    for prefix in _LONG_BY_FIRST.get(stem[:1], ()):
        if stem.startswith(prefix) and len(stem) - len(prefix) >= 2:
            stem = stem[len(prefix) :]
            break
    else:
        for prefix in _SHORT_BY_FIRST.get(stem[:1], ()):
            if stem.startswith(prefix) and len(stem) - 1 >= 4:
                stem = stem[1:]
                break
    if stem in PROTECTED:
        return stem
    for suffix in _SUFFIXES_BY_LAST.get(stem[-1:], ()):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            return stem[: -len(suffix)]
    return stem


# Prefixes tried for bolder cuts, which count only when they give a known word.
PREFIXES_ALL = PREFIXES_LONG + PREFIXES_SHORT + ("عال",)
# The particle «ك» (like, as).
_LIKE = "ك"
# Levantine and Gulf ع for على: عالغزوة is cut like بالغزوة, bare ع only before a name (عتبوك).
_ON_PREFIX = "ع"
_ALL_BY_FIRST = _by_letter(PREFIXES_ALL, 0)
_ATTACHED_BY_LAST = _by_letter(ATTACHED_SUFFIXES, -1)


# The dialect verb prefixes by their first letter, in their order: only those can match.
_DIALECT_VERB_PREFIXES_BY_LETTER: dict[str, list[str]] = {}
for _prefix in DIALECT_VERB_PREFIXES:
    _DIALECT_VERB_PREFIXES_BY_LETTER.setdefault(_prefix[:1], []).append(_prefix)


@lru_cache(maxsize=200_000)
def _stem_candidates(word: str) -> tuple[str, ...]:
    """Stems to try, default first, then bolder cuts tried only against a vocabulary.

    Returns the protected or synonym form alone when the word is one (or carries a
    prefix before one); cached because the same words recur across a whole base.
    """
    if word in NUMERALS:
        return (NUMERALS[word],)
    if word in PROTECTED or word in SYNONYMS or word in DIALECT_WORDS:
        return (_canonical(word),)
    for prefix in _ALL_BY_FIRST.get(word[:1], ()):
        if not word.startswith(prefix):
            continue  # cut only a prefix the word has (checked first: most words have none)
        rest = word[len(prefix) :]
        if rest in PROTECTED or rest in SYNONYMS or rest in DIALECT_WORDS:
            return (_canonical(rest),)
    name = word.removeprefix(_ON_PREFIX)
    if name != word and name in PROTECTED:
        return (_canonical(name),)
    candidates = [default_stem(word), word]
    # «ك» (like) is cut only from a word that is no common word whole: «كتاب» is a book,
    # not «ك» + «تاب» (repented), «كبير» not «ك» + «بير»; «كعثمان» is still «عثمان».
    like_is_own = is_common_word(default_stem(word))
    cuts = [
        (p, word[len(p) :])
        for p in _ALL_BY_FIRST.get(word[:1], ())
        if word.startswith(p) and len(word) - len(p) >= 2 and not (p == _LIKE and like_is_own)
    ]
    rests = [rest for _, rest in cuts]
    for p, rest in cuts:
        candidates.append(rest)
        bare = default_stem(rest)
        if not (p.endswith(("ال", "لل")) and bare == rest[1:]):
            # no particle after the article: «(ب)البلقاء» is no «ال» + «ب» + «لقاء»
            candidates.append(bare)
    for base in (word, *rests):
        for suffix in _SUFFIXES_BY_LAST.get(base[-1:], ()):
            if base.endswith(suffix) and len(base) - len(suffix) >= 2:
                rest = base[: -len(suffix)]
                candidates.extend([rest, default_stem(rest)])
                if rest.endswith("ت") and len(rest) >= 3:
                    # ة is written ت before a pronoun: قصتها -> قصه, لمواجهتها -> مواجهه
                    candidates.append(rest[:-1] + "ه")
    # A preposition and pronoun glued to a verb: تحكيلي, طلعلها, جايلهم, يطلعلهن.
    for suffix in _ATTACHED_BY_LAST.get(word[-1:], ()):
        rest = word[: -len(suffix)]
        if word.endswith(suffix) and len(rest) >= 3:
            candidates.extend([rest, default_stem(rest)])
    if "ء" in word[:-1]:
        # Hamza typed on the line inside a word (قباءل for قبائل): fold it like ئ.
        candidates.extend(_stem_candidates(word.replace("ء", "ي")))
    # Verbs: يدفع -> دفع, تزحف -> زحف, and dialect tense prefixes (بيحاربو, كيخافو);
    # only ever accepted when the result is a known word.
    for stem_so_far in list(candidates):
        if len(stem_so_far) >= 4 and stem_so_far[0] in VERB_PREFIXES:
            candidates.extend([stem_so_far[1:], default_stem(stem_so_far[1:])])
        # A tense prefix stands only before a verb: when the word is a common word whole
        # («هدمه», his demolishing), its first letter is its own, not the future «هـ», and
        # what a cut leaves is no content word of it («بهدمه» is not «دمه», his blood).
        plain = default_stem(stem_so_far)
        whole = plain not in NON_CONTENT and is_common_word(plain)
        for prefix in _DIALECT_VERB_PREFIXES_BY_LETTER.get(stem_so_far[:1], ()):
            if stem_so_far.startswith(prefix) and len(stem_so_far) - len(prefix) >= 3:
                rest = stem_so_far[len(prefix) :]
                if whole and rest not in NON_CONTENT:
                    continue
                candidates.extend([rest, default_stem(rest)])
    return tuple(dict.fromkeys(_canonical(candidate) for candidate in candidates))


def _canonical(stem: str) -> str:
    stem = DIALECT_WORDS.get(stem, stem)
    return SYNONYMS.get(stem, stem)


def stem(word: str, vocabulary: Container[str] | None = None) -> str:
    """Light stemmer: one prefix, one suffix; proper nouns kept; synonyms folded.

    With a vocabulary, the first candidate it knows wins; failing that, a function-word
    reading (جايلهم -> جاء) is preferred to an unknown stem, so it is dropped, not unknown.
    A pronoun or particle left after cutting is no reading: ديانة is not دي + انه.
    """
    if isinstance(vocabulary, frozenset):
        # An engine's vocabulary is one frozenset for its life (hashed once, compared by
        # identity), and a message's words are stemmed against it several times each.
        return _stem_in(word, vocabulary)
    if vocabulary is None:
        return _stem_alone(word)
    return _stem(word, vocabulary)


@lru_cache(maxsize=STEM_CACHE_SIZE)
def _stem_in(word: str, vocabulary: frozenset[str]) -> str:
    return _stem(word, vocabulary)


# (most calls name no vocabulary: the answer checks and readers stem each word of a
# message several times over)
@lru_cache(maxsize=WORD_CACHE_SIZE)
def _stem_alone(word: str) -> str:
    return _stem(word, None)


def _stem(word: str, vocabulary: Container[str] | None) -> str:
    candidates = _stem_candidates(word)
    if vocabulary is not None and len(candidates) > 1:
        for index, candidate in enumerate(candidates):
            if candidate in vocabulary:
                # «فعله» is «فعل» + «ه» (did it), a function word, not «ف» + «عله» (cause):
                # a reading that keeps the first letter is preferred to one cutting it
                whole = next(
                    (
                        c
                        for c in candidates[:index]
                        if c[:1] == word[:1] and c in NON_CONTENT and c not in _NO_READING
                    ),
                    None,
                )
                if whole is not None and candidate[:1] != word[:1]:
                    return whole
                return candidate
        for candidate in candidates:
            if candidate in NON_CONTENT and candidate not in _NO_READING_ALONE:
                return candidate
        present = next(
            (
                "ي" + c
                for c in candidates
                if len(c) >= _PAST_TO_PRESENT_MIN and c[0] == word[0] and "ي" + c in vocabulary
            ),
            None,
        )
        if present is not None:
            # «بادرهم» (past), no reading known, is the verb the facts say as «يبادرهم»
            # (present): not «ب» + «ادر», which a typo repair would read as «اجر» (wage).
            # Only a reading keeping the word's first letter («اتقابلوا» is not «يقابل»).
            return present
    first = candidates[0]
    if vocabulary is not None and first in _POINTING and first != word:
        # «الدولة» is not Egyptian «دول» (these), «تلكأوا» not «تلك»: a demonstrative takes
        # no article and no verb ending, so the word is kept as the word it is.
        kept = [c for c in candidates if c not in NON_CONTENT]
        return next((c for c in kept if not c.startswith("ال")), kept[0] if kept else first)
    return first


# A past verb read as the present the facts use («بادر» as «يبادر») has four letters or more:
# shorter ones («ذكر» → «يذكر») are as often nouns.
_PAST_TO_PRESENT_MIN = 4


# Demonstratives (knowledge/demonstratives.py): a reading only of the word as typed. Not
# «هاي»: other words cut down read as it («النهائية»), better dropped with it than kept as
# words no fact knows.
_POINTING = DEMONSTRATIVES - {"هاي"}


# Question words say what is asked, not what about; most are not content words.
NON_CONTENT = (
    STOPWORDS
    | DIALECT_FILLERS
    | ((frozenset(QUESTION_WORDS) | frozenset(LEADING_QUESTION_WORDS)) - CONTENT_QUESTION_WORDS)
)


# Pronouns and particles: what is left of a content word when letters are cut off its front.
_PARTICLES = frozenset(
    "ان انه انها انهم انا انت انتم نحن هو هي هم هن ما من لا لم لن لو في ال".split()
)


# Function words no particle is typed onto: Egyptian «اد» (how much) opens «اد ايه», so
# «فاد» is a word of its own («قاد» with a dot slipped), not «ف» + «اد».
_NO_PARTICLE_BEFORE = frozenset({"اد"})
# The sets stem() and is_stopword() test against, built once (not on every call: they run
# for every word of every message).
_NO_READING = _PARTICLES | _POINTING
_NO_READING_ALONE = _NO_READING | _NO_PARTICLE_BEFORE
_TAKES_A_PARTICLE = NON_CONTENT - _NO_PARTICLE_BEFORE


@lru_cache(maxsize=WORD_CACHE_SIZE)  # (asked of every word of a message many times)
def is_stopword(word: str) -> bool:
    """Function words, also with a one-letter particle glued on (وهل, بهذا, لكم)."""
    if word in NON_CONTENT:
        return True
    if word in SYNONYMS:
        return False  # «وجهة» is a destination, not و + «جهة»
    # No ال rule: الايه is "the verse" while bare ايه is Egyptian "what".
    if len(word) > 2 and word[0] in "وفبلك" and word[1:] in _TAKES_A_PARTICLE:
        return True
    # An adjective among them with the article or «ة» on it is still that adjective
    # («التانية» is «تاني», other; «جغرافية» is «جغرافي»): its stem is no word of its own.
    bare = word.removeprefix("ال").removesuffix("ه")
    return bare != word and len(bare) >= 4 and bare.endswith("ي") and bare in STOPWORDS


# Every cut _stem_candidates() makes at a word's front is one of these, or several of them in
# a row (a prefix, a verb's tense letter, a dialect tense prefix, another prefix); every cut at
# its back is a chain of these endings. The ت→ه spelling of a cut word's end is undone apart.
_FRONT_CUTS = _by_letter(
    tuple(dict.fromkeys((*PREFIXES_ALL, _ON_PREFIX, *VERB_PREFIXES, *DIALECT_VERB_PREFIXES))), 0
)
_BACK_CUTS = _by_letter(tuple(dict.fromkeys((*SUFFIXES, *ATTACHED_SUFFIXES))), -1)


def _front_cut_points(word: str) -> set[int]:
    """Where a stem of `word` may start: 0 and the end of every chain of front cuts."""
    points = {0}
    todo = [0]
    while todo:
        start = todo.pop()
        for piece in _FRONT_CUTS.get(word[start : start + 1], ()):
            if word.startswith(piece, start):
                end = start + len(piece)
                if end not in points:
                    points.add(end)
                    todo.append(end)
    return points


def _back_cut_points(word: str) -> set[int]:
    """Where a stem of `word` may end: its end and the start of every chain of endings."""
    points = {len(word)}
    todo = [len(word)]
    while todo:
        end = todo.pop()
        for piece in _BACK_CUTS.get(word[end - 1 : end], ()) if end else ():
            if word.endswith(piece, 0, end):
                start = end - len(piece)
                if start not in points:
                    points.add(start)
                    todo.append(start)
    return points


def may_stem_to_known(word: str, vocabulary: frozenset[str]) -> bool:
    """False only when stem(word, vocabulary) is surely no word of `vocabulary`.

    Cheap where stem() is dear for a word seen the first time (all of _stem_candidates):
    the typo corrector stems every one-slip variant of an unknown word (a dozen or more),
    and most have no known reading. stem() returns one of the word's candidates or «ي» + a
    candidate; every candidate is _canonical() of a stretch of the word between a chain of
    front cuts and a chain of endings (or of that stretch with a final «ت» read «ه»). So when
    no such stretch reads as a known word, neither does the stem. A hamza inside the word (its
    candidates are cut again after folding) or a numeral is not filtered."""
    if word in NUMERALS or "ء" in word[:-1]:
        return True
    known = _known_forms(vocabulary)
    ends = _back_cut_points(word)
    for start in _front_cut_points(word):
        for end in ends:
            if end <= start:
                continue
            stretch = word[start:end]
            if stretch in known or (stretch[-1] == "ت" and stretch[:-1] + "ه" in known):
                return True
    return False


# (one per vocabulary: an engine's is one frozenset for its life; a few engines at most)
@lru_cache(maxsize=4)
def _known_forms(vocabulary: frozenset[str]) -> frozenset[str]:
    """The stretches may_stem_to_known() accepts: those whose _canonical() reading, or «ي» +
    that reading, is in `vocabulary`. A stretch that is no synonym or dialect word reads as
    itself, so it is accepted only as a vocabulary word or one with its «ي» cut off; the
    synonym and dialect words are tested one by one. One set lookup a stretch then, where
    the typo corrector tests a dozen variants of each unknown word, a dozen stretches each."""
    candidates = {
        *vocabulary,
        *(word[1:] for word in vocabulary if word.startswith("ي")),
        *DIALECT_WORDS,
        *SYNONYMS,
    }
    return frozenset(
        form
        for form in candidates
        if (reading := _canonical(form)) in vocabulary or "ي" + reading in vocabulary
    )
