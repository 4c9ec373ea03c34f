"""Fill-in-the-blank in English as worksheets write it (en64): the blank as spaced
underscores, empty brackets inside a sentence, «[blank]», a row of dashes; the instruction
before it in its many wordings («Supply the missing word:», «Gap fill -», «Cloze:», «Complete
with one word:», Swahili «Jaza nafasi:»), never read as words of the sentence; the one fact
whose text holds the sentence's words in order settles an ask-back; the words that
fill it stop where the sentence goes on, and never open with a preposition. Details the
text does not state stay unanswered. (A confident answer is not overridden by the fact the
sentence quotes: on a CHECK round that turned a right answer wrong.)"""

import pytest

from knowledge.english_blanks import BLANK, FILL_LEAD, missing_words
from knowledge.english_engine import EnglishEngine
from knowledge.english_forms import Form, split_message
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "sentence",
    [
        "The Muslim army at Tabuk had over _ _ _ _ _ fighters.",
        "The chief of Dumat al-Jandal was ( ).",
        "Tabuk was the ( ) expedition of the Prophet.",
        "The Romans were led by their emperor [blank].",
        "Heraclius (gap) paid his soldiers in advance.",
        "Tabuk was the ----- expedition of the Prophet.",
        "Umar gave [____] of his wealth.",
    ],
)
def test_blank_shapes_are_blanks(sentence: str) -> None:
    assert BLANK.search(sentence)
    (part,) = split_message(sentence).parts
    assert part.form is Form.FILL


@pytest.mark.parametrize(
    "text",
    [
        # Where a tick goes after a whole sentence, a checkbox, a dash between clauses.
        "Abu Bakr gave all his wealth ( )",
        "[ ] Abu Bakr",
        "Umar gave - half",
        "----",
    ],
)
def test_ticks_and_dashes_are_no_blanks(text: str) -> None:
    assert BLANK.search(text) is None


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        ("Fill in the missing word: The chief was ( ).", "The chief was ( )."),
        ("Supply the missing word: Abu Bakr gave ..... his wealth.", "Abu Bakr gave ....."),
        ("Insert the correct word: Tabuk was the ____ expedition.", "Tabuk was the ____"),
        ("Gap fill - Uthman gave ____ camels.", "Uthman gave ____ camels."),
        ("Cloze: Tabuk took place in ____.", "Tabuk took place in ____."),
        ("Complete the statement: Umar gave ____ of his wealth.", "Umar gave ____"),
        ("Complete with one word: The Arabs ____ the Romans.", "The Arabs ____"),
        ("missing word pls: uthman gave 950 ____", "uthman gave 950 ____"),
        ("Fill in the blank space provided: Tabuk was led by ____.", "Tabuk was led by"),
        ("Jaza nafasi: Khalid was sent to ____.", "Khalid was sent to ____."),
    ],
)
def test_the_instruction_is_set_aside(message: str, sentence: str) -> None:
    assert FILL_LEAD.match(message)
    (part,) = split_message(message).parts
    assert part.form is Form.FILL
    assert part.text.startswith(sentence)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("Fill in the missing word: The chief of Dumat al-Jandal was ( ).", "ukaydir"),
        ("Supply the missing word: Abu Bakr gave ..... his wealth.", "abu_bakr_donation"),
        ("Insert the correct word: The Romans were led by their emperor [blank].", "heraclius"),
        ("Gap fill - The Muslim army at Tabuk had over _ _ _ _ _ fighters.", "army_size"),
        ("missing word pls: uthman gave 950 ____ for tabuk", "uthman_donation"),
        ("fill blank: the army of tabuk numbered more than ____ thousand", "army_size"),
        ("Jaza nafasi: The Prophet sent Khalid bin Walid to ____ during Tabuk.", "dumat_aljandal"),
        ("The Romans did not _____ so many Muslims to answer the call.", "roman_surprise"),
    ],
)
def test_blanks_answered(english_engine: EnglishEngine, message: str, fact_id: str) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    "message",
    [
        "Gap fill - Khalid took _ _ _ men with him to Dumat al-Jandal.",
        "Supply the missing word: The Prophet stayed at Tabuk for ( ) nights.",
        "Cloze: Tabuk is [blank] km from Madinah.",
        "Complete with one word: The leader of the hypocrites was ____.",
    ],
)
def test_blanks_the_text_does_not_fill_stay_unanswered(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) == [None]


def test_the_words_stop_where_the_sentence_goes_on() -> None:
    answer = "The expedition of Tabuk took place in the month of Rajab in the ninth year"
    sentence = "Tabuk took place in the month of ______ in the year 9 AH."
    assert missing_words(sentence, answer) == "Rajab"


def test_no_words_that_open_with_a_preposition() -> None:
    answer = "Heraclius was the king (emperor) of the Romans."
    assert missing_words("The Romans were led by their emperor ____.", answer) is None
