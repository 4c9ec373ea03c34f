"""A yes/no follow-up whose subject is «this/that»: «مين الرسول اللي قتله الروم؟ وهل هذا كان
من أسباب الغزوة؟», «ماذا فعل الغساسنة بسفير النبي؟ هل هذا من أسباب الغزوة؟».

Alone, «was this among the expedition's causes?» names no cause, and the engine answers with
all of them (the reasons, a whole): what «this» stands for is the part before's deed. When the
fact the part before gets (or leads with, when it is asked back: the envoy's name is not
told, his killing is) is a part of the whole the follow-up got alone, and states every word
the follow-up asks of «this» («من أسباب غزوة تبوك أن …»; its phrasings' words count), that
fact answers the follow-up: it says so of that very deed. Otherwise the follow-up is left as
it was read.

«This» is the deed of the reply the part before was given (its fact, or the one it offers
first when asked back), not of that part read again alone. The follow-up asks yes or no of
it, and the fact states what it asks: the reply opens with «نعم» (unless the follow-up
denies: «وهل هذا لم يكن …؟»), and when the part before already showed that fact the reply
says yes and points at it instead of giving the same fact again («1) ماذا فعل الغساسنة
بسفير النبي؟ 2) وهل كان ذلك من أسباب غزوة تبوك؟»: «نعم، كما يذكره النص في جواب السؤال
الأول أعلاه»).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from knowledge.analysis import analyze
from knowledge.engine import Outcome
from knowledge.form_replies import PartReply
from knowledge.message import Form
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.statement_words import is_negation

if TYPE_CHECKING:
    from knowledge.forms import FormAnswerer

# «هل/واش» (with «و/ف»), then «كان/كانت» at most, then «this/that» as its subject.
_THAT_ASKED = re.compile(
    r"^\s*[وف]?(?:هل|واش)\s+(?:(?:كان|كانت|يكون|تكون)\s+)?"
    r"(?:هذا|هذه|ذلك|تلك|هاد|هادا|هادي|هاذا|هاي|هذي|ده|دي)(?=\s)"
)
# The rule named for `ask --explain`.
THAT_RULE = "«this» is the part before's deed: its fact, a part of the whole asked"
# The pointing word itself, which names nothing the fact must state.
_THAT_WORDS = frozenset(
    normalize(w) for w in "هذا هذه ذلك تلك هاد هادا هادي هاذا هاي هذي ده دي".split()
)


def asks_of_that(text: str) -> bool:
    """Whether a part asks yes or no of «this/that» (the part before's deed)."""
    return bool(_THAT_ASKED.match(normalize(text)))


def that_of_the_part_before(
    answerer: FormAnswerer, reply: PartReply, before: PartReply
) -> PartReply | None:
    """The follow-up answered with the fact of the reply the part before got, when «this»
    is that fact's deed (see the module's docstring); None to leave it as read."""
    part = reply.part
    if part.form is not Form.QUESTION or part.marked or not asks_of_that(part.text):
        return None
    if not reply.done or reply.fact is None:
        return None
    engine = answerer.engine
    pointed = _pointed(before)
    if pointed is None or reply.fact.id not in engine.wholes(pointed.id):
        return None
    vocabulary = engine.matcher.vocabulary
    reading = analyze(part.text, vocabulary)
    asked = {
        term
        for term, word in zip(reading.terms, reading.term_words, strict=True)
        if word not in _THAT_WORDS
    }
    # (its phrasings' and keywords' words too: a word it is asked with is one it stands for)
    profile = engine.matcher.profile(pointed.id)
    stated = set(analyze(pointed.answer, vocabulary).terms) | (profile.terms if profile else set())
    if not asked or not asked <= stated:
        return None
    # («وهل هذا لم يكن من أسباب الغزوة؟» asks the denial: the fact, without «نعم»)
    denied = any(is_negation(word) for word in normalize(part.text).split())
    narrowed = dataclasses.replace(
        reply.reply,
        outcome=Outcome.ANSWER,
        fact=pointed,
        suggestions=(),
        rule=THAT_RULE,
        yes_no=True,
        confirmed=not denied,
    )
    return answerer.plain(part, narrowed, judge=False)


def _pointed(before: PartReply) -> Fact | None:
    """The fact whose deed «this» is: the one the part before was given, or the one its
    reply offers first when it was asked back (the envoy's name is not told, his killing
    is)."""
    if before.done:
        return before.fact
    suggestions = before.reply.suggestions
    return suggestions[0].fact if suggestions else None
