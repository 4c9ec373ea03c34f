"""A deed a statement denies that the text denies too agrees with the text
(knowledge/english_verdict.py): «The Romans withdrew to their own lands without fighting» is
true by their falling back, though that fact never says «fight»: «No, no fighting took place»
is the text's. A feeling denied («without fear») is not read so, and a statement that claims
the deed itself stays false."""

import pytest


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("quick check, true or false: the Romans withdrew to their own lands without fighting",
         True),
        ("True or false: the Muslims defeated the Romans without fighting", False),
        ("True or false: the Prophet fought the Romans at Tabuk", False),
    ],
)  # fmt: skip
def test_denied_deed_agrees_with_the_text(english_engine, message, verdict) -> None:
    assert english_engine.answer(message).parts[0].verdict is verdict
