"""A verse's detail asked right after the verse: «اذكر الآية التي نزلت في المتثاقلين؟ ما
رقمها؟ من أي سورة؟», «ما اسم السورة اللي فيها آية انفروا؟ كم رقم الآية؟».

Alone, «ما رقمها؟» or «كم رقم الآية؟» names no verse: the engine takes whichever verse's
phrasings ask a number («رقم الآية … ساعة العسرة»), another verse than the one asked about.
A part whose own words are only a verse's details (its number, its surah, «الآية») asks them
of the verse the part before it asked about: it is answered with the fact the part before
gets, when that fact quotes a verse; when the part before is not settled, it is not answered,
unless the one verse it offers is the first of its offers (which verse is settled, not what it
asks of it).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from knowledge.analysis import analyze
from knowledge.asked import VERSE_WORDS
from knowledge.engine import Outcome, Reply
from knowledge.follow_ups import own_words
from knowledge.form_replies import PartReply, Status
from knowledge.message import Form, Part
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.stemming import stem

if TYPE_CHECKING:
    from knowledge.forms import FormAnswerer

# A verse's details, as stems: its number, its surah, the verse itself.
_DETAILS = frozenset(stem(normalize(w)) for w in "رقم رقمها سورة سورتها آية الآية آيه".split())
# «من أي سورة؟»: the question word asks, it names nothing.
_WHICH = frozenset({"اي", "انهي"})
# The rule named for `ask --explain` when the part before only settles which verse it asks.
ONE_VERSE_RULE = "the one verse the part before offers"
# The mark that opens a quoted verse in a fact's answer.
_VERSE_MARK = "﴿"


def verse_detail_of_the_verse_before(
    answerer: FormAnswerer, reply: PartReply, previous: Part
) -> PartReply | None:
    """The part read with the verse the part before it asked about, or None when the part
    asks more than a verse's details or the part before asks about no verse."""
    part = reply.part
    if part.form is not Form.QUESTION or part.marked:
        return None
    vocabulary = answerer.engine.matcher.vocabulary
    own = {stem(word, vocabulary) for word in own_words(part.text)} - _WHICH
    if not own or not own <= _DETAILS:
        return None
    before = normalize(previous.text).split()
    if not VERSE_WORDS & set(before) and not any("ايه" in word for word in before):
        return None
    again = answerer.engine.answer(previous.text)
    if not again.answered and (one := _the_one_verse_offered(answerer, again, previous)):
        # («متى نزلت آية ساعة العسرة؟ وما هي الآية؟»: when is not told, but the verse asked
        # about is the one verse that part offers)
        again = dataclasses.replace(
            again, outcome=Outcome.ANSWER, fact=one, suggestions=(), rule=ONE_VERSE_RULE
        )
    if not again.answered or again.fact is None:
        # (the verse asked about is not settled: another verse's number is no answer)
        unsure = dataclasses.replace(reply.reply, outcome=Outcome.UNKNOWN, fact=None)
        return PartReply(part, unsure, Status.NOT_ANSWERED)
    if _VERSE_MARK not in again.fact.answer:
        return None
    if reply.done and reply.fact == again.fact:
        return None
    return answerer.plain(part, again, judge=False)


def _the_one_verse_offered(answerer: FormAnswerer, reply: Reply, previous: Part) -> Fact | None:
    """The fact a part asked back leads with, when it quotes a verse, no other fact it offers
    does, and it holds every word of that part («آية ساعة العسرة»; not «آية انفروا خفافا»,
    another verse the text does not quote): which verse that part asks about is settled,
    what it asks of it is not."""
    verses = [one.fact for one in reply.suggestions if _VERSE_MARK in one.fact.answer]
    if len(verses) != 1 or reply.suggestions[0].fact != verses[0]:
        return None
    engine = answerer.engine
    profile = engine.matcher.profile(verses[0].id)
    terms = analyze(previous.text, engine.matcher.vocabulary).terms
    if profile is None or not set(terms) <= profile.terms:
        return None
    return verses[0]
