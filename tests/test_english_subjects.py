"""English questions about one named subject, and the exam wording round 5 brought (issue 17):
the one name asked about decides between its own fact and facts that only mention it."""

import pytest

from knowledge.base import load_shipped
from knowledge.english_engine import EnglishEngine

FACTS = load_shipped().facts


def _facts(english_engine: EnglishEngine, message: str) -> list[str | None]:
    return [
        p.fact.id if p.answered and p.fact else None for p in english_engine.answer(message).parts
    ]


def test_the_one_named_subject_is_answered_by_its_own_fact(english_engine: EnglishEngine) -> None:
    """The causes mention Mu'tah too, but a question about Mu'tah's part is Mu'tah's."""
    message = "Explain how the earlier Battle of Mu'tah formed part of the background to Tabuk."
    assert _facts(english_engine, message) == ["mutah"]


@pytest.mark.parametrize(
    ("message", "not_fact"),
    [
        # A side («the Romans») is no single subject: their build-up is not the whole causes.
        ("Explain how the Romans formed the background to Tabuk.", "roman_allies"),
        # Mu'tah's own causes are another event's, refused.
        ("Explain the causes of the Battle of Mu'tah. [4]", "mutah"),
    ],
)
def test_a_side_or_another_event_is_not_a_named_subject(
    english_engine: EnglishEngine, message: str, not_fact: str
) -> None:
    assert not_fact not in _facts(english_engine, message)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # A bare «and <name>?» asks the question before it about that name.
        ("What did Umar give for Tabuk? And Abd al-Rahman ibn Awf?",
         ["umar_donation", "abdulrahman_donation"]),
        ("What did Abu Bakr give? What about Uthman?", ["abu_bakr_donation", "uthman_donation"]),
    ],
)  # fmt: skip
def test_and_a_name_asks_the_same_about_it(
    english_engine: EnglishEngine, message: str, expected: list[str]
) -> None:
    assert _facts(english_engine, message) == expected


def test_a_guess_after_an_answer_is_still_no_question(english_engine: EnglishEngine) -> None:
    """«When was Tabuk? Rajab?» guesses the answer; it asks nothing more."""
    assert _facts(english_engine, "When was Tabuk? Rajab?") == ["date"]


def test_each_sentence_with_a_blank_is_a_blank(english_engine: EnglishEngine) -> None:
    message = "Complete: Umar gave ______ of his wealth. Uthman gave 950 ______ and 50 horses."
    parts = english_engine.answer(message).parts
    assert [p.fact.id if p.fact else None for p in parts] == ["umar_donation", "uthman_donation"]
    assert parts[0].missing == "half"
    assert parts[1].missing is not None and parts[1].missing.startswith("camels")


def test_the_arabic_term_for_the_call_to_arms_is_read(english_engine: EnglishEngine) -> None:
    """«النفير العام» inside an English sentence is the general mobilisation."""
    message = "In which month did the Prophet declare النفير العام?"
    assert _facts(english_engine, message) == ["date"]


def test_an_after_clause_sets_the_scene(english_engine: EnglishEngine) -> None:
    """«after Khalid took him to the Prophet» says when; what happened to Ukaydir is asked."""
    message = "What happened to Ukaydir after Khalid took him to the Prophet?"
    assert _facts(english_engine, message) == ["ukaydir"]
    # «after the expedition» is a phrase, not a clause: what came after it is asked.
    assert _facts(english_engine, "What happened after the expedition of Tabuk?") == [
        "delegations"
    ]


@pytest.mark.parametrize(
    "message",
    [
        "صح أو خطأ (true or false): Umar gave all his wealth for Tabuk.",
        "صح او خطأ: Umar gave all his wealth for Tabuk.",
    ],
)
def test_an_arabic_true_false_heading_over_an_english_statement(
    english_engine: EnglishEngine, message: str
) -> None:
    (part,) = english_engine.answer(message).parts
    assert part.fact is not None and part.fact.id == "umar_donation"
    assert part.verdict is False


def test_the_number_of_a_thing_counts_the_thing(english_engine: EnglishEngine) -> None:
    """«State the number of camels given by Uthman»: camels are counted, not «number»."""
    assert _facts(english_engine, "State the number of camels given by Uthman. [1]") == [
        "uthman_donation"
    ]


def test_abd_ur_rahman_spelt_apart_is_one_name(english_engine: EnglishEngine) -> None:
    assert _facts(english_engine, "What did Abd ur Rahman bin Auf give?") == [
        "abdulrahman_donation"
    ]


