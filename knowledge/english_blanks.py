"""Fill-in-the-blank in English: the blank («____», «...», «…»), the sentence read as the
statement around it, and the answer's words that fill it. Part of reading English forms
(knowledge/english_forms.py)."""

from __future__ import annotations

import re

from knowledge.tuning import EN_FILL_MAX_WORDS

# Words a sentence cannot end on: empty brackets after one are a blank («… was ( ).»).
_OPEN_ENDS = "of the was is were are by to as and in called named than his her their a an"
# A blank: a line («____»), dots («...», «…»; not dots typed onto a word before a question
# opening with its question word on the same line: «… 'Dumat' something... what happened to
# him?» trails off), underscores spaced apart («_ _ _ _»), dashes
# or em dashes after a word («was the ----- expedition»), a bracketed «blank»/«gap»
# («[blank]», «(gap)»), or empty brackets where the sentence goes on after them or they follow
# a word that cannot end it («The chief … was ( ).», «the ( ) expedition»). Empty brackets
# after a whole sentence («Abu Bakr gave all his wealth ( )») are where a tick goes, no blank.
BLANK = re.compile(
    r"[(\[][ \t]*(?:_{2,}|\.{3,}|…+)[ \t]*[)\]]|_{2,}|_(?:[ \t]_){2,}"
    r"|(?<!\w)(?:\.{3,}|…+)|(?:\.{3,}|…+)(?![ \t]+(?:what|who|when|where|why|how|which|"
    r"was|were|is|did|does|do)\b[^\n?]*\?)"
    r"|(?<=\w[ \t])(?:-{4,}|[—–]{2,})"
    r"|[\[(<][ \t]*(?:blank|gap|missing\s+word)[ \t]*[\])>]"
    r"|(?<=\w[ \t])[(\[][ \t]*[)\]](?=[ \t]*[\w(])"
    r"|(?:" + "|".join(rf"(?<=\b{word}[ \t])" for word in _OPEN_ENDS.split()) + r")"
    r"[(\[][ \t]*[)\]]",
    re.IGNORECASE,
)


# The instruction before a sentence with a blank: «Fill in the blank(s)/gap(s)/spaces (provided)»,
# «Fill in the missing word», «Supply/Insert/Give the missing (correct) word», «Complete (the
# sentence/statement/following, with one word)», «Gap fill», «Cloze», «missing word pls», and
# Swahili «Jaza nafasi (zilizo wazi)», «Jaza pengo». Left in, its words were read as the
# question's («missing» mended into the «mission», «correct» a claim to check).
FILL_LEAD = re.compile(
    r"^\W*(?:(?:fill(?:\s+(?:in|up|out))?|supply|insert|give|write(?:\s+down)?|provide|put\s+in)"
    r"\s+(?:in\s+)?(?:the\s+|a\s+)?(?:(?:correct|missing|right|suitable|appropriate|one)\s+)*"
    r"(?:blanks?|gaps?|spaces?|words?|terms?)(?:\s+(?:spaces?|provided|below|given|left))*"
    # how the blank is to be filled: «Fill in the blank with one word:», «… (one word)» (en72:
    # read with the sentence, «one word» asked a known gap)
    r"(?:\s+(?:with|using|in)\s+(?:one|a\s+single|a|two|1|2)\s+(?:words?|terms?|names?|numbers?))?"
    r"(?:\s*\(\s*(?:one|a\s+single|1|two|2)\s+(?:words?|terms?)\s*\))?"
    # a bare «Blank:» heading
    r"|blanks?(?=\s*[:\-–])"
    r"|fill(?:\s+in)?(?=\s*[:.\-–])|fill\s+in(?=\s+the\s+(?:sentences?|following)\b)"
    r"|complete(?:\s+(?:the|these|each|this))?(?:\s+(?:following|sentences?|statements?|"
    r"gaps?|blanks?))*(?:\s+with\s+(?:the\s+|a\s+|one\s+)?(?:(?:correct|missing|right|"
    r"suitable)\s+)?(?:words?|terms?|names?|answers?))?"
    r"|gap[\s-]*fill(?:ing)?|cloze(?:\s+test)?|(?:the\s+)?missing\s+words?(?:\s+(?:pls|please))?"
    r"|jaza\s+(?:nafasi|mapengo|pengo)(?:\s+(?:zilizo\s+wazi|iliyo\s+wazi))?)"
    r"\s*(?:\(\s*\d+\s*marks?(?:\s+each)?\s*\))?\s*[:.\-–]*",
    re.IGNORECASE,
)

# What the asker adds after the sentence to ask for the blank: «- what's the missing word?»,
# «, which word is missing?», «what goes in the blank?». It asks nothing of the text; read
# as words, a slip-mending made «missing» the «mission» of a fact's phrasings.
_BLANK_PROMPT = re.compile(
    r"[\s\-–—,;:(]*\b(?:(?:what|which)(?:'s|s|\s+is|\s+was|\s+would\s+be|\s+should\s+be)?"
    r"\s+(?:the\s+)?(?:missing\s+(?:word|words|term|name|part|bit)|(?:word|words)\s+(?:is|are)"
    r"\s+missing)|what\s+goes\s+in\s+(?:the\s+)?(?:blank|gap|space))\b[\s?!.)]*$",
    re.IGNORECASE,
)


