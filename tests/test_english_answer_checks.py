"""A question sent with an answer to check (en70): «Quiz question: "Who did the Prophet send to
Dumat al-Jandal?" Answer key: Ali ibn Abi Talib. Is that what the source says?». The question
is answered by itself; the answer given (a name the text never gives, a model answer's
paraphrase) and the check after it ask nothing. Read together, the message was asked back.
A message without a label naming an answer given is left as it is. Each as the user sees
the reply."""

import pytest

from bot.english_replies import render_english
from knowledge.english_answer_checks import question_of_check
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        ('Teacher here. Quiz question: "Who did the Prophet send to Dumat al-Jandal?" Answer '
         "key: Ali ibn Abi Talib. Is that what the source says?", "dumat_aljandal", "Khalid"),
        ('Quiz question: "Who was the chief of Dumat al-Jandal?" Answer key: Heraclius. Is that '
         "right?", "ukaydir", "Ukaydir"),
        ('Grade 8 worksheet: "Explain what the hypocrites did during the preparation for '
         'Tabuk." My model answer: "They stayed behind." Anything missing?', "hypocrites",
         "stayed behind"),
        ('Worksheet Q: "Why did the Prophet not fight the Romans at Tabuk?" Model answer: "To '
         'spare bloodshed." Anything missing?', "no_battle", "bloodshed"),
    ],
)  # fmt: skip
def test_the_question_of_a_checked_answer_is_answered(english_engine, message, fact, said):
    assert answered_facts(english_engine, message) == [fact]
    assert said in render_english(english_engine.answer(message), english_engine).plain


@pytest.mark.parametrize(
    "text",
    [
        # No label naming an answer given: the claim rules read it.
        "Who gave half? Umar, right?",
        # A quiz's own answer line with no key and no check.
        "Who gave half his wealth? Answer: Umar",
        # A question in the asker's talk before the label: the message is read whole.
        "Who gave all? My friend says the key: Umar. Is that right?",
    ],
)
def test_a_message_without_an_answer_to_check_is_left(text) -> None:
    assert question_of_check(text) == text
