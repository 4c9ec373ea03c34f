"""«Who am I?» riddles: a person, a place or a people describes itself and asks who it is.

Real posts ask first as often as last («من أنا؟ صحابي جهز جيش العسرة…», «منو آني؟ …»).
`who_last` rewrites those asked first to the shape the riddle reader knows («أنا …، من
أنا؟»). `unnamed_answer` checks what a found fact would answer: a riddle never names its
answer, so a fact whose person (or place, or people) is already named in the description
(«…استخلفني النبي…» is no riddle about the Prophet, «…وحقن دم أكيدر» none about Ukaydir)
does not answer it.
"""

from __future__ import annotations

import re

from knowledge.answer_keys import AnswerKeys, Slot, SlotKind, mentions, phrase, words_of
from knowledge.pattern_speed import Prefiltered
from knowledge.riddle_patterns import GAME_NAMES, HE_WORDS, RIDDLE_WHO, WHO_WORDS
from knowledge.tuning import RIDDLE_CLUE_MIN_WORDS, RIDDLE_TITLE_MAX_WORDS

# «من أنا؟», «مين انا؟», «منو آني؟», «شكون أنا؟», «من أكون؟», «وش اسمي؟»
_WHO = (
    rf"(?:{WHO_WORDS}\s+(?:أنا|انا|آنا|آني|اني|أكون|اكون)"
    r"|(?:ما|وش|شنو|شو|ايش|إيش|اش)\s+(?:اسمي|إسمي))"
)
# asked first, after an optional title («لغز:», «مسابقة الليلة 🌙»): the description follows
_WHO_FIRST = re.compile(
    rf"^(?P<lead>\s*(?:(?:{GAME_NAMES}|سؤال|السؤال|سين\s+جيم)"
    # («س:», «س3:»: a worksheet's «question» label)
    rf"[^:：؟?\n]{{0,30}}[:：]\s*|س\s*[0-9٠-٩]{{0,2}}\s*[:：\-]\s*)?)"
    rf"{_WHO}\s*[؟?:：.!]+\s*(?P<rest>\S.*)$",
    re.DOTALL,
)
# asked last in a form the riddle reader does not know («… منو آني؟», «… وش اسمي؟»)
_WHO_LAST = re.compile(rf"[،,.]?\s*{_WHO}\s*[؟?.!]*\s*$")
# a description the riddle reader takes as told by «I» opens with «أنا»
_I_FIRST = re.compile(rf"^\s*(?:(?:{GAME_NAMES})[^:：]{{0,30}}[:：]\s*)?(?:أنا|انا|آنا|آني)\s")


def asked_first(text: str) -> bool:
    """Whether «who am I» opens the text («من أنا؟ …», «لغز: من أكون؟ …»)."""
    return _WHO_FIRST.match(text) is not None


def who_last(text: str) -> str:
    """«من أنا؟ صحابي جهز جيش العسرة» → «أنا صحابي جهز جيش العسرة، من أنا؟»; other
    text unchanged."""
    first = _WHO_FIRST.match(text)
    if first is not None:
        rest = first.group("rest").strip()
        if _WHO_LAST.search(rest):
            rest = _WHO_LAST.sub("", rest).strip()
        opened = "" if _I_FIRST.match(rest) else "أنا "
        return f"{first.group('lead')}{opened}{rest.rstrip('.،, ')}، من أنا؟"
    # (asked last, «…، وش اسمي؟», «…، من هو؟», a message is read as a plain question, as
    # before: the engine answers those right as often as this reader would)
    return text


# «1) آخر غزوة غزاها النبي 2) جيشها أكثر من أربعين ألف … ما اسمها؟»: numbered clues, then
# the ask (the lines joined: the message is read whole)
_CLUE_LABEL = re.compile(r"(?:^|\s)[0-9٠-٩]{1,2}\s*[-\).]\s*(?=\S)")
_CLUES_ASK = re.compile(
    r"\s*[فو]?(?:ما|وش|شنو|شو|ايش)\s+(?:اسمها|هي|هى|اسم\s+(?:هذه\s+)?(?:الغزوة|الغزوه|المعركة|المعركه)"
    r"|هي\s+(?:هذه\s+)?(?:الغزوة|الغزوه|المعركة|المعركه))\s*[؟?.!]*\s*$"
)
# An expedition or battle named by its noun («الغزوة», «معركة»), shared with the riddle reader
EXPEDITION_NOUN = r"(?:ال)?(?:غزوة|غزوه|معركة|معركه)"
_EXPEDITION_WORD = re.compile(rf"(?<!\S)(?:[وف]?{EXPEDITION_NOUN}|غزاها|غزوات)(?!\S)")