def fill_question(text: str) -> str:
    """A sentence with a blank read as the statement around it (the asker's request for the
    missing word after it set aside)."""
    return BLANK.sub(" ", _BLANK_PROMPT.sub("", text))


# A blank at the end asking someone's name: «The name of the envoy who was attacked was ___»,
# «The envoy … was called ___», «The envoy who was killed was ___».
_NAME_OF = re.compile(r"^\W*(?:the\s+)?name\s+of\s+(?P<what>.+?)\s+(?:was|is)\s*$", re.IGNORECASE)
_CALLED = re.compile(r"^\W*(?P<what>.+?)\s+(?:was|is)\s+(?:called|named)\s*$", re.IGNORECASE)
_WHO_WAS = re.compile(r"^\W*(?P<what>.+?\bwho\b.+?)\s+was\s*$", re.IGNORECASE)


def name_asked(text: str) -> str | None:
    """The question a blank asking someone's name stands for («What was the name of the
    envoy who was attacked?»), so that a detail the text does not state (a known gap) is
    found as it is for the question; None for any other blank. Read as a statement, «The
    name of the Prophet's envoy who was attacked was ___» was answered by the attack, which
    names no envoy."""
    blank = BLANK.search(text)
    if blank is None or text[blank.end() :].strip(" .?!"):
        return None
    before = text[: blank.start()]
    if (found := _NAME_OF.match(before) or _CALLED.match(before)) is not None:
        return f"What was the name of {found.group('what')}?"
    if (found := _WHO_WAS.match(before)) is not None:
        return f"Who was {found.group('what')}?"
    return None


_FILL_STOPS = frozenset(
    "because and which who in with after for to that but so or as when where while".split()
)
_LOOSE = frozenset("a an the of to in on at by is was were be his her their its".split())
_NO_OPENING = frozenset("of to in on at by is was were be and".split())


def _norm(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", word.lower())


def _find(words: list[str], anchor: list[str], start: int = 0) -> int:
    """Index of the first occurrence of anchor in words at or after start, or -1."""
    size = len(anchor)
    for i in range(start, len(words) - size + 1):
        if words[i : i + size] == anchor:
            return i
    return -1


def missing_words(sentence: str, answer: str) -> str | None:
    """The answer's words that fill the blank of a sentence, when the words around the blank
    are found in the answer («The army of Tabuk was called ______.» -> «the Army of Hardship
    (Jaysh al-Usrah)»); None when they are not."""
    blank = BLANK.search(sentence)
    if blank is None:
        return None
    shown = answer.split()
    words = [_norm(w) for w in shown]
    before = [_norm(w) for w in sentence[: blank.start()].split() if _norm(w)]
    after = [_norm(w) for w in sentence[blank.end() :].split() if _norm(w)]
    for size in (3, 2, 1):
        anchor = before[-size:]
        if len(anchor) < size or all(w in _LOOSE for w in anchor):
            continue
        at = _find(words, anchor)
        if at < 0:
            continue
        start = at + size
        if any(w not in _LOOSE for w in after):
            # Words follow the blank: they must be found after it, or nothing is claimed.
            end = -1
            for skip in range(min(3, len(after))):
                if skip and after[skip - 1] not in _LOOSE:
                    break  # only words like «of» may be missing from the answer's wording
                for tail in (after[skip : skip + 2], after[skip : skip + 1]):
                    if tail and not all(w in _LOOSE for w in tail):
                        end = _find(words, tail, start)
                        if end >= 0:
                            break
                if end >= 0:
                    break
            if end < 0:
                return None
            # «in the month of ____ in the year 9 AH»: the words right after the blank,
            # found sooner in the answer («… of Rajab in the ninth year»), end it there.
            sooner = _find(words, after[:2], start + 1) if len(after) > 1 else -1
            end = sooner if 0 <= sooner < end else end
        else:
            end = start
            while end < len(shown) and end - start < EN_FILL_MAX_WORDS:
                if words[end] in _FILL_STOPS and end > start:
                    break
                end += 1
                if re.search(r"[,.;:]$", shown[end - 1]):
                    break
        crosses = any(re.search(r"[.;:]$", w) for w in shown[start - 1 : end - 1])
        # A blank's words never open with a preposition or «was»: «their emperor ____»
        # found in «the king (emperor) of the Romans» is no name of the emperor.
        joins = start < len(words) and words[start] in _NO_OPENING
        if 0 < end - start <= EN_FILL_MAX_WORDS and not crosses and not joins:
            return " ".join(shown[start:end]).rstrip(",.;:")
    return None
