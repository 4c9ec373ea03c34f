"""Options marked inline by roman numerals or circled digits (issue 17): read as options, and
the reply names the chosen one with the asker's own mark (knowledge/english_option_lists.py)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_forms import Form


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        (
            "Which emperor paid his troops a year in advance? i) Chosroes ii) Heraclius "
            "iii) Negus iv) Muqawqis",
            "(ii) Heraclius",
        ),
        (
            "Tabuk is remembered as the Prophet's\n①first expedition ②last expedition "
            "③largest battle ④only defeat",
            "(②) last expedition",
        ),
    ],
)
def test_marked_options_are_chosen_among(english_engine, message, answer) -> None:
    reply = english_engine.answer(message)
    assert [p.part.form for p in reply.parts] == [Form.CHOICE]
    assert f"Answer: {answer}\n" in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    "message",
    [
        # An emoji inside a line ends a clause.
        "salam 🙂 how many soldiers went to tabuk",
        # Roman numerals numbering questions are questions, not options.
        "(i) Who was the Roman emperor? (ii) What did he give his soldiers? (iii) Why?",
    ],
)
def test_questions_are_not_read_as_marked_options(english_engine, message) -> None:
    assert all(p.part.form is not Form.CHOICE for p in english_engine.answer(message).parts)


def test_exam_commands_marked_inline_are_not_options(english_engine) -> None:
    # «i) Describe … ii) Explain … iii) Give …» are an exam's sub-questions.
    message = (
        "Q2 i) Describe the hardships ii) Explain the army's name iii) Give the size of the army"
    )
    assert all(p.part.form is not Form.CHOICE for p in english_engine.answer(message).parts)
