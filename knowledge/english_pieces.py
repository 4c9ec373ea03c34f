"""A message cut into pieces (part of knowledge/english_forms.py, which gives each its form).

A message is cut at line breaks, numbering, question marks and «and who ...»; a quotation
inside a question stays whole; a sentence that only tells how to answer («Give reasons.»,
«Support your answer with examples.») or a paper's furniture («(8 marks)») asks nothing alone;
nor does a plea for help («Can you help?»), which leaves the question a story reports.
"""

from __future__ import annotations

import itertools
import re

from knowledge.english_asking import NUMBERED, QUESTION_WORDS, words_in
from knowledge.english_joins import joined_questions
from knowledge.english_lexicon import COMMAND_WORDS, YESNO_OPENERS
from knowledge.english_pleas import reported_question

# A sub-part's letter or roman numeral on an exam paper: «(a)», «b)», «(ii)».
_SUB_LABEL = re.compile(r"(?:^|(?<=\s))(?:\((?:[a-h]|i{1,3}|iv|vi?)\)|[a-h]\))(?=\s)", re.I)
# «Give an account of the expedition of Tabuk and its importance»: the whole, then one aspect
# of it, asked as a question of its own.
_AND_ITS = re.compile(
    r"\s+and\s+(its\s+(?:importance|significance|results?|consequences|causes|effects|"
    r"outcome|achievements)\b)",
    re.IGNORECASE,
)


_INSTRUCTION = re.compile(
    r"^\W*(?:give|explain|state|show|justify)\s+(?:(?:your|the|a|two|one|three|some)\s+)?"
    r"(?:reasons?|answer|examples?|evidence|points?)?"
    # «Give reasons for your answer.»
    r"(?:\s+(?:for|to\s+support)\s+your\s+(?:answer|view|opinion))?\W*(?:\[\s*\d+\s*\])?\W*$",
    re.IGNORECASE,
)


_WHY_OR_NOT = re.compile(
    r"^\W*(?:and\s+|explain\s+)?why\s+or\s+why\s+not\W*(?:\[\s*\d+\s*\])?\W*$", re.IGNORECASE
)


# A question's marks as a paper prints them: «[4]», «(6)», «(4 marks)».
MARK = r"[\[(]\s*\d+\s*(?:marks?|mks?|pts?|points?)?\s*[\])]"

# Where a sentence ends: a question mark; a full stop or «!», or a question's marks («[4]»,
# «(6)», «(4 marks)»), before a capital. The full stop of the Turkish title «Hz. Osman» ends
# no sentence (en73: «How many camels did Hz. Osman give?» was cut in two at it).
_SENTENCE_END = re.compile(
    r"(?<=\?)|(?<=[.!])(?<!\b[Hh]z\.)\s+(?=[A-Z])|(?<=\])\s+(?=[A-Z])|(?<=\(\d\))\s+(?=[A-Z])|(?<=\(\d\d\))\s+(?=[A-Z])|"
    r"(?<=marks\))\s+(?=[A-Z])"
    # Chat in lower case: a full stop after a word, before a joiner that opens another
    # question («… during Tabuk. oh and btw what happened to the chief there»; en68). (Any
    # lower-case question word after a full stop was tried: «… a story about uthman giving
    # loads of camels. how many camels did he give» lost the clause «he» points into.)
    r"|(?<=[a-z]{3}[.!])\s+(?=(?:(?:oh|and)\s+)*(?:also|btw|plus|ps)\s+(?:(?:and|oh)\s+)*"
    r"(?:what|who|whom|when|where|why|how|which|did|was|were)\s)"
)

# A sentence that only tells how to answer («Support your answer with examples.», «With
# reference to the seerah, answer fully.»): every word is one of these, and one of the
# _MANNER_CUES says it is about the answer.
_MANNER_WORDS = frozenset(
    """
    support supporting your answer answers with examples example reference references to the
    explain describe discuss elaborate
    seerah sirah quran qur'an hadith hadiths ahadith sunnah sources source fully in detail
    details own words use using relevant evidence illustrate points point brief briefly give
    provide quotations where possible appropriate necessary and or from a an at least two three
    sentences paragraph about each you should must may refer referring be clear well make sure
    include including islamic history historical facts specific marks mark answering
    please kindly short shortly simple simply one single line lines word words keep it sentence
    """.split()
)
_MANNER_CUES = frozenset(
    "your answer answers examples example reference refer fully detail".split()
)


# Words of a paper's heading left beside its numbering («Question», «Section B»).
_FURNITURE_WORDS = frozenset("question questions section part q no a b c d".split())


def _furniture(piece: str) -> bool:
    """Is the piece only a paper's furniture: its marks «(8 marks)», a heading «Question 4 -»?"""
    if not re.search(r"[A-Za-z]", piece):
        return False  # «[3]» after a question stays as it was read before
    words = words_in(_MARKS_PIECE.sub(" ", NUMBERED.sub(" ", f" {piece}")))
    return not words or set(words) <= _FURNITURE_WORDS


_MARKS_PIECE = re.compile(rf"{MARK}|\b\d+\s*marks?\b", re.IGNORECASE)


def _tells_manner(piece: str) -> bool:
    """Does the piece only tell how to answer, asking nothing?"""
    words = words_in(NUMBERED.sub(" ", f" {piece}"))
    return bool(words) and set(words) <= _MANNER_WORDS and bool(set(words) & _MANNER_CUES)


