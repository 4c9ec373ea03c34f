"""A question put with its answer key for checking (en69, knowledge/english_key_checks.py):
«Q3: In what month and year …? Key: Rajab, 9 AH. Is that right?». The question is answered by
itself and the key judged by that fact's answer: True when the answer states it as the one
value of its kind, False when it names another, not settled for a key in words of its own.
As the user sees the reply, and the messages the reading leaves alone."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_forms import Form
from knowledge.english_key_checks import key_check
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        (
            "Checking my answer key — Q3: In what month and year did the Prophet announce the "
            "call to arms for Tabuk? Key: Rajab, 9 AH. Is that right?",
            "date",
            texts.EN_TRUE,
        ),
        (
            'Teacher here. Quiz question: "Who did the Prophet send to Dumat al-Jandal?" Answer '
            "key: Ali ibn Abi Talib. Is that what the source says?",
            "dumat_aljandal",
            texts.EN_FALSE,
        ),
        (
            "Q: Who gave half his wealth for the army of Tabuk? Key: Abu Bakr. Correct?",
            "umar_donation",
            texts.EN_FALSE,
        ),
        (
            "Quiz Q: How many camels did Uthman give for Tabuk? Key: 950. Is that right?",
            "uthman_donation",
            texts.EN_TRUE,
        ),
        # Khalid is named beside him: the key read as the subject is checked
        (
            "Homework check — Who was the chief of Dumat al-Jandal? Answer key: Ukaydir. "
            "Is that correct?",
            "ukaydir",
            texts.EN_TRUE,
        ),
        # A student's own answer told as written (en72)
        (
            "Question: Who was sent to Dumat al-Jandal? I wrote: Ali ibn Abi Talib. "
            "Did I get it right?",
            "dumat_aljandal",
            texts.EN_FALSE,
        ),
        (
            "Q: How many camels did Uthman give? I put 950. Am I right?",
            "uthman_donation",
            texts.EN_TRUE,
        ),
        (
            "Who was the emperor of the Romans at Tabuk? I said Heraclius — is that right?",
            "heraclius",
            texts.EN_TRUE,
        ),
        # every label of an answer given names the key (english_answer_checks.ANSWER_LABEL)
        (
            "Quiz: How many camels did Uthman give for the army? My model answer: 1000. "
            "Is that correct?",
            "uthman_donation",
            texts.EN_FALSE,
        ),
        (
            "Q4: Who gave half his wealth for Tabuk? Suggested answer: Umar. Am I right?",
            "umar_donation",
            texts.EN_TRUE,
        ),
        (
            "Who was sent to Dumat al-Jandal? Student's response: Khalid ibn al-Walid. "
            "Is that right?",
            "dumat_aljandal",
            texts.EN_TRUE,
        ),
    ],
)
def test_the_key_is_judged_by_the_questions_fact(english_engine, message, fact, verdict) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


def test_asking_what_is_missing_puts_no_key_to_judge(english_engine) -> None:
    # «Anything missing?» asks what a model answer lacks, not whether it is right
    message = (
        "Q: Why did the Prophet not fight the Romans at Tabuk? Model answer: they ran away. "
        "Anything missing?"
    )
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert answered_facts(english_engine, message) == ["no_battle"]
    assert not plain.startswith((texts.EN_TRUE, texts.EN_FALSE))
    assert texts.EN_UNSETTLED not in plain


def test_a_key_in_words_of_its_own_is_not_settled(english_engine) -> None:
    message = "Q: Why was the army called Jaysh al-Usrah? Key: because it was very large. Right?"
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert plain.startswith(texts.EN_UNSETTLED.splitlines()[-1]) or texts.EN_UNSETTLED in plain
    assert not plain.startswith((texts.EN_TRUE, texts.EN_FALSE))


def test_a_key_to_a_detail_the_text_does_not_state_gets_no_verdict(english_engine) -> None:
    message = (
        "Q: Who did the Prophet leave in charge of Madinah during Tabuk? Key: Ali ibn Abi "
        "Talib. Is that right?"
    )
    assert answered_facts(english_engine, message) == [None]
    assert all(part.verdict is None for part in english_engine.answer(message).parts)


@pytest.mark.parametrize(
    "message",
    [
        # no key given: a question and a request, not a key check
        "Who gave half his wealth? Is that right?",
        # the key written before the question is no key to it
        "Key: Abu Bakr. Who gave half his wealth?",
        # no request to check it
        "Q: Who gave half his wealth? Key: Umar.",
    ],
)
def test_messages_without_a_key_put_to_a_question_are_left_alone(message) -> None:
    assert key_check(message) is None


def test_a_key_naming_an_option_stays_a_choice(english_engine) -> None:
    message = (
        "Q: Which tribes did the Romans bring along?\n(a) Lakhm and Ghassan\n(b) Quraysh and "
        "Thaqif\n(c) Aws and Khazraj\nKey: (a). Is that right?"
    )
    assert all(part.part.form is Form.CHOICE for part in english_engine.answer(message).parts)


@pytest.mark.parametrize(
    "text",
    [
        # no question before what was written: a claim of its own, read by the claim rules
        "I wrote 'Tabuk took place in the 8th year of Hijra'. Did I get it right?",
        # what was written, with no request to check it
        "Who was sent to Dumat al-Jandal? I wrote: Ali ibn Abi Talib.",
    ],
)
def test_written_answers_without_a_question_and_a_check_are_left(text) -> None:
    assert key_check(text) is None
