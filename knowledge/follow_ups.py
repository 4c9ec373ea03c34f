"""Short later questions in a message: the words they name, and whether they point back.

«متى خرج الجيش؟ وضد مين؟», «من هرقل؟ وكم كان عدد جيشه؟», «شو صار معه؟»: a later question
often names little of its own and points at what the question before it named. These helpers
say what a part names and how it points; knowledge/forms.py decides what to do with it.
"""

from __future__ import annotations

import re
from collections.abc import Container

from knowledge.analysis import analyze
from knowledge.lexicon import ENTITIES, QUESTION_WORDS, QuestionType
from knowledge.message_patterns import OTHER_THAN, STORY
from knowledge.normalize import normalize, without_conjunction, without_conjunctions
from knowledge.question_rewrites import drop_honorifics
from knowledge.question_words import EGYPTIAN_WHAT, WHAT
from knowledge.stemming import is_stopword, stem

# Words that carry no topic of their own in a short follow-up («مين هما؟», «شو صار فيه؟»).
FOLLOW_UP_FILLERS = frozenset(
    normalize(word)
    for word in """
    ما ماذا متى كم لماذا لما ليش ليه وليه من مين منو منهو أين اين وين فين هل كيف شو شنو ايش وش
    ايه إيه اش واش شكون هو هي هم هما هن كان كانت كانوا صار صارت في فيه فيها فيهم عن عنه عنها
    كمان بعد ده دي دا هذا هذه ذلك تلك يعني طيب طب والله عمل عملوا سووا حصل جرى وقع الحكاية القصة
    السالفة الموضوع بالضبط بالتفصيل بدي ابي أبي اريد أريد عايز عاوز ودي حاب حابب ابغى اعرف أعرف
    نعرف افهم أفهم قولي احكيلي بعدين وقتها ساعتها
    """.split()
) | frozenset(
    # every dialect's «how many / how much» («وقداش عطا؟», «وشكد دفع؟»), as «كم» above; not
    # «عدد», which names the thing counted
    word
    for word, kind in QUESTION_WORDS.items()
    if kind is QuestionType.NUMBER and word != "عدد"
)


def own_words(text: str) -> list[str]:
    """The words of a part that name something (not question words, pronouns, fillers)."""
    # («وين», «وش» begin with «و» of their own: not «and» + «ين»)
    words = [
        w if w in FOLLOW_UP_FILLERS else without_conjunction(w, "و")
        for w in normalize(text).split()
    ]
    # The expedition's own name refers to what the message is about anyway.
    return [
        w
        for w in words
        if w not in FOLLOW_UP_FILLERS and len(w) > 1 and "تبو" not in w and "غزو" not in w
    ]


_NOT_LETTER = re.compile(r"[^\w]")
# «جيشه», «جنودهم»: a noun with «his/her/their» on it, as typed (a final «ة» is no pronoun).
_POSSESSIVE_ENDINGS = ("هم", "هن", "ها", "ه")


def has_possessive(text: str, vocabulary: Container[str], *, known_only: bool = True) -> bool:
    """Whether a part says «his/their …» of a noun the facts know («جيشه», «جنودهم»); with
    `known_only` False, of any noun with «her/its/their» («آياتها»; not «ه», also a typed «ة»)."""
    for word in _NOT_LETTER.sub(" ", text).split():
        word = without_conjunction(word, "و")
        for ending in _POSSESSIVE_ENDINGS:
            base = word[: -len(ending)]
            if word.endswith(ending) and len(base) >= 3 and not is_stopword(word):
                if not known_only and ending != "ه":
                    return True
                if stem(normalize(base), vocabulary) in vocabulary and not word.endswith("ة"):
                    return True
                break
    return False


def refers(text: str, vocabulary: Container[str], *, possessive: bool = True) -> bool:
    """Whether a part points at something named before it: «معه», «فيها», and, when
    `possessive`, «شروطها» (his/its …)."""
    words = [without_conjunction(w, "و") for w in normalize(text).split()]
    return (
        any(w in _POINTING for w in words)
        or _did_it(normalize(text).split())
        or (possessive and has_possessive(text, vocabulary))
    )


# «did it»: a verb of doing with «it» on it («ومنو سواه؟», «ومن فعله؟») points at the deed
# the part before named («شنو الاعتداء اللي صار على سفير الرسول؟»: who did that assault).
_DID_IT = frozenset(
    "سواه سواها عمله عملها فعله فعلها ارتكبه ارتكبها"
    " سووه سووها عملوه عملوها فعلوه فعلوها ارتكبوه ارتكبوها".split()
)
# After «what» the «it» is what is asked («فما الذي فعله الروم», «شنو اللي سواه الروم»);
# after «who» it is the deed named before («ومنو اللي سواه؟»).
_WHAT = WHAT | {EGYPTIAN_WHAT}


def _did_it(words: list[str]) -> bool:
    """Whether a «did it» verb points back: no «what» before it in the part."""
    for index, word in enumerate(words):
        if without_conjunction(word, "و") not in _DID_IT:
            continue
        # (each word before it as typed and without its «و/ف»: «فما», but «وش» is «what»)
        before = set(words[:index]) | {without_conjunction(w) for w in words[:index]}
        if not before & _WHAT:
            return True
    return False


