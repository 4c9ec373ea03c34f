"""Broad exam questions (issue 17): the subject alone, or the subject and one aspect of it, are
answered by the fact that tells the whole (english.json «broad»), not asked back."""

import copy
import json
from importlib import resources

import pytest

from knowledge.base import load_shipped
from knowledge.english import EnglishMatcher
from knowledge.english_data import EnglishDataError, parse_english
from knowledge.english_engine import EnglishEngine

FACTS = load_shipped().facts


def _facts(english_engine: EnglishEngine, message: str) -> list[str | None]:
    return [part.fact.id if part.answered and part.fact else None
            for part in english_engine.answer(message).parts]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # The whole event, its date only placing it.
        ("Describe the campaign of Tabuk in 9 AH.", "overview"),
        ("Write an essay on the Tabuk expedition.", "overview"),
        ("Describe the main features of the Tabuk expedition.", "overview"),
        # A command naming whose expedition it was, or which one: still the whole.
        ("Describe the Prophet's expedition to Tabuk. [10]", "overview"),
        ("Describe the Prophet's last military expedition. [10]", "overview"),
        # Significance, results, achievements: how it ended.
        ("Explain the significance of Ghazwa-e-Tabuk in the history of Islam. (4)", "outcome"),
        ("Assess the achievements of the Tabuk expedition. [4]", "outcome"),
        ("What was the impact of the expedition of Tabuk?", "outcome"),
        # Causes, motives, background: the reasons.
        ("What were the motives behind the Tabuk expedition?", "reasons"),
        ("Outline the causes of the expedition of Tabuk. [4]", "reasons"),
        # The preparations named as a whole: the conditions of equipping the army.
        ("Write an account of the preparations for the expedition of Tabuk. [10]", "hardship"),
        ("Q3 (a) Write an account of the preparations the Prophet made for Tabuk.", "hardship"),
        ("Describe the hardships of the Muslims at the time of Tabuk.", "hardship"),
        # Contributions and sacrifices of the Companions: all the gifts.
        ("Give an account of the contributions of the companions to Tabuk.", "donations"),
        ("Describe the sacrifices made by the Sahaba for the Tabuk campaign.", "donations"),
        # Two aspect words of one fact; «key» and «involved» ask nothing.
        ("Explain the difficulties involved in the preparations for Tabuk.", "hardship"),
        ("Outline the key events of the Tabuk expedition.", "overview"),
        ("Describe the challenges faced by the Muslims in the Tabuk expedition.", "hardship"),
        # The motives make it a «why» of their own.
        ("Explain the motives of the Muslims in going to Tabuk.", "reasons"),
    ],
)
def test_a_broad_question_gets_the_fact_of_its_aspect(
    english_engine: EnglishEngine, question: str, fact_id: str
) -> None:
    assert _facts(english_engine, question) == [fact_id]


@pytest.mark.parametrize(
    ("question", "not_fact"),
    [
        # «how did they prepare» asks what was done (the gifts), not the aspect as a whole.
        ("Describe how the Muslims prepared for the expedition of Tabuk. [5]", "hardship"),
        # The army's name and its reason: not the causes of the expedition.
        ("State the name of the army of Tabuk and the reason for it.", "reasons"),
        # A second word narrows the aspect: its importance in the Prophet's life.
        ("What was the importance of the Tabuk expedition in the life of the Prophet?", "outcome"),
        # Without a command, «last ghazwa of the Prophet» asks which one was the last.
        ("last ghazwa of the prophet", "overview"),
        # What the Prophet did at Tabuk is not the whole story.
        ("What did the Prophet do at Tabuk?", "overview"),
        # Another event's significance is refused first.
        ("Explain the significance of the Battle of Badr. [4]", "outcome"),
    ],
)
def test_a_narrowed_or_other_question_is_not_taken_as_broad(
    english_engine: EnglishEngine, question: str, not_fact: str
) -> None:
    assert not_fact not in _facts(english_engine, question)


def _raw() -> dict:
    resource = resources.files("knowledge") / "data" / "english.json"
    return json.loads(resource.read_text(encoding="utf-8"))


