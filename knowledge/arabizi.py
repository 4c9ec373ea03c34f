"""Arabizi messages: Arabic typed in Latin letters and digits, told from English and written
in Arabic script so that the normal Arabic reading answers them.

Young writers across the Arab world type dialect Arabic with Latin letters and letter-digits
(«chkoun li jahaz jaysh el 3osra?», «kifach sal7at doumat el jandal?», «shu esm el sa7abi?»).
Such a message has more Latin words than Arabic ones, so it used to reach the English reader,
which knows none of its words. Two signs tell it from English, which shares its Latin letters
and even some of its words («ghazwa», «rasool», «nabi» in English exam questions):

- letter-digits inside words («3arab», «sa7abi», «ta2s»): English writes digits only as
  numbers, ordinals («2nd») and codes («Q5», «KS3», «9AH»), which are told apart by shape;
- Arabizi function words (question words, articles, pronouns, particles: «shu», «meen»,
  «el», «fi», «enno»), weighed against English function words («the», «what», «of»).

A message is read as Arabizi when it has at least two such signs, one of them a letter-digit,
and at most half as many English function words; without a letter-digit, only with three
different function words and no English one («ma hiya ghazwet tabuk w emta kanet?»). Two
are not enough («shu sabab ghazwet tabuk?»), and a message read so without letter-digits
had wrong answers from its guessed spellings, so such a message is answered only on words
read, never guessed (knowledge/arabizi_care.py). Its Latin words are then written in Arabic:
function words by a table (their Arabizi spellings are too short and too varied for letter
rules), other words letter by letter (arabizi_spelling), choosing among the spellings the
one the fact base knows best («sa7abi» -> صحابي rather than سحبي). A few English chat words
(«pls», «ok») and option letters («a)») stay Latin; the Arabic reading passes over them as it
does in Arabic messages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from knowledge.arabizi_spelling import weighed_spellings
from knowledge.normalize import normalize
from knowledge.stemming import is_stopword, stem
from knowledge.tuning import MAX_UNUSUAL_READINGS, MIN_PLAIN_ARABIZI_SIGNS, READING_CACHE_SIZE

# A Latin word, digits and apostrophes (for «3'» = غ) included; hyphens split «el-madina».
_LATIN_TOKEN = re.compile(r"[A-Za-z0-9']*[A-Za-z][A-Za-z0-9']*")
# Option labels («a) 5», «(b)»), which are no English «a» however the options are written:
# at a line's start, or inside a line after a space and before one («… a) ayla b) dumat»),
# where a lone letter with a closing sign is a label, not a word.
_OPTION_LABEL = re.compile(r"(?m)^\s*\(?[a-eA-E][).:-]|(?<=\s)\(?[a-eA-E][).-](?=\s)")

# A letter-digit is a digit that stands for a letter: written between letters («sa7abi»),
# opening a word of three or more letters («3arab», «7ad» is too short to tell from «7th»),
# or closing a word of four or more letters («tari2», «jumu3»). Digits 0, 1 and 4 are not
# letters in common use.
_LETTER_DIGIT = re.compile(
    r"[a-z]'?[235679]'?[a-z]|^[235679]'?[a-z]{3,}$|^[a-z]{4,}[235679]$", re.IGNORECASE
)
# Shapes English gives digits next to letters: ordinals, years and units, codes.
_ENGLISH_DIGIT_WORD = re.compile(
    r"^\d+(st|nd|rd|th|ah|ad|ce|bc|bce|am|pm|km|kg|mb|gb|k|m|s|x)$|^[a-z]{1,3}\d+$"
    r"|^[a-z]\d[a-z]$|^covid\d+$",
    re.IGNORECASE,
)

# Arabizi function words (Levantine, Gulf, Egyptian, Iraqi, Maghrebi spellings) and their
# Arabic form. They are the signs of Arabizi that hold no digit, and their spellings are too
# varied and short for letter rules («shu» would be شو, but «chno», «chkoun», «3la» would not
# come out right). English words are left out («wish», «min», «fin», «ash»).
FUNCTION_WORDS: dict[str, str] = {
    # what
    **dict.fromkeys("shu shou sho chou chu chou2".split(), "شو"),
    **dict.fromkeys("chno chnou chnouwa chnowa shnu shno shnou shnoo".split(), "شنو"),
    **dict.fromkeys("achno ashno ach".split(), "اشنو"),
    **dict.fromkeys("wesh wech wach wash wsh".split(), "واش"),
    **dict.fromkeys("eish aish esh".split(), "ايش"),
    **dict.fromkeys("eh eih".split(), "ايه"),
    # who
    **dict.fromkeys("chkoun chkon shkoun shkon chkun".split(), "شكون"),
    **dict.fromkeys("meen miin".split(), "مين"),
    **dict.fromkeys("mnu minu".split(), "منو"),
    # how, why, when, where, how many, which
    **dict.fromkeys("kifach kifash kifech kifesh".split(), "كيفاش"),
    **dict.fromkeys("kif keef kaif kef kayf".split(), "كيف"),
    **dict.fromkeys("lesh leish leysh lech lish lich".split(), "ليش"),
    **dict.fromkeys("3lach 3lech 3lash 3lesh".split(), "علاش"),
    **dict.fromkeys("lih leeh leh".split(), "ليه"),
    **dict.fromkeys("emta imta emte imte".split(), "امتى"),
    **dict.fromkeys("wein wen wain".split(), "وين"),
    **dict.fromkeys("fein fen feen".split(), "فين"),
    **dict.fromkeys("fayn".split(), "فين"),
    **dict.fromkeys("kam kem".split(), "كم"),
    **dict.fromkeys("adesh 2adesh addesh 2deh adeh 2adeh 2adesh 9adesh".split(), "قديش"),
    **dict.fromkeys("ay ayy ayya".split(), "اي"),
    # particles, pronouns, relatives
    **dict.fromkeys("fi fe".split(), "في"),
    **dict.fromkeys("3la 3ala 3a".split(), "على"),
    **dict.fromkeys("ma3 m3a ma3a".split(), "مع"),
    **dict.fromkeys("mn men mel".split(), "من"),
    **dict.fromkeys("3an 3n".split(), "عن"),
    **dict.fromkeys("elli illi lli li yalli halli".split(), "اللي"),
    **dict.fromkeys("hal".split(), "هل"),
    **dict.fromkeys("howa huwa huwe houwa houa".split(), "هو"),
    **dict.fromkeys("hiya heya heye hiye hia hiyya".split(), "هي"),
    **dict.fromkeys("homa huma hom hum".split(), "هم"),
    **dict.fromkeys("ana".split(), "انا"),
    **dict.fromkeys("enta inta enti inti".split(), "انت"),
    **dict.fromkeys("eza iza ida idha itha".split(), "اذا"),
    **dict.fromkeys("enno inno ennu ennou anno annu".split(), "انو"),
    **dict.fromkeys("bas bass".split(), "بس"),
    **dict.fromkeys("kaman kamen kman".split(), "كمان"),
    **dict.fromkeys("hada hadi hadha hadhi hatha hathi haza hazi hedha hedhi".split(), "هذا"),
    **dict.fromkeys("kan kaan".split(), "كان"),
    **dict.fromkeys("kanet kanat kant".split(), "كانت"),
    **dict.fromkeys("kano kanou kanu".split(), "كانو"),
    # yes, no, true, false; discourse
    **dict.fromkeys("sa7 sah sahh".split(), "صح"),
    **dict.fromkeys("s7i7 sa7i7 sahih".split(), "صحيح"),
    **dict.fromkeys("ghalat 8alat 3'alat ghalt".split(), "غلط"),
    **dict.fromkeys("la2 laa".split(), "لا"),
    **dict.fromkeys("wala wila willa".split(), "ولا"),
    **dict.fromkeys("aywa aiwa".split(), "ايوه"),
    **dict.fromkeys("na3am n3am".split(), "نعم"),
    **dict.fromkeys("mish msh mesh mush".split(), "مش"),
    **dict.fromkeys("mo mu".split(), "مو"),
    **dict.fromkeys("ya3ni y3ni yaani".split(), "يعني"),
    **dict.fromkeys("wallah walla wallahi".split(), "والله"),
    **dict.fromkeys("yalla yallah".split(), "يلا"),
    **dict.fromkeys("3am".split(), "عم"),
    **dict.fromkeys("7ad 7ada".split(), "حد"),
    **dict.fromkeys("wa7ad wa7ed wa7id".split(), "واحد"),
    **dict.fromkeys("sar saar".split(), "صار"),
    # greetings and address, whose short vowels the letter rules would drop («سلم»)
    **dict.fromkeys("salam slm salaam".split(), "سلام"),
    **dict.fromkeys("marhaba mar7aba mar7ba".split(), "مرحبا"),
    **dict.fromkeys("ahlan".split(), "اهلا"),
    **dict.fromkeys("shabab chabab".split(), "شباب"),
    **dict.fromkeys("ya".split(), "يا"),
    **dict.fromkeys("akhi a5i 5ayi khayi".split(), "اخي"),
    **dict.fromkeys("jama3a".split(), "جماعه"),
    **dict.fromkeys("so2al su2al sou2al".split(), "سوال"),
    **dict.fromkeys("so2alen su2alen so2alin".split(), "سوالين"),
    **dict.fromkeys("bade badi baddi bidi abi abghi ab8a bghit".split(), "بدي"),
}

# The expedition's own word, whose spellings the letter rules leave a guess (غزوه, غزوت):
# its one meaning is known, so it is written by the table, as the function words are.
_SET_SPELLINGS: dict[str, str] = dict.fromkeys(
    "ghazwa ghazwah ghazweh ghazwe ghazwet ghazwit ghazwat ghazwt".split(), "غزوة"
)

# Words that join the next word, as in Arabic script: the article, «to the», «in the».
_ARTICLES: dict[str, str] = {
    **dict.fromkeys("el al il l".split(), "ال"),
    **dict.fromkeys("lel lil lal".split(), "لل"),
    **dict.fromkeys("bel bil".split(), "بال"),
    **dict.fromkeys("wel wil".split(), "وال"),
    **dict.fromkeys("fel fil".split(), "في ال"),
    **dict.fromkeys("3al".split(), "على ال"),
    **dict.fromkeys("b bi".split(), "ب"),
}
# Articles that are signs of Arabizi too («al» is not: English writes «Dumat al-Jandal»).
_SIGNS = frozenset("el lel lil bel fel wel 3al".split())
# «la» is "to" before a word («mn el madina la tabuk») and "no" at the end («sa7 wala la?»).
_TO = {"la": "الى"}
_AND = {"w": "و", "wa": "و", "o": "و"}

# English words that Arabizi writers mix in and that count for neither side; they stay Latin,
# as they would in an Arabic-script message.
CHAT_WORDS: frozenset[str] = frozenset(
    "ok okay k so pls plz please bro guys lol hi hello hey quiz test exam thx thanks btw "
    "sorry omg haha hhh hhhh xd".split()
)

# English function words: a message with many of them is English whatever else it holds.
ENGLISH_WORDS: frozenset[str] = frozenset(
    """
    the a an is was were are be been being what who whom whose which when where why how did
    do does done of in on at to for from with by and or not no yes this that these those it its
    he his him she her they their them we our us you your i my me can could would should will
    about tell give name explain describe true false many much there than then also if but as
    into after before during did has have had
    """.split()
)


# vocabulary_fit's rank of a word the facts use as it is.
_AS_IT_IS = 3


def _tokens(text: str) -> list[str]:
    return [m.group(0).lower() for m in _LATIN_TOKEN.finditer(text)]


def letter_digit_word(word: str) -> bool:
    """A Latin word with a digit standing for an Arabic letter («3arab», «sa7abi»), not a
    number, ordinal or code English writes («2nd», «Q5», «9AH»)."""
    return _LETTER_DIGIT.search(word) is not None and _ENGLISH_DIGIT_WORD.match(word) is None


@dataclass(frozen=True, slots=True)
class LatinReading:
    """What one reading of a message's Latin words tells: whether they are Arabizi, and
    whether one of them holds a digit standing for a letter («sa7abi»)."""

    arabizi: bool
    letter_digit: bool


# The router asks it to choose the side (knowledge/router.py), the Arabic side again to read
# the text (arabizi_care.read_arabizi): read once per message, remembered for the second.
@lru_cache(maxsize=READING_CACHE_SIZE)
def read_latin(text: str) -> LatinReading:
    """The message's Latin words read once: Arabizi (see the module docstring) is two signs
    of Arabizi at least, a letter-digit among them, and at most half as many English words;
    or, with no letter-digit, MIN_PLAIN_ARABIZI_SIGNS different function words and no
    English one."""
    tokens = _tokens(_OPTION_LABEL.sub(" ", text))
    lettered = [letter_digit_word(t) for t in tokens]
    return LatinReading(bool(tokens) and _arabizi(tokens, lettered), any(lettered))


def _arabizi(tokens: list[str], lettered: list[bool]) -> bool:
    """Whether Latin words (and which of them are letter-digit words) are Arabizi."""
    signs = sum(
        1
        for t, digit in zip(tokens, lettered, strict=True)
        if digit or t in FUNCTION_WORDS or t in _SIGNS
    )
    english = sum(1 for t in tokens if t in ENGLISH_WORDS)
    if any(lettered):
        return signs >= 2 and 2 * english <= signs
    # Without a letter-digit, only many different Arabizi function words and not one
    # English one («ma hiya ghazwet tabuk w emta kanet?»): a name or a loanword or two
    # («ghazwa», «Abi Talib», «men») come with English function words in English.
    distinct = {t for t in tokens if t in FUNCTION_WORDS or t in _SIGNS}
    return english == 0 and len(distinct) >= MIN_PLAIN_ARABIZI_SIGNS


def is_arabizi(text: str) -> bool:
    """Whether the message's Latin words are Arabic typed in Latin letters (read_latin)."""
    return read_latin(text).arabizi


