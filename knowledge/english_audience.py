"""Whom or what an English question's answer is for, named after the question (en59).

Search-style headlines and requests end on the asker's purpose: «Tabuk expedition short summary
for sisters halaqa», «Results of the Tabuk expedition IRK note for WASSCE», «causes of Tabuk
for class 9 students». The tail names an audience, a study circle or an exam (Nigerian
«IRK»/«WASSCE», British «GCSE RS», South Asian «Islamiyat»), never anything of the story; read
with the question its words are unknown to every fact, and an answer the rest finds turns into
a question back. The tail is taken off only at the message's end, from «for» or an exam's or
course's name on, when every word of it is such a word and it names at least one audience or
exam; the question before it must keep words of its own («for the army», «for Tabuk» stay).

Part of the repairs before an English message is read (knowledge/english_preparation.py).
"""

from __future__ import annotations

import re

# Exams, courses and subjects, by their names and codes in the countries that set them.
_EXAMS = frozenset(
    """
    gcse igcse gce level levels ssc hsc waec wassce neco jamb ssce bece kcse kcpe utme
    nabteb irk irs ire crs cre islamiyat islamiat islamiyyat rs re ks3 ks4 ib ap csat
    """.split()
)
# Who the answer is for, and where it will be read out or learnt.
_AUDIENCES = frozenset(
    """
    sisters brothers kids children students pupils learners beginners juniors teens
    teenagers youth girls boys ladies halaqa halaqah halqa halaqas halaqat circle circles
    madrasa madrasah madrassa madrassah maktab school class classes grade form assembly
    jumuah jummah jumma khutbah khutba talk lecture lesson lessons seminar workshop
    revision exam exams test tests quiz quizzes homework assignment worksheet project
    presentation slides handout flashcards
    """.split()
)
# Words that may stand between them: the purpose's frame and a class's number.
_FRAME = frozenset(
    """
    for my our the a o an this next of and in note notes summary summaries short brief quick
    simple easy study studies islamic religious knowledge paper papers year
    """.split()
)
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)?")
# Where a tail may start: «for …», or an exam's or course's own name.
_STARTS = re.compile(
    r"(?<!\S)(?=(?:for|" + "|".join(sorted(_EXAMS, key=len, reverse=True)) + r")\b)",
    re.IGNORECASE,
)


def _tail_words(tail: str) -> list[str]:
    return _WORD.findall(tail.lower())


def _is_tail(words: list[str]) -> bool:
    named = [w for w in words if w in _AUDIENCES or w in _EXAMS]
    return bool(named) and all(
        w in _AUDIENCES or w in _EXAMS or w in _FRAME or w.isdigit() for w in words
    )


def without_audience(text: str) -> str:
    """The message without the audience, circle or exam named at its end; any other message
    as it is."""
    stripped = text.rstrip()
    end = re.search(r"[\s?!.…]*$", stripped)
    body = stripped[: end.start()] if end else stripped
    if "\n" in body:
        return text  # a tail is the end of one line asked alone
    for match in _STARTS.finditer(body):
        tail = body[match.start() :]
        head = body[: match.start()].rstrip(" ,;:-–—")
        if len(_tail_words(head)) >= 2 and _is_tail(_tail_words(tail)):
            return head + (end.group().strip() if end else "")
    return text
