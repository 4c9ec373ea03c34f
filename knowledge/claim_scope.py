"""What a statement's words claim and what they do not, for the statement judge
(knowledge/statements.py):
- a denial the judge can take away to read what is denied («لم يعقد النبي أي معاهدة» denies
  «عقد النبي أي معاهدة»): when the text states that in full, the statement is false;
- fighting named as a purpose or as still to come («لقتال الروم», «قبل القتال»): no claim
  that fighting happened;
- a place named as an event («في غزوة مؤتة»), not as where something was done.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from knowledge.answer_keys import AnswerKeys, SlotKind, mentions, words_of
from knowledge.honorifics import PRAYER
from knowledge.models import Fact
from knowledge.normalize import without_conjunction
from knowledge.question_rewrites import drop_honorifics
from knowledge.statement_words import NEGATIONS, find, is_negation
from knowledge.stemming import stem

if TYPE_CHECKING:
    from knowledge.claim_reading import Claim

# Fighting named as what is meant or awaited, not as what happened: «لقتال الروم», «للحرب»
# (to fight), «قبل القتال» (before the fighting). A claim that fighting took place never
# rests on these words.
_FIGHTING = "قتال|القتال|محاربه|المحاربه|حرب|الحرب|مهاجمه|المهاجمه|غزو|الغزو|المعركه|معركه"
_FOR_FIGHTING = re.compile(rf"^ل?ل(?:{_FIGHTING})$")
_FIGHTING_WORD = re.compile(rf"^(?:{_FIGHTING})$")
_NOT_YET = frozenset(("قبل",))


def without_purposes(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without fighting named as a purpose or as still to come («لقتال»,
    «قبل القتال»): for the judge's yes/no detail of whether fighting happened."""
    return tuple(
        word
        for at, word in enumerate(words)
        if not _FOR_FIGHTING.match(word)
        and not (at and words[at - 1] in _NOT_YET and _FIGHTING_WORD.match(word))
    )


# Words that make the place after them the name of an event («غزوة مؤتة», «يوم تبوك»).
_EVENT_WORDS = frozenset(("غزوه", "بغزوه", "معركه", "بمعركه", "يوم", "سريه", "وقعه"))


def set_aside(
    claim: Claim, words: tuple[str, ...], keys: AnswerKeys, about: frozenset[str]
) -> bool:
    """Whether a side a statement names is no contradiction of the facts it is not about:
    always, but for a place where the statement has the Prophet do something while the
    fact it is about has someone else do it there («عسكر النبي … في دومة الجندل»: Khalid was
    sent there; the Prophet stayed at Tabuk)."""
    if claim.kind is not SlotKind.PLACE or names_an_event(words, claim.words, keys):
        return True
    if not _PROPHET & set(words):
        return True
    someone_else = any(
        slot.kind is SlotKind.PERSON and not any(_PROPHET & set(value) for value in slot.values)
        for fact_id in about
        if (key := keys.get(fact_id)) is not None
        for slot in key.slots
    )
    return not someone_else


def names_an_event(words: tuple[str, ...], value: tuple[str, ...], keys: AnswerKeys) -> bool:
    """Whether the place a statement names is named as an event: after «غزوة», «يوم» («في
    غزوة مؤتة»), or a place that is itself the name of an event a key holds («في مؤتة»)."""
    if any(
        mentions(value, named)
        for key in keys.keys.values()
        for slot in key.slots
        if slot.kind is SlotKind.EVENT
        for named in slot.values
    ):
        return True
    span = find(words, value)
    return span is not None and span[0] > 0 and words[span[0] - 1] in _EVENT_WORDS


# The denials taken away: «لم/لن» before a verb (put back in the past: «لم يعقد» → «عقد»),
# «ليس/ليست», «لا» before a present verb, and the dialects' «ما/مش/مو» right after the one
# who does it («النبي ما عقد»; «ما» elsewhere is mostly «what»: «جميع ما يملك», «من
# أسبابها ما حدث في مؤتة»). Any other («دون», «غير», «بلا») is not taken away.
_BEFORE_VERB = frozenset(("لم", "لن"))
_DROPPED = frozenset(("ليس", "ليست"))
_AFTER_DOER = frozenset(("ما", "مش", "مو"))
# «ما عقد ولا معاهدة», «لم يدفع ولا شيئا»: «not even», part of the same denial.
_NOT_EVEN = frozenset(("ولا",))
# «إلا» (normalised «الا») after a denial: «not … except», which states what follows it.
_EXCEPT = frozenset(("الا", "والا"))
_WAS = {"يكن": "كان", "تكن": "كانت", "يكونوا": "كانوا", "يكونو": "كانوا"}
# The Prophet's name as a doer, and the prayer that may follow it before «ما».
_PROPHET = frozenset(("النبي", "الرسول", "نبي", "رسول"))


def _past(verb: str) -> str:
    """«يعقد» → «عقد», «تكن» → «كانت», «ويتخلفوا» → «وتخلفوا»: a jussive put in the past."""
    bare = without_conjunction(verb, longer_than=4)
    joined = verb[: len(verb) - len(bare)]
    if bare in _WAS:
        return joined + _WAS[bare]
    if bare[:1] in "يت" and len(bare) >= 4:
        return joined + _with_alif(bare[1:])
    return verb


# The endings of a verb done by many («ينسحبوا», «ينسحبون»), left out to count its letters.
_PLURAL_ENDINGS = ("وا", "ون", "و")


