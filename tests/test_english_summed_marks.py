"""Marks written as a sum (en59): «[3+3]», «(4+2)» give each half of an answer its marks, as
O-level and board papers print them; they are the paper's furniture, not figures asked about."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Describe the treaties the Prophet made at Tabuk. [3+3]", "treaties"),
        ("Explain the significance of Tabuk as the Prophet's last expedition. (4+2)",
         "last_expedition"),
        ("Describe the difficulties of the journey to Tabuk. (2 + 2 + 2 marks)", "distance"),
    ],
)  # fmt: skip
def test_summed_marks_are_furniture(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]
