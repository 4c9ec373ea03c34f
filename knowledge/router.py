"""Which engine reads a message: English for Latin-script messages, Arabic otherwise.

An Arabic message is decided exactly as before (same engine, same text). A message with more
Latin-script words than Arabic ones («What did عثمان give?») goes to the English engine,
which reads Arabic names too; an Arabic message with a name in Latin script gets the name
written in Arabic first.
"""

from __future__ import annotations

from knowledge.engine import AnswerEngine, Reply
from knowledge.english_engine import EnglishEngine, EnglishReply
from knowledge.english_text import latin_share


def is_english(text: str) -> bool:
    """More Latin-script words than Arabic ones (digits and signs do not count)."""
    latin, arabic = latin_share(text)
    return latin > arabic


class Router:
    """Sends each message to the engine of its language."""

    def __init__(self, arabic: AnswerEngine, english: EnglishEngine) -> None:
        self.arabic = arabic
        self.english = english

    def answer(self, text: str) -> Reply | EnglishReply:
        if is_english(text):
            return self.english.answer(text)
        latin, _ = latin_share(text)
        if latin:
            # «ماذا قدم Uthman في تبوك؟»: the Arabic engine reads the name written in Arabic.
            # A message without Latin letters is passed on untouched.
            text = self.english.matcher.reader.arabize(text)
        return self.arabic.answer(text)
