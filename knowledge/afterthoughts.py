"""A question followed by «يعني …»: what the asker adds as they think aloud, as voice-typed
and chat messages run on («ليش سموه جيش العسرة يعني العسرة مو هي الشدة ولا في معنى ثاني»).

The words after «يعني» («I mean») guess, restate or wonder; read with the question they
make the engine hesitate. The question before them, read alone, is what is asked: when the
engine answers it, and that answer is the one it offered first for the whole message, the
two readings agree and the question is answered. Otherwise nothing changes (the asker is
asked back as before): the afterthought never picks another fact.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.question_split import has_question_word
from knowledge.tuning import AFTERTHOUGHT_QUESTION_MIN_WORDS

if TYPE_CHECKING:
    from knowledge.engine import AnswerEngine, Reply

# «يعني», «أقصد», «قصدي», «بمعنى»: what follows explains the question before it.
_AFTERTHOUGHT = re.compile(r"\s+(?:يعني|يعنى|اقصد|أقصد|قصدي|بمعنى)\s+")


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
