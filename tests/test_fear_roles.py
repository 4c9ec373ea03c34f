"""Who fears whom, read from the words alone (knowledge/fear_roles.py for Arabic,
knowledge/english_fear_roles.py for English): the one who fears and the one feared around a
word of fearing, and a question whose one who fears the fact's phrasings put only in the
other place. Asked through the engine: tests/test_fear_direction.py,
tests/test_true_false_fear_roles.py, tests/test_english_fear_direction.py."""

from __future__ import annotations

import pytest

from knowledge import english_fear_roles
from knowledge.fear_roles import fear_reversed, who_fears_whom
from knowledge.normalize import normalize

# A fact's own phrasings telling the Arabs' fear of the Romans, as the base writes them.
_ARABS_FEAR = (
    "العرب كانوا خايفين من الروم؟",
    "خوف العرب من مواجهة الروم",
    "هل خشي العرب مواجهة الروم؟",
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(normalize(text).split())


@pytest.mark.parametrize(
    ("text", "fearing", "feared"),
    [
        # the one who fears before the verb, past «كان» and a negation
        ("ليش الروم خافوا من المسلمين", {"روم"}, {"مسلم"}),
        ("العرب كانوا خايفين من الروم", {"عرب"}, {"روم"}),
        ("الروم ما خافوا من المسلمين", {"روم"}, {"مسلم"}),
        # after the verb when none is before it, and after the noun
        ("خاف الروم من جيش المسلمين", {"روم"}, {"جيش", "مسلم"}),
        ("خوف العرب من مواجهة الروم", {"عرب"}, {"قتال", "روم"}),
        # a fear denied names no one who fears
        ("بدون خوف ولا تردد", set(), set()),
        # the causative and «هيبة» are no fear of the word after them
        ("هل أرعب الروم العرب", set(), set()),
        ("هيبة الروم عند العرب", set(), set()),
        # after a content word the word before the verb is that word's
        ("لقتال الروم خافوا", set(), set()),
        # a conjunction opens a clause whose one who fears is left unsaid
        ("وما خافوا من الروم", set(), {"روم"}),
    ],
)
def test_who_fears_whom(text: str, fearing: set[str], feared: set[str]) -> None:
    assert who_fears_whom(_words(text)) == (fearing, feared)


@pytest.mark.parametrize(
    ("text", "reversed_"),
    [
        ("ليش الروم خافوا من المسلمين", True),
        ("خوف الروم من المسلمين", True),
        ("ليش العرب خافوا من الروم", False),
        ("استنتج سبب خوف العرب من مواجهة الروم", False),
        # no one who fears, no one feared: nothing to turn round
        ("بدون خوف ولا تردد", False),
        ("ما موقف الروم", False),
    ],
)
def test_a_fear_the_phrasings_put_the_other_way_round(text: str, reversed_: bool) -> None:
    assert fear_reversed(_words(text), _ARABS_FEAR) is reversed_


@pytest.mark.parametrize(
    ("text", "reversed_"),
    [
        ("Were the Romans afraid of the Muslims?", True),
        ("What scared the Byzantines?", True),
        ("Why were the Arabs afraid of the Romans?", False),
        # the Muslims were Arabs
        ("Were the Muslims reluctant to face the Byzantines?", False),
        # no side named as the one who fears
        ("Who was afraid of the Romans?", False),
    ],
)
def test_an_english_fear_the_phrasings_put_the_other_way_round(text: str, reversed_: bool) -> None:
    phrasings = ("Why were the Arabs afraid of the Romans?", "Did the Arabs fear Rome?")
    assert english_fear_roles.fear_reversed(text, phrasings) is reversed_


def test_english_phrasings_naming_no_one_who_fears_turn_nothing() -> None:
    assert not english_fear_roles.fear_reversed("What scared the Romans?", ("Who was afraid?",))