def clues_as_riddle(text: str) -> str:
    """Numbered clues of an expedition then «ما اسمها؟» → «غزوة …، …، ما اسمها؟» (the shape
    the riddle reader knows); other text unchanged."""
    labels = list(_CLUE_LABEL.finditer(text))
    ask = _CLUES_ASK.search(text)
    # (a short title may stand before the first clue: «السؤال الثالث:», «لغز اليوم 🤔»)
    title = text[: labels[0].start()] if labels else ""
    if (
        len(labels) < 2
        or ask is None
        or len(title.split()) > RIDDLE_TITLE_MAX_WORDS
        or "؟" in title
    ):
        return text
    listed = text[labels[0].start() : ask.start()]
    clues = [c.strip(" ،,.") for c in _CLUE_LABEL.split(listed) if c.strip(" ،,.")]
    told = " ".join(clues)
    if len(clues) < 2 or not _EXPEDITION_WORD.search(told) or any(m in told for m in "؟?"):
        return text
    return "غزوة " + "، ".join(clues) + "، " + ask.group(0).strip()


# A verb told in the first person past («جهزت», «قدمت», «أسرت»): what «I» did, not what I am;
# but «كنت قائدا», «صرت …» say what I was.
_DONE_BY_ME = re.compile(r"^[^\s]{2,}ت$")
_BEING = frozenset(phrase("كنت صرت بقيت اصبحت أصبحت ظللت"))


# What a description says it is: a town or a place, a people or an empire (else a person).
_PLACE_NOUNS = frozenset(
    phrase("بلدة بلد مدينة مكان موضع بلاد ارض منطقة قرية واحة حصن جبل وادي بئر مسجد نهر")
)
# (a people by its noun, which only a fact naming a people tells; an army or a group is
# told by what it did: «جيش سمي بالعسرة» is the army's name)
_PEOPLE_NOUNS = frozenset(phrase("امبراطورية دولة قبيلة قبيلتان قبائل قوم شعب"))
_PARTY_NOUNS = _PEOPLE_NOUNS | frozenset(phrase("جماعة جيش"))
_PERSON_NOUNS = frozenset(
    phrase("صحابي صحابية قائد ملك رجل امير زعيم رئيس خليفة تاجر شاعر امراة نبي رسول")
)
_ALL_KINDS = frozenset({SlotKind.PERSON, SlotKind.PLACE, SlotKind.PARTY})
# («I» is one person or one place unless the description says it is a people)
_ANSWER_KINDS = frozenset({SlotKind.PERSON, SlotKind.PLACE})


def _kind_noun(words: tuple[str, ...]) -> str | None:
    """The noun (its core) a description opens with that says what it is, if any."""
    for word in words[:3]:
        if _DONE_BY_ME.match(word) and word not in _BEING:
            break  # («جهزت الجيش ب950 بعيرا»: the noun after what I did is what I did it to)
        core = phrase(word)[:1]
        # («كنت قائدًا …»: the noun after «كنت» takes its accusative «ا»)
        if core and word not in (core[0], f"ال{core[0]}", f"{core[0]}ا"):
            continue  # («عطيت للجيش …»: a noun after a preposition is whom I gave, not what I am)
        if core and core[0] in _PLACE_NOUNS | _PARTY_NOUNS | _PERSON_NOUNS:
            return core[0]
    return None


def _asked_kinds(words: tuple[str, ...]) -> frozenset[SlotKind]:
    """The kinds of answer the description asks for, by the noun it opens with."""
    noun = _kind_noun(words)
    if noun in _PLACE_NOUNS:
        return frozenset({SlotKind.PLACE})
    if noun in _PARTY_NOUNS:
        return frozenset({SlotKind.PARTY})
    if noun in _PERSON_NOUNS:
        return frozenset({SlotKind.PERSON})
    return _ANSWER_KINDS


def _told(told: str) -> tuple[str, ...]:
    """A description's words without its «أنا/من/هو/الذي»."""
    return tuple(w for w in words_of(told) if w not in phrase("انا من هو الذي"))


def asks_a_people(told: str) -> bool:
    """Whether a description says by its noun that it is a people («قبيلة عربية …», «شعب
    …»), not an army or a group: only a fact naming a people may tell which."""
    return _kind_noun(_told(told)) in _PEOPLE_NOUNS


def asked_kinds(told: str) -> frozenset[SlotKind]:
    """The kinds of answer a description asks for («مكان …»: a place; else a person or a
    place), for the riddle reader's readings."""
    return _asked_kinds(_told(told))


