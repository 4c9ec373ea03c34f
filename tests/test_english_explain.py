"""`bot ask --explain` for English and mixed messages (knowledge/english_explain.py): each
form's explanation names the rule that decided and the leading candidates, read off the same
decision the reply is built from."""

import pytest

from knowledge.engine import AnswerEngine
from knowledge.english_engine import EnglishEngine
from knowledge.english_explain import explain_routed, term_sources
from knowledge.explain import explain_message


def _section(out: str, head: str) -> list[str]:
    """The indented lines under a heading line («candidates:»)."""
    lines = out.split(f"\n{head}\n", 1)[1].splitlines()
    taken = []
    for line in lines:
        if not line.startswith("  "):
            break
        taken.append(line.strip())
    return taken


@pytest.mark.parametrize(
    ("message", "form", "decision", "rule", "leader"),
    [
        # plain question: the leader answers by margin
        ("How many camels did Uthman give?", "question", "answer uthman_donation",
         "rule: confident", "uthman_donation"),
        # exam command over an aspect: the broad fact tells it
        ("Explain the significance of Tabuk.", "question", "answer outcome",
         "rule: broad", "outcome"),
        # true/false: the fact, then the statement checked against its answer
        ("True or false: Tabuk happened in Shawwal.", "true_false",
         "answer date; verdict: false", "rule: confident; the statement checked", "date"),
        # options: the fact, then the option it supports
        ("Which empire did the Muslims march against at Tabuk? a) Persians b) Romans "
         "c) Egyptians", "choice", "answer enemy; option 2 chosen",
         "rule: confident; the options weighed", "enemy"),
        # a blank: the fact's words that fill it
        ("Fill in the blank: Uthman gave ___ camels.", "fill",
         "answer uthman_donation; fills the blank with «950»", "rule: confident",
         "uthman_donation"),
        # an ask-back: the figures it weighed and why it did not answer
        ("What was the name of Uthman's horse?", "question", "suggest (offers uthman_donation",
         "rule: asked back; why: weak, explains", "uthman_donation"),
        # «who was X» asks who he was, not his deed
        ("Who was Abu Bakr?", "question", "suggest (offers abu_bakr_donation)",
         "rule: who is; why: who_is", "abu_bakr_donation"),
        # refusals before any ranking: another event, today's Tabuk, a known gap
        ("Who led the army at Badr?", "question",
         "other_event (other event: the Battle of Badr)", "rule: another event", None),
        ("How do I get to Tabuk city today?", "question", "modern",
         "rule: today's Tabuk", None),
        ("How many Muslims were killed at Tabuk?", "question", "gap (gap: casualties)",
         "rule: a known gap", None),
        ("Where is Dumat al-Jandal?", "question", "unknown", "rule: asks where a place is",
         None),
    ],
)  # fmt: skip
def test_each_english_form_names_its_rule_and_leaders(
    arabic_engine: AnswerEngine,
    english_engine: EnglishEngine,
    message: str,
    form: str,
    decision: str,
    rule: str,
    leader: str | None,
) -> None:
    out = explain_routed(arabic_engine, english_engine, message)
    assert out.startswith("side: English (")
    assert _section(out, "parts and their forms (1):")[0].startswith(f"1. {form}: «")
    assert f"\ndecision: {decision}" in out
    assert f"\n{rule}" in out
    candidates = _section(out, "candidates:")
    if leader is None:
        assert candidates == ["(none ranked: decided before ranking)"]
    else:
        assert candidates[0].split()[1] == leader
    reply = english_engine.answer(message)
    assert out.rstrip().endswith(f"message: {reply.outcome.value}")


def test_an_ask_back_shows_the_weighed_figures_of_its_decision(
    arabic_engine: AnswerEngine, english_engine: EnglishEngine
) -> None:
    message = "What was the name of Uthman's horse?"
    weighed = english_engine.answer(message).parts[0].decision.weighed
    assert weighed is not None
    out = explain_routed(arabic_engine, english_engine, message)
    assert (
        f"weighed (ask-back): leader {weighed.leader.id}, score {weighed.score:.1f}, "
        f"margin {weighed.margin:.1f}" in out
    )


def test_a_multi_part_message_explains_each_part(
    arabic_engine: AnswerEngine, english_engine: EnglishEngine
) -> None:
    message = "When did Tabuk happen and how many soldiers were in the army?"
    out = explain_routed(arabic_engine, english_engine, message)
    assert _section(out, "parts and their forms (2):") == [
        "1. question: «When did Tabuk happen»",
        "2. question: «how many soldiers were in the army?»",
    ]
    assert "--- part 1: «When did Tabuk happen»" in out
    assert "--- part 2: «how many soldiers were in the army?»" in out
    assert out.count("\nrule: confident") == 2
    assert "decision: answer date" in out and "decision: answer army_size" in out


@pytest.mark.parametrize(
    ("text", "term", "source"),
    [
        ("Who was Abu Bakr?", "abubakr", "name or transliteration «abu bakr»"),
        ("What did عثمان give at Tabuk?", "uthman", "Arabic name «عثمان»"),
        ("How many camels did Uthman give?", "camel", "synonym table: «camels»"),
        ("How many camels did Uthman give?", "give", "as typed"),
        ("Who led the army at Badr?", "badr", "unknown to every fact"),
    ],
)
def test_each_term_says_which_table_produced_it(
    english_engine: EnglishEngine, text: str, term: str, source: str
) -> None:
    assert term_sources(english_engine.matcher, text, term) == source


def test_a_mixed_message_says_which_side_took_it(
    arabic_engine: AnswerEngine, english_engine: EnglishEngine
) -> None:
    english = explain_routed(arabic_engine, english_engine, "What did عثمان give at Tabuk?")
    assert english.startswith(
        "side: English (5 Latin-script word(s), 1 Arabic word(s)); "
        "the English side reads the Arabic names\n"
    )
    arabic = explain_routed(arabic_engine, english_engine, "ماذا قدم Uthman في تبوك؟")
    first, rest = arabic.split("\n", 1)
    assert first == (
        "side: Arabic (1 Latin-script word(s), 4 Arabic word(s)); "
        "Latin-script names written in Arabic: «ماذا قدم عثمان في تبوك؟»"
    )
    assert rest == explain_message(arabic_engine, "ماذا قدم عثمان في تبوك؟")
    assert "decision: answer uthman_donation" in rest


def test_an_arabic_message_is_explained_exactly_as_before(
    arabic_engine: AnswerEngine, english_engine: EnglishEngine
) -> None:
    message = "متى خرج النبي عليه الصلاة والسلام الى تبوكك"
    assert explain_routed(arabic_engine, english_engine, message) == explain_message(
        arabic_engine, message
    )
