"""An exam paper's furniture around a question (issue 17, en18 probe): a heading such as
«Section B, Question 4:» or «Question 5 -» and a sentence that only tells how to answer
(«Support your answer with examples.») ask nothing; the question they frame is answered."""

import pytest

from bot.english_replies import render_english
from knowledge.english_decision import EnglishOutcome
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("Question 5 - Give a brief account of Ghazwah Tabuk. [10]", "overview"),
        ("Question 3: Write a short note on the expedition of Tabook.", "overview"),
        ("Section B, Question 4: Give a brief account of Ghazwah Tabuk. [5]", "overview"),
        ("Question 2 - Against whom was the Tabuk campaign undertaken? [2]", "enemy"),
        ("Section A: Explain why the army was called Jaish al-Usrah. [3]", "army_name"),
        (
            "Q2 (a) Describe the main events of Ghazwah Tabuk. [3] Support your answer with "
            "examples.",
            "overview",
        ),
        (
            "Q.3 Explain the causes of the expedition of Tabook. [2 marks] With reference to "
            "the seerah, answer fully.",
            "reasons",
        ),
        (
            "Describe the contribution of Hazrat Usman (RA) to the Tabouk expedition. [10] "
            "Support your answer with examples.",
            "uthman_donation",
        ),
        (
            "Explain why no battle took place at Ghazwa-e-Tabuk. (4) Use relevant evidence "
            "from the seerah in your answer.",
            "no_battle",
        ),
    ],
)
def test_a_question_framed_by_exam_furniture_is_answered(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    "message",
    [
        # A heading or an answering instruction does not turn another event into Tabuk.
        "Section B, Question 4: Describe the Battle of Badr. [10] Support your answer with "
        "examples.",
        "Question 5 - What was the outcome of the Battle of Uhud? [4]",
    ],
)
def test_exam_furniture_does_not_answer_another_event(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) == [None]


def test_an_instruction_alone_is_still_read(english_engine: EnglishEngine) -> None:
    """Only a sentence beside a question is left out: alone, it is what the user sent."""
    reply = english_engine.answer("Support your answer with examples.")
    assert all(part.decision.outcome is not EnglishOutcome.ANSWER for part in reply.parts)


def test_the_reply_under_a_heading_tells_the_story(english_engine: EnglishEngine) -> None:
    reply = english_engine.answer("Question 5 - Give a brief account of Ghazwah Tabuk. [10]")
    plain = render_english(reply, english_engine).plain
    assert "In English:" in plain
    assert "Rajab" in plain
    assert "Did you mean" not in plain


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # A claim, then a bare command to judge it: the claim is what is asked about.
        ("Tabuk was the last ghazwa of the Holy Prophet. Comment. [2]", "last_expedition"),
        ("The army of Tabuk was called Jaish al-Usrah. Explain. [3]", "army_name"),
        ('"Tabuk was the last ghazwa of the Prophet." Do you agree? [2]', "last_expedition"),
        # The purpose, aims or objectives of the expedition are its reasons.
        ("What was the purpose of the expedition of Tabuk?", "reasons"),
        ("What were the aims of the Tabuk campaign? [4]", "reasons"),
        ("State the objectives of Ghazwa Tabuk.", "reasons"),
        # A riddle may open with its question.
        (
            "Who am I? I was the chief of Dumat al-Jandal. My blood was spared and I was let "
            "go back to my village.",
            "ukaydir",
        ),
        ("What am I? I was the last expedition of the Prophet.", "last_expedition"),
    ],
)
def test_what_an_exam_line_asks_is_answered(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    "message",
    [
        # Where Khalid went does not say why he was sent.
        "What was the purpose of sending Khalid bin Walid to Dumat al-Jandal?",
        "What was the reason for sending Khalid bin Walid to Dumat al-Jandal?",
        # «Do you agree» asks to judge the claim; it names no treaty.
        "Do you agree?",
    ],
)
def test_what_the_text_does_not_state_is_not_answered(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) in ([None], [])


def test_the_reply_to_a_claim_to_comment_on_gives_the_fact(english_engine: EnglishEngine) -> None:
    reply = english_engine.answer("Tabuk was the last ghazwa of the Holy Prophet. Comment. [2]")
    plain = render_english(reply, english_engine).plain
    assert "last" in plain
    assert "Did you mean" not in plain


