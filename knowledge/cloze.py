"""Filling a blank from the facts' own text: the words around the blank are found in a
fact's answer or source sentence, and the words between them are the missing ones.

Exam sheets copy their sentences from the same kind of text the facts come from («رابط النبي
بجنوده عند ……» -> «تبوك»), so the text itself says what is missing. A blank is filled only
when enough words around it match one place in one fact, and no other fact fits as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from knowledge.answer_keys import forms_of, same_word
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.stemming import is_stopword
from knowledge.tuning import (
    CLOZE_CONTEXT_WORDS,
    CLOZE_MAX_GAP,
    CLOZE_MIN_MATCHED,
    CLOZE_TEXT_CACHE_SIZE,
)

BLANK = "…"
# Relative pronouns that tie a name to what it did («عمر الذي قدم نصف ماله»).
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذان", "اللتان", "اللي"})
# Closed-class words (normalised): relatives, prepositions, pronouns, particles.
_FUNCTION_WORDS = _RELATIVES | frozenset(
    "في من علي الي عن مع عند هو هي هم ان قد وقد و ف ثم او ام لا لم ما".split()
)
_HONORIFIC = re.compile(r"(رضي|رضى)\s+الله\s+(عنه|عنهما|عنهم|عنها)|صلى\s+الله\s+عليه\s+وسلم")
_PUNCTUATION = re.compile(r"[،,.؛;:!؟?()«»\"\[\]﴾﴿]")


@dataclass(frozen=True, slots=True)
class Filled:
    """The facts a blanked sentence comes from (the most specific first: several facts may
    share a sentence, as the overview does), the words of each blank, and how many words
    around the blanks matched."""

    facts: tuple[Fact, ...]
    words: tuple[str, ...]
    matched: int

    def completed(self, sentence: str) -> str:
        """The sentence with its blanks filled in."""
        for words in self.words:
            sentence = sentence.replace(BLANK, words, 1)
        return sentence


def _tokens(text: str) -> list[tuple[str, str]]:
    """(normalised word, word as written) pairs; punctuation ends a phrase («|»)."""
    tokens: list[tuple[str, str]] = []
    for raw in _PUNCTUATION.sub(lambda mark: f" |{mark.group(0)} ", text).split():
        if raw.startswith("|"):
            tokens.append(("|", raw[1:]))
            continue
        for word in normalize(raw).split():
            tokens.append((word, raw))
    return tokens


# A fact text read into (normalised word, word as written) tokens.
_Tokens = tuple[tuple[str, str], ...]


def _forms(tokens: _Tokens) -> frozenset[str]:
    """Every form of the tokens' words (the forms same_word() compares)."""
    return forms_of(tuple(word for word, _ in tokens))


@lru_cache(maxsize=CLOZE_TEXT_CACHE_SIZE)
def _reading(text: str) -> tuple[_Tokens, frozenset[str]]:
    """A fact text's tokens and their forms: a blanked sentence reads every fact its
    anchors reach, and the shipped base's texts come back for every blank, so they are kept."""
    tokens = tuple(_tokens(text))
    return tokens, _forms(tokens)


class TextIndex:
    """Which facts' texts (answer or source) hold each word form, for fill_from_text():
    a fact whose texts hold no form of one of a sentence's anchors fills none of its
    blanks, so only the facts holding all of them are read. Built on the first blank and
    kept with the engine, which never changes its facts (a new one is built after an edit)."""

    def __init__(self, facts: tuple[Fact, ...]) -> None:
        self._facts = facts
        self._postings: dict[str, list[int]] | None = None

    def _built(self) -> dict[str, list[int]]:
        if self._postings is None:
            postings: dict[str, list[int]] = {}
            for position, fact in enumerate(self._facts):
                forms = _forms(tuple(_tokens(fact.answer))) | _forms(tuple(_tokens(fact.source)))
                for form in forms:
                    postings.setdefault(form, []).append(position)
            self._postings = postings
        return self._postings

    def holding(self, anchors: tuple[frozenset[str], ...]) -> tuple[Fact, ...]:
        """The facts, in their order, whose texts hold a form of each anchor."""
        if not anchors:
            return self._facts
        postings = self._built()
        positions: set[int] | None = None
        for anchor in anchors:
            reached = {p for form in anchor for p in postings.get(form, ())}
            positions = reached if positions is None else positions & reached
            if not positions:
                return ()
        return tuple(self._facts[position] for position in sorted(positions or ()))


def _context(pieces: list[list[str]], index: int) -> tuple[list[str], list[str]]:
    """The words before and after the blank between pieces `index` and `index + 1`.
    «… جملا و … فرسا»: a lone «و» before a blank is glued to the missing word."""
    before = [word for word in pieces[index][-CLOZE_CONTEXT_WORDS:] if word != "و"]
    return before, pieces[index + 1][:CLOZE_CONTEXT_WORDS]