def _word(
    word: str,
    fit: Callable[[str], tuple[int, int]],
    prefix: str,
    read: dict[str, bool] | None = None,
) -> str:
    """One Latin word in Arabic: of the spellings that take few unusual readings, the one
    the base knows best (the likeliest among equals); failing that, the likeliest. A known
    word reached only by many unusual readings is a chance likeness, not the word meant
    («tholth», a third: ثلث, is not the known «تولت»)."""
    if word in FUNCTION_WORDS:
        return prefix + FUNCTION_WORDS[word]
    if word in _SET_SPELLINGS:
        return prefix + _SET_SPELLINGS[word]
    options = [
        spelling
        for spelling, weight in weighed_spellings(_STRAY_APOSTROPHE.sub("", word))
        if weight <= MAX_UNUSUAL_READINGS
    ]
    if not options:
        return word
    # (each spelling rated once: `fit` normalises and stems, and a word has up to hundreds)
    scores = {option: fit(prefix + option) for option in options}
    best = max(options, key=scores.__getitem__)  # the first of the best
    if read is not None:
        plain = _read_plainly(best, scores, fit, prefix)
        read.update(dict.fromkeys((normalize(best), normalize(prefix + best)), plain))
    return prefix + best


def _read_plainly(
    best: str,
    scores: dict[str, tuple[int, int]],
    fit: Callable[[str], tuple[int, int]],
    prefix: str,
) -> bool:
    """Whether a word's spelling is read, not guessed: it is a word the facts use as it is,
    and no other spelling within reach is one («tabuk»: تبوك alone; «sa7abi»: صحبي, صحابي
    and صاحبي are all known stems, so the one taken is a guess). `scores` rates each
    spelling with its prefix."""
    whole = [
        option
        for option, score in scores.items()
        # («el rum»: روم)
        if _AS_IT_IS in (score[0], (fit(option) if prefix else score)[0])
    ]
    return whole == [best]


