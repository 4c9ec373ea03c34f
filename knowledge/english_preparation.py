"""The repairs an English message gets before its parts are read (EnglishEngine.answer).

Hashtags filing a post are taken off; a quiz app's card loses its counter, score and empty
answer slot; a question sent with an answer to check is read as the question; a forwarded or
tag-first claim is told as a claim, then «Is this true?»; a question word left at the end is
put first; a riddle that asks first is told with its question last, and a riddle's closing
question in its plain form; a share written as a percentage («50% of his property») is told in
words.
Each is a named step (knowledge/repair_trace.py): the engine runs them, and `ask --explain`
names each one that changed a message.
"""

from __future__ import annotations

from knowledge.english_answer_checks import question_of_check
from knowledge.english_forwarded import claim_first
from knowledge.english_named_choices import deed_asked
from knowledge.english_quiz_cards import without_card_furniture
from knowledge.english_riddles import ask_last, plain_ask
from knowledge.english_shares import shares_in_words
from knowledge.english_tags import without_closing_tags
from knowledge.english_word_order import question_word_first
from knowledge.repair_trace import Repair, Step, run_steps

# The repairs in the order they are made, each named as `ask --explain` shows it.
ENGLISH_STEPS: tuple[Step, ...] = (
    ("hashtags closing a line or standing alone on one taken off", without_closing_tags),
    ("a quiz card's counter, score and answer slot taken off", without_card_furniture),
    ("a question sent with an answer to check read as the question", question_of_check),
    ("a forwarded or tag-first claim told as a claim to check", claim_first),
    ("a who-question offering named persons told as «Who <deed>?»", deed_asked),
    ("a question word left at the end put first", question_word_first),
    ("a riddle asking first told with its question last", ask_last),
    ("a riddle's closing question in its plain form", plain_ask),
    ("a share written as a percentage told in words («50% of» → «half of»)", shares_in_words),
)


# The same repairs leaving a question's answer to check in place: the answer key is judged
# first (knowledge/english_key_checks.py), and only a key it cannot judge is set aside.
_KEY_KEPT_STEPS = tuple(step for step in ENGLISH_STEPS if step[1] is not question_of_check)
_ANSWER_SET_ASIDE = next(name for name, step in ENGLISH_STEPS if step is question_of_check)


def prepare_english_and_keeping_key(text: str) -> tuple[str, str]:
    """The message repaired, and repaired with an answer sent for checking left in it. The
    second run is made only when an answer was set aside: otherwise that step changed
    nothing and both are the same text."""
    trace: list[Repair] = []
    prepared = run_steps(text, ENGLISH_STEPS, trace)
    if all(repair.name != _ANSWER_SET_ASIDE for repair in trace):
        return prepared, prepared
    return prepared, run_steps(text, _KEY_KEPT_STEPS)


def prepare_english(text: str, trace: list[Repair] | None = None) -> str:
    """The message repaired (each repair that changed it appended to `trace` when one is
    given)."""
    return run_steps(text, ENGLISH_STEPS, trace)
