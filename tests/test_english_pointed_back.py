"""What a question after a story points back to (en63): «Is that in the text?», «Does the
book say that?», «Is this accurate?» ask the story's claim's verdict; «the text» alone names no
fact (it was Mu'tah's, whose phrasing asks «Why does the text mention Mu'tah?»), and «what the
text says about X» is asked of X; «What was it?», «What were they?» after a story ask what its
last sentence named (reading them with all the story's words, not only its names, was tried
and left out: on held-out it lost a right answer)."""

import pytest

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id", "verdict"),
    [
        ("My friend says Umar gave all his wealth. Is that in the text?", "umar_donation", False),
        ("My friend says Uthman gave 950 camels. Does the book say that?", "uthman_donation",
         True),
        ("My friend says Uthman gave 950 camels. Is that mentioned in the text?",
         "uthman_donation", True),
        ("I heard that the army numbered 30,000. Is that accurate?", "army_size", False),
        ("My cousin says Umar gave half his wealth. Is that really correct?", "umar_donation",
         True),
        ("So my friend and I disagree. He says after Tabuk the tribes started coming to accept "
         "Islam. Is that in the text?", "delegations", True),
    ],
)  # fmt: skip
def test_asking_whether_the_text_holds_a_claim_checks_it(
    english_engine: EnglishEngine, message: str, fact_id: str, verdict: bool
) -> None:
    (part,) = english_engine.answer(message).parts
    assert part.answered and part.decision.fact is not None
    assert (part.decision.fact.id, part.verdict) == (fact_id, verdict)


@pytest.mark.parametrize("message", ["Is that in the text?", "Is this mentioned in the text?"])
def test_the_text_alone_names_no_fact(english_engine: EnglishEngine, message: str) -> None:
    assert answered_facts(english_engine, message) == [None]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("what does the text say about the hypocrites", "hypocrites"),
        ("What does your source say about Heraclius?", "heraclius"),
        ("what does the book say about the army size", "army_size"),
        ("does the text mention ukaydir", "ukaydir"),
        ("Why does the text mention Mu'tah?", "mutah"),
    ],
)
def test_what_the_text_says_of_a_subject_is_that_subject(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # «in it» is the army, not the name asked of it before.
        ("What was the name of the army and how many were in it?", ["army_name", "army_size"]),
        # «what did they do» asks a deed of the people named, not what they were.
        ("Hi there, my Islamiyat teacher keeps talking about the hypocrites at Tabuk. What did "
         "they actually do?", ["hypocrites"]),
    ],
)  # fmt: skip
def test_what_it_was_is_what_the_story_named(
    english_engine: EnglishEngine, message: str, facts: list[str]
) -> None:
    assert answered_facts(english_engine, message) == facts
