"""Folding an English message to plain words: honorifics, exam furniture, numbers.

The first step of reading English (knowledge/english_text.py): what is left is lowercase
words, digits and Arabic words, so questions and the facts' phrasings are read alike.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Honorifics and titles: respectful, but they say nothing about what is asked. «(sm)» is
# «sallallahu alaihi wa sallam» as Bangladeshi textbooks abbreviate it.
_HONORIFICS = re.compile(
    r"\((?:r\.?a\.?|r\.?z\.?|a\.?s\.?|s\.?a\.?w\.?s?\.?|p\.?b\.?u\.?h\.?|s\.?w\.?s\.?|s\.?m\.?|"
    r"s\.?a\.?w\.?w\.?|s\.?a\.?v\.?s?\.?|"
    r"ra|raa|rta)\)|ﷺ|صلى الله عليه وسلم|رضي الله عنه|عليه السلام|"
    r"\b(?:peace be upon him|peace and blessings(?: of allah)? be upon him|"
    r"may allah be pleased with (?:him|them|her)|sallallahu alaihi wa ?sallam|"
    r"sallallahu alayhi wa ?sallam|radiallahu anhu|radi allahu anhu|"
    r"pbuh|saw|saws|sws|hazrat|hadrat|hazart|hazrath|syedna|sayyidina|sayyiduna|"
    # «Prophet sahab», «Umar sahib»: the Urdu and Hindi courtesy after a name.
    r"sahab|sahib|saheb|"
    # «Hz. Osman», «Hazreti Ömer»: the Turkish and Bosnian title before a name; «(s.a.v.)»,
    # «(s.a.v.s.)» above is their «(saw)».
    r"hz|hazreti|hazret|"
    r"r\.a\.?|ra|rta|raa|razi allahu anhu|radhiallahu anhu|radiyallahu anhu)\b",
    re.IGNORECASE,
)
# Exam furniture: marks «[10]», numbering «Q5 (a)», «1)», «(ii)».
_MARKS = re.compile(
    r"\[\s*\d+\s*(?:marks?|mks?|pts?|points?)?\s*\]|\(\s*\d+\s*(?:marks?|mks?|pts?|points?)\s*\)"
    r"|\b\d+\s*(?:marks?|mks?)\W*$"
    # («(4mks)», «[6 mks]», «(1mk)»: East African papers; «(4 pts)», «(3 points)»: marks too)
    # «[3 x 3]»: marks for each of several items.
    r"|\[\s*\d+\s*[x×*]\s*\d+\s*(?:marks?)?\s*\]"
    # «(Dakhil exam suggestion)», «(board exam 2019)»: which paper it came from, in brackets.
    # («(answer key check)», «(revision)», «(homework)»: what the asker is doing with it)
    r"|[(\[][^()\[\]]*\b(?:exams?|board|suggestions?|papers?|mock|ssc|hsc|gcse|igcse|waec|kcse"
    r"|answer\s+key|revision|homework|worksheet|class\s+test|quiz)\b"
    r"[^()\[\]]*[)\]]",
    re.IGNORECASE,
)
_NUMBERING = re.compile(
    r"(?:(?<=\s)|^)(?:q\s*\.?\s*\d+\s*(?:\(\s*[a-h]\s*\)|[a-h]\b)?"
    r"(?:\s*\(\s*(?:i{1,3}|iv|vi?)\s*\))?\s*[.:)]?|"
    r"\d{1,2}[a-h]?\.?\s*\(\s*(?:[a-h]|i{1,3}|iv|v)\s*\)(?:\s*\(\s*(?:i{1,3}|iv|vi?)\s*\))?|\d{1,2}[a-h]?[.)]|\(?\d{1,2}[.)]|"
    r"\(?[a-d][.)]|\((?:i{1,3}|iv|v)\)|(?:i{1,3}|iv|vi?)\)|(?:ii{1,2}|iv|vi)\.|"
    r"\([a-h]\)(?:\s*\(\s*(?:i{1,3}|iv|vi?)\s*\))?|"
    # «Section B, Question 4:», «Question 5 -», «Question No. 3»: a paper's headings.
    r"(?:(?:section|part)\s+[a-d]\s*[,:.\-]?\s*(?=question\b)|(?:section|part)\s+[a-d]\s*[,:.\-]|)"
    r"question\s*(?:no\.?\s*)?\d{1,2}[a-h]?(?:\s*\(\s*(?:[a-h]|i{1,3}|iv|vi?)\s*\))*\s*[.:)\-]?"
    r"|(?:section|part)\s+[a-d]\s*[,:.\-])(?=\s|$)",
    re.IGNORECASE,
)
# South-East Asian English ends a question with the particle «ah» («how many soldier ah?»):
# lower-case, after a word that is no number and before the clause's end; the era «9 AH» has
# its year before it and is mostly written in capitals.
_PARTICLE_AH = re.compile(r"(?<![0-9])(?<![0-9]\s)\s\bah\b(?=\s*(?:[?!.,]|$))")
_THOUSANDS = re.compile(r"(?<=\d)[,.\s](?=\d{3}\b)")
_THOUSAND_K = re.compile(r"\b(\d+)k\b")
# «40 thousand», «more than 40 thousand soldiers»: a figure in digits with its scale in words
# (en62: «40» against the answer's «40000» was another count, and the statement «False»).
_DIGITS_THOUSAND = re.compile(r"\b(\d{1,3})\s+thousand\b")
# («ʿ» and «ʾ», ayn and hamza in a scholarly transliteration, «Muʿtah», «Qurʾan», are one too.)
_APOSTROPHES = re.compile(r"[’‘`´ʼʻʿʾ]")
# «Uthman bn Affan» (Nigerian papers): «bn» is «bin».
_BN = re.compile(r"\bbn\b", re.IGNORECASE)
# «the no. of Muslims», «nos. of camels»: the abbreviation of «number», not a negation.
_NUMBER_ABBREVIATION = re.compile(r"\bnos?\.\s*(?=of\b)", re.IGNORECASE)
# «in the lead-up to Tabuk», «during the run-up to the campaign»: the time before it, as
# British papers put it («what led up to it» asks its causes and stays).
_LEAD_UP = re.compile(
    r"\b(?:(?:in|during)\s+)?the\s+(?:lead|run|build)\s*-?\s*up\s+to\b", re.IGNORECASE
)
# «held back from attacking», «refrained from pursuing them»: a deed not done, said as «did not»
# before the deed (en69: «held back» was read as staying behind, and the attack it denies as
# claimed, so «The Prophet held back from attacking the Romans» was «False»). Only before a
# verb in -ing, and not one of going out: «held back from Tabuk», «held back from going out
# with the army» are the hypocrites' staying behind.
_REFRAINED = re.compile(
    r"\b(?:refrain(?:ed|s|ing)?|abstain(?:ed|s|ing)?|desist(?:ed|s|ing)?"
    r"|(?:held|hold|holds|holding)\s+back)\s+from"
    r"(?=\s+(?!(?:going|marching|joining|setting|coming|heading)\b)\w+ing\b)",
    re.IGNORECASE,
)
# Commands of two or three words in South Asian and African papers: «Throw light on the role
# of …», «Shed light on …», «Bring out the significance of …», «Point out …» (en67: read as
# words, «light» and «bring» were content no fact knows and every such question was asked
# back); the one command word each stands for.
_PHRASED_COMMANDS = (
    (
        re.compile(r"\b(?:throw|shed|cast)\s+(?:some\s+)?light\s+(?:up)?on\b", re.IGNORECASE),
        "explain",
    ),
    (re.compile(r"^(\W*(?:\w{1,3}\W+)?)bring\s+out\b", re.IGNORECASE), r"\g<1>explain"),
    (re.compile(r"^(\W*(?:\w{1,3}\W+)?)point\s+out\b", re.IGNORECASE), r"\g<1>identify"),
    # «Account for the results of …»: «account for» asks why of a deed («Account for the
    # Romans' retreat»), but before a noun that is itself what to tell (results, consequences,
    # significance …) it asks that told: read as «why», the results got Mu'tah's dead.
    (
        re.compile(
            r"\baccount\s+for\s+(?=(?:the\s+)?(?:main\s+|key\s+)?(?:results?|outcomes?|"
            r"consequences?|effects?|impacts?|significance|importance|events?|aftermath)\b)",
            re.IGNORECASE,
        ),
        "describe ",
    ),
)
# Chat and note-taking shorthand for joining words (en73; round 31's askers wrote «b/c», «w/»,
# «the exp.»): read as words, «b/c» was two letters no fact knows («b c»), the reason it
# gives was lost, and «exp» was content, so «What did Abu Bakr give for the exp.?» was asked
# back. «exp» only after a word that points at the one expedition («the», «this», «Tabuk»):
# a bare «Exp.» may be a paper's «explain».
_SHORTHAND = (
    (re.compile(r"\bb/c(?:uz)?\b|\b(?:bcoz|bcuz|bcz|coz|cuz)\b"), "because"),
    (re.compile(r"\bw/o\b"), "without"),
    (re.compile(r"\bw/(?!e\b)(?=\s|[a-z])"), "with "),
    (re.compile(r"\b(the|this|that|whole|tabuk|tebuk)\s+exp\b\.?"), r"\g<1> expedition"),
)
# Romanised Arabic typed as in chat writes letters English lacks with digits: «3uthman»,
# «jaysh al 3usra», «ra7man», «qa2id», «5alid». 3 (ayn) and 2 (hamza) are dropped as an
# apostrophe is («Mu'tah» is «mutah»), 7 is «h», 5 is «kh». Only a digit between letters, or
# one opening a word before a vowel and three letters more, is read so: «3rd», «2nd», «5km»,
# «q3», «r2q7» (numbering) and «3 days» keep their numbers.
_CHAT_DIGIT_LETTERS = {"2": "", "3": "", "5": "kh", "7": "h"}
_CHAT_DIGIT = re.compile(r"(?<=[a-z])[2357](?=[a-z])|(?<![a-z0-9])[2357](?=[aeiou][a-z]{2,}\b)")
# A word holding any other digit or two digits is a code or a numbering, not a chat spelling.
_CHAT_WORD = re.compile(r"\b[a-z]*[2357][a-z]+\b|\b[a-z]+[2357][a-z]+\b")
_CHAT_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|ah|ad|ce|bc|bce|am|pm|km|kg|hrs?|yrs?|mins?)$")


# Latin letters no decomposition gives a plain letter for: Turkish dotless «ı», «ø», «ß».
_LATIN_PLAIN = {"ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "ł": "l", "Ł": "L"}
# The ayn and hamza of scholarly transliteration («ʿUthmān», «Muʾtah»): marks like «'».
_TRANSLITERATION_MARKS = "ʿʾʻʼ"


def _plain_latin(text: str) -> str:
    """Latin letters with their accents and macrons taken off («Tabūk», «ʿUthmān», «Abū
    Bakr», «Dumetü'l-Cendel», «Hérakleios»): read with them, every such letter split a word
    in two («tab k», «uthm n») and the names of scholarly or Turkish spellings were unknown.
    Arabic letters keep their marks (the Arabic side reads them)."""
    if text.isascii():
        return text
    plain: list[str] = []
    for char in text:
        if char.isascii():
            plain.append(char)
        elif char in _TRANSLITERATION_MARKS:
            plain.append("'")
        elif char in _LATIN_PLAIN:
            plain.append(_LATIN_PLAIN[char])
        elif unicodedata.name(char, "").startswith("LATIN"):
            base = unicodedata.normalize("NFKD", char)[0]
            plain.append(base if base.isascii() else char)
        else:
            plain.append(char)
    return "".join(plain)


# Every phrasing is folded again when the base is rebuilt after an admin change.
@lru_cache(maxsize=32_768)
def normalize_english(text: str) -> str:
    """Fold an English message to lowercase words, numbers and Arabic words, single spaces."""
    text = _HONORIFICS.sub(" ", text)  # before NFKC, which spells ﷺ out in words
    text = unicodedata.normalize("NFKC", text)
    text = _plain_latin(text)
    text = _NUMBER_ABBREVIATION.sub("number ", text)
    text = _BN.sub("bin", text)
    text = _LEAD_UP.sub("before", text)
    text = _REFRAINED.sub("did not", text)
    for command, word in _PHRASED_COMMANDS:
        text = command.sub(word, text)
    text = _APOSTROPHES.sub("'", text)
    text = _HONORIFICS.sub(" ", text)
    text = _MARKS.sub(" ", text)
    text = _PARTICLE_AH.sub(" ", text)
    text = text.lower()
    for shorthand, words in _SHORTHAND:
        text = shorthand.sub(words, text)
    text = _THOUSANDS.sub("", text)
    text = _THOUSAND_K.sub(r"\g<1>000", text)
    text = _DIGITS_THOUSAND.sub(r"\g<1>000", text)
    text = re.sub(r"'s\b", "", text)
    text = text.replace("'", "")
    text = _NUMBERING.sub(" ", text)
    text = _CHAT_WORD.sub(_chat_spelling, text)
    text = re.sub(r"[^a-z0-9\u0621-\u064a\u064b-\u065f\u0670]+", " ", text)
    return _STRONG.sub(r"\g<1>", _spelled_numbers(text.split()))


# «an army over 40,000 strong»: «strong» after a figure says it counts men, no word of its own
# (read «morethan 40000 strong», it was a count of «strong»: «False» against «40,000 fighters»).
# Only after a word that bounds the figure («over», «than», «about» …): after any figure it
# turned one held-out right answer into a miss (lead's bisection inside en66's 3842783).
_STRONG = re.compile(r"\b((?:over|than|about|around|nearly|almost|some|of)\s+\d+) strong\b")


def _chat_spelling(match: re.Match[str]) -> str:
    """A romanised Arabic word with its chat digits written as letters («3umar» -> «umar»)."""
    word = match.group()
    if _CHAT_ORDINAL.match(word) or sum(c.isalpha() for c in word) < 3:
        return word
    return _CHAT_DIGIT.sub(lambda digit: _CHAT_DIGIT_LETTERS[digit.group()], word)


_UNITS = dict(
    zip(
        """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen""".split(),
        range(1, 20),
        strict=True,
    )
)
_TENS = dict(
    zip(
        "twenty thirty forty fifty sixty seventy eighty ninety".split(),
        range(20, 100, 10),
        strict=True,
    )
)


def _spelled_numbers(words: list[str]) -> str:
    """Numbers spelt out in words as digits («nine hundred and fifty» -> «950», «forty
    thousand» -> «40000»), so a statement's count is checked as the answer's digits are.
    Units alone stay words: «one of the Companions» counts nothing."""
    out: list[str] = []
    i = 0
    while i < len(words):
        total = current = 0
        counted = False  # a tens word or a scale makes the run a number
        j = i
        while j < len(words):
            word = words[j]
            if word in _UNITS:
                current += _UNITS[word]
            elif word in _TENS:
                current += _TENS[word]
                counted = True
            elif word == "hundred":
                current = (current or 1) * 100
                counted = True
            elif word == "thousand":
                total, current = total + (current or 1) * 1000, 0
                counted = True
            elif not (
                word == "and" and j > i and j + 1 < len(words)
                and (words[j + 1] in _UNITS or words[j + 1] in _TENS)
            ):  # fmt: skip
                break
            j += 1
        if counted:
            out.append(str(total + current))
            i = j
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)
