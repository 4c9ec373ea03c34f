"""Exam papers' marks, numbering and a claim asked the reason of (en67). «(4mks)», «[6 mks]»,
«(1mk)» (East African papers) and «(4 pts)» are marks, «1.(a)» a numbering: read as words they
turned an answer into a question back. «<claim>. Explain why.» asks the reason for the claim:
alone, «why» was answered with the causes of the expedition. A blank is asked no count by «the
size of …» after it. Each as the user sees the reply."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Describe the hardships faced by the Muslims before Tabuk. (4mks)", "hardship"),
        ("Explain the reasons for the expedition of Tabuk [6 mks]", "reasons"),
        (
            "Give any two contributions made by the companions to the Tabuk expedition. (2mks)",
            "donations",
        ),
        ("State the outcome of the Tabuk expedition (4 pts)", "outcome"),
        ("1.(a) Describe the causes of the Tabuk expedition.", "reasons"),
        # A reason asked of a claim: the claim's own fact.
        ("The army was called Jaysh al-Usrah. Explain why. (2 marks)", "army_name"),
        ("The Romans fell back to their own lands. Explain why.", "roman_surprise"),
        # The blank asks the Romans' state; the size after it is what surprised them.
        ("The Romans were ________ (surprised) by the size of the Muslim army.", "roman_surprise"),
        ("The number of Muslims at Tabuk was ______.", "army_size"),
        ("Jaish-e-Usra meaning in English", "army_name"),
    ],
)
def test_the_exam_form_is_read(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


def test_why_after_a_claim_is_not_the_causes(english_engine) -> None:
    # The text does not say why no fighting took place in so many words: asked back, never
    # the causes of the expedition for a bare «why».
    reply = english_engine.answer(
        "The expedition of Tabuk ended without any fighting. Explain why. [3]"
    )
    (part,) = reply.parts
    assert part.part.text.startswith("Explain why the expedition")
    assert not (part.answered and part.decision.fact and part.decision.fact.id == "reasons")


def test_why_after_a_question_stays_its_own_part(english_engine) -> None:
    reply = english_engine.answer("What did the Prophet announce in Rajab 9 AH and why?")
    assert len(reply.parts) == 2
