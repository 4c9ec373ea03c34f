"""A question's reply as the bot sends it (bot.question_replies): what is kept for the
admins' review, and which buttons the reply carries."""

import pytest

from bot.knowledge_service import KnowledgeService, prepare_database
from bot.question_replies import reply_to_question
from db.connection import open_database


@pytest.fixture
def knowledge(_shared_engines: None, tmp_path) -> KnowledgeService:
    db = open_database(tmp_path / "bot.db")
    prepare_database(db)
    return KnowledgeService(db)


def _button_kinds(reply) -> list[str]:
    """The kind of each button under the reply: its callback data's prefix."""
    if reply.markup is None:
        return []
    return [b.callback_data.split(":")[0] for row in reply.markup.inline_keyboard for b in row]


# message, event-log outcome, kept for review, button kinds (fb: feedback, sg: did you mean)
CASES = [
    ("السلام عليكم", "greeting", False, []),
    ("متى كانت غزوة تبوك", "answer", True, ["fb", "fb"]),
    ("When was the expedition of Tabuk?", "english_answer", True, ["fb", "fb"]),
    ("كم عدد", "suggest", True, ["sg", "sg"]),
    ("ما لون السماء", "unknown", True, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "outcome", "kept", "buttons"), CASES)
def test_a_real_question_is_kept_with_its_buttons_and_chatter_is_not(
    knowledge: KnowledgeService, text: str, outcome: str, kept: bool, buttons: list[str]
) -> None:
    reply = reply_to_question(knowledge, text, "private")
    assert reply.outcome == outcome
    stored = [row["text"] for row in knowledge.db.query("SELECT text FROM questions")]
    assert stored == ([text] if kept else [])
    assert _button_kinds(reply) == buttons
    assert (reply.fact_id != "-") == outcome.endswith("answer")


def test_inline_mode_offers_the_most_answered_facts_then_the_first_ones(
    knowledge: KnowledgeService,
) -> None:
    first_five = [fact.id for fact in knowledge.engine.facts[:5]]
    assert [fact.id for fact in knowledge.popular_facts(5)] == first_five
    asked = reply_to_question(knowledge, "ماذا قدم عثمان", "private")
    assert asked.outcome == "answer"
    offered = [fact.id for fact in knowledge.popular_facts(5)]
    assert offered[0] == asked.fact_id and len(offered) == 5
    assert offered[1:] == [fact_id for fact_id in first_five if fact_id != asked.fact_id][:4]