def _without_accusative(word: str) -> str | None:
    """«بعيرا» -> «بعير»: an indefinite noun's accusative «ا», which the stemmer keeps once it
    has taken «ب» off as a preposition («عيرا»), so the camel is not met in «جملًا»."""
    return word[:-1] if len(word) >= 4 and word.endswith("ا") and not word.endswith("اا") else None


def _same(typed: str, written: str) -> bool:
    """Whether a word of the sentence is the text's word (also without its accusative «ا»)."""
    if same_word(typed, written):
        return True
    bare = _without_accusative(typed)
    return bare is not None and same_word(bare, written)


def _typed_forms(word: str) -> frozenset[str]:
    """The forms of a word of the sentence that _same() compares."""
    bare = _without_accusative(word)
    return forms_of((word,)) | (forms_of((bare,)) if bare is not None else frozenset())


def _anchors(pieces: list[list[str]]) -> tuple[frozenset[str], ...]:
    """The forms of the words a text must hold for _fill_all() to fill every blank: the
    last word before each blank, since _match_before() counts nothing unless it meets the
    text's word before the gap, and the first word after it, since a gap ends only where
    that word follows. A text holding no form of one of them fills nothing (None), so it
    is set aside without the search (the same result, found without the scan)."""
    anchors: list[frozenset[str]] = []
    for index in range(len(pieces) - 1):
        before, after = _context(pieces, index)
        anchors.extend(_typed_forms(word) for word in (*before[-1:], *after[:1]))
    return tuple(anchors)


def _match_before(context: list[str], text: _Tokens, end: int) -> int:
    """How many of the context's last words match the text's words ending at `end`."""
    matched = 0
    for offset in range(1, min(len(context), end) + 1):
        if not _same(context[-offset], text[end - offset][0]):
            break
        matched += 0 if is_stopword(context[-offset]) else 1
    return matched


def _fill_one(
    before: list[str], after: list[str], text: _Tokens, names: frozenset[str]
) -> list[tuple[int, str]]:
    """Every (matched context words, missing words) the text gives for one blank.

    With words after the blank, the gap runs up to them; at the end of the sentence it runs
    to the end of the text's phrase, or is a name the fact's key knows («دومة الجندل»), or
    one word."""
    found: list[tuple[int, str]] = []
    for start in range(len(text) + 1):
        left = _match_before(before, text, start) if before else 0
        if before and not left:
            continue
        if not before and start > 0 and text[start - 1][0] != "|":
            # «…… قدم نصف ماله»: a blank that opens the sentence stands for the whole
            # phrase before the words after it («وعمر بن الخطاب الذي»), not its last word
            continue
        if not after and start < len(text) and text[start][1] == "(":
            # «بعيدة عن عاصمة المسلمين ……»: the words in brackets right after them
            start += 1
        ends: list[int] = []
        for size in range(1, CLOZE_MAX_GAP + 1):
            gap = text[start : start + size]
            if len(gap) < size or any(word == "|" for word, _ in gap):
                break
            rest = text[start + size :]
            if after:
                right = 0
                following = [token for token in rest if token[0] != "|"]
                for index, word in enumerate(after[:CLOZE_CONTEXT_WORDS]):
                    if index >= len(following) or not _same(word, following[index][0]):
                        break
                    right += 0 if is_stopword(word) else 1
                if right:
                    ends = [size]
                    left += right
                    break
            elif not rest or rest[0][0] == "|":
                ends = [size]
                break
            elif " ".join(word for word, _ in gap) in names:
                ends = [size]
        if not ends and not after and start < len(text) and text[start][0] != "|":
            ends = [1]
        for size in ends[:1]:
            gap = text[start : start + size]
            if not before:
                # («وعمر بن الخطاب الذي»: the name, without the «and» before it and the
                # relative pronoun after it)
                while len(gap) > 1 and gap[-1][0] in _RELATIVES:
                    gap = gap[:-1]
            if all(word in _FUNCTION_WORDS or word[1:] in _FUNCTION_WORDS for word, _ in gap):
                continue  # «الذي», «في»: a function word alone is never what is missing
            if _says_again(gap, before[-1:] + after[:1]):
                continue  # («قدم …… نصف ماله»: not «ماله كله وعمر الذي قدم», across a repeat)
            written = " ".join(dict.fromkeys(raw for _, raw in gap))
            if not before and written.startswith("و") and len(gap[0][0]) > 3:
                written = written[1:]  # («، وعمر …»: the «and» joins it to the phrase before)
            found.append((left, written))
    return found


def _says_again(gap: _Tokens, beside: list[str]) -> bool:
    """Whether the missing words hold a content word the sentence says right beside its
    blank: the text then tells the phrase twice, and the match ran from one telling to the
    other («أبو بكر الذي قدم ماله كله وعمر الذي قدم نصف ماله» for «قدم …… نصف ماله»)."""
    return any(
        not is_stopword(word) and _same(word, written) for word in beside for written, _ in gap
    )


