"""Where one English question ends and the next begins inside a sentence (issue 17).

People run several questions together: «… and who led it?», «…, also what did Umar give»,
«… plus how many soldiers were there», «when, against whom, and how did it end?», and in chat
with no punctuation at all: «when was tabuk who led it how many men». Each joint below is a
word or a comma before a question word (or a command), or, in run-on chat, a question word
with its auxiliary right after a finished question. A relative clause («the companion who
gave half his wealth») and a question inside a sentence («tell me what Heraclius gave») are
no joints.

Part of reading a message into parts (knowledge/english_forms.py).
"""

from __future__ import annotations

import re

_ASKING = r"who|what|when|where|why|how|which"
# A preposition that asks with the question word after it: «and against which empire?».
_LEADING = r"against|by|from|to|in|at|with|for|on|under"

# A word that joins a new question to the one before it: «and», «&», Urdu «aur», «and also»,
# «, also», «plus».
_JOINER = r"(?:and|&|aur)(?:\s+also)?|plus|as\s+well\s+as"

# «… and roughly how many days …», «… and exactly when …»: a word that only hedges or
# presses the question after the joiner.
_HEDGE = r"roughly|approximately|exactly|precisely|briefly|also"

QUESTION_START = re.compile(
    rf"(?:\s*,?\s*\b(?:{_JOINER})|\s*,\s*also)\s+(?:(?:{_HEDGE})\s+)?"
    rf"(?=(?:{_ASKING}|whether|did|was|were|is|does|kab|kitne|kitni|kaun|kahan|kyun)\b)"
    # («…, and against whom was it announced?» stays with the announcement: read alone, «it»
    # is the mobilisation, which a tuning writer's label calls the enemy's fact.)
    # «What did Abu Bakr give, what did Umar give»: a comma before a new question.
    # («..., who is mentioned as a donor» is a relative clause, not a question.)
    r"|\s*,\s*(?=(?:what|when|where|why|how|which)\s+(?:did|was|were|is|are|does|do|had|has|"
    r"many|much)\b|who\s+(?:did|does|do)\b"
    # «…, how big was the army»: a question of an army's size after a comma (not «how far»,
    # «how long»: a trip to today's Tabuk asks them too).
    r"|how\s+(?:big|large|strong)\s+(?:was|were)\b)"
    # «Give an account of the hardships and explain why the army was called ...»: a second
    # command after the first one's subject («Describe and explain ...» is one command).
    r"|(?<!describe)(?<!explain)(?<!state)(?<!name)(?<!outline)(?<!give)(?<!write)(?<!identify)"
    r"\s+and\s+(?:also\s+)?(?=(?:explain|describe|state|outline|identify|name)\s+"
    r"(?:why|how|what|who|when|where|which|whom|its|the|their|his)\b"
    # «..., and state two reasons why ...», «… and name one Companion who …»: a count opens
    # the second command's object.
    r"|(?:explain|describe|state|outline|identify|name|give)\s+(?:one|two|three|four|five)\s+"
    r"[a-z]+)",
    re.IGNORECASE,
)
# «When did it happen, who went, and why?»: a list of questions whose last one is joined by
# «, and»; each comma before a question word in it opens a question too (alone, «…, who went»
# may be a relative clause). A preposition may lead the question word («when, against whom,
# and how did it end?»).
SERIAL_LAST = re.compile(
    rf",\s*(?:and|&)\s+(?:(?:{_LEADING})\s+)?(?:{_ASKING}|whom)\b", re.IGNORECASE
)
# A hedge may open an item («…, roughly how many Muslims went, …»), and an item may ask yes or
# no («who were they marching against, did a battle happen, and how long …?»).
SERIAL = re.compile(
    rf"\s*,\s*(?=(?:(?:{_HEDGE})\s+)?(?:(?:{_LEADING})\s+)?(?:{_ASKING}|whom)\b"
    r"|(?:did|was|were)\s+(?:an?|the|there|they|he|any)\b)",
    re.IGNORECASE,
)
# Run-on chat: a question word with the auxiliary or verb that makes it a question of its own,
# after a space or a comma («When was Tabuk, who was the enemy, how many Muslims went?»).
_RUN_ON_START = re.compile(
    r"\s*,?\s+(?=(?:what|when|where|why|how)\s+(?:did|was|were|is|are|does|do|had|has|can|could|"
    r"would|happened)\b|how\s+(?:many|much|long|far|big)\b"
    r"|who\s+(?:was|were|is|are)\s+(?:the|a|an|it|his|their)\b"
    r"|who\s+(?:led|commanded|gave|paid|sent|attacked|saved|won|fought|donated|headed)\b"
    # «… what happened to ukaydir did he convert»: a yes/no question about someone named.
    r"|(?:did|was|were)\s+(?:he|she|they)\b)",
    re.IGNORECASE,
)
# The first question of a run-on line opens with a question word or a yes/no auxiliary.
_OPENS_QUESTION = re.compile(rf"^\W*(?:{_ASKING}|did|was|were|is|are|does|do)\b", re.IGNORECASE)
_OPENS_COMMAND = re.compile(
    r"^\W*(?:explain|describe|state|outline|identify|name|give|list|mention)\b", re.IGNORECASE
)
# Words after which a question word opens a clause of the same sentence, not a new question:
# what is known or told («tell me what …», «I know why …»), a preposition («about how …»),
# a person or group a relative clause describes («the companion who …», «the Romans who …»),
# a filler that says the same again («… mean, like why was it called that?»).
_CLAUSE_TAKERS = frozenset(
    """
    know knew tell told ask asked explain explained say said understand wonder wondering
    remember forgot see show describe about of on to and or but that is was were are if
    like meaning basically
    whether me us them him her you i we they
    companion companions man men person people one ones those someone anyone emperor king
    chief ruler commander leader envoy messenger prophet caliph soldier soldiers tribe tribes
    """.split()
)
# A yes/no opener starts a question only after a question that has its own verb.
_YES_NO = re.compile(r"(?:did|was|were)\s", re.IGNORECASE)
_HAS_VERB = re.compile(
    r"\b(?:did|was|were|is|are|does|do|had|has|happened|went|led|gave|paid|sent|came)\b",
    re.IGNORECASE,
)
# A run-on question holds at least this many words before the next one starts.
_MIN_RUN_ON_WORDS = 3


