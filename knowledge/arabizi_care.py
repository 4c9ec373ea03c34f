"""Care with answers to Arabizi: a decision must rest on words that were read, not guessed.

knowledge.arabizi writes a message typed in Latin letters in Arabic script, and most of its
words are guesses: «sa7abi» could be صحبي, صحابي or صاحبي; «munafiqin» (hypocrites) came out
as «المنفقين» (spenders), which the matcher took for the donations. An answer that rests on
such guesses is a confident answer to a question nobody asked, the worst reply the bot can
give. So a part of an Arabizi message is answered only when the decision holds on a word
read plainly (arabizi._read_plainly: a word the facts use as it is, the only such spelling
within reach): the fact answered must contain one such word of the question, and a chosen
option must hold a number or one such word of its own and no guessed word. Otherwise the part
is asked back («هل تقصد …؟»), naming the rule «arabizi: rests on guessed words» for --explain
and the evaluation's by-rule table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from knowledge.arabizi import read_latin, to_arabic
from knowledge.arabizi_words import ArabiziWords, bare, bare_words, fact_words, holds
from knowledge.engine import Outcome, Reply
from knowledge.form_replies import MessageReply, PartReply, Status
from knowledge.models import Fact
from knowledge.ranking_results import Candidate
from knowledge.stemming import is_stopword
from knowledge.tuning import MAX_ARABIZI_WORD_SHARE, MIN_ARABIZI_READ_WORDS

RULE = "arabizi: rests on guessed words"
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class ArabiziReading:
    """An Arabizi message in Arabic script, and its words read plainly (normalised)."""

    text: str
    read: frozenset[str]
    guessed: frozenset[str]
    # Without a letter-digit the message is less surely Arabic at all: no guessed word of it
    # is relied on, however many words the fact holds.
    digitless: bool = False


def read_arabizi(text: str, fit: Callable[[str], tuple[int, int]]) -> ArabiziReading | None:
    """The message written in Arabic with its plainly read words, or None if it is not
    Arabizi."""
    latin = read_latin(text)  # (the router's reading, remembered)
    if not latin.arabizi:
        return None
    spelled: dict[str, bool] = {}
    arabic = to_arabic(text, fit, spelled)
    content = {word: plain for word, plain in spelled.items() if not is_stopword(word)}
    return ArabiziReading(
        arabic,
        frozenset(word for word, plain in content.items() if plain),
        frozenset(word for word, plain in content.items() if not plain),
        digitless=not latin.letter_digit,
    )


def _fact_holds(fact: Fact, read: frozenset[str], base: ArabiziWords) -> bool:
    """Whether the fact holds enough plainly read words of the question that tell facts
    apart: a word most facts hold («تبوك», «غزوة») says the question is about Tabuk, not
    which of its facts it asks, so it is no evidence for the one answered."""
    words = fact_words(fact, base.vocabulary)
    held = {
        bare(word)
        for word in read
        if holds(words, word, base.vocabulary)
        and base.holding(word) <= MAX_ARABIZI_WORD_SHARE * len(base.facts)
    }
    return len(held) >= MIN_ARABIZI_READ_WORDS


def _option_read(text: str, read: frozenset[str]) -> bool:
    """Whether a chosen option is read, not guessed: a number, or a plainly read word."""
    plain = {bare(word) for word in read}
    return _DIGIT.search(text) is not None or bool(bare_words(text) & plain)


def _guessed(text: str, fact: Fact, reading: ArabiziReading, base: ArabiziWords) -> bool:
    """Whether answering the text with the fact rests on guessed words: the text holds a
    guessed word, and the fact no plainly read one that tells it apart."""
    if not bare_words(text) & {bare(word) for word in reading.guessed}:
        # (nothing was guessed: «emta kanet?» after a question, read with it)
        return False
    return reading.digitless or not _fact_holds(fact, reading.read, base)


def _supported(part: PartReply, reading: ArabiziReading, base: ArabiziWords) -> bool:
    """Whether a part's answer holds on plainly read words (a chosen option too: its own
    words, or a number)."""
    if not part.done or part.fact is None:
        return True
    choice = part.choice if part.status is Status.CHOICE else None
    guessed = {bare(word) for word in reading.guessed}
    # (an option typed in Latin letters is chosen only when every word of it was read, not
    # guessed, and it holds a number or a plainly read word: a choice among guesses is a guess)
    if choice is not None and (
        bare_words(choice.text) & guessed or not _option_read(choice.text, reading.read)
    ):
        return False
    return not _guessed(part.part.text, part.fact, reading, base)


def _suggesting(reply: Reply, fact: Fact) -> Reply:
    """The reply asking back about the fact it would have answered with."""
    suggestion = Candidate(fact=fact, score=reply.score, phrasing=fact.questions[0])
    return replace(reply, outcome=Outcome.SUGGEST, suggestions=(suggestion,), rule=RULE)


def _asked_back(part: PartReply) -> PartReply:
    """The part asked back about the fact it would have been answered with."""
    assert part.fact is not None
    reply = _suggesting(part.reply, part.fact)
    return PartReply(part=part.part, reply=reply, status=Status.NOT_ANSWERED)


def careful(reply: MessageReply, reading: ArabiziReading, base: ArabiziWords) -> MessageReply:
    """The reply with every part whose decision rests on guessed words asked back."""
    parts = tuple(
        part if _supported(part, reading, base) else _asked_back(part) for part in reply.parts
    )
    return reply if parts == reply.parts else replace(reply, parts=parts)


def careful_answer(reply: Reply, reading: ArabiziReading, base: ArabiziWords) -> Reply:
    """One engine reply to an Arabizi question (the router's path), asked back when the
    answer rests on guessed words."""
    if not reply.answered or reply.fact is None:
        return reply
    if not _guessed(reading.text, reply.fact, reading, base):
        return reply
    return _suggesting(reply, reply.fact)


R = TypeVar("R", Reply, MessageReply)


def answered_with_care(
    text: str,
    base: ArabiziWords,
    answer: Callable[[str], R],
    care: Callable[[R, ArabiziReading, ArabiziWords], R],
) -> R:
    """The Arabic side's reply to a text: Arabizi is answered written in Arabic script, and
    asked back by `care` where the answer rests on guessed words («shu esm el sa7abi?»);
    any other text is answered as it is. The router (one engine reply) and the message
    answerer (a reply per part) both answer through here."""
    reading = read_arabizi(text, base.fit)
    if reading is None:
        return answer(text)
    return care(answer(reading.text), reading, base)
