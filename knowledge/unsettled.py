"""Statements the fact's words seem to confirm, yet claim more or bind a word otherwise.

The statement judge (knowledge/statements.py) says «صحيح» when one fact states every detail
a statement names and nearly all its words. These checks find the cases where that is still
not the text's claim, so the reply is «not settled» rather than a confident «صحيح»:
- a closing clause joined by «و» whose words the fact never states («… ونقص في الماء»),
  or states only its verb, not what it is done with («… وأعطاهم السلاح»);
- a noun bound to a word the fact states elsewhere («ليتخذ موقف الهجوم» where the fact
  says «ليتخذ موقف الدفاع بعد أن كان يريد الهجوم»);
- a count of one the fact never gives («قائد واحد فقط» where it says «القواد الثلاثة»).
A person put where the fact names the place he heads («صالح أكيدر على دفع الجزية») is not
another person's deed either: not «خطأ».
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from knowledge.answer_keys import core_word, forms_of, read_numbers, same_word, words_of
from knowledge.lexicon import ENTITIES
from knowledge.models import Fact
from knowledge.stemming import is_stopword, stem


def claims_more(fact: Fact, statement: str) -> bool:
    """Whether the statement adds a claim the fact does not make, or binds its words otherwise."""
    return (
        added_clause(fact, statement)
        or rebound((fact.answer, fact.source), statement)
        or counts_one(fact, statement)
        or all_of(fact, statement)
        or people_of_the_expedition(fact, statement)
        or a_day_unsaid(fact, statement)
    )


# The days of the week («يوم الخميس», «الاثنين»): a date finer than any the text gives.
# («الأحد» is left out: without its article it is «أحد», anyone, or Uhud.)
_WEEKDAYS = frozenset(
    core_word(word) for word in words_of("السبت الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة")
)


def a_day_unsaid(fact: Fact, statement: str) -> bool:
    """«خرج النبي إلى تبوك يوم الخميس»: a day of the week the fact does not name."""
    named = {core_word(word) for word in words_of(statement)} & _WEEKDAYS
    said = {core_word(word) for word in words_of(f"{fact.answer} {fact.source}")}
    return bool(named - said)


# The people of a place («أهل تبوك», «سكان تبوك»), and the words before a name that make it the
# expedition's or its army's («غزوة تبوك», «جيش تبوك»), not the place where people live.
_PEOPLE_OF = frozenset(words_of("أهل اهالي أهالي سكان قوم"))
# The head of a place («رئيس تبوك», «ملك تبوك»), named so of the town as its people are.
_HEAD_OF = frozenset(words_of("رئيس ملك زعيم حاكم أمير شيخ"))
_EXPEDITION_OF = frozenset(words_of("غزوة غزوه جيش يوم"))


def people_of_the_expedition(fact: Fact, statement: str) -> bool:
    """«صالح أهل تبوك خالد على الجزية»: the statement names the people of a place the fact
    names only in the expedition's name («في غزوة تبوك صالحت دومة الجندل خالد»). Tabuk is both
    the expedition and a town; the fact says what Dumat did during the expedition, nothing of
    what the town's people did, so every word is the fact's but bound otherwise. So is its
    head: «أكيدر كان رئيس تبوك», where the fact makes him «رئيس دومة الجندل» «في غزوة تبوك»."""
    said = words_of(statement)
    places = {
        core_word(after)
        for word, after in pairwise(said)
        if core_word(word) in _PEOPLE_OF or core_word(word) in _HEAD_OF
    }
    if not places:
        return False
    text = words_of(fact.answer)
    for place in places:
        where = [i for i, word in enumerate(text) if core_word(word) == place]
        if where and all(i > 0 and core_word(text[i - 1]) in _EXPEDITION_OF for i in where):
            return True
    return False


# «… ومعه الجيش كله», «خرج المنافقون جميعا»: all of something.
_ALL = frozenset(words_of("كله كلها كلهم جميع جميعا جميعهم بأكمله بأكملها بأسره بأسرها"))


def all_of(fact: Fact, statement: str) -> bool:
    """Whether the statement claims all of something and the fact never says «all»
    («أرسل النبي خالدا ومعه الجيش كله» where the fact says «مع فرقة من الجيش»)."""
    said = set(words_of(statement))
    return bool(said & _ALL) and not _ALL & set(words_of(f"{fact.answer} {fact.source}"))


def counts_one(fact: Fact, statement: str) -> bool:
    """«سقط في غزوة مؤتة قائد واحد فقط»: a count of one the fact never gives (it says «القواد
    الثلاثة»). The judge leaves «واحد» out of its figures («شهر واحد» is a word of the
    sentence), so the fact's other words alone would make the statement «صحيح»."""
    return 1 in read_numbers(statement)[0] and 1 not in read_numbers(fact.answer)[0]


