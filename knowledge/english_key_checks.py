"""A question with its answer key put for checking (en69): «Q3: In what month and year did the
Prophet announce the call to arms for Tabuk? Key: Rajab, 9 AH. Is that right?», «Quiz question:
"Who did the Prophet send to Dumat al-Jandal?" Answer key: Ali ibn Abi Talib. Is that what the
source says?».

Read as questions, the key's words were part of the question («… answer key ali ibn abi talib»
made it a known gap) or the question was answered and the key left unjudged, and the closing
«Is that what the source says?» was a question of its own (answered with a verse). The question
is answered by itself, and the key judged against that fact's answer: right when the answer
states every word of it, wrong when it gives a name, place, month or number the answer does not
have where the answer has another of the same kind; otherwise not settled (a key in words of
its own, «because it was very large», is not judged this way). Part of answering English
messages (knowledge/english_engine.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from knowledge.english import EnglishMatcher
from knowledge.english_answer_checks import ANSWER_LABEL, RIGHT_CHECK
from knowledge.english_choice import counted_option, main_answer
from knowledge.english_decision import PartReply
from knowledge.english_doers import NEUTRAL
from knowledge.english_forms import Form, Part
from knowledge.english_lettered_options import lettered_options
from knowledge.english_lexicon import VALUE_CLASSES
from knowledge.english_normalize import normalize_english
from knowledge.english_option_doers import subject_asked
from knowledge.english_reply import PartAnswer
from knowledge.models import Fact

# «Key: …», «Answer key: …», «Key = …», «The key says …», «Answer: …» after the question; a
# student's own answer told as written, «I wrote: Ali», «I put 950», «I answered Ramadan» (en72:
# the question was answered and the student's answer left unjudged).
_KEY = re.compile(
    rf"\s*(?:{ANSWER_LABEL}\s*(?:says\s*:?|is\s*:?|[:=\-–—])"
    r"|i\s+(?:wrote|put|said|answered|chose|picked)(?:\s+down)?\s*[:\-–—]?)\s*",
    re.IGNORECASE,
)
# The request to check it, closing the message as a question (the shared wordings, and the
# student's own «Did I get this right?», «Is my answer correct?»).
_CHECK = re.compile(
    rf"(?:[.;,!]\s*|\s+)(?:{RIGHT_CHECK}|did\s+i\s+get\s+(?:that|this)\s+right"
    r"|is\s+my\s+answer\s+(?:right|correct))\s*\?+\s*$",
    re.IGNORECASE,
)
# Where the question begins: after a quote, a colon, a dash or a full stop before it.
_QUESTION_START = re.compile(r"""(?:^|[:"“‘—–]\s*|[.!]\s+|\n)(?=[^:"“‘—–.!\n]*\?[\s"”’]*$)""")


@dataclass(frozen=True, slots=True)
class KeyCheck:
    """The question asked and the key given for it."""

    question: str
    key: str


def key_check(text: str) -> KeyCheck | None:
    """The question and its key when the message puts a key to it for checking, else None."""
    check = _CHECK.search(text)
    if check is None:
        return None
    head = text[: check.start()]
    asked = head.rfind("?")
    if asked < 0:
        return None
    key = _KEY.match(head, asked + 1) or _KEY.match(head.replace('"', " "), asked + 1)
    if key is None:
        quote = re.match(r"""["”’']\s*""", head[asked + 1 :])
        key = _KEY.match(head, asked + 1 + quote.end()) if quote else None
    if key is None:
        return None
    value = head[key.end() :].strip(" .\"'”’—–")
    if not value or "?" in value or "\n" in value:
        return None
    before = head[: asked + 1]
    start = _QUESTION_START.search(before)
    question = before[start.end() if start else 0 :].strip(' "“‘')
    if len(question.split()) < 3:
        return None
    return KeyCheck(question, value)


def key_verdict(
    matcher: EnglishMatcher, typed: Callable[[str], bool], fact: Fact, check: KeyCheck
) -> bool | None:
    """Whether the fact's answer bears out the key: True when it states every word of it and
    each value of the key (name, place, month, number) is the only one of its kind the answer
    gives beside the question's own words (or the count the answer gives of what the question
    counts); False when the key gives a value the answer does not have where the answer has
    another of its kind; None otherwise («Who gave half his wealth? Key: Abu Bakr» against the
    gifts of every donor is not settled: Abu Bakr is named there, for another gift)."""
    main = main_answer(matcher, fact) - {"tabuk"}
    terms = [t for t in matcher.correct(matcher.reader.read(check.key).terms) if t not in NEUTRAL]
    values = [t for t in terms if typed(t)]
    if not values:
        return None
    asked = set(matcher.correct(matcher.reader.read(check.question).terms))

    def others(kind: str | None) -> set[str]:
        return {t for t in main if _kind(t) == kind and t not in asked}

    if all(t in main for t in terms):
        if all(others(_kind(v)) == {v} for v in values):
            return True
        numbers = normalize_english(check.key).replace(" ", "")
        counting = Part(check.question, Form.CHOICE, (numbers,))
        if numbers.isdigit() and counted_option(matcher, fact, counting) == 0:
            return True  # «How many camels did Uthman give? Key: 950»: 950 camels, 50 horses
        return None
    for value in values:
        if value not in main and _kind(value) is not None and others(_kind(value)):
            return False
    return None


def _kind(term: str) -> str | None:
    """A value's kind: a number, or its class (person, place, people, month …)."""
    return "number" if term.isdigit() else VALUE_CLASSES.get(term)


def answered_key(
    matcher: EnglishMatcher,
    typed: Callable[[str], bool],
    text: str,
    answer: Callable[[Part], PartAnswer],
    judge: Callable[[Fact, PartReply], bool | None],
) -> PartAnswer | None:
    """The message's question answered by itself (`answer`) with its key judged, as one
    true/false part (`judge` settles a statement by a fact); the question's own answer when
    its fact is not found (a known gap, an ask-back); None when the message puts no key to a
    question (or its question has options: «Key = (a)» names an option, a choice's own
    check)."""
    check = key_check(text)
    if check is None or lettered_options(text) is not None:
        return None
    asked = answer(Part(check.question))
    decision = asked.decision
    if not decision.answered or decision.fact is None:
        return asked
    verdict = key_verdict(matcher, typed, decision.fact, check)
    who = subject_asked(check.question)
    if verdict is None and who is not None:
        # «Who was the chief of Dumat al-Jandal? Key: Ukaydir»: the answer names Khalid too;
        # the key read as the subject, «Ukaydir was the chief of Dumat al-Jandal», is checked
        # as a statement is. Only a True is taken so: the key is not a claim of its own.
        statement = f"{check.key} {check.question[who.end() :]}".rstrip(" ?")
        reading = matcher.reader.read(statement)
        if judge(decision.fact, replace(decision, reading=reading)) is True:
            verdict = True
    claim = Part(f"{check.question} {check.key}", Form.TRUE_FALSE)
    return PartAnswer(claim, decision, verdict=verdict)
