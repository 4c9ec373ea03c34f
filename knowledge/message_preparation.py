"""The repairs an Arabic message gets before knowledge/message.py reads it (FormAnswerer).

Some damage is mended with the words one engine's facts know: text pasted out of a PDF
(letters spread apart, an exam verb cut in two, words that lost their «ي»), words a phone ran
together, and a mistyped opening question word. Others need no facts: keycap and circled
numbers written out, «ردة فعل» read as the stance the facts are asked about, «أكثر» before
«عن» dropped, emoji between words read as a comma. Each is a named step
(knowledge/repair_trace.py): the answerer runs them, and `ask --explain` names each one that
changed a message.
"""

from __future__ import annotations

from knowledge.enclosed_numbers import plain_numbers, plain_option_letters
from knowledge.engine import AnswerEngine
from knowledge.glued_words import GluedWords, join_spaced_letters, mend_cut_exam_verb
from knowledge.headlines import known_word, reaction_as_stance, restore_lost_ya
from knowledge.message_patterns import (
    EMOJI_BETWEEN,
    EMOJI_LINE_END,
    FRAMED_LINE,
    MORE_ABOUT,
    PICTOGRAPH,
)
from knowledge.question_word_spelling import mend_opening_question_words
from knowledge.repair_trace import Repair, Step, run_steps


def _emoji(text: str) -> str:
    """Emoji between two words read as a comma, a line framed by emoji unframed, emoji
    ending a line dropped."""
    if PICTOGRAPH.search(text) is None:  # (in every match of the three: most texts hold none)
        return text
    text = EMOJI_BETWEEN.sub("، ", text)
    return EMOJI_LINE_END.sub("", FRAMED_LINE.sub(r"\1", text))


class MessagePreparer:
    """The repairs of one engine's messages, in the order they are made."""

    def __init__(self, engine: AnswerEngine) -> None:
        vocabulary = engine.matcher.vocabulary
        glued = GluedWords(engine.facts, vocabulary)

        def known(word: str) -> bool:
            return known_word(word, vocabulary)

        self.steps: tuple[Step, ...] = (
            # («① …», «⑵ …», «1️⃣ كسرى 2️⃣ هرقل»: items numbered as pasted sheets and channels do)
            ("keycap and circled numbers written plain", plain_numbers),
            # («🅰️ النبي 🅱️ خالد»: options lettered with emoji, as channels do)
            ("emoji letters written as option letters", plain_option_letters),
            # («بماذا س م ي الجيش»: a word's letters spread apart by PDF extraction)
            ("letters spread apart joined", join_spaced_letters),
            # («عل ل: …»: an exam verb opening a line, cut in two by PDF extraction)
            ("an exam verb cut in two joined", mend_cut_exam_verb),
            # («مؤ تة», «هر قل»: a word cut in two by PDF extraction)
            ("a word cut in two joined", glued.join_cut),
            # («ماهوموقفالمنافقين…»: words run together)
            ("words run together cut apart", glued.split),
            # («الصحاب الذ قدم ماله كله ف غزوة تبوك»: letters lost in PDF extraction)
            ("letters lost in PDF extraction restored", lambda t: restore_lost_ya(t, known)),
            ("«ردة فعل» read as «موقف»", reaction_as_stance),
            (
                "a mistyped opening question word put right",
                lambda t: mend_opening_question_words(t, vocabulary),
            ),
            ("«أكثر/المزيد» before «عن» dropped", lambda t: MORE_ABOUT.sub("", t)),
            ("emoji between words or around a line read as punctuation", _emoji),
        )

    def prepare(self, typed: str, trace: list[Repair] | None = None) -> str:
        """The message repaired (each repair that changed it appended to `trace` when one
        is given)."""
        return run_steps(typed, self.steps, trace)