def _fill_all(
    pieces: list[list[str]], text: _Tokens, fact: Fact, names: frozenset[str]
) -> Filled | None:
    words: list[str] = []
    matched = 0
    for index in range(len(pieces) - 1):
        before, after = _context(pieces, index)
        options = _fill_one(before, after, text, names)
        if not options:
            return None
        score, filling = max(options, key=lambda option: (option[0], -len(option[1])))
        if len(pieces) > 2 and not after and score < CLOZE_MIN_MATCHED:
            # «… ومن حالفها من العرب ……» (one of two blanks): one word before a blank that
            # runs to the end of a phrase places it nowhere in particular
            return None
        # «قدم عمر بن الخطاب …… ماله»: the honorific after his name is not the missing word.
        filling = _HONORIFIC.sub(" ", filling).strip() or filling
        filling = _past_the_name(filling, pieces[index])
        if pieces[index][-1:] == ["و"] and filling.startswith("و"):
            filling = filling[1:]
        words.append(filling)
        matched += score
    return Filled((fact,), tuple(words), matched) if matched >= CLOZE_MIN_MATCHED else None


def _past_the_name(filling: str, before: list[str]) -> str:
    """«قدم عثمان …… جملا» against «عثمان بن عفان الذي قدم 950 جملًا»: the gap ran over the
    rest of the name before the blank, or a relative clause saying again the sentence's own
    verb («وعثمان الذي قدم 950»); what is missing is what follows them («950»)."""
    words = filling.split()
    plain = [normalize(word) for word in words]
    start = 0
    if len(plain) > 2 and plain[0] in ("بن", "ابن"):
        start = 2
    if before and start < len(plain) and plain[start] in _RELATIVES:
        start += 1
        while start < len(plain) - 1 and any(same_word(plain[start], w) for w in before):
            start += 1
    return " ".join(words[start:]) if 0 < start < len(words) else filling


def _within(words: tuple[str, ...], fuller: tuple[str, ...]) -> bool:
    """Each blank's words are those of `fuller`'s blank, or a run of them."""
    return len(words) == len(fuller) and all(
        f" {normalize(word)} " in f" {normalize(other)} "
        for word, other in zip(words, fuller, strict=True)
    )


def fill_from_text(
    sentence: str,
    facts: tuple[Fact, ...] | TextIndex,
    names: frozenset[str] = frozenset(),
) -> Filled | None:
    """The fact whose text holds the sentence around its blanks, and the missing words
    (`names`: normalised phrases a blank at the end may stand for whole). With the facts'
    TextIndex only the facts holding the sentence's anchors are read: the same result."""
    pieces = [normalize(piece).split() for piece in sentence.split(BLANK)]
    if len(pieces) < 2:
        return None
    anchors = _anchors(pieces)
    if isinstance(facts, TextIndex):
        facts = facts.holding(anchors)
    best: list[Filled] = []
    for fact in facts:
        # The answer (edited, punctuated) or the seed's sentence, whichever fits better; the
        # answer on a tie.
        readings = (_reading(fact.answer), _reading(fact.source))
        fits = [
            filled
            for text, forms in readings
            if not any(forms.isdisjoint(anchor) for anchor in anchors)
            and (filled := _fill_all(pieces, text, fact, names)) is not None
        ]
        if fits:
            best.append(max(fits, key=lambda filled: filled.matched))
    if not best:
        return None
    top = max(filled.matched for filled in best)
    leaders = [filled for filled in best if filled.matched == top]
    # («قبل غزوة تبوك أوقع الروم بجيش المسلمين في غزوة …»: «تبوك», which the sentence
    # already names, ties with «مؤتة»; a blank asks for a word the sentence lacks)
    said = {word for piece in pieces for word in piece}
    missing = [
        filled
        for filled in leaders
        if not all(word in said for words in filled.words for word in normalize(words).split())
    ]
    if missing and len(missing) < len(leaders):
        best = [filled for filled in best if filled not in leaders or filled in missing]
        leaders = missing
    # One fact, or several that fill alike (the overview repeats other facts' words); a
    # shorter filling inside a longer one («عمر» in «عمر بن الخطاب») is the same person.
    fullest = max(leaders, key=lambda filled: len(" ".join(filled.words)))
    if not all(_within(filled.words, fullest.words) for filled in leaders):
        return None
    leaders = [fullest, *(filled for filled in leaders if filled is not fullest)]
    # Facts whose text gives the same words with fewer words around them matching fill it
    # alike too («عقد معاهدات شملت سكان تبوك و…» is the treaties' sentence, told again in
    # the outcome with one word more in common).
    alike = [filled for filled in best if _within(filled.words, leaders[0].words)]
    ordered = sorted((filled.facts[0] for filled in alike), key=lambda fact: len(fact.answer))
    return Filled(tuple(ordered), leaders[0].words, top)
