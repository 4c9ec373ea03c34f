"""English: questions run together in one sentence are cut where the next one starts, also
when a hedge stands between the joiner and the question word («… and roughly how many days
…», «… and exactly when …») or a comma opens a question of size («…, how big was the army»);
and a spaced dash ends the asker's own clause before the question («for my A-level paper -
which year …»). A relative clause is still no joint."""

import pytest

from knowledge.english_forms import split_message


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "for my GCSE notes - which month was Tabuk, how large was the Muslim army and "
            "approximately how many camels did Uthman give?",
            [
                "which month was Tabuk",
                "how large was the Muslim army",
                "how many camels did Uthman give?",
            ],
        ),
        (
            "Who led the army to Tabuk and exactly when did they set out?",
            ["Who led the army to Tabuk", "when did they set out?"],
        ),
        (
            "quick one - who was the emperor of the Romans?",
            ["who was the emperor of the Romans?"],
        ),
    ],
)
def test_run_on_questions_are_cut_at_their_joints(message, parts) -> None:
    assert [part.text for part in split_message(message).parts] == parts


@pytest.mark.parametrize(
    "message",
    [
        "How big was the army that the Prophet led to Tabuk?",
        "Describe the hardship, how long the march was and the heat.",
    ],
)
def test_one_question_stays_one(message) -> None:
    assert len(split_message(message).parts) == 1


def test_a_long_message_gets_each_part_answered(english_engine) -> None:
    message = (
        "for my A-level revision - which year (hijri) was Tabuk, how big was the Muslim army "
        "and briefly who led it?"
    )
    reply = english_engine.answer(message)
    assert [part.fact.id if part.fact else None for part in reply.parts] == [
        "date",
        "army_size",
        "leader",
    ]


def test_a_topic_before_a_dash_is_asked_about(english_engine) -> None:
    # not the asker's own clause: the other event named stays the question's
    (part,) = english_engine.answer("Battle of Badr - who led the Muslims?").parts
    assert part.fact is None