# «في/ب/من/عن/ل/على» with «it/them» on them: they point back at what was named before.
_PRONOUN_PREPOSITIONS = frozenset(
    normalize(word)
    for word in "فيها فيهم فيهن به بها بهم منهم منهن عنهم لهم عليهم إليهم إليها".split()
)


# Words that point back at what the part before named («وشنو دار معاه الرسول؟»).
POINTING_WORDS = frozenset(
    normalize(word)
    for word in "معه معاه معاها معها فيه بيه بيها عليه عليها عنه عنها له لها منه منها إياه اياه"
    " إليه اليه هذا هذه ذلك تلك هيك هالشي".split()
)
# What a part may point back with: «هذا/ذلك …» and the prepositions with a pronoun.
_POINTING = POINTING_WORDS | _PRONOUN_PREPOSITIONS


# «هل/واش/ياترى» asking yes or no: when a subject pronoun follows at once («هل هي في
# تبوك؟», «واش هو من المتخلفين؟»), what «it/he» is was named before the question.
_YES_NO_PARTICLES = frozenset(normalize(word) for word in "هل أهل واش ياترى".split())
_SUBJECT_PRONOUNS = frozenset(normalize(word) for word in "هو هي هم هما هن".split())


def points(text: str) -> bool:
    """Whether a question points at something named before it («شو صار معه؟», «مين هو؟»,
    «هل هي في تبوك؟»)."""
    own = [w for w in own_words(text) if w not in POINTING_WORDS]
    words = [without_conjunction(w, "و") for w in normalize(text).split()]
    if any(w in POINTING_WORDS for w in words):
        return True
    typed = normalize(text).split()  # («واش» keeps its «و»: no «and» on it)
    if len(typed) >= 2 and typed[0] in _YES_NO_PARTICLES and typed[1] in _SUBJECT_PRONOUNS:
        return True
    # «احنا بالمسجد اختلفنا، متى كانت غزوة تبوك؟» names the expedition: it asks about it,
    # not about what the story named (the mosque there is no Masjid al-Dirar)
    return len(own) <= 1 and not any(w.endswith("تبوك") for w in words)


# «ده», «هاد», «كده» and the like: dialect «this», «that», «so».
_POINTING_SPOKEN = frozenset(
    normalize(word) for word in "ده دي دا هاد هادا هادي هاي هذي هذول هدول كده كدا كذا كذه".split()
)
# Terms that name nothing a story could be about: the expedition, the Prophet, and «does the
# text / book mention» («هل يذكر النص عددهم؟» asks only «their number»).
_NAMING_NOTHING = frozenset("تبوك غزو نبي نص يذكر ذكر كتاب مصدر".split())


def points_at_the_story(text: str, vocabulary: Container[str]) -> bool:
    """Whether a question asks about what the story before it named, with a word that points
    back («هذا الصلح», «عددهم», «اتسمت كده», «مين هو») and at most one term of its own: read
    alone, that term would be matched to any fact that has it."""
    # («ﷺ» is «عليه», no pointing; «غزوه» is a typed «ة», no «its»)
    words = [without_conjunctions(w) for w in drop_honorifics(tuple(normalize(text).split()))]
    own = " ".join(w for w in words if "غزو" not in w and "تبوك" not in w)
    following = [*words[1:], ""]
    pointing = any(
        (w in _POINTING or w in _POINTING_SPOKEN or w.startswith("هال"))
        # («في هذه الغزوة» is the expedition, which the message is about anyway)
        and not any(event in f"{w} {after}" for event in ("غزو", "معرك"))
        for w, after in zip(words, following, strict=True)
    ) or has_possessive(own, vocabulary)
    # («كيف كان تصرف المنافقين؟» names whom it asks about)
    if not pointing or any(stem(w, vocabulary) in ENTITIES for w in words):
        return False
    terms = [t for t in analyze(text, vocabulary).terms if t not in _NAMING_NOTHING]
    return len(terms) <= 1


def one_word_of_its_own(text: str, vocabulary: Container[str]) -> bool:
    """Whether a question after a story asks with one word only, naming no one and not the
    expedition («وين نلاقيها؟», «أحد يعرف؟»): read alone, that word is any fact's that has
    it, so what the question is about is the story's to say."""
    words = [without_conjunctions(w) for w in normalize(text).split()]
    if any(stem(w, vocabulary) in ENTITIES or "تبوك" in w or "غزو" in w for w in words):
        return False
    return len(analyze(text, vocabulary).terms) == 1


def repeats_the_story(text: str, story: str, vocabulary: Container[str]) -> bool:
    """Whether a question names nothing but what the story's last clause said of its subject
    («… إن الوصول لبلاد الروم كان صعب، ليه كان صعب؟»): it asks about that subject, which
    only the story names. Read alone, its one word («صعب», hardship) is any fact's that has
    it («جيش العسرة»)."""
    last = last_told_clause(story)
    told = {stem(word, vocabulary) for word in normalize(last).split()}
    words = [without_conjunctions(w) for w in normalize(text).split()]
    if any(stem(w, vocabulary) in ENTITIES or "تبوك" in w or "غزو" in w for w in words):
        return False
    own = [stem(word, vocabulary) for word in own_words(text)]
    return bool(own) and len(own) <= 2 and all(word in told for word in own)