_KIND_NOUNS = _PLACE_NOUNS | _PARTY_NOUNS | _PERSON_NOUNS


def is_kind_noun(word: str) -> bool:
    """Whether a word says what the one described is: a person, a place or a people
    («قائد», «بلدة», «قبيلة»)."""
    core = phrase(word)[:1]
    return bool(core) and core[0] in _KIND_NOUNS


# (names are matched as written, not by stem: «عثمان» would meet «950» and «ثمانية»)
# (a name's connecting words name no one: «بن» is in «عمر بن الخطاب» and «ابن عوف» alike)
_LINKS = frozenset(phrase("بن ابن ابو ابي ابا عبد"))


def unnamed_answer(
    fact_id: str, description: str, keys: AnswerKeys, parts: tuple[str, ...] = ()
) -> str | None:
    """Who the fact answers «who am I» with, when the description does not name them: its
    person, place or people (of the kind asked) none of whose names is in it; else None.
    A fact made of parts that name different ones (the donors, one by one) names no one."""
    key = keys.get(fact_id)
    if key is None:
        return None
    words = words_of(description)
    kinds = _asked_kinds(tuple(w for w in words if w not in phrase("انا من هو الذي")))
    named_by_parts = {
        slot.answer
        for part in parts
        for slot in getattr(keys.get(part), "slots", ())
        if slot.kind in kinds
    }
    if len(named_by_parts) > 1:
        return None
    # the one the fact tells of: its first person, place or people («أكيدر» for Ukaydir's
    # fact, not the «دومة الجندل» it also names); its person when a person is asked
    # («قائد …»: Khalid of the fact on Dumat al-Jandal)
    told_of = {SlotKind.PERSON} if kinds == {SlotKind.PERSON} else _ALL_KINDS
    slot = next((slot for slot in key.slots if slot.kind in told_of), None)
    if slot is None or slot.kind not in kinds:
        return None
    return None if _named(slot, words) else slot.answer


# «لغز: صحابي …», «أنا ملك …»: a game's title and «I» before the noun that says what it is
_KIND_LEAD = re.compile(
    rf"^\s*(?:(?:{GAME_NAMES}|سؤال|السؤال)[^:：]{{0,30}}[:：]\s*)?(?:(?:أنا|انا|آنا|آني)\s+)?"
)


def kind_unanswered(
    fact_id: str, description: str, keys: AnswerKeys, parts: tuple[str, ...] = ()
) -> bool:
    """Whether a fact cannot say who or what a description is of: the description opens
    with the kind of one it is («صحابي …», «مكان …», «قبيلة …») and the fact gives no one
    of that kind left unnamed in it («صحابي تخلف عن تبوك …، من هو؟» is no question about
    the hypocrites, «مكان عسكر فيه النبي …، ما هو؟» none about a verse, «صحابي أرسله
    النبي إلى أكيدر، من هو؟» none about Ukaydir). A description opening otherwise is not
    judged here. A fact made of `parts` naming different ones («لغز: صحابي جهز جيش العسرة،
    من هو؟»: the donors) names no one."""
    lead = _KIND_LEAD.match(description)  # (it matches any text: all of it is optional)
    words = words_of(description[lead.end() if lead else 0 :])
    if not words or not is_kind_noun(words[0]):
        return False
    return unnamed_answer(fact_id, description, keys, parts) is None


def _named(slot: Slot, words: tuple[str, ...]) -> bool:
    """Whether the words name a slot's answer, by it or by another name of the same one."""
    answer = set(phrase(slot.answer)) - _LINKS
    # the slot's other names of the same one («أبا بكر», «الصديق» for «أبو بكر الصديق»)
    names = [phrase(slot.answer)] + [value for value in slot.values if set(value) & answer]
    return any(mentions(words, name, exact=True) for name in names if name)


def names_its_answer(fact_id: str, description: str, keys: AnswerKeys) -> bool:
    """Whether a description names what a fact answers first (its key's first slot: Ukaydir
    for his fact, the month for the date): a riddle never names its answer, so that fact
    is not the one it asks for."""
    key = keys.get(fact_id)
    if key is None or not key.slots:
        return False
    return _named(key.slots[0], words_of(description))


# «صحابي جليل …», «الصحابي اللي …», «أنا …»: the words that say what «I» is, not what I did
_OPENING = re.compile(
    r"^\s*(?:(?:أنا|انا|آنا|آني)\s+)?(?:ال)?(?:صحابي|صحابية|صحابيه|رجل|واحد)?\s*(?:جليل|جليلة)?\s*"
    r"(?:اللي|الي|الذي|التي|اللى)?\s*"
)
_CLUE_BREAK = re.compile(r"[،,.؛;\n]+|\s[-–]\s|(?<!\S)[0-9٠-٩]+\s*[-\)\.]\s*")


