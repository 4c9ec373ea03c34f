"""The kind of results or causes a course asks for («النتائج السياسية», «الأسباب المباشرة»).

University and school wording qualifies a broad topic by its domain or rank: «النتائج
السياسية والعسكرية لغزوة تبوك», «الآثار الدينية», «الأسباب الرئيسية», «الدوافع الحقيقية».
The text tells the results and the causes as wholes and never sorts them by domain, so the
qualifier asks nothing a fact could answer apart from the topic itself: it is dropped right
after the topic's noun, where it cannot be the detail asked («ما سياسة النبي مع القبائل»
keeps its noun). «الآثار» (effects) is read as the results.
"""

from __future__ import annotations

from knowledge.lexicon import EXPEDITION_WORDS

# The broad topics a qualifier may follow: results, effects, causes, motives, aims, lessons
# (normalised: ئ read ي, ة read ه), with «ال» and «و/ف/ل» as typed.
_TOPICS: frozenset[str] = frozenset(
    """
    نتايج نتيجه اثار اسباب سبب دوافع دافع عوامل عامل اهداف هدف دروس ابعاد ثمار ثمرات
    مكاسب انجازات
    """.split()
)

# Qualifiers of domain or rank, feminine singular (as after a broken plural) or masculine.
_QUALIFIERS: frozenset[str] = frozenset(
    """
    سياسيه سياسي عسكريه عسكري دينيه ديني اجتماعيه اجتماعي اقتصاديه اقتصادي حضاريه حضاري
    معنويه معنوي ماديه مادي فكريه فكري استراتيجيه ايمانيه ايماني تربويه تربوي اخلاقيه
    اخلاقي اداريه نفسيه نفسي دعويه دعوي تاريخيه تاريخي
    رييسيه رييسي اساسيه اساسي حقيقيه حقيقي مباشره مباشر قريبه بعيده جوهريه
    """.split()
)

# «الآثار» and «آثار» (effects) are the results; the singular «أثر» stays (it is also
# «آثر», preferred, in the phrasings).
_EFFECTS = {"الاثار": "النتايج", "اثار": "نتايج", "واثار": "ونتايج", "والاثار": "والنتايج"}


def _readings(word: str) -> tuple[str, ...]:
    """The word as typed and without a leading «و/ف/ل» and «ال» (only those)."""
    readings = [word]
    if len(word) > 4 and word[0] in "وفل":
        readings.append(word[1:])
    for reading in tuple(readings):
        if reading.startswith("ال") and len(reading) > 4:
            readings.append(reading[2:])
    return tuple(readings)


def _typed_forms(words: frozenset[str]) -> frozenset[str]:
    """Every word one of whose _readings() is in `words`. _readings() cuts only «و/ف/ل» and
    «ال» off the front, so those are the word, «ال» + word, and either with «و/ف/ل» before:
    each kept where _readings() does read it so. One set lookup a word instead of its
    readings built anew (the index of a large base asks this of every phrasing's words)."""
    candidates = {
        form
        for word in words
        for definite in (word, f"ال{word}")
        for form in (definite, *(f"{particle}{definite}" for particle in "وفل"))
    }
    return frozenset(
        form for form in candidates if any(reading in words for reading in _readings(form))
    )


_TOPIC_FORMS = _typed_forms(_TOPICS)
_QUALIFIER_FORMS = _typed_forms(_QUALIFIERS)


def is_topic(word: str) -> bool:
    """Whether a word is one of the broad topics a qualifier may follow."""
    return word in _TOPIC_FORMS


def is_qualifier(word: str) -> bool:
    """Whether a word qualifies a topic by domain or rank («السياسيه», «والعسكريه»)."""
    return word in _QUALIFIER_FORMS


# The expedition's name between a topic and its qualifier («نتائج غزوة تبوك السياسية»),
# also as «لغزوة تبوك».
_EXPEDITION = EXPEDITION_WORDS | {"لغزوه"}


def _definite(word: str) -> bool:
    return any(reading.startswith(("ال", "لل")) for reading in _readings(word)[:2])


# «أبرز», «أهم» before a topic («أبرز نتائج غزوة تبوك»); «أهم» is a filler already.
_FOREMOST = frozenset({"ابرز", "وابرز"})
# The singular «أثر» right before the expedition's name: its effect, the results (before
# another noun it stays, «أثر مرابطة النبي», and «آثر» is a verb there: «آثر البقاء»).
_EFFECT = frozenset({"اثر", "الاثر", "واثر"})

# «… وآثارها», «… وأهم آثاره»: the effects of the topic just named, closing a headline.
_ITS_EFFECTS = frozenset({"واثارها", "واثاره"})
_BARE_ITS_EFFECTS = frozenset({"اثارها", "اثاره"})
_MOST = frozenset({"واهم", "وابرز"})


def _without_its_effects(words: tuple[str, ...]) -> tuple[str, ...]:
    """«مرابطة النبي بجنوده عند تبوك وآثارها» -> «مرابطة النبي بجنوده عند تبوك»: the effects
    of the topic named before are told by that topic's own fact (the stationing struck fear),
    and no fact has «آثار» with a pronoun; read as the expedition's results it was another
    fact's answer, left alone it was a word unknown to every fact."""
    topic = words
    if len(words) >= 3 and words[-1] in _ITS_EFFECTS:
        topic = words[:-1]
    elif len(words) >= 4 and words[-1] in _BARE_ITS_EFFECTS and words[-2] in _MOST:
        topic = words[:-2]
    if topic is not words and all(word in EXPEDITION_WORDS for word in topic):
        return ("نتايج", *topic)  # («غزوة تبوك وآثارها»: the expedition's are its results)
    return topic


# «… على قبائل العرب», «… في دخول العرب»: the effect on one thing, told by that thing's fact.
_ON = frozenset({"علي", "في", "فى", "ع"})


def _names_the_expedition(words: tuple[str, ...]) -> bool:
    """«غزوة تبوك», «تبوك», «الغزوة» opening the words (not «غزوة مؤتة»), and no «على/في»
    after the name saying on what the effect was."""
    first = words[0] if words else ""
    if first in ("تبوك", "الغزوه"):
        rest = words[1:]
    elif first in _EXPEDITION and words[1:2] == ("تبوك",):
        rest = words[2:]
    else:
        return False
    return not (rest and rest[0] in _ON)


def without_aspect_qualifiers(words: tuple[str, ...]) -> tuple[str, ...]:
    """Drop the qualifiers of a definite topic, right after it or after the expedition's
    name that follows it («النتايج السياسيه والعسكريه» -> «النتايج», «نتايج غزوه تبوك
    السياسيه» -> «نتايج غزوه تبوك»), and its effects closing the words («… وآثارها»), and
    read «الآثار» as the results. An indefinite topic keeps its qualifier («أم لأسباب
    سياسية»: one of two motives offered)."""
    words = _without_its_effects(words)
    out: list[str] = []
    open_topic = False
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in _FOREMOST and is_topic(following):
            continue  # («أبرز نتائج غزوة تبوك»: ranks the topic, asks nothing of its own)
        if word in _EFFECT and _names_the_expedition(words[index + 1 : index + 4]):
            word = "نتايج"  # («أثر غزوة تبوك»: the expedition's effect is its results)
        word = _EFFECTS.get(word, word)
        if open_topic and is_qualifier(word):
            continue
        if is_topic(word):
            following = words[index + 1] if index + 1 < len(words) else ""
            open_topic = _definite(word) or following in _EXPEDITION
        elif not (open_topic and word in _EXPEDITION):
            open_topic = False
        out.append(word)
    return tuple(out) if out != list(words) else words