def test_a_claim_about_size_without_a_number_is_no_count(english_engine: EnglishEngine) -> None:
    """«surprised by the size of the army» claims a surprise, not a count."""
    (part,) = english_engine.answer(
        "True or False: The Romans were surprised by the size of the army."
    ).parts
    assert part.fact is not None and part.fact.id == "roman_surprise"
    assert part.verdict is True


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # A verse named by its number is that verse; its significance is the verse's.
        ("What is the significance of verse 38 of Surah Tawbah?", "verse_38"),
        ("Explain the importance of ayah 117 of Surah Tauba. [3]", "verse_117"),
        # «(f)» numbering is exam furniture, so «Name» still opens the question.
        ("(f) Name the commander who was sent to Dumat al-Jandal. [1]", "dumat_aljandal"),
        # Roman Urdu «musalman» is Muslim; «yo» greets.
        ("kitne musalman tabuk gaye the", "army_size"),
        ("yo what is the story of tabook", "overview"),
    ],
)
def test_verse_numbers_numbering_and_chat_words(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert _facts(english_engine, message) == [fact_id]


def test_events_at_tabuk_after_an_arrival_are_not_what_came_after_it(
    english_engine: EnglishEngine,
) -> None:
    """«at Tabuk after the Muslims arrived» is placed at Tabuk: not the delegations after it."""
    message = "Outline what happened at Tabuk after the Muslim army arrived. [4]"
    (part,) = english_engine.answer(message).parts
    offered = [part.fact] if part.fact else list(part.decision.suggestions)
    assert offered and "delegations" not in [fact.id for fact in offered]
    # What came after the expedition still is.
    assert _facts(english_engine, "What happened after the Tabuk expedition?") == ["delegations"]


def test_one_way_in_which_asks_how_not_the_way_of_allah(english_engine: EnglishEngine) -> None:
    """«ONE way in which Allah showed His pleasure» is no word of «in the way of Allah»."""
    message = "Give one way in which Allah showed His pleasure with the army of Tabuk."
    assert "verse_38" not in _facts(english_engine, message)


def test_a_place_no_fact_is_all_about_gets_the_fact_that_asks_about_it(
    english_engine: EnglishEngine,
) -> None:
    """«What happened to Ayla?»: the treaties (some of whose phrasings name Ayla), not the
    whole story that mentions it in passing."""
    assert _facts(english_engine, "What happened to the town of Ayla during Tabuk?") == [
        "treaties"
    ]


def test_who_was_first_is_an_order_the_text_does_not_give(english_engine: EnglishEngine) -> None:
    (part,) = english_engine.answer(
        "Which tribe was the first to come to Madinah after Tabuk?"
    ).parts
    assert part.fact is None


def test_a_topic_before_a_colon_is_what_bare_questions_ask_about(
    english_engine: EnglishEngine,
) -> None:
    assert _facts(english_engine, "tabook: when? who led it?") == ["date", "leader"]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # An aspect word («result», «prepare») about the winner's own subject is the winner's.
        ("What was the result of Khalid's mission to Dumat al-Jandal? [2]", "dumat_aljandal"),
        ("In what way did Heraclius prepare his soldiers?", "heraclius"),
        # The whole expedition's outcome shares only the aspect word: no rival.
        ("Outline the results of Khalid's expedition to Dumat al-Jandal.", "dumat_aljandal"),
        ("What was the outcome of Khalid ibn al-Walid's expedition to Dumat?", "dumat_aljandal"),
        # Not when the named subject is no fact's own subject alone and others tell it too.
        ("What were the results of Ukaydir's capture?", None),
    ],
)
def test_an_aspect_of_a_named_subject_is_its_own_facts(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert _facts(english_engine, message) == [fact_id]


def test_what_a_person_gave_is_still_asked_of_him(english_engine: EnglishEngine) -> None:
    """«What did Ukaydir give as a gift?»: his gift is not stated; the gifts are no answer."""
    assert _facts(english_engine, "What gift did Ukaydir give the Prophet?") == [None]


def test_took_place_in_a_time_of_is_no_claim_of_its_own(english_engine: EnglishEngine) -> None:
    """«took place during a time of drought»: the drought is the claim, and it is stated."""
    (part,) = english_engine.answer("T/F: Tabuk happened at a time of drought.").parts
    assert part.fact is not None and part.fact.id == "hardship"
    assert part.verdict is True


def test_how_to_answer_is_not_what_is_asked(english_engine: EnglishEngine) -> None:
    """«can you explain in simple words» frames the question; it asks nothing more."""
    message = "why did tabuk take place? can you explain in simple words"
    assert _facts(english_engine, message) == ["reasons"]


def test_a_during_phrase_sets_the_scene(english_engine: EnglishEngine) -> None:
    """«during his stay at Tabuk» says when; the treaties are asked, not the stay."""
    message = "Which towns made treaties with the Prophet during his stay at Tabuk?"
    assert _facts(english_engine, message) == ["treaties"]


def test_one_of_two_named_sides_is_no_whole_answer(english_engine: EnglishEngine) -> None:
    """«the believers and the hypocrites»: one side's own fact alone is not answered."""
    message = "Describe the role of the hypocrites and the sincere believers during the call."
    (part,) = english_engine.answer(message).parts
    assert part.fact is None


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        # «Muslims» counted are the answer's «fighters»: the same count, true.
        ("T/F: Over 40,000 Muslims went to Tabuk.", True),
        # Another number of them, or the same number of another thing, is false.
        ("T/F: 10,000 Muslims went to Tabuk.", False),
        ("T/F: Uthman gave 950 horses.", False),
    ],
)
def test_a_count_of_people_under_another_name(
    english_engine: EnglishEngine, statement: str, verdict: bool
) -> None:
    (part,) = english_engine.answer(statement).parts
    assert part.fact is not None and part.verdict is verdict


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("(c)(ii) What did Uthman contribute? [1] (iii) What did Umar contribute? [1]",
         ["uthman_donation", "umar_donation"]),
        ("usman ne kya diya? tabook kis mahine me hui?", ["uthman_donation", "date"]),
        ("rum ke saath kaun se qabile the", ["roman_allies"]),
    ],
)  # fmt: skip
def test_lettered_numbering_and_roman_urdu(
    english_engine: EnglishEngine, message: str, expected: list[str]
) -> None:
    assert _facts(english_engine, message) == expected


def test_a_leading_after_phrase_stays_in_the_question(english_engine: EnglishEngine) -> None:
    """«After Tabuk, what happened to the tribes?»: «after Tabuk» is part of what is asked."""
    assert _facts(english_engine, "After the expedition, what did the Arab tribes do?") == [
        "delegations"
    ]