def attach_instructions(pieces: list[str]) -> list[str]:
    """«... Give reasons. [4]» continues the question before it; it asks nothing alone. A
    sentence that only tells how to answer is left out when a question stays."""
    if len(pieces) > 1:
        kept = [piece for piece in pieces if not (_tells_manner(piece) or _furniture(piece))]
        pieces = kept or pieces
    out: list[str] = []
    for piece in pieces:
        if out and _WHY_OR_NOT.match(piece):
            # «Did the Muslims fight at Tabuk? Why or why not?»: the reason for the answer to
            # the question before, which its own answer gives; nothing asked of its own.
            continue
        if out and _INSTRUCTION.match(piece):
            # «Give reasons for your answer», «What happened to the Romans? Give two
            # reasons.»: it asks to justify the answer; its words are not what is asked (nor
            # is «give» a gift).
            if not _JUSTIFY.search(piece):
                out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


_JUSTIFY = re.compile(
    r"\byour\s+(?:answer|view|opinion)\b|\b(?:reasons?|examples?|evidence)\b", re.IGNORECASE
)


# A quotation inside a question («Explain the verse 'O ye who believe! What aileth you ...'»):
# its question words and marks belong to the quotation, not to a new question.
_QUOTED = re.compile(r"[\"“«]([^\"“”«»\n]{12,})[\"”»]|(?<![A-Za-z])'([^'\n]{12,}?)'(?![A-Za-z])")
_SHIELD = re.compile(r"\x01(\d+)\x02")


def cut_pieces(text: str) -> list[str]:
    """Cut a message at line breaks, numbering, question marks and «and who ...»."""
    quoted: list[str] = []

    def shield(match: re.Match[str]) -> str:
        quoted.append(match.group(0))
        return f"\x01{len(quoted) - 1}\x02"

    def unshield(piece: str) -> str:
        return _SHIELD.sub(lambda m: quoted[int(m.group(1))], piece)

    pieces: list[str] = []
    # «(a) Who was Ukaydir and how was he treated? [4] (b) …»: a paper's lettered sub-part is
    # one question, however many clauses it joins; its marks are for the whole.
    lettered = len(_SUB_LABEL.findall(text)) >= 2
    for line in _QUOTED.sub(shield, text).splitlines():
        line = _AND_ITS.sub(r". Explain \1", line)
        marks = [m.start() for m in NUMBERED.finditer(line)]
        bounds = [0, *[m for m in marks if m > 0], len(line)]
        for a, b in itertools.pairwise(bounds):
            chunk = line[a:b]
            for sentence in _SENTENCE_END.split(chunk):
                split = [sentence] if lettered else joined_questions(sentence)
                for piece in split:
                    piece = unshield(piece)
                    if re.search(r"[A-Za-z\u0621-\u064A0-9]", piece):
                        pieces.append(piece.strip())
    return pieces


def scene_first(pieces: list[str]) -> list[str]:
    """«After the expedition, what did the tribes do?»: a leading «after/before/during»
    phrase that asks nothing belongs to the question after it. A whole sentence closed by a
    full stop («After finishing the chapter on Hunayn, I moved on to Tabuk. How big was the
    army there?») is a story of its own, set aside as the preamble: joined to the question,
    the other battle it names refused the whole message."""
    out: list[str] = []
    for piece in pieces:
        if (
            out
            and words_in(out[-1])[:1] in (["after"], ["before"], ["during"])
            and not (QUESTION_WORDS & set(words_in(out[-1])) or out[-1].rstrip().endswith("?"))
            and not out[-1].rstrip().endswith((".", "!"))
        ):
            out[-1] = f"{out[-1]}, {piece}"
        else:
            out.append(piece)
    return out


# Words of a plea for help that asks nothing of its own («Any help?», «Can anyone help me
# please?»).
PLEA_WORDS = frozenset(
    """
    any anyone someone somebody anybody help helps please pls plz can could would you u me us
    i need urgent urgently asap thanks thank guys sir bro bhai kindly someone's advance in
    explain it this simple easy simply short words terms language know knows
    """.split()
)
# «Can you help me with this homework question?» before the question: a plea about the question
# to come («with», «question» would keep a topic before a colon from being one, so only here).
PLEA_ABOUT_WORDS = PLEA_WORDS | frozenset(
    "with that these my our homework assignment question questions quick one a an solve answer "
    "out do".split()
)


def behind_pleas(asked: list[str], told: list[str]) -> str | None:
    """«My brother keeps asking me who the Prophet fought at Tabuk. Can you help?»: when the
    message asks nothing but a plea, or guesses at an answer («… what conditions were like.
    heat? famine?»), it asks the question its story reports. A plea typed on after a full stop
    («… who led the army at Tabuk. help pls?») leaves the sentences before it to the story."""
    told = list(told)
    pleas = []
    for piece in asked:
        sentences = re.split(r"(?<=[.!])\s+", piece)
        if len(sentences) > 1 and _asks_nothing(sentences[-1]):
            told.append(" ".join(sentences[:-1]))
            piece = sentences[-1]
        pleas.append(piece)
    if not pleas or not all(_asks_nothing(piece) for piece in pleas):
        return None
    return reported_question(told)


def _asks_nothing(piece: str) -> bool:
    """A plea («Can you help?») or a bare guess («heat?», «Rajab?»): no question of its own."""
    words = words_in(piece)
    if set(words) <= PLEA_ABOUT_WORDS:
        return True
    return (
        len(words) <= 2
        and piece.rstrip().endswith("?")
        and not set(words) & (QUESTION_WORDS | COMMAND_WORDS | YESNO_OPENERS)
    )