def run_on_questions(sentence: str) -> list[str]:
    """«when was tabuk who led it how many men», «who gave all his wealth, who gave half»:
    questions typed one after another with no punctuation or only commas, cut where a new
    question word and its verb start; the sentence as it is when a full stop or another mark
    is inside or it does not open as a question."""
    if not _OPENS_QUESTION.match(sentence) or re.search(r"[;:?!.](?=\s+\w)", sentence):
        return [sentence]
    pieces: list[str] = []
    start = 0
    for match in _RUN_ON_START.finditer(sentence):
        before = sentence[start : match.start()].split()
        if len(before) < _MIN_RUN_ON_WORDS:
            continue
        last = before[-1].lower().strip("',")
        if last in _CLAUSE_TAKERS or (
            # «the Romans who were …», «the hypocrites who …»: a group a relative clause tells of
            sentence[match.end() :].lower().startswith("who") and last.endswith("s")
        ):
            continue
        if _YES_NO.match(sentence, match.end()) and not _HAS_VERB.search(" ".join(before)):
            # «how many horses did they have»: the auxiliary of the question before, inverted.
            continue
        pieces.append(sentence[start : match.start()])
        start = match.end()
    pieces.append(sentence[start:])
    return pieces


# «State the year of Tabuk, name the Roman emperor … and state …»: after a command, a comma
# before another command and its object opens a question of its own.
_COMMA_COMMAND = re.compile(
    r"\s*,\s*(?=(?:explain|describe|state|outline|identify|name|give|list|mention)\s+"
    r"(?:the|its|his|their|one|two|three|why|how|what|who|when|where|which|whom)\b)",
    re.IGNORECASE,
)