def test_several_numbered_choice_questions_are_each_answered(
    english_engine: EnglishEngine,
) -> None:
    """Read as one, the last question's options would answer the first question."""
    message = (
        "Quiz - Seerah Unit 9\n1. Who gave ALL of his wealth for Tabuk?\n"
        "a) Umar b) Abu Bakr c) Uthman d) Abdur Rahman bin Auf\n"
        "2. The Prophet stationed his army at:\na) Badr b) Tabuk c) Mu'tah d) Hunayn"
    )
    reply = english_engine.answer(message)
    assert [part.decision.fact.id for part in reply.parts if part.decision.fact] == [
        "abu_bakr_donation",
        "stationing",
    ]
    assert [part.choice for part in reply.parts] == [1, 1]
    assert "Abu Bakr" in render_english(reply, english_engine).plain


def test_three_numbered_choice_questions_in_lines(english_engine: EnglishEngine) -> None:
    message = (
        "Answer these MCQs please\n1. Against whom was Tabuk?\n"
        "a) Persians b) Romans (Byzantines) c) Quraysh d) Jews of Khaibar\n"
        "2. What did Dumat al-Jandal agree to pay?\na) zakat b) jizya c) ransom d) nothing\n"
        "3. Was there a battle at Tabuk?\n"
        "a) yes, a big battle b) no, the Romans withdrew c) yes, a small one d) the Muslims lost"
    )
    assert answered_facts(english_engine, message) == ["enemy", "jizya", "no_battle"]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «Give reasons» asks to justify the answer: «reasons» is not what is asked, nor
        # «give» a gift.
        ("Why did the Muslims go to Tabuk? Give two reasons. [4]", "reasons"),
        ("What happened to the Romans at Tabuk? Give reasons. [3]", "roman_surprise"),
        # Why it is seen as a victory asks its outcome.
        ("Why is the expedition of Tabuk regarded as a victory for the Muslims? [4]", "outcome"),
    ],
)
def test_an_instruction_to_justify_is_not_what_is_asked(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    "message",
    [
        # «Name the ...» asks the names: the text does not give the fallen commanders' names.
        "Name the three commanders who were martyred at Mutah. [3]",
        "Name the three commanders of Mutah.",
        "Name the envoy who was attacked.",
        # The Muslims' leader is not the Roman army's.
        "Who led the Roman army at Tabuk?\na) Heraclius b) Theodore c) Mahan d) none",
    ],
)
def test_a_detail_the_text_does_not_give_is_not_answered(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) == [None]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("Name the commander of the Muslim army at Tabuk.", "leader"),
        ("Name the companion who gave half his wealth.", "umar_donation"),
        (
            "The Roman army at Tabuk:\na) attacked at night\nb) retreated into its own land\n"
            "c) surrendered\nd) paid jizya",
            "roman_surprise",
        ),
    ],
)
def test_what_the_text_gives_is_still_answered(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


def test_the_reply_to_a_name_the_text_lacks_says_so(english_engine: EnglishEngine) -> None:
    reply = english_engine.answer("Name the three commanders who were martyred at Mutah. [3]")
    assert reply.parts[0].decision.outcome is EnglishOutcome.GAP
    assert "Zayd" not in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «To what extent ...» asks to weigh what follows; «extent» is no detail of it.
        ("To what extent was the expedition of Tabuk a success for the Muslims? [4]", "outcome"),
        # «remembered as» asks the name, as «known as» does.
        ("Why is the Tabuk army remembered as the army of hardship? [2]", "army_name"),
    ],
)
def test_an_exam_phrase_that_frames_the_question_is_read(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


def test_to_what_extent_does_not_answer_another_event(english_engine: EnglishEngine) -> None:
    assert answered_facts(
        english_engine, "To what extent was the Battle of Uhud a defeat? [4]"
    ) == [None]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # A heading split from its question by «(a)» and marks after it ask nothing.
        (
            "Question 4 - (a) What were the factors responsible for the Tabuk expedition? "
            "(8 marks)",
            "reasons",
        ),
        (
            "Section B, Q4: Against which power was the expedition of Tabuk directed? (1 mark)",
            "enemy",
        ),
    ],
)
def test_a_heading_or_marks_alone_are_no_part(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]
