"""Words of a claim read as people mean them (knowledge/english_phrases.py,
knowledge/english_lexicon.py): «Tabuk was fought in …» says when or against whom it took
place, no battle; «in person» is «himself»; an envoy «welcomed» or «treated with honour» is
the opposite of the envoy attacked."""

import pytest

from tests.english_helpers import judged


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        # «fought» was a fight no answer tells: left unsettled or asked back.
        ("True or false: the expedition was fought in Rajab 9 AH.", "date", True),
        ("True or false: a battle was fought at Tabuk.", "no_battle", False),
        ("Is it right that the Prophet led Tabuk in person?", "leader", True),
        ("True or false: the Prophet's envoy was welcomed by the Romans.", "envoy_assault", False),
        ("True or False: the Muslim envoy was treated with honour by the enemy.",
         "envoy_assault", False),
    ],
)  # fmt: skip
def test_claim_words_read_as_meant(english_engine, message, fact, verdict) -> None:
    assert judged(english_engine, message) == (fact, verdict)


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        # «away» was read as distance («far»): the claim was left unsettled.
        ("True or false: It is true that Abu Bakr gave away everything he owned for the army.",
         "abu_bakr_donation", True),
        ("T/F: Umar gave away all his wealth", "umar_donation", False),
    ],
)  # fmt: skip
def test_giving_away_is_giving(english_engine, message, fact, verdict) -> None:
    assert judged(english_engine, message) == (fact, verdict)


def test_every_thing_is_everything(english_engine) -> None:
    # Read as «every» and «thing», the riddle was asked back between the gifts.
    reply = english_engine.answer("for tabuk i gave every thing i owned to the army. who am i")
    (part,) = reply.parts
    assert part.decision.fact is not None and part.decision.fact.id == "abu_bakr_donation"


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        # The denial and the size both turned: the same claim, not its contrary (it was False).
        ("True or false: the Romans expected only a small Muslim force to come out.", None),
        ("True or false: the Romans expected a large Muslim army.", False),
        ("True or false: the Romans did not expect so many Muslims to come.", True),
    ],
)
def test_expecting_few_is_not_denied_by_not_expecting_many(
    english_engine, message, verdict
) -> None:
    assert english_engine.answer(message).parts[0].verdict is verdict