def readings(told: str) -> tuple[str, ...]:
    """The description asked as «who is the one who …», without the words that say what «I»
    is («صحابي جليل جهزت جيش العسرة» → «من الذي جهزت جيش العسرة»)."""
    opening = _OPENING.match(told)
    bare = told[opening.end() :] if opening is not None else told
    return ("من هو " + told, "من الذي " + bare)


def clues(told: str) -> tuple[str, ...]:
    """The description's clues one by one, each asked as «who is the one who …»."""
    pieces = (piece.strip() for piece in _CLUE_BREAK.split(told))
    kept = [p for p in pieces if len(p.split()) >= RIDDLE_CLUE_MIN_WORDS]
    if len(kept) < 2:
        return ()
    return tuple(reading for piece in kept for reading in readings(piece)[1:])


# «…\nمن هو؟» on a line of its own: a bare «who is he/she?», asking nothing of anyone named
_BARE_WHO_LINE = re.compile(
    rf"\n[^\S\n]*[فو]?{WHO_WORDS}\s+(?:{HE_WORDS}|هذا|هذه"
    r"|هذا\s+الصحابي|هذه\s+الصحابية)[^\S\n]*[؟?.!]*\s*$"
)
# a clue's label at the start of its line («1-», «٢)», «-», «•»)
_LINE_LABEL = re.compile(r"^\s*(?:[0-9٠-٩]{1,2}\s*[-\).]|[-•●·▪*])\s*")


def described_then_who(text: str) -> str:
    """«صحابي من العشرة\\nقدم خمسين فرسا في تبوك\\nمن هو؟»: lines describing someone, then a
    bare «who is he?» on a line of its own, are one question («صحابي من العشرة، قدم خمسين
    فرسا في تبوك، من هو؟»), not lines answered each alone (the bare ask, alone, was read
    with the line before it and found the enemy); other text unchanged."""
    ask = _BARE_WHO_LINE.search(text)
    if ask is None:
        return text
    lines = [_LINE_LABEL.sub("", line).strip(" ،,.") for line in text[: ask.start()].split("\n")]
    lines = [line for line in lines if line]
    if not lines or any(mark in line for line in lines for mark in "؟?"):
        return text  # («متى كانت؟ …\nمن هو؟»: questions of their own before it)
    return "، ".join(lines) + "، " + ask.group(0).strip()


# «أنا …» opening a story told before the question
_I_TELL = re.compile(r"^\s*(?:أنا|انا|آنا|آني)\s+\S")


def told_of_myself(question: str, context: str) -> str | None:
    """«أنا صحابي جهزت ثلث الجيش، من أنا؟» read as a short question after its story: the
    «who am I» riddle it is («…، من أنا؟», for the riddle reader), or None. Short, it is not
    read as a riddle by its length; read as a question about the story's claims, it would
    get the fact the claims are about (the donors, the hypocrites), which names no one."""
    if not RIDDLE_WHO.match(question.strip()) or not _I_TELL.match(context):
        return None
    return f"{context.strip().rstrip('،,.')}، {question.strip()}"


# Dots just before a closing «who am I» («أنا صحابي قدمت نصف مالي… من أنا؟»), or a bare
# «what / who is it?» («… وعفي عن رئيسها.. ما هي؟», «… جاو الوفود... شنية؟»)
# (looked for only in texts with two dots or «…», which every match holds: most have none)
_PAUSE = Prefiltered(
    re.compile(
        r"\s*(?:\.{2,}|…+)\s*(?=[فو]?(?:من|مين|منو|شكون)\s+(?:أنا|انا|آنا|أكون|اكون)"
        r"\s*[؟?!.]*\s*$)"
        # (two or three dots only: a longer run before «ما هو؟» may be a blank to fill)
        r"|\s*(?<!\.)(?:\.{2,3}|…)\s*(?=[فو]?(?:(?:من|مين|منو|شكون)\s+(?:هو|هي)"
        r"|(?:ما|شو|وش|شنو|اشنو|ايش|إيش|ايه|إيه)\s*(?:هي|هى|هو|اسمها|اسمه)|شنية|شنيه|وشي)"
        r"\s*[؟?!.]*\s*$)"
    ),
    ("..", "…"),
)


def pause_before_who(text: str) -> str:
    """Dots before a closing «who am I» or «what is it» are a pause, not a blank to fill:
    «…، من أنا؟», «…، ما هي؟»."""
    return _PAUSE.sub("، ", text)