# «وأنا مش متأكد», «ومش عارفة», «مدري»: the asker's doubt, a clause that tells nothing.
_DOUBT = re.compile(
    r"^\s*[وف]?(?:(?:انا|أنا)\s+)?(?:(?:مش|مو|ما|مب|موب|لست|مانيش)\s*(?:متأكد|متاكد|عارف|فاهم"
    r"|ادري|أدري|بعرف|اعرف|أعرف|عرفت|فهمت)\S*|مدري|مادري)\s*$"
)


def last_told_clause(story: str, *, questions: bool = True) -> str:
    """The story's last clause, the one a question right after it follows, past a clause
    of doubt («إمي بتقول الجيش كان ١٠ آلاف، وأنا مش متأكد»: the army told before it);
    `questions`: a «؟» ends a clause too."""
    marks = "،,.؛;:\n؟?" if questions else "،,.؛;:\n"
    clauses = re.split(f"[{marks}]", story.strip(f" {marks}"))
    while len(clauses) > 1 and _DOUBT.match(clauses[-1]):
        clauses.pop()
    return clauses[-1]


# «so», «thus», «by that»: a verb before them points at what the story told.
_SO = frozenset(normalize(w) for w in "كده كدا كذا كذه هيك هكذا بذلك بهذا بهذه بهاد".split())


def names_a_detail_of_its_own(text: str, vocabulary: Container[str]) -> bool:
    """Whether a question that points back names a term that is not the thing pointed at:
    «ما سبب ذلك؟» names «سبب»; «هذا الصلح» and «عددهم» name only what they point at."""
    reading = analyze(text, vocabulary)
    words = normalize(text).split()
    for term, word in zip(reading.terms, reading.term_words, strict=True):
        if term in _NAMING_NOTHING or word not in words:
            continue
        at = words.index(word)
        before = without_conjunction(words[at - 1], "و") if at else ""
        after = words[at + 1] if at + 1 < len(words) else ""
        # («اتسمت كده», «سموها بذلك»: named so, the name the story told)
        pointed = (
            before in _POINTING
            or before in _POINTING_SPOKEN
            or word.startswith("هال")
            or after in _SO
        )
        if not pointed and not has_possessive(word, vocabulary):
            return True
    return False


def told_topic(story: str, vocabulary: Container[str]) -> list[str]:
    """The words of a story that the facts know, other than the expedition's own name and
    the words of telling («المعلمة», «سمعت»): what a question may point back at."""
    return [
        word
        for word in normalize(story).split()
        if not is_stopword(word)
        and stem(word, vocabulary) in vocabulary
        and "تبوك" not in word
        and "غزو" not in word
        and not STORY.search(without_conjunction(word, "و"))
    ]


# «… اكو آية نزلت بالمنافقين …، شنو هي؟»: the story names a verse. «آية» counts as typed
# with its madda, or before a form of «نزل»: normalised it is the Egyptian «ايه» (what).
_VERSE_TOLD = re.compile(r"آي[ةه]|آيات|(?<!\S)[اأ]ي[ةه]\s+(?:\S+\s+)?(?:نزل|انزل|أنزل)")


def asks_the_verse_told(question: str, story: str) -> bool:
    """Whether a question naming nothing («شنو هي؟») asks the verse its story names."""
    return len(own_words(question)) <= 1 and bool(_VERSE_TOLD.search(story))


# Second halves of names written in pairs: alone they are other words («بكرا» is tomorrow,
# not Abu Bakr), so they name someone only after their first half.
_SECOND_HALVES: dict[str, frozenset[str]] = {
    "بكر": frozenset("ابو ابا ابي وابو لابي".split()),
    "رحمن": frozenset("عبد وعبد لعبد".split()),
    "جندل": frozenset("دومه ودومه لدومه بدومه".split()),
}


def names_in(text: str, vocabulary: Container[str]) -> list[str]:
    """The words of a text that name someone or something the facts know (as normalised),
    a second half of a pair only after its first («الامتحان بكرا»: no one)."""
    words = normalize(text).split()
    found = []
    for at, word in enumerate(words):
        term = stem(word, vocabulary)
        if term not in ENTITIES or word in _NOT_NAMES:
            continue
        partners = _SECOND_HALVES.get(term) if term in word else None  # («الصديق» is a title)
        if partners is not None and not (at and words[at - 1] in partners):
            continue
        if at and words[at - 1] in OTHER_THAN:
            continue  # «غير المنافقين، …»: set aside, not what the story is about
        found.append(word)
    return found


# «عمري ١٢ سنة» (my age), «يا عمري» (my dear): never the name Umar; «أبوي يقول …» (my
# father says): no kunya «أبو …».
_NOT_NAMES = frozenset({"عمري", "ابوي", "ابويا"})
