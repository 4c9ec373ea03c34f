"""Parts of chat messages (issue 17, en27): a claim the asker wrote with a tag («I wrote Abu
Bakr gave half his wealth, is that right?») is a true/false part even among other questions;
people counted as going («how many people were in the army») are its men; «some people» only
says someone did it («did some people just stay home?»); «the boss of the army» led it."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from knowledge.english_forms import Form
from tests.english_helpers import answered_facts


def test_a_tagged_claim_among_questions_is_checked(english_engine: EnglishEngine) -> None:
    message = (
        "I wrote Abu Bakr gave half his wealth, is that right? what did Umar give then? "
        "and how much exactly did Abdur Rahman ibn Awf give"
    )
    reply = english_engine.answer(message)
    assert [p.part.form for p in reply.parts] == [Form.TRUE_FALSE, Form.QUESTION, Form.QUESTION]
    assert answered_facts(english_engine, message) == ["abu_bakr_donation", "umar_donation", None]
    assert reply.parts[0].verdict is False
    plain = render_english(reply, english_engine).plain
    assert "False." in plain and "gave all his wealth" in plain
    assert "gave half his wealth to equip the army" in plain  # Umar's own
    # how much Abd al-Rahman gave the text does not say: said in its place, not guessed
    assert plain.index("(3)") > plain.index("(2)")


@pytest.mark.parametrize(
    "message",
    [
        "I wrote Abu Bakr gave half his wealth, is that right?",
        "I wrote Abu Bakr gave half his wealth. Is that right?",
    ],
)
def test_the_askers_written_claim_is_settled(english_engine: EnglishEngine, message: str) -> None:
    (part,) = english_engine.answer(message).parts
    assert part.fact is not None and part.fact.id == "abu_bakr_donation"
    assert part.verdict is False


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("how many people were in the army at tabuk", "army_size"),
        ("how many people went to tabuk?", "army_size"),
        ("did some people just stay home", "hypocrites"),
        # learners' English: the boss of the army is who led it
        ("who was the boss of the muslim army", "leader"),
        ("who was incharge of the army at tabuk", "leader"),
        # a count of donors the text does not give is not the army's number
        ("how many people gave money for tabuk", None),
    ],
)
def test_people_words(english_engine: EnglishEngine, message: str, fact_id) -> None:
    assert answered_facts(english_engine, message) == [fact_id]
