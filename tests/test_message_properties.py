"""Property-based tests on whole messages, as the bot reads them (parts, forms, verdicts,
options): any message built from the pieces pasted sheets and chats are made of is answered,
asked back or refused, never an exception, and its reply fits one Telegram message.

(«①»-numbered items once raised in the statement reader: "①".isdigit() is true, int("①")
raises. The pieces below include every kind of digit Unicode has.)"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.english_replies import render_english
from bot.knowledge_service import build_engines
from bot.replies import render_message
from knowledge.base import load_shipped
from knowledge.english_data import load_english
from knowledge.forms import FormAnswerer
from knowledge.models import TELEGRAM_MESSAGE_MAX

# The engines as the bot builds them (module constants: the strategies below read them).
ENGINE, ENGLISH = build_engines(load_shipped(), load_english())
FORMS = FormAnswerer(ENGINE)

# Digits of every Unicode kind: decimal (Arabic-Indic, Persian, fullwidth...), and the others
# Python counts as digits or numbers (circled, superscript, fractions, Roman numerals).
DIGITS = st.characters(categories=["Nd", "No", "Nl"])
ARABIC_WORDS = sorted({w for fact in ENGINE.facts for q in fact.questions for w in q.split()})
ARABIC_MARKS = [
    "صح أم خطأ", "( )", "(  ✓ )", "✗", "أكمل:", "……", "____", "علل:", "اذكر", "أ)", "ب-", "ج.",
    "1)", "(2)", "3-", "٤.", "●", "🔹", "▫️", "؟", "،", ":", "\n", "\n\n", "من أنا؟",
    "السؤال الأول:",
    "ألف", "950", "٤٠٠٠٠", "نصف", "كل", "و", "أو", "ولا", "ام",
]  # fmt: skip
ENGLISH_WORDS = sorted(
    {w for fact in ENGLISH.matcher.base.facts.values() for q in fact.questions for w in q.split()}
)
ENGLISH_MARKS = [
    "True or False:", "a)", "b)", "(c)", "D.", "1.", "(ii)", "[4]", "____", "...", "?", ",",
    "\n", "Describe", "Explain why", "Who am I?", "950", "40,000", "half", "all", "not",
]  # fmt: skip


def _message(words: list[str], marks: list[str]) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(words), st.sampled_from(marks), DIGITS, st.text(max_size=3))
    return st.lists(piece, min_size=1, max_size=40).map(" ".join)


# Slow: hypothesis, hundreds of generated messages.
pytestmark = pytest.mark.slow
_SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(_message(ARABIC_WORDS, ARABIC_MARKS))
def test_any_arabic_message_gets_a_reply_that_fits_one_message(text: str) -> None:
    reply = FORMS.answer_message(text)
    rendered = render_message(reply, ENGINE)
    assert rendered.plain.strip()
    assert len(rendered.plain) <= TELEGRAM_MESSAGE_MAX


@_SETTINGS
@given(_message(ENGLISH_WORDS, ENGLISH_MARKS))
def test_any_english_message_gets_a_reply_that_fits_one_message(text: str) -> None:
    reply = ENGLISH.answer(text)
    rendered = render_english(reply, ENGLISH)
    assert rendered.plain.strip()
    assert len(rendered.plain) <= TELEGRAM_MESSAGE_MAX
