"""English: how plain questions are worded, read in the facts' words.

- «Write down the name of …»: the fillers between a command and «name» leave a name asked
  (knowledge/english_text.py), as «Give the name of …» does.
- «How many went/took part …?»: the verb right after the count is what the counted did, so
  the army's men are counted; «how many battles did he fight» counts battles, and «how many
  fought» is left as it is (fighters counted may be the enemy's; knowledge/english_text.
  _counted_people).
- «When did the army set out / leave for Tabuk?»: the army going out is the expedition, whose
  date is asked (knowledge/english_text.army_going, knowledge/english_phrases.py).
- «in the story of Tabuk» only places who is asked about (knowledge/english_frames.py); «call
  for Tabuk» is the call to arms; «cut off from supplies» is being far from them.
"""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Write down the name of the army of Tabuk in 9 AH.", ["army_name"]),
        ("Write down the name and the number of the army of Tabuk.", ["army_name", "army_size"]),
        ("How many companions went out to Tabuk?", ["army_size"]),
        ("how many took part in the Tabuk expedition", ["army_size"]),
        ("When did the Muslim army leave for Tabuk?", ["date"]),
        ("When did the army depart for Tabuk?", ["date"]),
        # «in the story of Tabuk» says where the one asked about stands, not the whole story
        ("Who was Ukaydir in the story of Tabuk?", ["ukaydir"]),
        ("What part did Heraclius have in the story of Tabuk?", ["heraclius"]),
        ("Tell me the story of Tabuk", ["overview"]),
        # the Prophet calling for Tabuk is the call to arms, whose month the date gives
        ("When did the Prophet call for the Tabuk campaign?", ["date"]),
        ("What did the hypocrites do when the Prophet called for Tabuk?", ["hypocrites"]),
        # a follow-up asking when the army it points to set out asks the expedition's date
        (
            "How large was the army that marched to Tabuk, and when did it set out?",
            ["army_size", "date"],
        ),
        # «cut off from supplies» is being far from them
        ("Why was the army cut off from its supplies and reinforcements?", ["distance"]),
    ],
)
def test_plain_wording_is_read_in_the_facts_words(english_engine, message, expected):
    assert answered_facts(english_engine, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        # neither the Romans' numbers nor the Prophet's battles are the army's size
        "How many Romans fought?",
        "How many fought for Heraclius?",
        "How many battles did the Prophet fight?",
        # the army's return or arrival is not the date the text gives
        "When did the army come back from Tabuk?",
    ],
)
def test_other_counts_and_times_are_not_the_armys(english_engine, message):
    assert answered_facts(english_engine, message) == [None]