def test_an_aspect_claimed_by_two_facts_is_refused_at_load() -> None:
    raw = copy.deepcopy(_raw())
    raw["facts"]["treaties"]["broad"] = ["results"]  # already the outcome's
    data = parse_english(raw, [fact.id for fact in FACTS])
    with pytest.raises(EnglishDataError, match="one aspect of one fact"):
        EnglishMatcher(FACTS, data)


def test_an_aspect_of_two_words_is_refused_at_load() -> None:
    raw = copy.deepcopy(_raw())
    raw["facts"]["treaties"]["broad"] = ["causes and results"]
    data = parse_english(raw, [fact.id for fact in FACTS])
    with pytest.raises(EnglishDataError, match="one aspect of one fact"):
        EnglishMatcher(FACTS, data)


def test_broad_must_be_a_list_of_strings() -> None:
    raw = copy.deepcopy(_raw())
    raw["facts"]["treaties"]["broad"] = "results"
    with pytest.raises(EnglishDataError, match=r"treaties\.broad"):
        parse_english(raw, [fact.id for fact in FACTS])


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # A phrase ending in a name holds for each way of writing the name.
        ("Write what you know about the Battle of Tabook.", "overview"),
        # «the Muslim community» is who the aspect concerns.
        ("Evaluate the significance of the Tabuk expedition for the Muslim community.", "outcome"),
        # «financial sacrifices» are what was given.
        (
            "Give an account of the financial sacrifices made for the campaign of Tabuk.",
            "donations",
        ),
    ],
)
def test_broad_questions_in_other_words(
    english_engine: EnglishEngine, question: str, fact_id: str
):
    assert _facts(english_engine, question) == [fact_id]


def test_a_scene_clause_does_not_steal_the_subject(english_engine: EnglishEngine) -> None:
    """«when the Prophet called for Tabuk» says when; the hypocrites are asked about."""
    assert _facts(
        english_engine, "What did the munafiqun do when the Prophet called for Tabuk?"
    ) == ["hypocrites"]
    # «reasons why Tabuk is important» does not ask its causes.
    assert "reasons" not in _facts(
        english_engine, "Give two reasons why Tabuk is important in history."
    )


def test_a_second_command_on_its_subject_is_a_second_question(
    english_engine: EnglishEngine,
) -> None:
    assert _facts(
        english_engine, "Describe the preparations for Tabuk and explain its significance."
    ) == [
        "hardship",
        "outcome",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "Explain the significance of the Hijrah. [4]",
        "Describe the events of the migration to Madinah.",
        "Describe the causes of the First World War.",
        "Describe the preparations for Hajj.",
        "Outline the results of the Battle of Yarmuk.",
    ],
)
def test_a_broad_question_about_something_else_is_not_answered(
    english_engine: EnglishEngine, question: str
) -> None:
    assert _facts(english_engine, question) == [None]


def test_after_the_hijrah_still_dates_tabuk(english_engine: EnglishEngine) -> None:
    (part,) = english_engine.answer(
        "True or False: Tabuk took place in 9 AH, after the Hijrah."
    ).parts
    assert part.fact is not None and part.verdict is True


def test_the_whole_and_its_aspect_are_two_questions(english_engine: EnglishEngine) -> None:
    message = "Give an account of the expedition of Tabuk and its importance. [10]"
    assert _facts(english_engine, message) == ["overview", "outcome"]


def test_roman_numbered_lines_without_question_marks_are_separate(
    english_engine: EnglishEngine,
) -> None:
    message = "(i) Name the month and year of Tabuk. [2]\n(ii) Name the enemy. [1]"
    assert _facts(english_engine, message) == ["date", "enemy"]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Narrate the expedition of Tabuk highlighting its main events.", "overview"),
        ("Summarise the expedition of Tabuk in a paragraph.", "overview"),
        ("Explain the factors which led to the expedition of Tabuk.", "reasons"),
        # «lasting» importance is not the «last» expedition.
        ("Explain the lasting importance of the expedition of Tabuk.", "outcome"),
    ],
)
def test_more_broad_wordings(english_engine: EnglishEngine, question: str, fact_id: str) -> None:
    assert _facts(english_engine, question) == [fact_id]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Why is the expedition of Tabuk considered a great success for the Muslims?", "outcome"),
        ("Why is Tabuk regarded as a great success?", "outcome"),
        ("Why is Tabuk considered important?", "outcome"),
        ("Write about the spirit of sacrifice shown by the companions at Tabuk.", "donations"),
        (
            "Write about the Ghazwa of Tabuk, showing the sacrifices of the Companions.",
            "donations",
        ),
    ],
)
def test_how_an_aspect_is_seen_or_shown_does_not_narrow_it(
    english_engine: EnglishEngine, question: str, fact_id: str
) -> None:
    """«considered a success», «shown by the Companions»: the aspect is what is asked."""
    assert _facts(english_engine, question) == [fact_id]


