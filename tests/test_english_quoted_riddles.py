"""A riddle quoted after the asker's own question, its question after the quotation (en62):
«Starter riddle for my class, can you check it points to the right event? 'I was called in the
heat of summer …' Which expedition am I?». The asker's words before the quotation, a question
of their own among them, were read as the riddle's description (a «which expedition» riddle
was not found; a «Who am I?» one was two parts, the asker's question answered with a fact of
its own). The quotation is the description. Each as the user sees the reply."""

import pytest

from knowledge.english_expeditions import expedition_riddle
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Starter riddle for my class, can you check it points to the right event? 'I was called "
         "in the heat of summer, far to the north, against an empire. Some gave everything, some "
         "gave half, others made excuses. I ended without a battle.' Which expedition am I?",
         "overview"),
        ("My teacher's riddle, is it fair? \"I gave 950 camels and 50 horses for the army of "
         "hardship.\" Who am I?", "uthman_donation"),
        ("Found this on a poster at the masjid: 'I was the chief of Dumat al-Jandal and the "
         "Prophet spared my life.' Who am I?", "ukaydir"),
    ],
)  # fmt: skip
def test_the_quotation_is_the_riddle(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


def test_the_description_is_the_quotation() -> None:
    message = "Is this fair? 'I was fought in the heat against the Romans.' Which battle am I?"
    assert expedition_riddle(message) == "I was fought in the heat against the Romans"
