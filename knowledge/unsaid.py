"""Details a question asks that a near fact does not state, read from the question's words.

Ranking brings the fact that shares most words with a question; knowledge/asked.py checks
the fact states the kind of detail asked. Some details are asked in words the fact shares
only in part, and the fact then answers something else about the same person or event:

- **A turn of someone's life** (death, killing, martyrdom, conversion, marriage, birth,
  burial, illness, wounds, feelings): «كيف مات هرقل» is not answered by what
  Heraclius paid his troops, «مين اللي قتل رسول النبي» not by the assault on the envoy.
  The fact's own answer must tell that turn (phrasings may ask it only to be told "no").
- **What came after an event the fact tells last**: «ماذا حدث لأكيدر بعد أن رجع إلى
  قريته» — the fact ends with his return; it tells nothing after it.
- **The return or the end**: «ماذا فعل المنافقون عند عودة الجيش» — a fact that tells no
  return, no end and nothing after the expedition tells nothing of that moment.
- **A count the fact leaves open**: «كم عدد المسلمين الذين استشهدوا في مؤتة» — the fact
  says «عدد من المسلمين», some Muslims, with no figure for them.
- **Exact wording**: «ما نص المعاهدة», «بالحرف» ask for words the fact does not
  quote.
- **A treaty's terms**: «ما بنود المعاهدة مع أيلة», «ماذا تضمنت المعاهدات» ask what was
  agreed; a fact that says only with whom («شملت سكان تبوك وأيلة») states no term, which a
  fact tells with «على» («صالحت … على دفع الجزية»).
- **A unit of measure** the fact does not give: «كم دفع هرقل لكل جندي بالدرهم».
- **A role** the fact never names: «ما اسم قائد جيش الروم» is not answered by the fact about
  the Roman troops, which names no commander.
- **Names** of people the fact tells of only as a group: «أسماء المنافقين» is not answered
  by the hypocrites' fact, which names none of them (knowledge/names_asked.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from knowledge.lexicon import ENTITIES, EXPEDITION_WORDS, SUBJECT_TERMS, QuestionType
from knowledge.named_lives import (
    asks_a_named_person_s_name,
    life_unsaid,
    turn_told_of_another,
)
from knowledge.names_asked import named_only_as_someone_s, names_unsaid
from knowledge.normalize import normalize, without_conjunction
from knowledge.question_words import EGYPTIAN_WHAT, WHAT
from knowledge.stemming import is_stopword, stem
from knowledge.tuning import WORD_CACHE_SIZE


@lru_cache(maxsize=WORD_CACHE_SIZE)  # (each word of an answer, for every question)
def _word_stems(word: str) -> frozenset[str]:
    """A word's stem, also read without a pronoun on a feminine noun («عودته» → «عودة»)."""
    found = {stem(word)}
    for suffix in ("تهم", "تها", "ته"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            found.add(stem(word[: -len(suffix)] + "ه"))
    return frozenset(found)


# Turns of a life, as the question's stems, and the roots that tell each in an answer
# (as typed, normalised; matched inside a word so «فسقط» and «إسلامها» count).
_LIFE_TURNS: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = tuple(
    (frozenset(asked.split()), tuple(told.split()))
    for asked, told in (
        ("موت", "مات موت توفي وفاه قتل سقط استشهد شهيد شهدا هلك"),
        ("استشهد شهيد شهداء", "استشهد شهيد شهدا سقط قتل"),
        ("دفن", "دفن"),
        ("جرح", "جرح اصيب"),
        ("حزن بكي", "حزن بكي بكا"),
    )
)
# Killing only when who is asked («مين اللي قتل رسول النبي»): «قصة السفير اللي انقتل»,
# «ليش قتلوا سفير النبي» name the assault the envoy fact tells. «حقن دمه», «حقنا للدماء»:
# sparing a life answers whether one was killed.
_KILLED = frozenset("قتل مقتل قتيل".split())
_KILLED_TOLD = ("قتل", "سقط", "استشهد", "شهيد", "شهدا", "حقن")
# Converting is read from the verb as typed: «الإسلام» also names the religion the Romans
# fought («لماذا أراد الروم القضاء على الإسلام»), which is no turn of anyone's life.
# («يسلمو», «تسلم» are thanks.)
_CONVERTED = frozenset("اسلم اسلمو اسلموا اسلمت اسلامه اسلامهم".split())
_CONVERTED_TOLD = ("اسلام", "اسلم")
# Marriage from the words as typed: «زوج ابنة النبي» is Uthman's title, not asked.
_MARRIED = frozenset("تزوج يتزوج تزوجها زوجه زوجته زوجات زوجاته".split())
_MARRIED_TOLD = ("زوج",)


def _bare(word: str) -> str:
    """A word without a leading «و» or «ف» («وأسلم», «فمات»)."""
    return without_conjunction(word, longer_than=3)


# «الموت» with the article is death in general («لم يخافوا الموت»), no one's death asked.
_IN_GENERAL = frozenset({"الموت"})


def _life_turns(words: tuple[str, ...], who: bool) -> tuple[tuple[str, ...], ...]:
    """The answer roots that would tell each turn of a life the question asks."""
    words = tuple(word for word in words if word not in _IN_GENERAL)
    stems = frozenset().union(*(_word_stems(_bare(word)) for word in words)) if words else set()
    turns = [told for asked, told in _LIFE_TURNS if asked & stems]
    if _KILLED & stems and who:
        turns.append(_KILLED_TOLD)
    if any(_bare(word) in _CONVERTED for word in words):
        turns.append(_CONVERTED_TOLD)
    if any(_bare(word) in _MARRIED for word in words):
        turns.append(_MARRIED_TOLD)
    return tuple(turns)


# «ماذا حدث/صار لأكيدر بعد …» asks what came after; «مين اللي مسك الجيش بعد ما …» asks
# who did what the fact tells.
_HAPPENED = frozenset("حدث صار جري حصل وقع حصله صاير اصبح مصير مصيره".split())
_ACCOUNT = frozenset(stem(w) for w in "قصه حكايه حكايت حدثني احكيلي احكي".split())


# «بعد» said of an event («بعد أن رجع», «بعد عودته»); of the expedition itself it is read
# by knowledge/asked.py (before_or_after).
_AFTER = frozenset("بعد وبعد فبعد بعدما وبعدما".split())
_LINKS = frozenset("ان ما ماا".split())
_EXPEDITION = EXPEDITION_WORDS | {"غزوة"}
_PRONOUN_ENDINGS = ("ته", "تها", "تهم", "هم", "ها", "وعه", "وله")
# Names and the frame before the event («بعد ما النبي سابه»: the event is his letting go).
_NAMED = ENTITIES | SUBJECT_TERMS


def _after_event(words: tuple[str, ...]) -> frozenset[str]:
    """The stems of the event a question asks what came after («بعد أن رجع»: رجع)."""
    for index, word in enumerate(words):
        if word not in _AFTER:
            continue
        following = words[index + 1 : index + 5]
        linked = bool(following) and following[0] in _LINKS
        unlinked = [w for w in following if w not in _LINKS]
        if not unlinked or unlinked[0].removeprefix("ال") in _EXPEDITION:
            return frozenset()
        rest = [w for w in unlinked if not is_stopword(w) and stem(w) not in _NAMED]
        if not rest:
            return frozenset()
        # «بعد بلاد الروم» is their distance, «بعد» read «بُعد»: after an event it takes
        # «أن/ما» and a verb, or a noun of action with a pronoun («بعد عودته»).
        if len(rest[0]) < 3 or not (linked or rest[0].endswith(_PRONOUN_ENDINGS)):
            return frozenset()
        return _word_stems(rest[0])
    return frozenset()


# «عند عودة الجيش», «بعد انتهاء غزوة تبوك», «لما رجعوا»: the moment of the return or the end.
_AT = frozenset("عند وعند بعد وبعد حين لما ولما وقت لدي اثناء بعدما".split())
_RETURNS = ("عود", "عوده", "رجوع", "رجع", "انتهاء", "انتها", "انتهت", "نهايه", "انصراف", "قفول")
# An answer telling the return or the end («فرجع», «انتهت», «عاد»), or what came after
# the expedition («بعد غزوة تبوك توالت الوفود»).
_TOLD_RETURNS = ("عود", "عاد", "رجع", "رجوع", "انته", "نهاي", "انصرف", "قفل")
# The enemy going back («بعد رجوع الروم», «لما رجعوا الروم») is their retreat, which the
# facts tell as «تراجع», «تقهقر»: no moment of the army's return. A return whose doer is
# left to a pronoun («بعد رجوعهم») may be either.
_ENEMY = frozenset("الروم روم العدو الاعداء".split())
_RETREATS = ("تراجع", "تقهقر", "انسحب")
# Whose return it plainly is: the army's, the Muslims', the Prophet's, or the expedition's end.
_OURS = frozenset("الجيش جيش المسلمين المسلمون النبي الرسول الغزوه غزوه الصحابه".split())


def _at_the_return(words: tuple[str, ...]) -> str | None:
    """Where the question places what it asks: "ours" at the army's return or the end
    («ماذا فعل المنافقون عند عودة الجيش؟»), "return" at a return whose doer it leaves to a
    pronoun; None at none, or at the enemy's going back."""
    said = [w for w in words if w not in _LINKS]
    for at, word in enumerate(said[1:]):
        if said[at] not in _AT or not (
            word.removeprefix("ال").startswith(_RETURNS) or word in ("رجعوا", "رجع")
        ):
            continue
        following = said[at + 2 : at + 4]
        if _ENEMY.intersection(following):
            continue
        if following[:1] == ["من"] and following[1:2] and following[1] in EXPEDITION_WORDS:
            # («بعد العودة من تبوك»: after the expedition, asked.py's «بعد تبوك»)
            continue
        ended = word.removeprefix("ال").startswith(("انته", "نهاي"))
        return "ours" if ended or _OURS.intersection(following) else "return"
    return None


def _tells_the_return(answer: tuple[str, ...], ours: bool) -> bool:
    after_it = any(
        word.endswith("بعد") and following.removeprefix("ال") in _EXPEDITION
        for word, following in pairwise(answer)
    )
    told = _TOLD_RETURNS if ours else _TOLD_RETURNS + _RETREATS
    return after_it or any(root in word for word in answer for root in told)


def _opens_clause(word: str) -> bool:
    """A word opening a clause with «ف» («فرجع»), not «في», «فيها»."""
    return word.startswith("ف") and len(word) >= 4 and not word.startswith("في")


def _tells_what_followed(answer: tuple[str, ...], event: frozenset[str]) -> bool | None:
    """Whether an answer telling the event tells what followed it: the event after «بعد»
    («بعد أن تراجع الروم رابط»), or a clause after it opened by «ف» or «ثم» («وخلى سبيله
    فرجع»). None when the answer does not tell the event at all."""
    told = False
    for index, word in enumerate(answer):
        if not event & _word_stems(word):
            continue
        told = True
        if any(w.endswith("بعد") or w == "بعدما" for w in answer[max(0, index - 5) : index]):
            return True
        # (ten words: «حقن النبي صلى الله عليه وسلم دمه وخلى سبيله فرجع»)
        for following in answer[index + 1 : index + 11]:
            if following == "ثم" or _opens_clause(following):
                return True
    return False if told else None


# «عدد من المسلمين», «جموعا كثيرة … من الجنود», «بعض المعاهدات»: a count left open.
_OPEN_COUNT = frozenset("بعض كثيره كثير كثيرا جموعا جموع عدد".split())
_COUNT_WORDS = frozenset("كم عدد كان كانت كانو كانوا هو هي".split())
# Words of a figure (normalised; knowledge/asked.py reads them too), and «(ال)ثلاثه» here.
FIGURE_WORDS = frozenset("الف الاف الفا مئه عشره عشرين ثلاثين اربعين خمسين نصف".split())
_FIGURES = FIGURE_WORDS | {"الثلاثه", "ثلاثه"}


# «الذين/اللي» right after «كم عدد» counts people who did something.
_WHO_DID = frozenset("الذين اللي اللى الي يلي اللذين".split())


def _counted(words: tuple[str, ...]) -> frozenset[str]:
    """The stems of what «كم» counts («كم عدد المسلمين الذين …»: المسلمين)."""
    for index, word in enumerate(words):
        if word in ("كم", "قديش", "كام", "شحال", "شكد"):
            for following in words[index + 1 : index + 4]:
                if following in _WHO_DID or _word_stems(following) & _DIED:
                    # «كم عدد الذين استشهدوا», «كم استشهد من المسلمين»: people
                    return _PEOPLE_COUNTED
                if following not in _COUNT_WORDS and not is_stopword(following):
                    return _word_stems(following)
            return frozenset()
    return frozenset()


# Verbs of dying or being killed: «كم استشهد/مات/قتل …» counts the people who did
# («كم قائد استشهد» counts the commanders, named first).
_DIED = frozenset(stem(normalize(w)) for w in "استشهد استشهدوا مات ماتوا قتل قتلوا سقط".split())
# Counts of people («كم عدد المسلمين الذين استشهدوا»); an open amount of money or goods
# («أموالا كثيرة») is what the giver gave, and the gift answers «كم».
_PEOPLE_COUNTED = frozenset(
    stem(normalize(w))
    for w in "المسلمين الجنود المقاتلين الرجال الشهداء القتلى الناس الصحابة".split()
)


def _count_left_open(answer: tuple[str, ...], counted: frozenset[str]) -> bool:
    """Whether the answer names what is counted only with a count left open and no figure
    beside it («سقط فيها عدد من المسلمين»)."""
    opened = False
    for index, word in enumerate(answer):
        if not counted & _word_stems(word):
            continue
        near = answer[max(0, index - 3) : index + 3]
        if any(w in _FIGURES or any(c.isdigit() for c in w) for w in near):
            return False
        if any(w in _OPEN_COUNT for w in answer[max(0, index - 4) : index + 2]):
            opened = True
    return opened


# Asking for the exact words of a document: «نص المعاهدة», «بنود الصلح», «بالحرف».
_WORDING = frozenset("صيغه بالحرف حرفيا".split())


_DOCUMENTS = frozenset(
    "المعاهده المعاهدات الصلح العهد الاتفاق الاتفاقيه الرساله الكتاب الوثيقه الخطبه الكلام".split()
)
# An answer quoting words: a verse or a saying.
_QUOTES = ("﴿", "«", '"', "قال", "قول")


def asks_wording(words: tuple[str, ...]) -> bool:
    """Whether a question asks for a text's exact words. «نص» only before a document
    («نص المعاهدة»): «نص ماله», «نص الفلوس» is half of it."""
    if any(word in _WORDING for word in words):
        return True
    return any(word == "نص" and following in _DOCUMENTS for word, following in pairwise(words))


# What was agreed in a document: its clauses, conditions, contents (as typed, «ال/و» aside).
_TERMS = frozenset("بنود بند شروط شرط مضمون محتوي تضمنت تضمن تضمنته نصت تنص".split())


# Verbs of making a pact (as typed, inside the word: «صالحت», «عاهدهم», «اتفقوا»).
_PACT_ROOTS = ("عاهد", "صالح", "اتفق", "تعاهد", "تصالح")
# The verbs as one pattern: one search a word, where a loop over them cost a step a verb.
_PACT = re.compile("|".join(_PACT_ROOTS))
# The documents without the article, as the question's words are compared with them.
_BARE_DOCUMENTS = frozenset(word.removeprefix("ال") for word in _DOCUMENTS)
# «what» before «على …» or a pact «عليه»; Egyptian «ايه» and «اي» (which) too: before a
# pact verb they ask what it was made on.
_WHAT = WHAT | {EGYPTIAN_WHAT, "اي"}
_ON_IT = frozenset("عليه عليها عليهم عليو".split())


def asks_terms(words: tuple[str, ...]) -> bool:
    """Whether a question asks the terms of a document («بنود الصلح», «شروط المعاهدة»,
    «على ماذا نصت المعاهدة»): a word of terms and a document named; or what a pact was
    made on («على ماذا عاهد النبي أهل أيلة», «شنو اتفقوا عليه»), which only a fact saying
    «… على …» tells («صالحت دومة الجندل خالدًا على دفع الجزية»)."""
    bare = {without_conjunction(word, "و").removeprefix("ال") for word in words}
    if bool(bare & _TERMS) and bool(bare & _BARE_DOCUMENTS):
        return True
    for at, word in enumerate(words):
        if not _PACT.search(word):
            continue
        before, after = words[max(0, at - 3) : at], words[at + 1 : at + 2]
        if any(a == "علي" and b in _WHAT for a, b in pairwise(before)):
            return True  # «على ماذا عاهد …»
        if after and after[0] in _ON_IT and _WHAT.intersection(words[:at]):
            return True  # «شنو اتفق عليه …»
    return False


# Units of measure or money («بالدرهم», «كم كيلو»); spans of time only when counted («كم
# يوم»): «ساعة العسرة» and «يوم تبوك» are names.
_UNITS = frozenset(
    "درهم دراهم دينار دنانير كيلو كيلومتر كيلومترات كلم متر فرسخ ريال دولار "
    "اوقيه رطل صاع جرام غرام".split()
)
# («ميل قلوب فريق منهم» is a leaning, not a mile.)
_SPANS = frozenset(
    "ساعه ساعات يوم يوما ايام ليله ليالي اسبوع اسابيع شهور اشهر دقيقه ميل اميال".split()
)


def _unit_stem(word: str) -> str:
    for prefix in ("بال", "وال", "ال", "ب"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def _units_asked(kind: QuestionType, words: tuple[str, ...]) -> frozenset[str]:
    """Units named anywhere; spans of time only right after «كم» or «عدد» («صار لي ساعة
    أدور» in a preamble is no span asked; «عدد الأيام التي سار فيها الجيش» counts days)."""
    units = {u for u in (_unit_stem(word) for word in words) if u in _UNITS}
    if kind is QuestionType.NUMBER:
        units |= {
            _unit_stem(after)
            for word, after in pairwise(words)
            if word in _HOW_MANY and _unit_stem(after) in _SPANS
        }
    return frozenset(units)


def _span_in_a_name(word: str, after: str) -> bool:
    """Whether a span in an answer is part of a name, not a measure: «ساعة العسرة», «يوم
    تبوك» (the span before a definite noun or Tabuk): «كم ساعة مشى الجيش» is no hour of
    the verse's «في ساعة العسرة»."""
    return _unit_stem(word) in _SPANS and (after.startswith("ال") or after == "تبوك")


# «كم يوم», «عدد الأيام»: a count; «عدد» is the noun here, the question already a count.
_HOW_MANY = frozenset("كم قديش كام شحال شكد عدد".split())


# Roles a person is asked by («ما اسم قائد جيش الروم», «من رئيس أيلة»; «قائد», «زعيم», «أمير»
# fold to one stem). Only in a question asking who or a name: «السبب الرئيسي» is the main
# reason, «الدليل» the evidence an exam asks for.
_ROLES = frozenset(stem(normalize(w)) for w in "قائد رئيس ملك سفير خليفة".split())
_NAME = frozenset("اسم واسم اسمه اسمها".split())


# «عمر بن الخطاب كان خليفة؟», «أبو بكر كان قائد؟»: a role said of a named person, asked
# whether he held it (a yes/no question without a question word is read with no type).
_WAS = frozenset("كان كانت هو".split())


def _role_asked(
    kind: QuestionType, words: tuple[str, ...], detail: frozenset[str], person: bool = False
) -> frozenset[str]:
    """The roles a question asking who (or a name) asks a person by, or says a named
    person held («… كان خليفة؟»)."""
    said_of = (
        frozenset(stem(b) for a, b in pairwise(words) if a in _WAS) & _ROLES
        if person and kind in (QuestionType.NONE, QuestionType.YESNO)
        else frozenset()
    )
    if said_of:
        return said_of  # (a role no fact knows is no term of the question: read as typed)
    if kind is not QuestionType.PERSON and _NAME.isdisjoint(words):
        return frozenset()
    return detail & _ROLES


@lru_cache(maxsize=512)
def _answer(text: str) -> tuple[str, ...]:
    return tuple(normalize(text).split())


def unsaid(
    kind: QuestionType,
    words: tuple[str, ...],
    detail: frozenset[str],
    answer_text: str,
    fact_terms: frozenset[str],
    person: bool = False,
) -> str | None:
    """Which of these details the fact leaves unsaid ("life", "after", "return", "count",
    "wording", "terms", "unit", "role", "names"), or None when it says what the question asks.
    `person`: the question names a person («ماذا حدث لأكيدر بعد …» asks what became of him)."""
    answer = _answer(answer_text)
    # «شو قصة سفير النبي اللي انقتل»: a turn of life that names whose story is asked
    # asks no detail of it.
    accounts = not _ACCOUNT.isdisjoint(stem(word) for word in words)
    # A headline («مقتل سفير النبي») names the event whose account it asks.
    typed = kind is not QuestionType.NONE
    who = kind is QuestionType.PERSON
    for told in _life_turns(words, who) if typed and not accounts else ():
        if not any(root in word for word in answer for root in told):
            return "life"
        if person and kind is not QuestionType.YESNO and turn_told_of_another(words, answer, told):
            return "life"  # («كيف مات خالد بن الوليد»: the commanders' deaths, not his)
    if person and life_unsaid(words, answer):
        return "life"  # («مقتل عمر بن الخطاب», «سيرة عثمان»: knowledge/named_lives.py)
    # What became of a person after an event. («كيف صار الروم بموقف الدفاع بعد ما …»: «صار»
    # is became, asked how; «بيّن ما حدث بعد أن تراجع الروم» asks the sequel of an event,
    # which facts tell in many ways.)
    happened = (
        person
        and kind in (QuestionType.THING, QuestionType.NONE)
        and not _HAPPENED.isdisjoint(_bare(word) for word in words)
    )
    event = _after_event(words) if happened else frozenset()
    if event and _tells_what_followed(answer, event) is False:
        return "after"
    moment = _at_the_return(words)
    if moment and not _tells_the_return(answer, ours=moment == "ours"):
        # («موقف الروم بعد انتهاء غزوة تبوك وعودة المسلمين»: their retreat was before it)
        return "return"
    if kind is QuestionType.NUMBER:
        counted = _counted(words)
        if counted & _PEOPLE_COUNTED and _count_left_open(answer, counted):
            return "count"
    if asks_wording(words) and not any(mark in answer_text for mark in _QUOTES):
        return "wording"
    if asks_terms(words) and "علي" not in answer:
        return "terms"
    units = _units_asked(kind, words)
    if units and not any(
        _unit_stem(word) in units and not _span_in_a_name(word, after)
        for word, after in zip(answer, (*answer[1:], ""), strict=True)
    ):
        return "unit"
    if _role_asked(kind, words, detail, person) - fact_terms:
        return "role"
    if names_unsaid(words, answer_text) or named_only_as_someone_s(words, answer_text):
        return "names"
    if person and asks_a_named_person_s_name(words):
        return "names"  # («وش اسم ابو بكر الحقيقي»: his other name, knowledge/named_lives.py)
    return None
