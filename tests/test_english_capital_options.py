"""Options marked by capitals on one line, with names shortened by a small «b.» for «bin»
(en52): «A. Abubakar B. Umar b. Khattab C. Uthman b. Affan D. Ali b. Abi Talib» are four
options, not a run broken at «b. Khattab». Each as the user sees the reply."""

from bot.english_replies import render_english
from knowledge.english_forms import Form, split_message


def test_capital_letters_mark_the_options() -> None:
    message = (
        "Who gave all his wealth for Tabuk? A. Umar b. Khattab B. Uthman b. Affan "
        "C. Abubakar D. Ali b. Abi Talib"
    )
    (part,) = split_message(message).parts
    assert part.form is Form.CHOICE
    assert part.options == ("Umar b. Khattab", "Uthman b. Affan", "Abubakar", "Ali b. Abi Talib")


def test_capital_lettered_choice_is_answered(english_engine) -> None:
    message = (
        "Who gave all his wealth for Tabuk? A. Umar b. Khattab B. Uthman b. Affan "
        "C. Abubakar D. Ali b. Abi Talib"
    )
    reply = english_engine.answer(message)
    assert reply.parts[0].choice == 2
    assert "Answer: (c) Abubakar" in render_english(reply, english_engine).plain
