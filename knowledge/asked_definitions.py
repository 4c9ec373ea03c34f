"""What a definition question asks to define, and what a fact says it is (part of
knowledge/asked.py, rule 6: «ما هي الجزية», «من هم الغساسنة» ask what or who the thing is).

Also the words that ask no detail at all: the frame (تبوك، غزوة، النبي) and the words that only
ask for an account (دور، قصة، موقف).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from knowledge.lexicon import CONTENT_QUESTION_WORDS, ENTITIES, QUESTION_WORDS, SUBJECT_TERMS
from knowledge.normalize import normalize, without_conjunction
from knowledge.question_words import IS, WHAT, WHO
from knowledge.stemming import is_stopword, stem

# The frame: named in most questions, so they say nothing about which detail is asked.
FRAME_TERMS: frozenset[str] = SUBJECT_TERMS
# Words that ask for an account of the subject, not for one detail of it.
ACCOUNT_WORDS: frozenset[str] = frozenset(
    stem(word) for word in "دور قصه حكايه موقف تفاصيل خبر اخبار علاقه علاقتها".split()
)


# «ما هي / من هم …», «ما المقصود بـ / ما معنى …», «تعريف …»: a question asking what or who
# something is. «ما المقصود بـ» reaches here as «ما هو» (knowledge/message_patterns.py).
_IS = IS | {"هما", "هوما", "هيا"}
_MEANING = frozenset("معني المقصود مفهوم تعريف".split())
# Words that end the term defined and start another question («الجزية التي دفعوها»).
_CLAUSE = frozenset("الذي التي الذين اللي اللى الي لي اللذين اللتين و؟ وما ومن وماذا وكيف".split())
# Words of the frame a definition question may end on («… في غزوة تبوك»).
_FRAME_WORDS = frozenset("في فى ب غزوه تبوك الغزوه يوم معركه".split())
# «من هم المنافقون» asks who they were in the expedition, which their fact tells.
_ACTORS = frozenset({"منافق", "رسول", "محمد", "نبي", "مسلم"})
# Names of places and peoples among the entities: «ما هي أيلة» asks what it is.
_PLACES = frozenset("ايله دومه جندل شام مدينه جرباء اذرح موته جزيره روم غسان غساسنه لخم".split())
# Nouns asked as a list of the expedition's things («ما هي النتائج»), not defined.
# (as typed: «صعوبات» stems to «عسر», the name of the army)
_LISTED = frozenset(normalize("نتائج نتيجة صعوبات دروس عبر أحداث أسباب فوائد").split())


def definition_target(words: tuple[str, ...]) -> frozenset[str]:
    """The stems of what a definition question asks to define, or nothing when the question
    is not one: «ما هي الجزية» (a noun with «ال»), «من هم الغساسنة» (a name)."""
    if not words:
        return frozenset()
    first = without_conjunction(words[0], "و", longer_than=2)
    if len(words) > 3 and first in WHAT and words[1] in _DIFFERENCE and words[2] == "بين":
        return _compared(words[3:])
    if len(words) > 2 and first in _DIFFERENCE and words[1] == "بين":
        return _compared(words[2:])  # («الفرق بين الغزوة والسرية»: a heading asks it too)
    meant = _after_meaning(words, first)
    meaning = _meaning_asked(meant) if meant is not None else frozenset()
    if meaning:
        return meaning
    if meant is not None:
        who, rest = False, meant
    elif len(words) > 2 and words[1] in _IS and (first in WHAT or first in WHO):
        who, rest = first in WHO, words[2:]
    else:
        return frozenset()
    if rest and rest[0].startswith("بال"):
        rest = (rest[0][1:], *rest[1:])
    kept: list[str] = []
    for word in rest:
        if word in _CLAUSE or _is_frame(word):
            break
        kept.append(word)
    if any(word in _CLAUSE for word in rest):
        return frozenset()  # a clause after the term asks a detail of it
    after = rest[len(kept) :]
    if not 1 <= len(kept) <= 3 or not all(_is_frame(w) or is_stopword(w) for w in after):
        return frozenset()  # («ما هي الجزية في غزوة تبوك» ends on the frame; more asks more)
    target = frozenset(stem(word) for word in kept if not is_stopword(word))
    if any(word.removeprefix("ال") in _LISTED for word in kept):
        return frozenset()
    if not target or target & (CONTENT_QUESTION_WORDS | ACCOUNT_WORDS | FRAME_TERMS):
        return frozenset()
    if who:
        return target if target <= ENTITIES and not target & _ACTORS else frozenset()
    if target & ENTITIES - _PLACES:
        return frozenset()  # «ما هي» asks what, not who («ما هي خالد» is no question)
    named = any(word.startswith("ال") for word in kept) or target <= _PLACES
    return target if named else frozenset()


# Words that name where a phrase stands («كلمة», «في آية التوبة 38», «في النص»), not what
# it means.
_PHRASE_WORDS = frozenset(
    "كلمه كلمة عباره عبارة جمله جملة لفظ لفظه مصطلح قول قوله تعالي ايه الايه اية الاية سوره "
    "السوره التوبه توبه القران النص نص الدرس درس الكتاب".split()
)


def _after_meaning(words: tuple[str, ...], first: str) -> tuple[str, ...] | None:
    """The words after «معنى/المقصود/تعريف …» or «ما معنى / شو يعني …»; None when the
    question does not open so."""
    if first in _MEANING:
        return words[1:]
    if len(words) > 2 and first in WHAT and words[1] in _MEANING | {"يعني"}:
        return words[2:]
    return None


def _meaning_asked(rest: tuple[str, ...]) -> frozenset[str]:
    """The stems of a word or phrase whose MEANING is asked outright («ما معنى جدب في البلاد»,
    «شو يعني انفروا في سبيل الله», «ما معنى اثاقلتم إلى الأرض في آية التوبة 38»), even
    without «ال»: «معنى», «المقصود», «يعني» ask what it means, which a fact merely holding
    the word does not tell (only one saying what it is does: «رزق سنة، أي أجرة سنة»). Nothing
    when the phrase names a person or the expedition («ما معنى رابط النبي»: its fact tells
    the deed), runs on into another question, or is longer than a phrase. `rest`: the words
    after the asking (_after_meaning)."""
    if not rest:
        return frozenset()  # («معنى» alone names nothing)
    if rest[0].startswith("بال"):
        rest = (rest[0][1:], *rest[1:])
    # («إلى» reads as «الي», as «اللي» does: before a noun with «ال» it is the preposition)
    rest = tuple(
        "" if word == "الي" and after.startswith("ال") else word
        for word, after in zip(rest, (*rest[1:], ""), strict=True)
    )
    if any(word in _CLAUSE or _asks_again(word) for word in rest):
        return frozenset()  # («شو معنى جيش العسرة وليش انسمى هيك» asks why it is named so)
    if _is_frame(rest[0]):
        return frozenset()  # («ما المقصود بغزوة تبوك» asks for an account of it)
    kept = [
        word
        for word in rest
        if word
        and not (_is_frame(word) or is_stopword(word) or word in _PHRASE_WORDS or word.isdigit())
    ]
    target = frozenset(stem(word) for word in kept)
    # A single word keeps the reading above (with «ال» or a place, it is defined); only a
    # phrase of two or three words is taken bare.
    if not 2 <= len(kept) <= 3 or any(w.removeprefix("ال") in _LISTED for w in kept):
        return frozenset()
    if target & (CONTENT_QUESTION_WORDS | ACCOUNT_WORDS | FRAME_TERMS | ENTITIES):
        return frozenset()
    return target


def _asks_again(word: str) -> bool:
    """A question word («ليش», «وكيف», «ومين»): a second question after the phrase."""
    bare = without_conjunction(word, "و", longer_than=2)
    return bare in QUESTION_WORDS or bare in WHAT or bare in WHO


# «شو الفرق بين الغزوة والسرية»: what sets two things apart asks what each of them is.
_DIFFERENCE = frozenset("الفرق فرق الفروق".split())


def _compared(rest: tuple[str, ...]) -> frozenset[str]:
    """The stems of the things «الفرق بين …» compares, beyond the frame; nothing when it
    compares people or parties, or what they did («الفرق بين موقف المنافقين والمؤمنين»:
    their facts tell it)."""
    kept = [without_conjunction(word, "و", longer_than=3) for word in rest]
    target = frozenset(stem(word) for word in kept if not is_stopword(word)) - FRAME_TERMS
    if not target or target & (CONTENT_QUESTION_WORDS | ACCOUNT_WORDS | ENTITIES):
        return frozenset()
    return target


def _is_frame(word: str) -> bool:
    """«في», «غزوة», «تبوك», also with a particle on («بغزوة», «بتبوك»)."""
    return word in _FRAME_WORDS or (word[:1] in "بفل" and word[1:] in _FRAME_WORDS)


@lru_cache(maxsize=4096)
def defined_by(questions: tuple[str, ...], answer_text: str) -> tuple[frozenset[str], ...]:
    """What a fact says what it is: terms its own definition phrasings ask about
    («من هو أكيدر؟»), and the name its answer opens with before «هو» («هرقل هو ملك الروم»)."""
    found = [definition_target(tuple(normalize(q).split())) for q in questions]
    answer = normalize(answer_text).split()
    for index, word in enumerate(answer[:4]):
        if word in _IS and index:
            found.append(frozenset(stem(w) for w in answer[:index] if not is_stopword(w)))
            break
    # («ومن حالفها من العرب الغساسنة» names a people among the Arabs, which says whom they
    # sided with, not who they are: «من هم الغساسنة» is a definition not given)
    for before, word in pairwise(answer[:-1]):
        if word == _THAT_IS and not is_stopword(before):
            # «ضد الروم، أي الإمبراطورية البيزنطية»: what follows «أي» says what it is
            found.append(frozenset({stem(before)}))
    return tuple(terms for terms in found if terms)


# «أي» between two names in an answer: the second says what the first is.
_THAT_IS = "اي"