# An apostrophe that does not mark a dotted letter-digit («3'» = غ): «mu'tah», «qur'an».
_STRAY_APOSTROPHE = re.compile(r"(?<![3679])'")
_PIECE = re.compile(r"[A-Za-z0-9']+|[^A-Za-z0-9']+")
_LETTER = re.compile(r"[a-z]")


def to_arabic(
    text: str, fit: Callable[[str], tuple[int, int]], read: dict[str, bool] | None = None
) -> str:
    """The text with its Latin words written in Arabic (numbers, option letters, English
    chat words and Arabic script kept as they are). `read`, when given, collects the
    normalised Arabic words spelled by letter rules, each with whether it was read plainly
    (True) or guessed (False)."""
    pieces = _PIECE.findall(text)
    out: list[str] = []
    prefix = ""  # an article or particle waiting for its noun
    for index, piece in enumerate(pieces):
        word = piece.lower()
        if prefix and piece.strip(" -") == "":
            continue  # the space or hyphen between «el» and its noun
        if not _LETTER.search(word) or word in CHAT_WORDS or _option_letter(pieces, index):
            out.append(piece)
        elif word in _ARTICLES and _next_is_word(pieces, index):
            prefix += _ARTICLES[word]
        elif word in _AND and _next_is_word(pieces, index):
            # «w emta kanet?»: «و» is written joined to its word, as in Arabic script, so
            # the Arabic reading splits «… وامتى كانت؟» into its own question.
            prefix += _AND[word]
        elif word in _AND:
            out.append(_AND[word])
        elif word in _TO:
            out.append(_TO[word] if _next_is_word(pieces, index) else "لا")
        else:
            out.append(_word(word, fit, prefix, read))
            prefix = ""
    return "".join(out).replace("?", "؟").replace(",", "،")


