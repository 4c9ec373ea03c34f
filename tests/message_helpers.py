"""What a user sees of a message reply, shared by the message-form tests."""

from __future__ import annotations

from bot import texts
from bot.replies import render_message
from knowledge.forms import FormAnswerer, MessageReply, Status
from knowledge.wording import fit_answer


def reply_to(answerer: FormAnswerer, text: str) -> tuple[MessageReply, str]:
    """The reply to a message and its plain text as sent."""
    message = answerer.answer_message(text)
    return message, render_message(message, answerer.engine).plain


def facts_given(answerer: FormAnswerer, text: str) -> tuple[list[str | None], str]:
    """The fact each part of the reply gives (None for a part not answered), and the
    reply's text as sent."""
    message, plain = reply_to(answerer, text)
    return [part.fact.id if part.done and part.fact else None for part in message.parts], plain


def assert_each_part_answered(answerer: FormAnswerer, message: str, fact_ids: list[str]) -> str:
    """Every part of the message is answered, in order, with these facts; the reply's text."""
    reply, text = reply_to(answerer, message)
    assert [part.fact.id if part.fact else None for part in reply.parts] == fact_ids, text
    assert all(part.done for part in reply.parts), text
    return text


def assert_answered_with(answerer: FormAnswerer, message: str, fact_id: str, words: str) -> str:
    """The message gets one answer, with this fact, and the reply shows these words."""
    reply, text = reply_to(answerer, message)
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert given == [fact_id], text
    assert words in text, text
    return text


def assert_not_answered_with(answerer: FormAnswerer, message: str, fact_id: str) -> str:
    """No part of the message is answered, and the reply does not show this fact; its text."""
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert answer_text(answerer, fact_id) not in text, text
    return text


def answer_text(answerer: FormAnswerer, fact_id: str) -> str:
    """The fact's answer as shown after a verdict, a choice or a blank (no «نعم/لا» opener)."""
    fact = answerer.engine.fact(fact_id)
    assert fact is not None
    return fit_answer(fact.answer, False)


def assert_verdict(answerer: FormAnswerer, message: str, verdict: bool, fact_id: str) -> str:
    """The first part is judged `verdict` by `fact_id`, and the reply opens with it; its text."""
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.VERDICT and part.verdict is verdict, (part.status, text)
    assert part.fact is not None and part.fact.id == fact_id
    assert text.startswith(texts.VERDICT_TRUE if verdict else texts.VERDICT_FALSE)
    return text


def assert_verdict_then_fact(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> str:
    """As `assert_verdict`, and the reply then states the fact, the correct statement."""
    text = assert_verdict(answerer, message, verdict, fact_id)
    assert answer_text(answerer, fact_id) in text
    return text


def assert_never_false(answerer: FormAnswerer, message: str) -> str:
    """The first part is not judged «خطأ», nor does the reply open with it; the reply's text."""
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert not (part.status is Status.VERDICT and part.verdict is False), text
    assert not text.startswith(texts.VERDICT_FALSE), text
    return text


def assert_never_true(answerer: FormAnswerer, message: str) -> str:
    """The first part is not judged «صحيح», nor does the reply open with it; the reply's text."""
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert not (part.status is Status.VERDICT and part.verdict is True), text
    assert not text.startswith(texts.VERDICT_TRUE), text
    return text


def assert_opens(answerer: FormAnswerer, message: str, status: Status, opening: str) -> str:
    """The first part gets `status` and the reply opens with `opening`; the reply's text."""
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is status, text
    assert text.startswith(opening), text
    return text


def assert_filled(answerer: FormAnswerer, message: str, fact_id: str, words: str) -> str:
    """The message's one part is a blank filled from this fact, the reply showing these
    words; the reply's text."""
    reply, text = reply_to(answerer, message)
    assert [p.fact.id if p.fact else None for p in reply.parts] == [fact_id], text
    assert reply.parts[0].status is Status.FILLED, text
    assert words in text, text
    return text
