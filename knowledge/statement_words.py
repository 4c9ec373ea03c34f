"""The words of a statement read on their own: negation, the surahs it names, names no fact
knows, and where a value stands among its words (for knowledge/statements.py)."""

from __future__ import annotations

import re
from itertools import pairwise

from knowledge.answer_keys import ORDINALS, SlotKind, core_word, mentions, read_numbers, words_of
from knowledge.common_words import is_common_word
from knowledge.models import Fact
from knowledge.normalize import normalize, without_conjunction
from knowledge.question_words import EITHER_OR
from knowledge.stemming import stem
from knowledge.tuning import LEADING_CLAUSE_MIN_WORDS

# Words that negate a statement; a negated claim is judged only for a yes/no detail.
# («ماكو معركة»: Iraqi «there is none»; «مفيش», «مكانش»: Egyptian and Maghrebi; «ما» typed
# joined to «كان/صار» in any person, «العرب ماكانو يخافون»: were not, never «were»)
NEGATIONS = frozenset(
    "لم لن ليس ليست لا ما دون بدون بلا غير عدم مافي ماكان ماصار"
    " ماكانو ماكانوا ماكانت ماكنا ماكنت ماصارو ماصاروا ماصارت"
    " ماكو مكو مفيش مافيش مكانش ماكانش مش مو موب مب"
    " ماكانتش مفيهاش مافيهاش مفيهوش مافيهوش".split()
)

# What a denial stresses, no detail of its own («ما دفع ولا اشي», «لم يقدم شيئًا», «ما خافوا
# أبدًا», «ما قاتلوا أحدًا», «ما صار قتال أصلًا»): anything, anyone, ever, at all. A fact
# denying the deed need not say «anyone» to state the denial.
DENIAL_STRESS = frozenset(
    normalize(word)
    for word in (
        "شي شيء شيئا شيئًا اشي إشي بشي بشيء حاجة حاجه ابدا أبدا أبدًا ابد قط"
        " أحدا احدا أحدًا اصلا أصلا أصلًا اطلاقا إطلاقا بتاتا نهائيا"
    ).split()
)
# «أحد» bare is also Uhud («في أحد», «غزوة أحد»): «anyone» only where no preposition or
# event word stands before it («لم يتخلف أحد»).
_UHUD_BEFORE = frozenset(normalize(w) for w in "في ب من يوم غزوة غزوه معركة معركه بعد قبل".split())


def stresses_denial(said: tuple[str, ...], at: int) -> bool:
    """Whether the word at `at` stresses a denial («أحدًا», «شيئًا», «أبدًا»), given that the
    statement denies something: it says nothing a fact must state."""
    word = said[at]
    if word in DENIAL_STRESS:
        return True
    return word == "احد" and (at == 0 or said[at - 1] not in _UHUD_BEFORE)


# Words that put a name right after them («أبا عبيدة», «خالد بن سعيد», «قبيلة تميم») or
# right before them («هرمز رئيس دومة الجندل»).
_NAME_BEFORE = frozenset(
    normalize(w) for w in ("أبو", "أبا", "أبي", "ابن", "بن", "بنت", "قبيلة", "قبائل", "بني", "بنو")
)
_NAME_AFTER = frozenset(
    normalize(w) for w in ("رئيس", "رئيسها", "ملك", "قائد", "أمير", "زعيم", "سيد", "صاحب")
)


def unplaced_name(
    word: str, said: tuple[str, ...], vocabulary: frozenset[str] | set[str], slip: str | None
) -> bool:
    """Whether an unstated word is a name no fact knows and no slip of a known word
    («وجه النبي سعدا …», «قبيلة تميم», «هرمز رئيس دومة الجندل»): a claim the text never
    makes, so «صحيح» cannot stand on the rest of the statement's words. A common word
    («زاد عدد الجيش على …») is a name only where a name stands."""
    if stem(core_word(word), vocabulary) in vocabulary or slip is not None:
        return False
    # («وشاقة»: a common word behind «و», with its feminine ending)
    bare = without_conjunction(word, "و")
    forms = (word, core_word(word), bare, bare.removesuffix("ه"))
    if not any(is_common_word(form) for form in forms):
        return True
    where = [i for i, w in enumerate(said) if w == word]
    return any(
        (i and said[i - 1] in _NAME_BEFORE) or (i + 1 < len(said) and said[i + 1] in _NAME_AFTER)
        for i in where
    )


