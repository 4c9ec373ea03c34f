"""Words typed with no space between them, or with a space between every letter.

Older people and phones that lose the space bar send «ماهوموقفالمنافقينمنغزوةتبوك»; text
copied out of some PDFs spreads a word's letters apart («بماذا س م ي الجيش»). Read as typed,
the first is one unknown word (the question word inside it lost), the second three lone
letters (the verb lost, so that «بماذا … الجيش» was answered with the army's number).

A run of three or more lone letters is joined into one word, and a long word no fact knows
is cut into the words the facts are written and asked with (`GluedWords`): only when every
piece is such a word and there are three or more of them. Two words run together are the
analyser's (analysis._split_run_on), which reads them by their stems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property, lru_cache

from knowledge.headlines import known_word
from knowledge.message_patterns import ANY_IMPERATIVE, CUT_HONORIFIC
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.stemming import is_stopword
from knowledge.tuning import GLUED_MIN_LETTERS, GLUED_MIN_WORDS, READING_CACHE_SIZE

# Three or more lone Arabic letters with one space between each («س م ي»). (Two lone
# letters are PDF damage of another kind: «ح ث» lost its «ي», headlines.restore_lost_ya.)
_SPACED_LETTERS = re.compile(r"(?<!\S)[\u0621-\u064a](?: [\u0621-\u064a](?!\S)){2,}")
# A word of Arabic letters only, long enough to hold three words (never a stretch of a word
# between its marks: «قدّمعثمان…» is left as typed).
_LONG_WORD = re.compile(
    rf"(?<![\w\u0610-\u061a\u064b-\u065f\u0670])[\u0621-\u064a]{{{GLUED_MIN_LETTERS},}}"
    r"(?![\w\u0610-\u061a\u064b-\u065f\u0670])"
)
# A word of Arabic letters only (a word a PDF may have cut in two: «مؤ تة», «هر قل»).
# (letters only: a run of tatweel «ـــــ» is a blank to fill, never half of a word)
_ARABIC_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")
# The longest word a piece may be (letters): «والمتثاقلين» and its like.
_LONGEST_PIECE = 14


def join_spaced_letters(text: str) -> str:
    """«بماذا س م ي الجيش» → «بماذا سمي الجيش»; text without such a run as it is."""
    return _SPACED_LETTERS.sub(lambda match: match.group(0).replace(" ", ""), text)


# A line's first two words, after its number or letter, the second of one or two letters:
# «عل ل:», «ب ين», «اذك ر» (an exam verb a PDF cut in two).
_CUT_FIRST_WORD = re.compile(
    r"(?m)^([^\S\n]*(?:(?:س|سؤال|السؤال)?[^\S\n]*[0-9٠-٩]{0,2}[^\S\n]*[\)\-–:/.]|"
    r"[أابجده][\)\-–]|\([أابجده0-9٠-٩]\))?[^\S\n]*)"
    r"([\u0621-\u064a]{1,4}) ([\u0621-\u064a]{1,2})(?=[\s:：.،,]|$)"
)


def mend_cut_exam_verb(text: str) -> str:
    """«عل ل: سمي جيش تبوك بجيش العسرة» → «علل: …»: an exam verb opening a line, cut in two
    by PDF extraction, joined, so that the line is read as the question it asks (read cut,
    it was a statement to judge). Only when the first piece alone is no exam verb."""

    def joined(match: re.Match[str]) -> str:
        lead, first, second = match.groups()
        verb = first + second
        if ANY_IMPERATIVE.match(f"{verb} ") is None or ANY_IMPERATIVE.match(f"{first} "):
            return match.group(0)
        return lead + verb

    return _CUT_FIRST_WORD.sub(joined, text)


class GluedWords:
    """Cuts words run together into the words one engine's facts hold."""

    def __init__(self, facts: Iterable[Fact], vocabulary: frozenset[str]) -> None:
        self._facts = facts
        self._vocabulary = vocabulary
        self._cut = lru_cache(maxsize=READING_CACHE_SIZE)(self._cut_uncached)

    @cached_property
    def _words(self) -> frozenset[str]:
        """The words the facts are written and asked with: built the first time a message
        holds a long word (most never do)."""
        # (surface words only: a stem the index keeps, «استع», is no word typed)
        words: set[str] = set()
        for fact in self._facts:
            for text in (fact.answer, *fact.questions, *fact.keywords):
                words.update(normalize(text).split())
        # (the article alone is no word: «ال» + «صحابي» is «الصحابي», one piece)
        words.discard("ال")
        return frozenset(words)

    def split(self, text: str) -> str:
        """The text with each long word no fact knows cut into known words, when it can be."""
        if _LONG_WORD.search(text) is None:
            return text
        return _LONG_WORD.sub(lambda match: self._cut(match.group(0)), text)

    def join_cut(self, text: str) -> str:
        """«مؤ تة» → «مؤتة», «هر قل» → «هرقل», «تو لوا» → «تولوا»: two neighbouring words
        joined when together they are a word the facts are written or asked with and one of
        them alone is no word the base reads (a word cut in two by PDF extraction). Two words
        each read on its own («عند ما», «بعد ما») stay apart."""
        if CUT_HONORIFIC.search(text) is not None:
            # («صل ى الله عل يه وسل م»: the honorific cut apart is mended whole later,
            # message_text.mend_damaged; the words around it are joined on their own)
            spans = [m.span() for m in CUT_HONORIFIC.finditer(text)]
            parts: list[str] = []
            start = 0
            for begin, end in spans:
                parts.extend((self.join_cut(text[start:begin]), text[begin:end]))
                start = end
            parts.append(self.join_cut(text[start:]))
            return "".join(parts)
        pieces = re.split(r"( )", text)  # (words and the single spaces between them)
        out: list[str] = []
        index = 0
        while index < len(pieces):
            first = pieces[index]
            if (
                index + 2 < len(pieces)
                and _ARABIC_WORD.fullmatch(first)
                and _ARABIC_WORD.fullmatch(pieces[index + 2])
                and self._cut_in_two(first, pieces[index + 2])
            ):
                out.append(first + pieces[index + 2])
                index += 3
                continue
            out.append(first)
            index += 1
        return "".join(out)

    def _cut_in_two(self, first: str, second: str) -> bool:
        if len(first) < 2 or normalize(first + second) not in self._words:
            return False
        return not (self._reads(first) and self._reads(second))

    def _reads(self, piece: str) -> bool:
        word = normalize(piece)
        return is_stopword(word) or known_word(word, self._vocabulary)

    def _known(self, piece: str) -> bool:
        return piece in self._words or (len(piece) > 1 and piece != "ال" and is_stopword(piece))

    def _cut_uncached(self, typed: str) -> str:
        word = normalize(typed)
        if len(word) != len(typed) or self._known(word) or known_word(word, self._vocabulary):
            return typed  # (a word the facts use or read by its stem, or one with marks)
        pieces = self._pieces(word)
        if pieces is None or len(pieces) < GLUED_MIN_WORDS:
            return typed
        content = [piece for piece in pieces if not is_stopword(piece) and len(piece) > 2]
        if len(content) < 2:
            # («استعدادا» is no «استع دا دا»: a cut into fillers and one stump asks nothing)
            return typed
        # the typed letters, cut where the normalised word was (same length: no marks)
        out, start = [], 0
        for piece in pieces:
            out.append(typed[start : start + len(piece)])
            start += len(piece)
        return " ".join(out)

    def _pieces(self, word: str) -> tuple[str, ...] | None:
        """The fewest known pieces the word is made of (ties: the longer pieces), or None."""
        # best[i]: (pieces, minus the sum of squared lengths, the pieces) for word[:i]
        best: list[tuple[int, int, tuple[str, ...]] | None] = [None] * (len(word) + 1)
        best[0] = (0, 0, ())
        for end in range(2, len(word) + 1):
            for start in range(max(0, end - _LONGEST_PIECE), end - 1):
                before = best[start]
                piece = word[start:end]
                if before is None or not self._known(piece):
                    continue
                found = (before[0] + 1, before[1] - len(piece) ** 2, (*before[2], piece))
                current = best[end]
                if current is None or found[:2] < current[:2]:
                    best[end] = found
        last = best[len(word)]
        return None if last is None else last[2]
