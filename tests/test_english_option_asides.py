"""Multiple choice with the asker's words around its options, and option layouts seen in
pasted quizzes (bracketed, coloned, five options): the options are still read as options and
the reply names the chosen one (knowledge/english_option_lists.py,
knowledge/english_lettered_options.py). Answered plainly instead, a multiple-choice question
settles no option."""

import pytest

from bot.english_replies import render_english
from knowledge.english_forms import Form

STEM = "In which month did the army set out for Tabuk?"


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        # the asker's words after options typed on one line: on the next line, or after it
        (f"{STEM}\na) Muharram b) Rajab c) Ramadan d) Shawwal\nis it b?", "(b) Rajab"),
        (f"{STEM} a) Muharram b) Rajab c) Ramadan d) Shawwal. is it b?", "(b) Rajab"),
        (f"{STEM} a) Muharram b) Rajab c) Ramadan d) Shawwal - I think b", "(b) Rajab"),
        # a line of the asker's after bulleted options
        ("In which year AH?\n[ ] 8\n[ ] 9\n[ ] 10\n[ ] 7\n(expedition of Tabuk)", "(2) 9"),
        # labels in brackets, with a colon, digits in brackets
        (f"{STEM} [A] Muharram [B] Rajab [C] Ramadan [D] Shawwal", "(B) Rajab"),
        (f"{STEM}\n[a] Muharram\n[b] Rajab\n[c] Ramadan\n[d] Shawwal", "(b) Rajab"),
        (f"{STEM} A: Muharram B: Rajab C: Ramadan D: Shawwal", "(B) Rajab"),
        (f"{STEM}\n(1) Muharram (2) Rajab (3) Ramadan (4) Shawwal", "(2) Rajab"),
        # a letter and its mark typed without a space before the option
        (f"{STEM} a.Muharram b.Rajab c.Ramadan d.Shawwal", "(b) Rajab"),
        (f"{STEM} a)Muharram b)Rajab c)Ramadan d)Shawwal", "(b) Rajab"),
        # a list labelled «Options:» on a line of its own
        (f"{STEM}\nOptions: Muharram, Rajab, Ramadan, Shawwal", "(2) Rajab"),
        # the joining «or» and a table's bars are no part of an option
        (f"{STEM} (a) Muharram, (b) Rajab, (c) Ramadan or (d) Shawwal", "(b) Rajab"),
        (f"Q: {STEM} | A) Muharram | B) Rajab | C) Ramadan | D) Shawwal", "(b) Rajab"),
        # a fifth option
        (
            f"{STEM}\nA) Muharram\nB) Rajab\nC) Ramadan\nD) Shawwal\nE) None of the above",
            "(b) Rajab",
        ),
    ],
)
def test_options_around_the_askers_words_are_chosen_among(english_engine, message, answer) -> None:
    reply = english_engine.answer(message)
    assert len(reply.parts) == 1
    assert reply.parts[0].part.form is Form.CHOICE
    assert f"Answer: {answer}\n" in render_english(reply, english_engine).plain


def test_a_fifth_option_none_of_the_above_is_an_option(english_engine) -> None:
    reply = english_engine.answer(
        "Who gave half his wealth?\na) Abu Bakr\nb) Uthman\nc) Ali\nd) Khalid"
        "\ne) None of the above"
    )
    part = reply.parts[0]
    assert part.part.options[-1] == "None of the above"
    assert "Answer: (e) None of the above\n" in render_english(reply, english_engine).plain


def test_an_option_tied_with_another_named_in_the_answer_is_not_chosen(english_engine) -> None:
    # Ukaydir is the chief; Khalid is named in the same answer: no option is chosen by guess
    reply = english_engine.answer(
        "Who was the leader of Dumatul Jandal?\na) Heraclius b) Ukaydir c) Khalid d) Abu Sufyaan"
        "\nis it b?"
    )
    part = reply.parts[0]
    assert part.part.form is Form.CHOICE
    assert part.choice in (None, 1)