def added_clause(fact: Fact, statement: str) -> bool:
    """Whether the statement ends with a clause joined by «و» that claims what the fact
    never says («… ونقص في الماء»: none of its words is the fact's; «… وأعطاهم السلاح»:
    only its verb is, none of what follows)."""
    words = words_of(statement)
    stated = forms_of(words_of(f"{fact.answer} {fact.source}"))
    for index in range(3, len(words)):
        if not words[index].startswith("و") or len(words[index]) < 4:
            continue
        if read_numbers(words[index - 1])[0] and read_numbers(words[index])[0]:
            continue  # («بتسعمائة وخمسين بعيرًا»: one figure in words, checked as a claim)
        own = [w for w in words[index:] if not is_stopword(w) and len(w) > 2]
        unstated = [forms_of((w,)).isdisjoint(stated) for w in own]
        if own and all(unstated):
            return True
        # (the verb alone repeats the fact's; its object is the new claim)
        if len(own) >= 2 and all(unstated[1:]):
            return True
    return False


def _terms(text: str) -> list[tuple[str, str]]:
    """Each word with its stem."""
    return [(word, stem(word)) for word in words_of(text)]


def _definite(word: str) -> bool:
    return word.startswith(("ال", "وال", "بال", "لل")) and len(word) > 4


# Letters a verb opens with in the present tense («يخلّص», «تعلن», «نخرج»).
_PRESENT_PREFIXES = "يتن"


def _same_verb(said: str, written: str) -> bool:
    """Whether two words are one verb, the same or one in the present tense («خلص», «يخلص»)."""
    longer, shorter = (said, written) if len(said) > len(written) else (written, said)
    return longer == shorter or (
        len(shorter) > 2 and longer[0] in _PRESENT_PREFIXES and longer[1:] == shorter
    )


def rebound(texts: tuple[str, ...], statement: str) -> bool:
    """«ليتخذ موقف الهجوم» where the fact says «ليتخذ موقف الدفاع … يريد الهجوم»: a noun
    and the definite noun it is bound to («موقف الهجوم»), both the fact's words, while the
    fact binds the first to another definite noun the statement never names and never puts
    the two side by side (in its answer nor in its source words)."""
    said, read = _terms(statement), [_terms(text) for text in texts]
    told = {term for terms in read for _, term in terms}
    pairs = {(a, b) for terms in read for a, b in pairwise(terms)}
    # («أعطى المرتزقة» where the fact says «أعطى الجنود المرتزقة»: the noun left out before
    # its adjective binds the verb to nothing else)
    skipped = {(terms[i][1], terms[i + 2][1]) for terms in read for i in range(len(terms) - 2)}
    named = {term for _, term in said}
    for (raw, first), (raw_second, second) in pairwise(said):
        if _definite(raw) or not _definite(raw_second) or is_stopword(raw) or first == second:
            continue
        if first not in told or second not in told or second in ENTITIES:
            # (a name bound otherwise is apposition: «ضد الإمبراطورية البيزنطية (الروم)»)
            continue
        if any({a[1], b[1]} == {first, second} for a, b in pairs) or (first, second) in skipped:
            continue
        if any(_same_verb(raw, a[0]) and b[1] == second for a, b in pairs):
            # («خلص الجيش» for «أن يخلّص الجيش»: the fact's own verb in another tense, though
            # dialect reads bare «خلص» as «finished», the stem of the fact's «انتهت»)
            continue
        # (a follower the statement names too is word order, not another binding)
        followers = {b for a, b in pairs if a[1] == first}
        bound = {term for word, term in followers if _definite(word) and not is_stopword(word)}
        if bound and not bound & named:
            return True
    return False


# «أكيدر هو رئيس دومة الجندل»: a head of a place or people speaks and acts for it.
_HEADS = frozenset(words_of("رئيس ملك زعيم أمير سيد"))
_IS = frozenset(("هو",))