# «- what was the army called - how many fought in it»: a worksheet's items pasted onto one
# line, each after a spaced dash; a question word and its verb after the dash open the next.
_DASHED = re.compile(
    r"\s+[-–—]+\s+(?=(?:what|when|where|why|how|which|who)\s+(?:did|was|were|is|are|does|do|"
    r"had|has|many|much|long|far|big|led)\b)",
    re.IGNORECASE,
)
_ASKS = re.compile(rf"\b(?:{_ASKING})\b", re.IGNORECASE)


def _dashed(piece: str) -> list[str]:
    """The piece cut at each spaced dash before a question where what comes before the dash
    asks too («Tabuk - when did it happen?» is a topic and its question: one piece)."""
    out: list[str] = []
    start = 0
    for match in _DASHED.finditer(piece):
        if _ASKS.search(piece, start, match.start()) is None:
            continue
        out.append(piece[start : match.start()])
        start = match.end()
    return [*out, piece[start:]]


def joined_questions(sentence: str) -> list[str]:
    """The questions one sentence joins: at «and who …», «plus …», a serial comma list, a
    comma between commands, and question words with their verbs typed one after another
    (run-on chat)."""
    pieces = QUESTION_START.split(sentence)
    if SERIAL_LAST.search(sentence):
        pieces = [each for piece in pieces for each in SERIAL.split(piece)]
    if _OPENS_COMMAND.match(sentence):
        pieces = [each for piece in pieces for each in _COMMA_COMMAND.split(piece)]
    pieces = [each for piece in pieces for each in _dashed(piece)]
    return _time_clauses_joined([each for piece in pieces for each in run_on_questions(piece)])


# «When the Muslims reached Tabuk, …»: «when» opening a clause, not asking («When did …»).
_TIME_CLAUSE = re.compile(
    r"^\s*(?:when|once|as\s+soon\s+as)\s+(?!(?:did|was|were|is|are|does|do|had|has|will|"
    r"would|could|can)\b)\w",
    re.IGNORECASE,
)
# A person pointed back to: the question after the clause is about its doer.
_POINTED_PERSON = re.compile(r"\b(?:he|she|they|him|them|his|their)\b", re.IGNORECASE)


def _time_clauses_joined(pieces: list[str]) -> list[str]:
    """«When the Muslims reached Tabuk, what did they find?»: a time clause cut off before
    the question about its doer («they») sets that question's scene; it asks nothing alone,
    and is read after the question («What did they find when the Muslims reached …?»)."""
    out: list[str] = []
    for piece in pieces:
        if (
            out
            and _TIME_CLAUSE.match(out[-1])
            and not out[-1].rstrip().endswith("?")
            and _POINTED_PERSON.search(piece)
        ):
            # Asked first, as a question opens («What did they find when …?»), its type is
            # read from its own question word, not from the clause's «when».
            mark = "?" if piece.rstrip().endswith("?") else ""
            clause = out[-1].strip(" ,")
            out[-1] = f"{piece.strip(' ,?')} {clause[:1].lower()}{clause[1:]}{mark}"
        else:
            out.append(piece)
    return out


# A list item's mark at the start of a line: a bullet or a number («•», «-», «*», «1.», «b)»).
_ITEM_MARK = re.compile(r"^\s*(?:[•\-*·▪◦►➤→–]|\(?(?:\d{1,2}|[a-h])[.)])\s*(?=\S)", re.IGNORECASE)
# A list needs at least this many items before its noun-phrase items count as questions.
_MIN_LIST_ITEMS = 2


def listed_items_ask(pieces: list[str], asks: list[bool]) -> list[bool]:
    """«• reason for tabuk • size of the muslim army • name of the army»: in a list of items
    where one item asks, every item asks (a bare noun phrase is a keyword question, as in «-
    Reason?»); other pieces keep their own reading."""
    listed = [bool(_ITEM_MARK.match(piece)) for piece in pieces]
    if sum(listed) < _MIN_LIST_ITEMS or not any(
        item and asking for item, asking in zip(listed, asks, strict=True)
    ):
        return asks
    return [asking or item for item, asking in zip(listed, asks, strict=True)]