def _option_letter(pieces: list[str], index: int) -> bool:
    """A lone letter a-e labelling an option: «a)», «b.», «(c)» at a line's start, or inside
    a line between spaces («… a) ayla b) dumat c) tabuk»: options typed on one line)."""
    if len(pieces[index]) != 1 or pieces[index].lower() not in "abcde":
        return False
    before = pieces[index - 1] if index else "\n"
    after = pieces[index + 1] if index + 1 < len(pieces) else ""
    if after[:1] not in ").:-" or after == "":
        return False
    if before.endswith(("\n", "(")):
        return True
    # (inside a line only «)», «.» or «-» followed by a space: «b-el madina» is «in the city»)
    return before[-1:].isspace() and after[:1] in ").-" and after[1:2].isspace()


def _next_is_word(pieces: list[str], index: int) -> bool:
    """Whether a Latin word follows, with only spaces or a hyphen between («el-madina»)."""
    if index + 2 >= len(pieces):
        return False
    after = pieces[index + 2].lower()
    return (
        pieces[index + 1].strip(" -") == ""
        and _LETTER.search(after) is not None
        and after not in CHAT_WORDS
    )


def arabic_reading(text: str, fit: Callable[[str], tuple[int, int]]) -> str:
    """The text as the Arabic reading should see it: Arabizi written in Arabic script, any
    other text unchanged. `fit` rates how well the base knows an Arabic word (see
    `vocabulary_fit`)."""
    return to_arabic(text, fit) if is_arabizi(text) else text


def vocabulary_fit(vocabulary: frozenset[str]) -> Callable[[str], tuple[int, int]]:
    """How well the fact base knows an Arabic spelling: 3 a word the facts use as it is;
    2 a function word, or a known stem kept its first letter; 1 a known stem only with its
    first letter cut as a prefix or folded into a synonym (weaker: «فعلن» would be ف +
    «علن»); 0 not known. Among equals the longer known word wins: it holds the vowels the
    shorter one lost («قتال», not «قتل»; «صحابي», not «صحبي»)."""

    def fit(word: str) -> tuple[int, int]:
        normal = normalize(word)
        if len(normal) < 2:
            return 0, 0
        if normal in vocabulary:
            return _AS_IT_IS, len(normal)
        if is_stopword(normal):
            # (as good as a known stem, not better: «2ad» is «قاد» led, not the particle «قد»)
            return 2, len(normal)
        stemmed = stem(normal, vocabulary)
        if stemmed not in vocabulary:
            return 0, 0
        return (2 if stemmed[:1] == normal[:1] else 1), len(stemmed)

    return fit
