"""`python -m bot ask --explain` for an Arabizi message (Arabic typed in Latin letters).

The router gives such a message to the Arabic side, which reads it written in Arabic script
(knowledge.arabizi) and answers only where the decision rests on words read plainly
(knowledge.arabizi_care). The account says so in that order: the side taken, the Arabic-script
reading, which of its words were read plainly and which guessed, the Arabic explanation of
that text, and the care rule when it asked a part back. Everything comes from the reader's and
the message answerer's own results, so the account cannot drift from the reply a user sees.
"""

from __future__ import annotations

from knowledge.arabizi_care import RULE, ArabiziReading, read_arabizi
from knowledge.engine import AnswerEngine
from knowledge.english_text import latin_share
from knowledge.explain import explain_message
from knowledge.normalize import normalize


def _in_order(reading: ArabiziReading, words: frozenset[str]) -> str:
    """The words of the reading that are in `words`, in the order the message has them."""
    seen: list[str] = []
    for word in normalize(reading.text).split():
        if word in words and word not in seen:
            seen.append(word)
    return " ".join(seen) or "(none)"


def explain_arabizi(arabic: AnswerEngine, text: str) -> str | None:
    """The account of an Arabizi message's decision, or None if the text is not Arabizi."""
    from knowledge.forms import FormAnswerer  # the message answerer builds on the explainers

    reading = read_arabizi(text, arabic.arabizi.fit)
    if reading is None:
        return None
    latin, script = latin_share(text)
    lines = [
        f"side: Arabizi, Arabic typed in Latin letters ({latin} Latin-script word(s), "
        f"{script} Arabic word(s)): the Arabic side reads it in Arabic script",
        f"Arabic-script reading: «{reading.text}»",
        f"read plainly: {_in_order(reading, reading.read)}",
        f"guessed: {_in_order(reading, reading.guessed)}",
        explain_message(arabic, reading.text),
    ]
    reply = FormAnswerer(arabic).answer_message(text)
    asked = [index for index, part in enumerate(reply.parts, 1) if part.reply.rule == RULE]
    if asked:
        numbers = ", ".join(map(str, asked))
        which = "the question" if len(reply.parts) == 1 else f"part(s) {numbers}"
        lines.append(f"care: {which} asked back, the answer rests on guessed words")
        lines.append(f"rule: {RULE}")
    return "\n".join(lines)
