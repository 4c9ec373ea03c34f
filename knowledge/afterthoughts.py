"""A question followed by «يعني …» or by a clause that asks nothing: what the asker adds as
they think aloud, as voice-typed and chat messages run on («ليش سموه جيش العسرة يعني العسرة
مو هي الشدة ولا في معنى ثاني», «شو اخر غزوة غزاها الرسول؟ عم نتسابق انا واختي», «مين كان
قائد المسلمين في تبوك، قلتله النبي بس عايز اتأكد»).

The words after «يعني» («I mean») guess, restate or wonder; a clause after the question's
«؟» or comma with no question word tells who asks or what they guessed. Read with the
question they make the engine hesitate. The question before them, read alone, is what is
asked: when the engine answers it, and that answer is the one it offered first for the whole
message (after «يعني»), or one it offered (before a clause naming no one, no other event and
no gap of its own), the two readings agree and the question is answered. Otherwise nothing
changes (the asker is asked back as before): the afterthought never picks a fact the engine
did not offer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.analysis import analyze
from knowledge.engine import Outcome
from knowledge.lexicon import SUBJECT_TERMS
from knowledge.message_patterns import CLOSING, STORY
from knowledge.question_split import has_question_word
from knowledge.tuning import AFTERTHOUGHT_QUESTION_MIN_WORDS

if TYPE_CHECKING:
    from knowledge.engine import AnswerEngine, Reply

# «يعني», «أقصد», «قصدي», «بمعنى»: what follows explains the question before it.
_AFTERTHOUGHT = re.compile(r"\s+(?:يعني|يعنى|اقصد|أقصد|قصدي|بمعنى)\s+")


def before_a_tail(engine: AnswerEngine, text: str, reply: Reply) -> Reply | None:
    """The question alone, before «يعني …» or before a clause that asks nothing, when the
    engine offered its answer for the whole; None otherwise."""
    return before_the_afterthought(engine, text, reply) or before_the_told_tail(
        engine, text, reply
    )


def before_the_afterthought(engine: AnswerEngine, text: str, reply: Reply) -> Reply | None:
    """The answer to the question before «يعني», when it is what the engine offered first."""
    match = _AFTERTHOUGHT.search(text)
    if match is None or not reply.suggestions:
        return None
    question = text[: match.start()]
    if len(question.split()) < AFTERTHOUGHT_QUESTION_MIN_WORDS or not has_question_word(question):
        return None
    alone = engine.answer(question)
    if alone.answered and alone.fact == reply.suggestions[0].fact:
        return alone
    return None


# The end of a clause: a question mark or a comma (not inside a number: «40,000»); a full
# stop or «..» before a space, and an opening bracket after one: «اذكر نتائج غزوة تبوك (سؤال
# وزاري)», «وضح موقف المؤمنين .. المعلمة قالت راح يجي بالاختبار», «علل: … . ما عرفت احلها»
# (an exam question, then the asker's word on it).
_CLAUSE_END = re.compile(r"[؟?،](?=\s)|,(?=\s)|\.+(?=\s)|(?<=\s)[(（](?=[^)）]*[)）]\s*$)")


def before_the_told_tail(engine: AnswerEngine, text: str, reply: Reply) -> Reply | None:
    """The answer to the question before a clause that asks nothing, when it is one the
    engine offered for the whole («…؟ اخويا بيسألني», «…، عشان اكتبها في لوحة الفصل»)."""
    if not reply.suggestions:
        return None
    for end in _CLAUSE_END.finditer(text):
        question, tail = text[: end.start()], text[end.end() :]
        if not tail.strip() or has_question_word(tail):
            continue
        short = len(question.split()) < AFTERTHOUGHT_QUESTION_MIN_WORDS
        if short or not has_question_word(question):
            return None
        if _names_its_own(engine, question, tail):
            return None
        alone = engine.answer(question)
        if alone.answered and any(one.fact == alone.fact for one in reply.suggestions):
            return alone
        return None
    return None


def _names_its_own(engine: AnswerEngine, question: str, tail: str) -> bool:
    """Whether the clause after the question asks something of its own: it adds «and …», names
    a word the facts know that the question does not (someone: «كم كان عدد الجيش، جيش الروم
    مش المسلمين»; a detail) and tells no story of the asker, or names another event or a
    detail the text lacks. Then the question alone is not what is asked."""
    vocabulary = engine.matcher.vocabulary
    if tail.lstrip().startswith("و") and not CLOSING.match(tail):
        return True  # («…، والأحاديث في فضله»: «and …», a further thing asked)
    named = set(analyze(question, vocabulary).terms) | SUBJECT_TERMS
    own = [term for term in analyze(tail, vocabulary).terms if term not in named]
    if any(term in vocabulary for term in own) and not STORY.search(tail):
        return True  # («…، عشرين يوما تقريبا»: a word the facts know, no story of the asker)
    return engine.answer(tail).outcome in (Outcome.GAP, Outcome.OTHER_EVENT)