# (the stems of a head's name, and the two words of what he heads)
Head = tuple[frozenset[str], tuple[str, ...]]


def _head_of(fact: Fact) -> Head | None:
    """The stems of the name a fact opens with and the two words of what it heads, when
    it says so («أكيدر هو رئيس دومة الجندل»)."""
    told = words_of(fact.answer)
    at = next((i for i, word in enumerate(told[:5]) if word in _IS and i), None)
    if at is None or at + 3 >= len(told) or told[at + 1] not in _HEADS:
        return None
    return frozenset(stem(w) for w in told[:at]), tuple(told[at + 2 : at + 4])


# «أكيدر صاحب دومة الجندل»: what someone heads, named after the word that says he heads it.
_HEADING = _HEADS | frozenset(words_of("صاحب حاكم"))


def _names_apart(said: tuple[str, ...], place: str) -> bool:
    """Whether the statement names the place on its own, not only as what the person heads
    («أكيدر صاحب دومة الجندل صالح …» names Dumat al-Jandal to say who Ukaydir is)."""
    return any(
        word == place and (not at or said[at - 1] not in _HEADING) for at, word in enumerate(said)
    )


def heads_told(facts: Iterable[Fact]) -> tuple[Head, ...]:
    """Who heads what, as the facts say it (_head_of), in their order: read once per base
    for acts_for_headed(), which a statement's every person may ask."""
    return tuple(head for fact in facts if (head := _head_of(fact)) is not None)


def acts_for_headed(
    heads: tuple[Head, ...], person: tuple[str, ...], fact: Fact, statement: str
) -> bool:
    """«صالح أكيدر على دفع الجزية» where the fact says Dumat al-Jandal made peace with
    Khalid: the person named heads what the fact names (another fact says so), and the
    statement does not name that place itself, so it may speak of him for his town; not
    another person's deed, so not «خطأ»."""
    named = frozenset(stem(w) for w in person)
    said, told = words_of(statement), words_of(fact.answer)
    for head in heads:
        if not head[0] & named or _names_apart(said, head[1][0]):
            continue
        if any(pair == head[1] for pair in pairwise(told)):
            return True
    return False


# Where a fact's answer passes from one clause to the next («فسقط فيها عدد من المسلمين،
# … واستطاع خالد»): who does a verb is named in the verb's own clause.
_CLAUSE_BREAK = re.compile(r"[،,.؛;:]")


def _listed_doers(answer: str) -> str:
    """The answer with a list of doers after «:» read as the clause before it («قدموا
    أموالهم: أبو بكر …، وعمر …، وعثمان …»): its «:» and the «،» between the names dropped."""
    verb, colon, listed = answer.partition(":")
    if not colon or "«" in verb[-3:] or "﴿" in listed[:3]:
        return answer
    return f"{verb} {re.sub(r'[،,]', ' ', listed)}"


def doer_elsewhere(fact: Fact, statement: str, names: frozenset[str]) -> bool:
    """Whether the statement opens with a verb and the person who does it («سقط خالد بن
    الوليد في مؤتة», «حقن خالد دم أكيدر») while the fact names that person only in
    clauses after the verb's (the fallen commanders, the Prophet do it there): the fact's
    words, but bound otherwise. `names`: the first names of the people the keys know."""
    words = words_of(statement)
    if len(words) < 2 or is_stopword(words[0]) or len(core_word(words[0])) < 3:
        return False
    doer = words[1]
    if forms_of((doer,)).isdisjoint(names):
        return False
    # («كان من الذين قدموا أموالهم …: أبو بكر …، وعمر …»: a list after «:» names the
    # verb's doers, one by one; for a statement listing several by «و», the verb's clause
    # runs on through it)
    listing = any(
        w.startswith("و") and not forms_of((w[1:],)).isdisjoint(names) for w in words[2:]
    )
    answer = _listed_doers(fact.answer) if listing else fact.answer
    clauses = [words_of(clause) for clause in _CLAUSE_BREAK.split(answer)]
    verb_at = [i for i, c in enumerate(clauses) if any(same_word(words[0], w) for w in c)]
    doer_at = [i for i, c in enumerate(clauses) if any(same_word(doer, w) for w in c)]
    # («هرقل هو ملك الروم، وقد أعطى …»: a doer named before carries over to the verb)
    return bool(verb_at and doer_at) and min(doer_at) > max(verb_at)