def _with_alif(rest: str) -> str:
    """A present verb without its «ي/ت», with the «ا» its past opens with when it is of the
    forms that have one: «نسحبوا» → «انسحبوا» (form VII: «لم ينسحبوا» denies «انسحبوا»),
    «جتمع» → «اجتمع» (VIII), «ستقبل» → «استقبل» (X). Four letters opening with «ن» or with
    «ت» second, or five opening with «ست»; never «نافس» (form III: «ينافس» → «نافس») nor
    three letters («ينزل» → «نزل», «يقتل» → «قتل»)."""
    core = rest
    for ending in _PLURAL_ENDINGS:
        if core.endswith(ending) and len(core) - len(ending) >= 4:
            core = core[: -len(ending)]
            break
    seventh_or_eighth = len(core) == 4 and core[1] != "ا" and (core[0] == "ن" or core[1] == "ت")
    tenth = len(core) == 5 and core.startswith("ست")
    return "ا" + rest if seventh_or_eighth or tenth else rest


# Words of «any» a denial stresses: «ما نزل شي», «ما قاتل أحدًا», «ما خافوا أبدًا».
_NOT_ANY = frozenset("شي شيء شيا شيئا بشي بشيء احد احدا ابدا".split())


def _opening_doer(words: tuple[str, ...], at: int) -> bool:
    """Whether the word before a dialect denial at `at` is the statement's first word, a
    noun with the article («العرب ما كانوا يرهبون …», «المنافقين ما خرجوا»): the one who
    does the denied deed, though no key lists it as a side."""
    return at == 1 and words[0].startswith("ال") and len(words[0]) > 3


def _doer_before(words: tuple[str, ...], at: int) -> str:
    """The word before `at`, past «صلى الله عليه وسلم» after the Prophet's name."""
    if at >= 5 and words[at - 4 : at] == PRAYER:
        at -= 4
    return words[at - 1] if at else ""


def affirmed(statement: str, claims: list[Claim]) -> tuple[str, frozenset[str]] | None:
    """The statement with its denial taken away, and the stems of the verbs it denied; None
    when it denies nothing, or denies in a way not taken away here. `claims`: the details
    it names, whose words may name who does something («الروم ما جهزوا»)."""
    words = drop_honorifics(words_of(statement))
    doers = _PROPHET | {word for claim in claims for word in claim.words}
    kept: list[str] = []
    verbs: set[str] = set()
    denying = back_to_past = False
    for at, word in enumerate(words):
        if back_to_past:
            back_to_past = False
            kept.append(_past(word))
            verbs |= {stem(word), stem(_past(word))}
            continue
        bare = without_conjunction(word, known=NEGATIONS)
        following = words[at + 1] if at + 1 < len(words) else ""
        if bare in _BEFORE_VERB and following:
            back_to_past = denying = True
            kept.append(word[: len(word) - len(bare)])
        elif bare in _DROPPED or (bare == "لا" and following[:1] in "يت" and len(following) > 3):
            denying = True
            kept.append(word[: len(word) - len(bare)])
            verbs.add(stem(following))
        elif (
            bare in _AFTER_DOER
            and following
            and (_doer_before(words, at) in doers or _opening_doer(words, at))
        ):
            denying = True
            verbs.add(stem(following))
        elif at == 0 and bare == "ما" and following and not _NOT_ANY.isdisjoint(words[2:]):
            # «ما نزل شي من القرآن في المتخلفين»: «ما» opening a statement before a verb, with
            # «anything/anyone/ever» after it, is a denial (never «what»: «ما حدث في مؤتة»)
            denying = True
            verbs.add(stem(following))
        elif denying and word in _NOT_EVEN:
            continue
        elif bare in NEGATIONS:
            return None
        else:
            kept.append(word)
    if not verbs or (denying and not _EXCEPT.isdisjoint(kept)):
        # («لم ينسحب الروم إلا بعد أن بادرهم الجيش»: «not … but after», an exception that
        # affirms what it follows; taken away, the denial would make it «خطأ»)
        return None
    return " ".join(word for word in kept if word), frozenset(verbs)


def denies_itself(fact: Fact, verbs: frozenset[str]) -> bool:
    """Whether the fact's own words deny one of the verbs («لم يكن الأمر سهلًا»): a statement
    denying it says what the fact says, not the opposite."""
    for text in (fact.answer, fact.source):
        for word, following in pairwise(words_of(text)):
            if is_negation(word) and stem(following) in verbs:
                return True
    return False


# Where a fact's clause ends: a denial early in it («لم يشأ النبي … أن يهاجمهم») reaches the
# verbs after it up to there, and no further.
_CLAUSE_END = re.compile(r"[،,؛;.:]")
_BEING = frozenset(stem(word) for word in ("كان", "كانت", "كانوا", "يكن", "يكون", "تكن"))


def states_undenied(fact: Fact, verbs: frozenset[str]) -> bool:
    """Whether the fact's answer states one of the verbs with no denial before it in its
    clause («… فأخذتهم المباغتة وتقهقروا»): a fact that denies something else («لم يتوقع
    الروم …») still states that deed, so a statement denying it says the opposite."""
    verbs = verbs - _BEING  # («ما كانوا يريدون»: being, which every clause may state)
    for clause in _CLAUSE_END.split(fact.answer):
        words = words_of(clause)
        for at, word in enumerate(words):
            if stem(word) in verbs and not any(is_negation(w) for w in words[:at]):
                return True
    return False
