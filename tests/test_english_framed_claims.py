"""Claims and questions inside the asker's frame (session 20, en44): a quoted claim under a
short label («Moulana's quiz: '…'»), a post that claims it («Saw a post claiming …, fact or
fake?»), a verse named by its number in a statement, and «in the first place»."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_forms import Form
from knowledge.english_reporters import without_label
from knowledge.english_statement_reading import cited_numbers


@pytest.mark.parametrize(
    ("claim", "kept"),
    [
        ("Moulana's quiz: 'Abu Bakr gave half his wealth'", "Abu Bakr gave half his wealth"),
        (
            "checking my flashcards: \u201cUmar gave half of his wealth\u201d",
            "Umar gave half of his wealth",
        ),
        # An apostrophe inside a word of the quotation does not end it.
        (
            "checking my flashcards: 'Umar's gift was half his wealth'",
            "Umar's gift was half his wealth",
        ),
        # A label with a verb of saying is the claim's speaker: it stays.
        (
            "The Prophet said: 'Who will equip the army of hardship?'",
            "The Prophet said: 'Who will equip the army of hardship?'",
        ),
        # No quotation after the colon: nothing is cut.
        ("Kahoot: Abu Bakr gave half his wealth", "Kahoot: Abu Bakr gave half his wealth"),
    ],
)
def test_a_short_label_before_a_quoted_claim_is_cut(claim, kept) -> None:
    assert without_label(claim) == kept


@pytest.mark.parametrize(
    ("message", "fact_id", "verdict"),
    [
        (
            "Our revision quiz: 'Umar gave all of his wealth for Tabuk' true or false?",
            "umar_donation",
            texts.EN_FALSE,
        ),
        (
            "Sister's flashcard: 'Abu Bakr gave all his wealth to equip the army' right or wrong?",
            "abu_bakr_donation",
            texts.EN_TRUE,
        ),
        (
            "saw a reel claiming Heraclius was the emperor of the Romans. fact or fake?",
            "heraclius",
            texts.EN_TRUE,
        ),
        (
            "Read an article saying Umar gave all his wealth for Tabuk. real or fake?",
            "umar_donation",
            texts.EN_FALSE,
        ),
    ],
)
def test_a_framed_claim_is_settled_by_its_fact(english_engine, message, fact_id, verdict) -> None:
    reply = english_engine.answer(message)
    part = reply.parts[0]
    assert part.part.form is Form.TRUE_FALSE
    assert part.fact is not None and part.fact.id == fact_id
    assert render_english(reply, english_engine).plain.startswith(verdict)


def test_a_verse_named_by_its_number_in_a_statement_is_that_verse(english_engine) -> None:
    # «38» names the verse, not a value to check: never the other verse's fact.
    part = english_engine.answer(
        "True or false: Surah at-Tawbah 38 praises those who donated to the army."
    ).parts[0]
    assert part.fact is not None and part.fact.id == "verse_38"
    assert part.verdict is not True


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "Sorry to bother you. My nephew asked me who led the army of Tabuk. Can you help?",
            "leader",
        ),
        ("why did the Romans gather an army in the first place?", "roman_mobilisation"),
    ],
)
def test_a_question_someone_asks_me_is_answered(english_engine, message, fact_id) -> None:
    part = english_engine.answer(message).parts[0]
    assert part.answered and part.fact is not None and part.fact.id == fact_id


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "I have to give a mini lesson on Tabuk. What are the key points I should cover about "
            "the expedition as a whole?",
            "overview",
        ),
        (
            "Giving a short talk at the masjid. What should I cover about the causes of Tabuk?",
            "reasons",
        ),
        (
            "Writing an essay on Tabuk for class. What must I include about the treaties?",
            "treaties",
        ),
    ],
)
def test_the_askers_lesson_plan_frames_the_question(english_engine, message, fact_id) -> None:
    part = english_engine.answer(message).parts[0]
    assert part.answered and part.fact is not None and part.fact.id == fact_id


@pytest.mark.parametrize(
    ("terms", "cited"),
    [
        (("surah", "tawbah", "38", "prais"), {"38"}),
        (("tawbah", "9", "38", "prais"), {"9", "38"}),
        # a number away from the citation is a value to check, not the verse's number
        (("verse", "say", "30000", "march"), set()),
        (("verse", "38", "say", "30000"), {"38"}),
    ],
)
def test_only_a_number_right_after_a_citation_names_the_verse(
    terms: tuple[str, ...], cited: set[str]
) -> None:
    assert cited_numbers(terms) == cited
