"""Multiple choice pasted as bullets or numbered on the stem's line (issue 17): the options are
read as options and the reply names the chosen one (knowledge/english_option_lists.py)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_forms import Form, split_message
from knowledge.english_option_lists import listed_options


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("How many camels did Hazrat Usman (RA) give? 1. 300  2. 950  3. 1000  4. 700", "(2) 950"),
        ("Tabuk took place in: 1) 2 AH 2) 5 AH 3) 9 AH 4) 11 AH", "(3) 9 AH"),
        (
            "Heraclius gave his hired soldiers _____ in advance\n• a year's pay\n• land in Syria"
            "\n• new horses\n• nothing",
            "(1) a year's pay",
        ),
        (
            "Tick the right one: Usman (RA) gave\n[ ] 100 camels\n[ ] 500 camels\n[ ] 950 camels"
            "\n[ ] 10 camels",
            "(3) 950 camels",
        ),
        ("Usman (RA) gave how many camels?\nA- 500\nB- 950\nC- 300\nD- 1000", "(b) 950"),
        (
            "Option A: Army of Victory\nOption B: Army of Hardship\nOption C: Army of Madinah"
            "\nOption D: Army of Ansar\nWhat was the army of Tabuk called?",
            "(b) Army of Hardship",
        ),
        (
            "Who was the Roman ruler who paid his army a year in advance?\n1\ufe0f\u20e3 Khosrau"
            "\n2\ufe0f\u20e3 Negus\n3\ufe0f\u20e3 Muqawqis\n4\ufe0f\u20e3 Heraclius",
            "(4) Heraclius",
        ),
        (
            "Who led the army to Tabuk?\n- Abu Bakr\n- the Prophet\n- Khalid\n- Umar",
            "(2) the Prophet",
        ),
    ],
)
def test_listed_options_are_chosen_among(english_engine, message, answer) -> None:
    reply = english_engine.answer(message)
    assert reply.parts[0].part.form is Form.CHOICE
    assert f"Answer: {answer}\n" in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    "message",
    [
        # Numbered questions on one line are questions, not options.
        "Answer these: 1. Who led the army? 2. When was it? 3. Where is Tabuk?",
        "1. what did abu bakr give 2. what did umar give 3. what did uthman give",
        # Exam sub-questions labelled a-, b-, c- are questions, not options.
        "a- Describe the hardships of the army\nb- Explain why it was so called"
        "\nc- List the donors",
        # Two bullets are not a list of options; nor are long sentences.
        "Notes:\n- the army was large\n- the Romans withdrew",
        "Points:\n- The Romans gathered a huge army in Syria with Lakhm and Ghassan and others"
        "\n- The Muslims were in a time of hardship and drought in the land that year\n- x y",
    ],
)
def test_other_lists_are_not_options(message) -> None:
    assert (
        listed_options(message) is None or split_message(message).parts[0].form is not Form.CHOICE
    )


@pytest.mark.parametrize(
    ("word", "concept"),
    [("found", "find"), ("portion", "share"), ("proportion", "share"), ("fund", "give")],
)
def test_found_and_portion_are_read_as_themselves(english_engine, word, concept) -> None:
    # «found no enemy» is not «fund» (a gift), «what portion» not «position».
    assert english_engine.matcher.reader.read(f"the {word} of it").terms[0] == concept


def test_a_portion_of_wealth_is_asked_of_its_giver(english_engine) -> None:
    message = "What portion of his wealth did Umar bin Khattab bring? [1]"
    english = english_engine.matcher.english("umar_donation")
    assert english.answer in render_english(english_engine.answer(message), english_engine).plain
