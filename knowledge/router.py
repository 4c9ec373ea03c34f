"""Which engine reads a message: English for Latin-script messages, Arabic otherwise.

Arabic typed in Latin letters (Arabizi: «chkoun jahaz jaysh el 3osra?») is Arabic: it goes
to the Arabic engine, which reads it written in Arabic script (knowledge.arabizi).

An Arabic message is decided exactly as before (same engine, same text). A message with more
Latin-script words than Arabic ones («What did عثمان give?») goes to the English engine,
which reads Arabic names too; an Arabic message with a name in Latin script gets the name
written in Arabic first.
"""

from __future__ import annotations

from knowledge.arabizi import arabic_reading, is_arabizi
from knowledge.arabizi_care import answered_with_care, careful_answer
from knowledge.engine import MAX_QUESTION_CHARS, AnswerEngine, Reply
from knowledge.english_engine import EnglishEngine, EnglishReply
from knowledge.english_text import latin_share


def is_english(text: str) -> bool:
    """More Latin-script words than Arabic ones (digits and signs do not count), and not
    Arabic typed in Latin letters («shu esm el sa7abi?», knowledge.arabizi)."""
    latin, arabic = latin_share(text)
    return latin > arabic and not is_arabizi(text)


def route(text: str, english: EnglishEngine) -> tuple[bool, str]:
    """(is English, the text the chosen engine reads). An Arabic message with a name in Latin
    script («ماذا قدم Uthman؟») gets the name written in Arabic; a message without Latin
    letters, or too long to be a question, is passed on untouched."""
    if len(text) > MAX_QUESTION_CHARS:
        return False, text  # the Arabic engine says it is too long
    latin, arabic = latin_share(text)  # (is_english, counted once)
    if latin and is_arabizi(text):
        return False, text  # the Arabic side writes Arabizi in Arabic script (arabic_text)
    if latin > arabic:
        return True, text
    return False, english.matcher.reader.arabize(text) if latin else text


def arabic_text(text: str, arabic: AnswerEngine) -> str:
    """The text the Arabic engine reads: Arabizi written in Arabic script, with the spellings
    its fact base knows (the message reader, knowledge.forms, does this itself)."""
    return arabic_reading(text, arabic.arabizi.fit)


class Router:
    """Sends each message to the engine of its language."""

    def __init__(self, arabic: AnswerEngine, english: EnglishEngine) -> None:
        self.arabic = arabic
        self.english = english

    def answer(self, text: str) -> Reply | EnglishReply:
        english, routed = route(text, self.english)
        if english:
            return self.english.answer(routed)
        # (Arabizi answered only where the answer rests on words read, not guessed)
        return answered_with_care(routed, self.arabic.arabizi, self.arabic.answer, careful_answer)
