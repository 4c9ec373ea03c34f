"""A later part whose «its/their …» points at the part before it, read with that part.

«ضد منو كانت الغزوة؟ وشكد كان عددهم؟», «1) من قاد الفرقة إلى دومة الجندل؟ 2) وكم كان عدد
رجالها؟»: what such a pronoun may stand for is knowledge/pronoun_referents.py's to say; here
the part is read with the words of the part before it when it cannot stand for the expedition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.engine import Outcome, Reply
from knowledge.follow_ups import names_in, own_words
from knowledge.form_replies import PartReply, Status
from knowledge.message import Part
from knowledge.normalize import normalize
from knowledge.part_joins import names_the_expedition
from knowledge.pronoun_referents import (
    may_stand_for_the_expedition,
    says_its_or_their,
    says_their,
)
from knowledge.stemming import is_stopword, stem
from knowledge.story_reading import story_shares_words

if TYPE_CHECKING:
    from knowledge.forms import FormAnswerer


def line_pointing_back(answerer: FormAnswerer, reply: PartReply, previous: Part) -> PartReply:
    """A line of its own that says «its/their …»: read with the line before when «it» cannot
    be the expedition, else with the expedition, as a first question is, when what that
    reading answers is about something the line before names («في أي شهر خرج الجيش؟
    وكم كان عدده؟»: the army)."""
    part = reply.part
    engine = answerer.engine
    vocabulary = engine.matcher.vocabulary
    if not says_its_or_their(part.text, vocabulary):
        return reply
    their = says_their(part.text, vocabulary)
    expedition = may_stand_for_the_expedition(part.text, previous.text, vocabulary)
    if not expedition:
        checked = read_with_the_part_before(answerer, reply, previous, their=their)
        if checked is not None or their:
            return checked or reply
    if reply.done:
        return reply
    again = engine.answer(f"{part.text.rstrip(' ؟?')} غزوة تبوك")
    if not again.answered or again.fact is None:
        return reply
    if expedition or story_shares_words(answerer.engine, previous.text, again.fact.answer):
        return answerer.plain(part, again, judge=False)
    return reply


def read_with_the_part_before(
    answerer: FormAnswerer, reply: PartReply, previous: Part, *, their: bool
) -> PartReply | None:
    """«من قاد الفرقة إلى دومة الجندل؟ وكم كان عدد رجالها؟»: «it» is the detachment, not the
    expedition (whose army the part alone gets). Read with the words of the part before: a
    detail that reading says the text lacks is said so. «Their …», never the expedition's
    («ماذا فعل المنافقون؟ ومن قادهم؟»), is answered only as that reading answers, or as the
    part alone answers when that reading still offers it; otherwise it is asked back, never
    given. None: the reading settles nothing."""
    part = reply.part
    engine = answerer.engine
    carried = " ".join(own_words(previous.text))
    again = engine.answer(f"{part.text.rstrip(' ؟?')} {carried}")
    if again.outcome is Outcome.GAP:
        named = _with_the_names_before(answerer, reply, previous, again)
        return named or PartReply(part, again, Status.NOT_ANSWERED)
    if again.answered and again.fact is not None:
        if again.fact == reply.fact:
            return reply
        if again.fact == engine.answer(previous.text).fact and (
            not reply.done
            or (
                reply.fact is not None
                and (
                    story_shares_words(answerer.engine, previous.text, reply.fact.answer)
                    # («… طلعو فيها ضد منو؟ وهل حصل فيها قتال؟»: its own fact states what it
                    # asks, «قتال»; read with the part before it only restated that part)
                    or (
                        _her_of_the_expedition(part.text, previous.text)
                        and _states_its_words(answerer, part.text, reply.fact.answer)
                    )
                )
            )
        ):
            # («ما سبب تسمية الجيش بجيش العسرة؟ وكم كان عدده؟»: read with the part before,
            # its own fact again, which says nothing of «it»; the army named there is what
            # the part alone answers about, or is read about later)
            return reply if reply.done else None
        return answerer.plain(part, again, judge=False)
    if not their:
        return None
    if reply.done and all(one.fact != reply.fact for one in again.suggestions):
        return PartReply(part, again, Status.NOT_ANSWERED)
    return None


def _with_the_names_before(
    answerer: FormAnswerer, reply: PartReply, previous: Part, lacking: Reply
) -> PartReply | None:
    """«كم دينار أعطى هرقل لكل جندي؟ ورزق كم سنة أعطاهم مقدماً؟»: read with all the words of
    the part before, the follow-up gets that part's detail the text lacks (dinars). When the
    part before alone lacks that same detail, «them» is read with the one it names only
    (Heraclius's soldiers): an answer so read is kept; None otherwise (the detail said lacking)."""
    engine = answerer.engine
    names = names_in(previous.text, engine.matcher.vocabulary)
    if not names or engine.answer(previous.text).gap != lacking.gap:
        return None
    again = engine.answer(f"{reply.part.text.rstrip(' ؟?')} {' '.join(names)}")
    if not again.answered or again.fact is None:
        return None
    return answerer.plain(reply.part, again, judge=False)


def _states_its_words(answerer: FormAnswerer, text: str, answer: str) -> bool:
    """Whether a follow-up's own content words (one at least) are all in a fact's answer."""
    vocabulary = answerer.engine.matcher.vocabulary
    words = [stem(word, vocabulary) for word in own_words(text) if not is_stopword(word)]
    stated = {stem(word, vocabulary) for word in normalize(answer).split()}
    return bool(words) and all(word in stated for word in words)


def _her_of_the_expedition(text: str, previous: str) -> bool:
    """Whether a follow-up's «ها» («فيها», «بعدها») may be the expedition the part before it
    names («تبوك دي … ضد منو؟ وهل حصل فيها قتال؟»); «ه/هم» point at someone else."""
    return names_the_expedition(previous) and any(
        word.endswith("ها") and len(word) > 3 for word in normalize(text).split()
    )
