"""«Who did it, X or Y?» (en73): a who-question offering persons of the story to choose
from is read as «Who <deed>?», and the deed's fact, which names the doer, answers it. The
offered names had ranked their own facts beside the deed's and the question was asked back."""

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_named_choices import deed_asked
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("Who gave all his wealth, Umar or Abu Bakr?", "abu_bakr_donation"),
        ("Was it Uthman or Umar who gave half his wealth?", "umar_donation"),
        ("Which companion gave 950 camels: Umar, Uthman or Abu Bakr?", "uthman_donation"),
        ("Who was sent to Dumat al-Jandal - Khalid or Umar?", "dumat_aljandal"),
        ("Was it Abu Bakr or Umar who led the army at Tabuk?", "leader"),
    ],
)
def test_the_deed_tells_who_did_it(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    "message",
    [
        # a name the text does not know: left as it was
        "Who gave all his wealth, Umar or Ali?",
        # a comparison between the named persons: the deed alone does not answer it
        "Who gave more, Umar or Abu Bakr?",
        # sides, not persons
        "Who fought the Romans, the Muslims or the Persians?",
        # no who-question
        "Was it Rajab or Ramadan when they left?",
    ],
)
def test_other_choices_are_left_as_they_are(message: str) -> None:
    assert deed_asked(message) == message


def test_a_comparison_is_not_answered_with_one_gift(english_engine: EnglishEngine) -> None:
    assert answered_facts(english_engine, "Who gave more, Umar or Abu Bakr?") == [None]
