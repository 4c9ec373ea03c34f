"""Splitting one line into its questions: «متى خرج الجيش؟ وما سبب تسميته؟».

A line is split at «؟» and at «و» + a question word; a piece that asks nothing of its own
stays with the question before it, and a piece that is only a name («… وعمر؟») asks the
question before it again about that name. Part of reading a message (knowledge/message.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.exam_items import and_exam_verb_split, ends_an_exam_clause, opens_with_exam_verb
from knowledge.kinship import kin_of_theirs
from knowledge.lexicon import ENTITIES
from knowledge.message_patterns import (
    COMPARE,
    JOINED_QUESTION_WORDS,
    QMARK,
    QUESTION_START,
    QUESTION_WORD,
    QUESTION_WORDS,
)
from knowledge.name_links import NAME_LINKS
from knowledge.normalize import normalize, without_conjunction
from knowledge.pattern_speed import Prefiltered
from knowledge.sheet_patterns import NUMBERING, TF_LEAD
from knowledge.stemming import stem
from knowledge.tuning import READING_CACHE_SIZE, SECOND_QUESTION_MIN_WORDS

AFTER_QMARK = re.compile(r"(?<=[؟?])\s*")
# «ما فهمت ليش سموه جيش العسرة ولا فهمت ايش الآية …»: «nor did I understand / know» + a
# question word says again that the asker does not know, and asks a second question.
_KNOWING = (
    r"(?:(?:انا|أنا)\s+)?(?:فهمت|عرفت|اعرف|أعرف|بعرف|نعرف|عارف|عارفة|عارفه|فاهم|فاهمة|فاهمه"
    r"|لقيت|دريت|ادري|أدري)"
)
_NOR_KNOWING = Prefiltered(
    re.compile(rf"\s+ولا\s+{_KNOWING}\s+(?=(?:{QUESTION_WORDS})\s)"), ("ولا",)
)
# «… اسمها دومة الجندل صح وش صار مع رئيسها»: «right?» tagged on what was said ends it; a
# question word after it asks again («ما»/«من» after it may be «not»/«from»: left).
_RIGHT_TAG = Prefiltered(
    re.compile(
        r"(?<=[\u0621-\u064a])\s+(?:صح|صحيح|مظبوط|مزبوط)(?=\s+[وف]?(?:"
        + "|".join(w for w in QUESTION_WORDS.split("|") if w not in ("من", "ما"))
        + r")\s)"
    ),
    ("صح", "مظبوط", "مزبوط"),
)
# Tunisian/Libyan «شنوة» (what), typed with «ة», opening a piece after «؟»: a second
# question («قداش كان عدد الجيش؟ و شنوة سبب الغزوة؟»). Only there: inside a sentence a
# word with «ة» is not read as a question word.
_WHAT_WITH_TA = re.compile(r"^\s*[وف]?\s*شنوة(?=\s)")
# «ما/مش/مو» + a verb of knowing: «not», no question word («ما فهمت ولا عرفت متى …»).
_NOT_KNOWING = re.compile(rf"(?:^|\s)[وف]?(?:ما|مش|مو)\s+{_KNOWING}(?=\s|$)")
_NOT_WORD = re.compile(r"[^\w\s]")
# («… فاللي تقالو وما بغاوش يخرجو»: «ما …ش» is the Maghrebi/Egyptian «not», no question)
# («… ومن هو الخصم …»: «من» with a pronoun after it asks «who», it is no «from»)
_JOINED_QUESTION = re.compile(
    rf"\s+(?=و(?:{JOINED_QUESTION_WORDS}|من\s+(?:هو|هي|هم|هما))\s)"
    r"(?!وما\s+(?!ال)[\u0621-\u064a]{2,}ش(?![\w]))"
    # «متى كانت غزوة تبوك ومن قاد الجيش»: «ومن/و من» + a verb with no object pronoun and a
    # word after it asks «and who» («ومن حالفهم», «ومن معه» are «and those who/with …»)
    r"|\s+(?=و(?:من|مين|منو)\s+(?!ال)(?!(?:مع|بين|عند|قبل|بعد|خلال|غير|دون|اجل|أجل|هو|هي"
    r"|هم|هما)\S*\s)[\u0621-\u064a]{2,}(?<!ها)(?<!هم)(?<!ه)(?<!هما)\s+[\u0621-\u064a]{2,})"
    # «… وكم كان عدد الجيش ومن الذي تبرع بنصف ماله»: «and who is the one who» + a verb
    r"|\s+(?=و(?:من|مين|منو)\s+(?:الذي|اللي|الي|التي)\s+[\u0621-\u064a]{2,})"
)
# «… وكمان من هو ملك الروم», «… وايضا ليش سموه جيش العسرة»: «and also» (and «and then»)
# before a question word joins a second question; after it even «من»/«أي» ask.
_ALSO_QUESTION = Prefiltered(
    re.compile(
        r"\s*[،,]?\s+(?:و\s*)?(?:كمان|ايضا|أيضا|ايضًا|أيضًا|ايضاً|أيضاً|بعدين|كذلك)[،,]?\s+"
        rf"(?=(?:في|فى|من|على|إلى|الى|مع|عن|ضد)?\s*[وف]?(?:{QUESTION_WORDS})(?:\s|$))"
    ),
    ("كمان", "ايض", "أيض", "بعدين", "كذلك"),  # (every match holds one)
)
# «متى كانت غزوة تبوك، ماذا قدم عثمان، ضد من كانت الغزوة؟», «… وعلى ماذا صالحت دومة
# الجندل»: a comma, or «و» and a preposition, before a question word join a second question
# too («ما شاء الله» after a comma asks nothing).
_PREPOSITIONS = r"(?:على|علي|في|فى|إلى|الى|مع|عن|ضد)"
# («في أي شهر خرج الجيش، ومن كان قائده؟»: a question opening with a preposition before its
# question word opens with that word)
_PREPOSITION_FIRST = re.compile(rf"^\s*{_PREPOSITIONS}\s+")
_COMMA_OR_PREPOSITION_QUESTION = re.compile(
    rf"\s*[،,]\s*(?=(?:{_PREPOSITIONS}\s+)?(?:{JOINED_QUESTION_WORDS}|من\s+(?:هو|هي|هم|الذي|اللي))\s)"
    r"(?!ما\s+شاء)"
    rf"|\s+(?=و{_PREPOSITIONS}\s+(?:{QUESTION_WORDS})\s)"
    # «متى كانت غزوة تبوك، ومن قاد الجيش؟»: after a comma, «ومن» + a verb asks «and who …»
    # («، ومن الغساسنة» is «and from the …»; «، ومن معهم» «and those with them»)
    r"|\s*[،,]\s*(?=ومن\s+(?!ال)(?!(?:مع|بين|عند|قبل|بعد|خلال|غير|دون|اجل|أجل)\S*\s)"
    r"[\u0621-\u064a]{2,}\s)"
)
_CONJUNCTION_BEFORE_QUESTION = re.compile(rf"^[وف](?=({QUESTION_WORDS})\s)")
_ONE_QUESTION_WORD = re.compile(rf"({QUESTION_WORDS})")
# «… وكان فيها قتال ولا لأ؟»: a yes/no question of its own, without a question word.
_OR_NOT = re.compile(r"(?:^|\s)(?:ولا|او|أو|ام|أم)\s+(?:لا|لأ|لاء)\s*[؟?]+\s*$")


# «وماذاقدم»: «ماذا»/«لماذا» typed onto the next word (no Arabic word starts with them).
_GLUED_BEFORE = Prefiltered(
    re.compile(r"(?<![\u0621-\u064a])([وف]?ل?ماذا)(?=[\u0621-\u064a]{2})"), ("ماذا",)
)


def unglue_question_words(text: str) -> str:
    """«ماذا»/«لماذا» typed onto the word after it, spaced out again. (One typed onto the
    word before, «تبوكوما», is left: its second question is often damaged too, «نتا ئجها»,
    and read alone it was answered with the wrong fact.)"""
    return _GLUED_BEFORE.sub(r"\1 ", text)


# Asked again of the same line while one message is read: remembered (READING_CACHE_SIZE).
@lru_cache(maxsize=READING_CACHE_SIZE)
def has_question_word(text: str) -> bool:
    """Whether a clause asks (a question word anywhere, or a question mark)."""
    return bool(QUESTION_WORD.search(text)) or any(mark in text for mark in QMARK)


# «… و كم كان عدد الجيش»: «و» typed (or voice-typed) apart from the question word it joins;
# «و» standing alone is always «and», so it is joined as if typed so.
_AND_APART = re.compile(rf"(?<=\s)و\s+(?=(?:{QUESTION_WORDS})\s)")


# «صح ولا غلط؟», «صح أم خطأ؟» asked on their own before the statement they head.
_TF_ASKED = re.compile(
    r"^(?:صح|صحيح|صواب)\s*(?:أم|ام|او|أو|ولا|لو|/)\s*(?:خطأ|خطا|غلط|غالط)\s*[؟?]+$"
)


# «متى كانت غزوة تبوك. وين تقع؟»: a full stop (not one of a run, not after a digit) and a
# question word opening the next sentence.
_STOP_THEN_ASKING = Prefiltered(
    re.compile(rf"(?<![.\d])\.(?!\.)\s+(?=[وف]?(?:{QUESTION_WORDS})\s)"), (".",)
)


def _stopped_questions_apart(text: str) -> str:
    """A question ended with a full stop in place of «؟», then another question: the stop
    is read as the question mark it stands for (read as one sentence, the two questions
    blurred into none). Only after a sentence that asks, of two words at least."""
    for match in reversed(list(_STOP_THEN_ASKING.finditer(text))):
        before = re.split(r"[؟?.!]", text[: match.start()])[-1]
        if len(before.split()) >= 2 and QUESTION_START.match(before.strip()):
            text = f"{text[: match.start()]}؟{text[match.start() + 1 :]}"
    return text


def _questions_apart(text: str) -> str:
    """A second question that follows «ولا فهمت …» or a tag «صح» set off as if typed after
    «؟» (a tag after two words at least: «تبوك صح متى كانت» is one question; after a
    question of its own the tag is dropped), or after a question ended with a full stop."""
    text = _stopped_questions_apart(_nor_knowing_apart(text))
    for match in reversed(list(_RIGHT_TAG.finditer(text))):
        before = re.split(r"[؟?]", text[: match.start()])[-1]
        if len(before.split()) < 2:
            continue
        # («خالد راح وين … اسمها دومة الجندل صح وش صار …»: a question before the tag asks
        # on, the tag only checks a detail it tells; a claim before it is to be judged)
        tag = "" if QUESTION_WORD.search(before) else text[match.start() : match.end()]
        text = f"{text[: match.start()]}{tag}؟{text[match.end() :]}"
    return text


def _nor_knowing_apart(text: str) -> str:
    """«… ولا فهمت ايش …» set off as if typed «؟ و…», when the words before it ask too
    («ما فهمت ولا عرفت متى كانت» asks once)."""
    for match in reversed(list(_NOR_KNOWING.finditer(text))):
        if QUESTION_WORD.search(_NOT_KNOWING.sub(" ", text[: match.start()])):
            text = f"{text[: match.start()]}؟ و{text[match.end() :]}"
    return text


def split_questions(text: str) -> list[str]:
    """Several questions in one line: «متى خرج؟ ولماذا سمي؟», «متى خرج الجيش وما سبب…».

    A piece with no question word of its own («متى كانت؟ نسيت والله», «… صح جت الوفود؟»)
    follows up the question before it and stays with it.
    """
    text = _questions_apart(text)
    raw = [piece.strip() for piece in AFTER_QMARK.split(text) if piece.strip()]
    pieces: list[str] = []
    for piece in raw:
        if pieces and _TF_ASKED.match(pieces[-1]) and not QUESTION_START.match(piece):
            # «صح ولا غلط؟ النبي هجم على الروم لما رجعوا»: the instruction asked, then the
            # statement it heads, whatever word of it reads as a question word («لما»: when)
            pieces[-1] = f"{pieces[-1]} {piece}"
        elif pieces and _BARE_QUESTION.match(piece) and _ASKS_FIRST.match(pieces[-1]):
            # «متى وقعت غزوة تبوك؟ ولماذا؟»: the same question with another question word.
            pieces.append(_asked_again(pieces[-1], piece))
        elif pieces and _only_names(piece) and _names_in(pieces[-1]):
            # «شو قدّم أبو بكر؟ وعمر؟ وعثمان؟»: the same question about another name.
            pieces.append(_with_names(pieces[-1], piece))
        elif (
            pieces
            and not QUESTION_WORD.search(piece)
            and not _OR_NOT.search(piece)
            and not _YES_NO.match(piece)
            and not NUMBERING.match(piece)  # («؟ وكمان …؟», «؟ والثاني …؟»: announced)
            and not _WHAT_WITH_TA.match(piece)
            and not _names_its_subject(piece)
        ):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    result: list[str] = []
    for piece in pieces:
        # («… و من قاد الجيش»: the «و» typed apart from «who» is joined to it)
        piece = _AND_APART.sub("و", piece)
        # «… وما/ولماذا/ومتى …»: a second question joined by و after a first that asks.
        # («… وكمان في اي شهر …»: after «and also» a question starts, its word may come later)
        parts = [
            (item, cut if index == 0 else "")
            for chunk, cut in _also_split(piece)
            for index, item in enumerate(_JOINED_QUESTION.split(chunk))
        ]
        merged: list[str] = []
        for item, cut in parts:
            if merged and (
                QUESTION_START.match(_PREPOSITION_FIRST.sub("", merged[-1]))
                or opens_with_exam_verb(merged[-1])
                if cut == "comma"
                else (
                    has_question_word(merged[-1])
                    or ends_an_exam_clause(merged[-1])
                    # («ابغى اعرف اسم السفير وكمان ليش …»: a request, then «and also»)
                    or (cut == "also" and _asks_without_question_word(merged[-1]))
                    # («في قتال صار ولا لا وبعدين مين …»: «… or not» asked yes or no)
                    or bool(_OR_NOT_AT_END.search(merged[-1]))
                    # («صح أم خطأ: خرج المنافقون مع الجيش. وكم كان عدد الجيش؟»: a
                    # statement to judge, ended, then a question)
                    or (
                        bool(TF_LEAD.match(merged[-1]))
                        and merged[-1].rstrip().endswith((".", "،", ","))
                    )
                )
                and (cut == "also" or QUESTION_WORD.match(item.strip()))
            ):
                merged.append(item.strip())
            elif merged:
                merged[-1] = f"{merged[-1]} {item.strip()}"
            else:
                merged.append(item.strip())
        merged = [one for item in merged for one in _THEN.split(item) if one.strip()]
        merged = [one for item in merged for one in _who_again(item)]
        merged = [one for item in merged for one in _who_of_it(item)]
        merged = [one for item in merged for one in and_exam_verb_split(item)]
        merged = [one for item in merged for one in parallel_questions(item)]
        merged = [one for item in merged for one in _and_a_detail_of_theirs(item)]
        result.extend(one for item in merged for one in _trailing_question_word(item))
    return [_conjunction_off(item) for item in result]


# «من قاد غزوة تبوك ومن قاد الروم», «مين راح لدومة الجندل ومين صالحه»: a question opening
# with «who» + a verb (or «الذي/اللي») asks «who» again after «و»; «ومن معه», «ومن الروم»
# («and those with him», «and from the …») ask nothing.
_WHO_OPENING = re.compile(r"^\s*(?:من|مين|منو)\s+(?:الذي|اللي|الي|(?!ال)[\u0621-\u064a]{2,})\s")
_WHO_AGAIN = re.compile(
    r"\s+(?=و(?:من|مين|منو)\s+(?:الذي|اللي|الي|(?!ال)(?!(?:مع|بين|عند|قبل|بعد|خلال|غير|دون"
    r"|اجل|أجل|هو|هي|هم|هما)[\u0621-\u064a]*\s)[\u0621-\u064a]{2,})(?:\s|$))"
)


def _who_again(item: str) -> list[str]:
    """The item cut before «و» + «who» + a verb when it opens with «who» + a verb."""
    if not _WHO_OPENING.match(item):
        return [item]
    pieces = [piece.strip() for piece in _WHO_AGAIN.split(item) if piece.strip()]
    # (each piece asks a whole question: «من قاد … ومن …» with nothing after is no second)
    return pieces if all(len(piece.split()) >= 3 for piece in pieces) else [item]


# «متى كانت غزوة تبوك ومن قادها», «متى وقعت غزوة تبوك ومن قائدها»: after a whole question,
# «ومن» + a verb or noun carrying a pronoun asks «and who …» of what was asked about; after
# a party or person it is «and those who …» («ضد الروم ومن حالفهم», «النبي ومن معه»).
_WHO_OF_IT = re.compile(
    r"\s+(?=ومن\s+(?!ال)(?!(?:مع|بين|عند|قبل|بعد|خلال|غير|دون|اجل|أجل|هو|هي|هم|هما|هن|منه|عنه"
    r"|فيه|عليه|اليه|إليه|له|به)[\u0621-\u064a]*(?:\s|[؟?]|$))"
    # (siding with someone is what «those who …» say: «ومن حالفها», «ومن تبعهم», «ومن ناصرهم»)
    r"(?!(?:حالف|تحالف|تبع|اتبع|ناصر|نصر|عاون|ساعد|ساند|والا|انضم|وقف\s+مع)[\u0621-\u064a]*(?:\s|[؟?]|$))"
    r"[\u0621-\u064a]{2,}(?:ه|ها|هم|هما|هن)(?:\s|[؟?]|$))"
)
# Who «ومن» after them is «and those who (are with, allied with) …» («the Muslims and those
# …»): the parties and people named (lexicon.ENTITIES) and these, as stems.
_PARTIES = frozenset("مسلم مومن صحاب امبراطوريه ناس قبايل قبيله".split())


def _who_of_it(item: str) -> list[str]:
    """The item cut before «ومن» + a word with a pronoun when it is a whole question of its
    own and no party stands right before «ومن»."""
    match = _WHO_OF_IT.search(item)
    if match is None:
        return [item]
    first, second = item[: match.start()].strip(), item[match.end() :].strip()
    words = first.split()
    before = stem(normalize(words[-1])) if words else ""
    if (
        not QUESTION_START.match(first)
        or len(words) < SECOND_QUESTION_MIN_WORDS
        or before in ENTITIES
        or before in _PARTIES
    ):
        return [item]
    return [first, second]


# «… وكمان في قتال صار ولا لا», «… وكمان دومة الجندل وش صار فيها»: «and also» before a
# question whose question word comes later (or a yes/no one, «… ولا لا»).
_ALSO = Prefiltered(
    re.compile(r"(\s*[،,]?\s+(?:و\s*)?(?:كمان|ايضا|أيضا|ايضًا|أيضًا|ايضاً|أيضاً|بعدين)[،,]?\s+)"),
    ("كمان", "ايض", "أيض", "بعدين"),
)
_OR_NOT_AT_END = re.compile(r"\s(?:ولا|او|أو)\s+(?:لا|لأ|لاء)\s*[؟?]*\s*$")


def _asks_later(chunk: str) -> bool:
    """Whether a chunk asks with a question word («من»/«ما» only at its start: inside,
    «from», «not»), or ends «… or not»."""
    chunk = chunk.strip()
    return bool(_OR_NOT_AT_END.search(chunk)) or any(
        match.start() == 0 or match.group(3) not in ("من", "ما")
        for match in QUESTION_WORD.finditer(chunk)
    )


# «… وكمان اسم قاتل السفير», «… وأيضا عدد الخيل»: after «and also», a noun naming the kind
# of detail wanted and what it is of asks it, with no question word («بالخيل» does not).
_DETAIL_ASKED = re.compile(
    r"^\s*(?:ال)?(?:اسم|أسماء|اسماء|عدد|سبب|أسباب|اسباب|تاريخ|مكان|معنى|معني|نتيجة|نتائج)"
    r"\s+[\u0621-\u064a]{2,}"
)
# «ابغى اعرف اسم السفير وكمان …», «بدي أعرف مين …»: a request to know something asks it.
_REQUEST = re.compile(
    r"^\s*[وف]?(?:اريد|أريد|ابي|أبي|ابغى|أبغى|ابغي|ابغا|بدي|عايز|عاوز|عايزه|عاوزه|حاب|حابب|ودي"
    r"|بغيت|نبي|نبغى)\s+(?:ان\s+|أن\s+)?(?:اعرف|أعرف|نعرف|معرفة|معرفه|افهم|أفهم)\s+\S+"
)


def _asks_without_question_word(chunk: str) -> bool:
    """«ابغى اعرف اسم السفير», «اسم السفير»: a request to know, or the kind of detail wanted
    and what it is of, asks before «and also» as a question word does."""
    return bool(_REQUEST.match(chunk) or _DETAIL_ASKED.match(chunk))


def _later_also_chunks(piece: str) -> list[str]:
    """The piece cut at «and also» between two chunks that ask (_asks_later: its question
    word may come later); «and also» + a question word was cut already (_ALSO_QUESTION)."""
    pieces = _ALSO.split(piece)
    chunks = [pieces[0]]
    for also, chunk in zip(pieces[1::2], pieces[2::2], strict=True):
        # (its own first clause asks: «… أيضا ألف دينار، فهل هذا صحيح؟» asks of the
        # statement before it)
        # («كم عدد الجيش وكمان اسم قاتل السفير»: «and also the name of …» asks again)
        first_clause = re.split(r"[،,]", chunk)[0]
        if (_asks_later(first_clause) or _DETAIL_ASKED.match(first_clause)) and (
            _asks_later(chunks[-1]) or _asks_without_question_word(chunks[-1])
        ):
            chunks.append(chunk)
        else:
            chunks[-1] = f"{chunks[-1]}{also}{chunk}"
    return chunks


def _also_split(piece: str) -> list[tuple[str, str]]:
    """The piece cut where «and also» («also»), or a comma or «و» + a preposition
    («comma»: only after a question that opens with its question word; «الروم لما جمعوا…،
    شو…» opens with a story) start a question; the first chunk is not cut («»)."""
    cuts: list[tuple[str, str]] = []
    chunks = [
        chunk for first in _ALSO_QUESTION.split(piece) for chunk in _later_also_chunks(first)
    ]
    for number, also in enumerate(chunks):
        for index, chunk in enumerate(_COMMA_OR_PREPOSITION_QUESTION.split(also)):
            cuts.append((chunk, "comma" if index else "also" if number else ""))
    return cuts


# «يعني …؟», «أقصد …؟»: the question before it said again, no question of its own.
_RESTATING = re.compile(r"^\s*[وف]?(?:يعني|يعنى|اقصد|أقصد|قصدي|بمعنى|أي|اي|او|أو|ولا|بس)\s")


def _names_its_subject(piece: str) -> bool:
    """«… ؟ تبوك جانت بعيدة عن المدينة؟», «… ؟ رزق سنة هرقل؟»: a piece with its own
    question mark that names the expedition or someone of it asks a question of its own,
    with no question word («متى كانت؟ نسيت والله» only follows one up)."""
    words = _NOT_WORD.sub(" ", piece).split()
    return (
        piece.rstrip().endswith(tuple(QMARK))
        and len(words) >= SECOND_QUESTION_MIN_WORDS
        and not _RESTATING.match(piece)
        and (
            any("تبوك" in normalize(word) or normalize(word).startswith("غزو") for word in words)
            or any(_name_words(piece))
        )
    )


# «اذكر سببين لغزوة تبوك، ثم سمِّ القادة …»: «then» + an exam verb or a question word starts
# the next exam item.
_THEN = Prefiltered(
    re.compile(
        r"\s*[،,]?\s+ثم\s+(?=(?:أ|ا|إ)?(?:ذكر|بين|بيّن|وضح|وضّح|عدد|عدّد|علل|علّل|شرح|سم|سمّ)\s"
        rf"|(?:{QUESTION_WORDS})\s)"
    ),
    ("ثم",),
)
# «… امتى؟ وكان الحر جامد ساعتها؟», «… وفي حد استشهد فيها؟»: «and was …?», «and is there
# …?» asks yes or no without a question word, a question of its own.
_YES_NO = re.compile(r"^\s*و(?:كان|كانت|كانوا|صار|صارت|حصل|حصلت|فيه|في|هل)\s+\S+\s+\S+.*[؟?]\s*$")
# A piece that is only «و» + a question word («ولماذا؟», «وكيف»).
_BARE_QUESTION = re.compile(rf"^\s*[وف]?({QUESTION_WORDS})\s*[؟?]*\s*$")
# A question that opens with its question word («متى وقعت غزوة تبوك»), or with a preposition
# asking with it («على ايش صالحوا دومة الجندل»).
_ASKS_FIRST = re.compile(
    rf"^\s*[وف]?(?:(?:على|علي|عن)\s+(?=(?:ماذا|ايش|إيش|شو|وش|اش|شنو)\s))?({QUESTION_WORDS})\s+\S"
)
# «… ولماذا», «… ومتى؟» ending a question: a second question word with nothing after it.
_TRAILING = re.compile(rf"\s+و({QUESTION_WORDS})\s*[؟?]*\s*$")


# Question words asking for a thing (a detail named by a noun after them), not a time or a
# reason: «ما عدد … وعدد …», not «متى خرج الجيش وخرج معه».
_ASKING_A_THING = frozenset("ما ماذا كم كام شو شنو ايش إيش وش ماهي ماهو".split())


def parallel_questions(piece: str) -> list[str]:
    """«ما عدد جيش المسلمين في غزوة تبوك وعدد جيش الروم»: the detail asked named again after
    «و» asks it again of something else, with the same question word."""
    return list(_parallel_questions(piece))


# Asked of each piece twice: by split_questions, then by the reader for each piece it gives.
@lru_cache(maxsize=READING_CACHE_SIZE)
def _parallel_questions(piece: str) -> tuple[str, ...]:
    return tuple(_read_parallel_questions(piece))


def _read_parallel_questions(piece: str) -> list[str]:
    opening = _ASKS_FIRST.match(piece)
    words = piece[opening.end(1) :].split() if opening is not None else []
    if (
        opening is None
        or len(words) < SECOND_QUESTION_MIN_WORDS
        or opening.group(1) not in _ASKING_A_THING
    ):
        return [piece]
    detail = words[0]
    rest = piece[opening.end(1) :]
    if "و" + detail not in rest:
        # (every match holds it: a pattern compiled for this one word is not needed)
        return [piece]
    again = re.search(rf"\s+و({re.escape(detail)}\s+\S.*)$", rest)
    if again is None or len(piece[opening.end(1) : opening.end(1) + again.start()].split()) < 2:
        return [piece]
    first = piece[: opening.end(1) + again.start()].strip()
    return [first, f"{opening.group(1)} {again.group(1).strip()}"]


# «عثمان قدم كم جمل وزوجته مين»: «و» + a relative with «his/her/their» on it + a question
# word ending the line asks that of its own; «ماذا قدم أبو بكر واسم زوجته»: «و» + a noun of
# asking (name, number, reason, date, place) + such a relative asks «what is …» of them.
# (A relative only: the text names none, so the second is said not stated, and the first is
# answered; «من قاد الجيش واسمه ايش» asks the leader's name, one question.)
_THEIRS_ASKED = re.compile(
    rf"\s+و([\u0621-\u064a]{{2,}}(?:ه|ها|هم|هما))\s+({QUESTION_WORDS})\s*[؟?]*\s*$"
)
_DETAIL_OF_THEIRS = re.compile(
    r"\s+و(اسم|عدد|سبب|تاريخ|مكان)\s+([\u0621-\u064a]{2,}(?:ه|ها|هم|هما))\s*[؟?]*\s*$"
)


def _and_a_detail_of_theirs(piece: str) -> list[str]:
    """A question with a relative of someone it named asked after «و» at its end, read as two:
    «عثمان قدم كم جمل وزوجته مين» → «عثمان قدم كم جمل» and «زوجته مين»; «ماذا قدم أبو بكر
    واسم زوجته» → «ماذا قدم أبو بكر» and «ما اسم زوجته». The first must ask of its own
    (a question word, words enough) and the second detail is not the first's asked again
    (parallel_questions)."""
    theirs = _THEIRS_ASKED.search(piece)
    detail = None if theirs is not None else _DETAIL_OF_THEIRS.search(piece)
    match = theirs or detail
    if match is None:
        return [piece]
    first = piece[: match.start()].strip()
    if not has_question_word(first) or len(first.split()) < SECOND_QUESTION_MIN_WORDS:
        return [piece]
    if not kin_of_theirs(normalize(match.group(1 if theirs is not None else 2))):
        return [piece]
    if theirs is not None:
        return [first, f"{theirs.group(1)} {theirs.group(2)}؟"]
    opening = _ASKS_FIRST.match(first)
    if opening is None or opening.group(1) not in _ASKING_A_THING:
        return [piece]
    return [first, f"ما {match.group(1)} {match.group(2)}؟"]


# What two compared things share, after the second («… في تجهيز الجيش», «… من غزوة تبوك»).
_SHARED_TAIL = re.compile(
    r"\s((?:في|فى|من|تجاه|نحو|عند|خلال|اثناء|أثناء|لتجهيز|لغزوة|لغزوه)\s.+)$"
)


def compared_questions(rest: str) -> list[str]:
    """«(قارن بين) ما قدمه أبو بكر وما قدمه عمر في تجهيز الجيش», «موقف المنافقين وموقف
    المؤمنين من غزوة تبوك»: the two things compared, the same head word before each, are
    asked one by one, each with the words the second ends with."""
    rest = rest.strip().rstrip(" .،,؛")
    words = rest.split()
    if len(words) < 3:
        return [rest]
    again = re.search(rf"\s+و\s*({re.escape(words[0])}\s+\S.*)$", rest)
    if again is None or len(rest[: again.start()].split()) < 2:
        return [rest]
    first, second = rest[: again.start()].strip(), again.group(1).strip()
    shared = _SHARED_TAIL.search(" ".join(second.split()[2:]).join("  "))
    if shared is not None and _SHARED_TAIL.search(" ".join(first.split()[2:]).join("  ")) is None:
        first = f"{first} {shared.group(1).strip()}"
    return [first, second]


def compared_sides(text: str) -> list[str] | None:
    """«قارن بين A وB»: each side with the verb (None when the text compares nothing)."""
    verb = COMPARE.match(text)
    if verb is None:
        return None
    return [f"{text[: verb.end()]}{side}" for side in compared_questions(text[verb.end() :])]


def _trailing_question_word(piece: str) -> list[str]:
    """«متى وقعت غزوة تبوك ولماذا»: two questions about one subject; the second asks what
    the first asks about, with its own question word («لماذا وقعت غزوة تبوك»)."""
    match = _TRAILING.search(piece)
    first = piece[: match.start()].strip() if match is not None else ""
    if (
        match is None
        or not _ASKS_FIRST.match(first)
        or len(first.split()) < SECOND_QUESTION_MIN_WORDS
    ):
        return [piece]
    return [first, _asked_again(first, match.group(0))]


def _asked_again(question: str, asking: str) -> str:
    """The question with its opening question word put in place of another one."""
    word = _BARE_QUESTION.match(asking.strip())
    opening = _ASKS_FIRST.match(question)
    if word is None or opening is None:
        return asking
    rest = question[opening.end(1) :].strip().rstrip("؟? ")
    return f"{word.group(1)} {rest}؟"


def _name_words(text: str) -> list[bool]:
    """For each word of a text, whether it is part of a person's or people's name."""
    words = [normalize(word) for word in _NOT_WORD.sub(" ", text).split()]
    return [
        stem(word) in ENTITIES or without_conjunction(word, "و") in NAME_LINKS for word in words
    ]


def _only_names(piece: str) -> bool:
    """«وعمر؟», «وعبد الرحمن بن عوف؟»: a piece that is only a name."""
    marks = _name_words(piece)
    return 0 < len(marks) <= 5 and all(marks)


def _names_in(question: str) -> bool:
    return any(_name_words(question))


def _with_names(question: str, names: str) -> str:
    """The question with the names it asked about put in place of the new ones."""
    words = _NOT_WORD.sub(" ", question).split()
    marks = _name_words(question)
    first = marks.index(True)
    kept = [word for word, mark in zip(words, marks, strict=True) if not mark]
    new = _NOT_WORD.sub(" ", names).split()
    new[0] = without_conjunction(new[0], "و")
    return " ".join([*kept[:first], *new, *kept[first:]]) + "؟"


def _conjunction_off(text: str) -> str:
    """A later question's leading و (ولماذا, وما) belongs to the message, not the question."""
    match = _CONJUNCTION_BEFORE_QUESTION.match(text)
    first = text.split()[0] if text.split() else ""
    if match is None or _ONE_QUESTION_WORD.fullmatch(first):
        return text  # «واش» is itself a question word
    return text[1:]
