"""A bare figure where the text gives that figure only as a lower bound.

«خرج أربعون ألف مقاتل إلى تبوك» against the text's «أكثر من أربعين ألف مجاهد»: the text
does not say forty thousand went, nor that fewer did. The statement is not settled («لا
أستطيع أن أحكم»), and the reply shows the text's figure. A statement that bounds the figure
too («أكثر من / ما يزيد على / فوق أربعين ألفًا») agrees with it; one that gives another figure
is corrected elsewhere; «أقل من», «بالضبط» are contradictions (knowledge/contradictions.py).
The English side does the same (knowledge/english_counts.py `bound_as_exact`).
"""

from __future__ import annotations

from knowledge.answer_keys import read_numbers
from knowledge.approx_numbers import hedged_numbers
from knowledge.normalize import normalize, without_conjunction

# Words that make the figure after them a lower bound in the text («أكثر من», normalised).
_BOUND_BEFORE: tuple[tuple[str, ...], ...] = (
    ("اكثر", "من"),
    ("اكتر", "من"),
    ("ازيد", "من"),
    ("يزيد", "علي"),
    ("يزيد", "عن"),
    ("يزيدون", "علي"),
    ("يزيدون", "عن"),
    ("يربو", "علي"),
    ("ينيف", "علي"),
)
# How many words a figure may take after its bound («أكثر من أربعين ألف»).
_REACH = 3

# Any of these words in a statement makes its figure something other than bare: a bound
# («أكثر», «فوق», «يتجاوز», «على الأقل»), or a comparison that contradicts the text's bound
# («أقل», «بالضبط»), judged elsewhere. Broad on purpose: it only keeps the earlier verdict.
_NOT_BARE: frozenset[str] = frozenset(
    """
    اكثر اكتر ازيد يزيد يزيدون تزيد زاد زادوا زاد زيادة زياده يربو ينيف نيف ونيف فوق
    يفوق يفوقون فاق تجاوز يتجاوز تجاوزوا تخطي يتخطي الاقل اقل اقلّ بالضبط بالظبط بالزبط
    فقط تماما حدود اكثرمن
    """.split()
)


def _bounded(words: list[str]) -> set[int]:
    """The figures the words give as lower bounds («أكثر من أربعين ألفًا»)."""
    return _after(words, _BOUND_BEFORE)


# Words that make the figure after them an upper bound in a statement («أقل من», normalised).
_BOUND_BELOW: tuple[tuple[str, ...], ...] = (("اقل", "من"), ("اقل", "عن"), ("ادني", "من"))


def _after(words: list[str], pairs: tuple[tuple[str, ...], ...]) -> set[int]:
    """The figures within reach after any of the word pairs."""
    found: set[int] = set()
    for index in range(len(words) - 1):
        if (words[index], words[index + 1]) in pairs:
            reach = words[index + 2 : index + 2 + _REACH]
            found.update(read_numbers(" ".join(reach))[0])
    return found


def lower_bounds(text: str) -> set[int]:
    """The figures a text gives as lower bounds («أكثر من أربعين ألفًا» -> {40000})."""
    return _bounded(normalize(text).split())


def upper_bounds(text: str) -> set[int]:
    """The figures a text gives as upper bounds («أقل من خمسين ألفًا» -> {50000})."""
    return _after(normalize(text).split(), _BOUND_BELOW)


def bound_as_exact(answer: str, statement: str) -> bool:
    """Whether the statement gives as a plain figure one the answer gives only as a lower
    bound («خرج أربعون ألفًا» against «أكثر من أربعين ألفًا»)."""
    bounds = _bounded(normalize(answer).split())
    if not bounds:
        return False
    said = normalize(statement).split()
    if _NOT_BARE & {without_conjunction(word, "و") for word in said}:
        return False
    plain = set(read_numbers(statement)[0]) - hedged_numbers(statement)
    return bool(plain & bounds)
