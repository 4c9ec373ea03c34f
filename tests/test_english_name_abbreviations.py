"""English options: capital letters label options while a small «b.» inside a name is «bin»
(«A. Abubakar B. Umar b. Khattab C. Uthman b. Affan»), so the capitals alone mark the options
(knowledge/english_lettered_options._mark_sets); read with the small ones, no run of labels
was found and the options were lost."""

import pytest

from knowledge.english_forms import Form, split_message
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "options", "fact", "chosen"),
    [
        (
            "Which companion donated half of his wealth? A. Abubakar B. Umar b. Khattab "
            "C. Uthman b. Affan D. Ali b. Abi Talib",
            ("Abubakar", "Umar b. Khattab", "Uthman b. Affan", "Ali b. Abi Talib"),
            "umar_donation",
            1,
        ),
        (
            "Who gave all his wealth?\nA. Umar b. al-Khattab\nB. Abu Bakr\nC. Uthman b. Affan\n"
            "D. Ali b. Abi Talib",
            ("Umar b. al-Khattab", "Abu Bakr", "Uthman b. Affan", "Ali b. Abi Talib"),
            "abu_bakr_donation",
            1,
        ),
    ],
)
def test_capitals_label_the_options(english_engine, message, options, fact, chosen) -> None:
    (part,) = split_message(message).parts
    assert part.form is Form.CHOICE and part.options == options
    assert answered_facts(english_engine, message) == [fact]
    assert english_engine.answer(message).parts[0].choice == chosen


def test_small_letters_alone_still_label_options() -> None:
    (part,) = split_message("Who led the army? a) Abu Bakr b) the Prophet c) Khalid d) Umar").parts
    assert part.form is Form.CHOICE and part.options[1] == "the Prophet"