@pytest.mark.parametrize(
    "question",
    [
        # «considered» with no aspect of a broad question: not taken as one.
        "Why is Tabuk considered the last expedition?",
        "Why was the army considered the army of hardship?",
    ],
)
def test_considered_without_a_broad_aspect_is_not_broad(
    english_engine: EnglishEngine, question: str
) -> None:
    assert "outcome" not in _facts(english_engine, question)
    assert "overview" not in _facts(english_engine, question)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("How was the army of Tabuk equipped?", "donations"),
        ("How was the army of Tabuk funded?", "donations"),
        # A named person still asks his own gift.
        ("How did Abu Bakr help the army?", "abu_bakr_donation"),
    ],
)
def test_how_the_whole_was_done_is_not_rivalled_by_one_persons_gift(
    english_engine: EnglishEngine, question: str, fact_id: str
) -> None:
    assert _facts(english_engine, question) == [fact_id]


@pytest.mark.parametrize(
    ("question", "fact_id", "not_fact"),
    [
        ("Describe how the Muslims prepared for the expedition of Tabuk. [5]", "donations", None),
        ("How did the Muslims prepare for Tabuk?", None, "roman_mobilisation"),
        ("How did the Romans prepare?", "roman_mobilisation", None),
    ],
)
def test_how_one_side_acted_is_not_told_by_what_the_other_side_did(
    english_engine: EnglishEngine, question: str, fact_id: str | None, not_fact: str | None
) -> None:
    """«How did the Muslims prepare?»: the Romans' build-up is what the other side did."""
    facts = _facts(english_engine, question)
    if fact_id is not None:
        assert facts == [fact_id]
    if not_fact is not None:
        assert not_fact not in facts


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "Describe the generosity shown by the companions during the preparation for Tabuk.",
            "donations",
        ),
        ("Describe the hardships faced during the preparations for Tabuk.", "hardship"),
    ],
)
def test_a_during_clause_only_sets_the_scene_of_the_aspect(
    english_engine: EnglishEngine, question: str, fact_id: str
) -> None:
    assert _facts(english_engine, question) == [fact_id]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # A topic, then a bare command over it.
        ("Ghazwa Tabuk - write a short note. (6 marks)", "overview"),
        ("The campaign of Tabuk: discuss in detail.", "overview"),
        # A command over the subject alone.
        ("Write short notes on Tabuk.", "overview"),
        # Whom it was against, and its year spelt as an ordinal, say which campaign.
        (
            "Describe the expedition against the Byzantines in the ninth year of Hijrah.",
            "overview",
        ),
        # A verb only linking the subject to its aspect.
        ("What results did the campaign of Tabuk produce?", "outcome"),
    ],
)
def test_topic_then_command_and_whom_it_was_against(
    english_engine: EnglishEngine, question: str, fact_id: str
) -> None:
    assert _facts(english_engine, question) == [fact_id]


@pytest.mark.parametrize(
    ("question", "not_fact"),
    [
        # The command names a detail of its own: not the whole story.
        ("Tabuk - state the number of soldiers.", "overview"),
        # A claim before the dash is no topic.
        ("Uthman gave 950 camels - explain.", "overview"),
        # Without a command, whom the campaign was against is what is asked.
        ("Against whom was the campaign of Tabuk?", "overview"),
    ],
)
def test_a_command_with_its_own_detail_is_not_the_whole(
    english_engine: EnglishEngine, question: str, not_fact: str
) -> None:
    assert not_fact not in _facts(english_engine, question)


def test_a_word_the_reader_knows_is_not_mended_by_the_matcher(
    english_engine: EnglishEngine,
) -> None:
    """«threat» is no slip for «treat» (the treaties): the matcher keeps it as read."""
    assert english_engine.matcher.correct(("threat", "roman")) == ("threat", "roman")