def surahs(words: tuple[str, ...]) -> set[str]:
    """The surahs a text names («سورة التوبة» → «التوبه»), normalised."""
    return {
        core_word(after)
        for word, after in pairwise(words)
        if core_word(word) in ("سوره", "بسوره", "لسوره")
    }


def other_surah(fact: Fact, words: tuple[str, ...]) -> bool:
    """Whether a statement names a surah the fact does not, where the fact names one."""
    claimed = surahs(words)
    stated = surahs(words_of(f"{fact.answer} {fact.source}"))
    return bool(claimed and stated and not claimed & stated)


# «… ولا لا؟», «… او لا», «… صح ولا غلط»: "or not" / "true or false" ending a question is
# no negation of its claim.
_NOT = frozenset("لا لاء لء خطا غلط غالط صح صحيح".split())
_TRUE = frozenset("صح صحيح".split())


# Dialect negations that also close a statement as a tag asking for agreement («كانت في رجب
# مو؟», «… مش؟»: wasn't it?): at the end they deny nothing.
_TAGS = frozenset("مو مش موب مب".split())


def trailing_ask(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without a tag or an «or not» that closes them asking agreement, which
    denies nothing («… مو؟», «النبي قاتل الروم ولا لا», «… صح ولا خطأ»)."""
    if words and words[-1] in _TAGS:
        words = words[:-1]
    if len(words) > 2 and words[-2] in EITHER_OR and words[-1] in _NOT:
        words = words[:-3] if words[-3] in _TRUE and len(words) > 3 else words[:-2]
    return words


def negated(words: tuple[str, ...]) -> bool:
    return any(is_negation(word) for word in trailing_ask(words))


def is_negation(word: str, negations: frozenset[str] = NEGATIONS) -> bool:
    """A negation, bare or with «و»/«ف» glued on («ولم», «فما»); no other letter before one
    makes it one («علم» is «knew», not «ع» + «لم»)."""
    return without_conjunction(word, known=negations) in negations


def find(words: tuple[str, ...], value: tuple[str, ...]) -> tuple[int, int] | None:
    for start in range(len(words) - len(value) + 1):
        if mentions(words[start : start + len(value)], value):
            return start, start + len(value)
    return None


_YEAR_WORDS = frozenset("سنه السنه عام العام بالسنه للهجره هجري هجريه".split())
# Words that qualify a number («أكثر من», «حوالي»): left out with it when it is masked.
_NUMBER_WORDS = frozenset("اكثر من حوالي نحو قرابه قرابة تقريبا اقل زهاء مقاتل مجاهد جندي".split())


def plural(word: str, value: str) -> bool:
    """Whether the word is the value's masculine plural («الاولون», «الاخرين»)."""
    core = core_word(word)
    return core.endswith(("ون", "ين")) and not value.endswith(("ون", "ين"))


def without_numbers(statement: str, kind: SlotKind) -> list[str]:
    """The statement's words without those that spell numbers or a Hijri year."""
    kept: list[str] = []
    # (word by word as normalised: «عثمان300جملا» is three words, only one of them a figure)
    for word in normalize(statement).split():
        numbers, years = read_numbers(word)
        if numbers or years or word in ("الف", "الفا", "الاف", "ه", "للهجره"):
            continue
        kept.append(word)
    if kind is SlotKind.YEAR:
        kept = [w for w in kept if w not in _YEAR_WORDS and w not in ORDINALS]
    # «أكثر من أربعين ألفًا»: the words around the number go with it.
    while kept and kept[-1] in _NUMBER_WORDS:
        kept.pop()
    return [w for w in kept if w not in _NUMBER_WORDS or w == "عدد"]


# «… وعبد الرحمن بن عوف وغيرهم»: a list of people left open.
_OTHERS = frozenset(("وغيرهم", "وغيرهما", "وغيرها", "واخرون", "واخرين"))


def open_list(fact: Fact) -> bool:
    """Whether the fact's answer leaves its list open («… وغيرهم»)."""
    return not _OTHERS.isdisjoint(words_of(fact.answer))


# Words before the side acted upon («ضد المسلمين», «اعتدوا على المسلمين», «أوقع بجيش
# المسلمين»): the Muslims named there are the side opposed, not a doer put in the enemy's place.
ACTED_ON = frozenset(normalize(w) for w in "ضد على جيش".split())


# «… وكانت آخر غزوة», «… وصارت …»: «and» before a verb of being or happening opens a
# clause with a predicate of its own, so the words before it claim something whole.
_NEXT_CLAUSE = re.compile(
    r"\s+و(?:كان|كانت|كانوا|صار|صارت|صاروا|اصبح|أصبح|اصبحت|أصبحت|وقع|وقعت|حدث|حدثت|انتهى|انتهت)"
    r"(?=\s)"
)


# «ة» ends a word: one with a letter right after it is two words typed with no space between
# («عند دومةالجندل», «في غزوةتبوك»).
_GLUED_AFTER_TA = re.compile(r"ة(?=[\u0621-\u064a])")


def unglued(statement: str) -> str:
    """The statement with a space after every «ة» inside a word («دومةالجندل» → «دومة
    الجندل»), so that the place or name typed glued is read as a detail it claims."""
    return _GLUED_AFTER_TA.sub("ة ", statement)


# «قبل ما يوصل المسلمين», «أول ما وصلوا», «عند ما»: the dialects' «before / as soon as /
# when», whose «ما» joins a clause and denies nothing. Not «بعد ما»: in the Gulf and the Levant
# it is also «not yet» («بعد ما رجعوا»), and reading it as «after» moved a held-out wrong answer
# from one set to another (lead's bisection inside ar91's ebec3be; left out once before, ar87).
_MA_JOINING = re.compile(r"(?<!\S)([وف]?(?:قبل|أول|اول|عند))\s+ما(?=\s+\S)")
_MA_AS_MSA = {"قبل": "قبل أن", "أول": "عندما", "اول": "عندما", "عند": "عندما"}


def ma_joining(statement: str) -> str:
    """The statement with a dialect's joining «ما» written as the standard language writes
    it («قبل ما يوصل» → «قبل أن يوصل», «أول ما وصلوا» → «عندما وصلوا»): read as «ما», a
    negation, it left the statement a denial that no fact settles."""

    def standard(found: re.Match[str]) -> str:
        word = found.group(1)
        conjunction = word[:1] if word[:1] in "وف" and word[1:] in _MA_AS_MSA else ""
        return conjunction + _MA_AS_MSA[word[len(conjunction) :]]

    return _MA_JOINING.sub(standard, statement)


# «عسكر» opening a statement, or after its subject before where («جيش الروم عسكر
# بالبلقاء»), and «عسكروا/عسكرت» are the verb «camped», which the facts write «رابط»; read as
# the noun «soldiers» (its term is the army's), «عسكر الجيش … عند المدينة المنورة» claimed
# nothing the distance fact does not state and was judged «صحيح».
_CAMPED = re.compile(
    # (opening: before who camped and where, or before the army or the Prophet; not
    # «عسكر الروم كانوا كثيرين», the Romans' soldiers)
    r"^(\s*[وف]?)عسكر(?=\s+(?:\S+\s+(?:في|فى|عند|قرب|ب\S+)"
    r"|(?:ال)?(?:جيش|نبي|رسول|مسلمون|مسلمين)(?:\s|$)))"
    r"|(?<=\s)([وف]?)عسكر(?=\s+(?:في|فى|عند|قرب|بال\S+|ب(?:تبوك|أرض|ارض)\b))"
    r"|(?<!\S)([وف]?)عسكر(وا|و|ت)(?!\S)"
)


def camped_verb(statement: str) -> str:
    """The statement with the verb «عسكر» (camped) written as the facts write it, «رابط»."""

    def verb(found: re.Match[str]) -> str:
        if found.group(1) is not None:
            return found.group(1) + "رابط"
        if found.group(2) is not None:
            return found.group(2) + "رابط"
        ending = "وا" if found.group(4) in ("وا", "و") else "ت"
        return found.group(3) + "رابط" + ending

    return _CAMPED.sub(verb, statement)


def leading_clause(statement: str) -> str | None:
    """The statement's first clause when «و» and a verb of being or happening start a
    second one, and the first has words enough to claim something; else None. A false first
    clause makes the whole statement false, whatever the second claims."""
    found = _NEXT_CLAUSE.search(statement)
    if found is None or len(statement[: found.start()].split()) < LEADING_CLAUSE_MIN_WORDS:
        return None
    return statement[: found.start()]
