"""A figure or a date the question already tells is not what it asks.

A fact whose answer is a figure or a date (the army's number, Uthman's camels, the month)
answers a question that wants that figure or date. When the message already tells it and
asks something else of the same people («الجيش كان أكثر من أربعين ألفا، فبماذا سمي؟»,
«ماذا أعلن النبي في شهر رجب من السنة التاسعة؟», «… وقدم فيها عثمان 950 جملا، ما اسمها؟»,
«كان في الجيش أكثر من أربعين ألفا، فكم منهم من المهاجرين؟»), the fact's words match the
question well only because the question repeats its figure: it does not state what is asked.
Asked who («من الذي قدم 950 جملا؟»), the person is what the fact adds, so it still answers;
a message telling another figure beside it («أخي يقول ثلاثين ألفا، والكتاب أكثر من أربعين
ألفا، فما الصحيح؟», «في رجب ولا شعبان») asks which is right: the fact's figure answers it.
"""

from __future__ import annotations

from knowledge.lexicon import QuestionType
from knowledge.models import AnswerType, Fact
from knowledge.normalize import normalize
from knowledge.question_words import YES_NO

# Words that carry a figure or a month in an answer (normalised); digits count too. A unit
# alone («كم ألف خرج؟», «مئة») tells no figure.
_VALUE_WORDS = frozenset(
    "عشره عشرين ثلاثين اربعين خمسين ستين سبعين ثمانين تسعين "
    "محرم صفر ربيع جمادي رجب شعبان رمضان شوال".split()
)
# Prefixes a figure word takes («وخمسين», «بأربعين»).
_PREFIXES = ("و", "ب", "ل")
# Questions that ask something other than who: what, why, how, how many.
_ASKS_ELSE = frozenset(
    {QuestionType.THING, QuestionType.REASON, QuestionType.MANNER, QuestionType.NUMBER}
)
_VALUED = frozenset({AnswerType.NUMBER, AnswerType.TIME})
# «فما الصحيح؟», «أيهما أصح؟»: which figure is right, asked of the figure itself.
_WHICH_IS_RIGHT = ("صحيح", "الصح", "اصح", "صواب")


def _values(words: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The figures and months among normalised words, each in one form."""
    found: set[str] = set()
    for word in words:
        bare = word[1:] if word[:1] in _PREFIXES and len(word) > 3 else word
        for form in (word, bare):
            if form.isdigit() or form in _VALUE_WORDS:
                found.add(form)
    return frozenset(found)


def tells_its_value(kind: QuestionType, words: tuple[str, ...], fact: Fact) -> bool:
    """Whether the question already tells the figure or date the fact answers with, and no
    other, and asks what, why, how or how many of it (not who)."""
    if fact.answer_type not in _VALUED or kind not in _ASKS_ELSE:
        return False
    # «هل تجاوز عدد الجيش أربعين ألفا؟»: whether the figure told is the fact's, a yes or no.
    if YES_NO.intersection(words) or any(
        right in word for word in words for right in _WHICH_IS_RIGHT
    ):
        return False
    told = _values(words)
    return bool(told) and told <= _values(normalize(fact.answer).split())


# Words that go with a date or a figure told («في رجب من السنة التاسعة للهجرة», «أكثر من
# أربعين ألفا»): read with it, they are the when or the how many, not what is asked.
_TELLING_COMPANIONS = frozenset(
    "سنه السنه بسنه شهر الشهر بشهر عام العام هجره الهجره للهجره هجري تسع تسعه التاسعه تاسعه "
    "الف الفا الاف".split()
)


def told_words(kind: QuestionType, words: tuple[str, ...]) -> frozenset[str]:
    """The words of a question asking what, why, how or how many that tell a figure or a
    date: its figures and months, and the words that go with them («السنة التاسعة للهجرة»,
    «ألفا»). Asked who («ضد من أعلن … في رجب؟»), none: who did it then is what is asked."""
    values = _values(words)
    if not values or kind not in _ASKS_ELSE:
        return frozenset()
    return frozenset(
        word
        for word in words
        if _values((word,))
        or word in _TELLING_COMPANIONS
        or (word[:1] in _PREFIXES and word[1:] in _TELLING_COMPANIONS)
    )


# A year told in digits is the answer's ordinal («سنة 9» is «السنة التاسعة»).
_ORDINALS = dict(
    zip(
        "1 2 3 4 5 6 7 8 9 10".split(),
        "الاولي الثانيه الثالثه الرابعه الخامسه السادسه السابعه الثامنه التاسعه العاشره".split(),
        strict=True,
    )
)


def states_the_told(words: tuple[str, ...], fact: Fact) -> bool:
    """Whether the fact's answer states every figure and month the question tells (a year
    in digits as the answer's ordinal)."""
    told = _values(words)
    answer = normalize(fact.answer).split()
    stated = _values(answer) | {digits for digits, word in _ORDINALS.items() if word in answer}
    return bool(told) and told <= stated
