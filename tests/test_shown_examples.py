"""The examples the bot shows work when sent as shown, against the fake Bot API.

An admin who copies the example line out of a usage reply must see it accepted, not refused.
"""

from __future__ import annotations

import re

import pytest

from bot import texts
from db import audit
from fake_bot_api import RecordedCall
from tests.admin_helpers import say
from tests.conftest import OWNER_ID, USER_ID, RunningBot
from tests.patience import REPLY

# Handler tests, except the one marked `http` (see the bot fixture in conftest.py).
WITHOUT_HTTP = True

# An example is a command line of its own, or one that follows «مثل:» ("for example:");
# placeholders such as «/facts كلمة» follow other words and are not examples.
_EXAMPLE = re.compile(r"(?:^|مثل:\s*)(/[a-z]+ [^\n]+)", re.MULTILINE)


def examples(text: str) -> list[str]:
    """The command lines a reply offers as examples to copy."""
    return _EXAMPLE.findall(text)


def test_examples_are_found_in_a_usage_text() -> None:
    assert examples(texts.DELFACT_USAGE) == ["/delfact date"]
    assert examples(texts.FACT_USAGE) == ["/fact date"]
    assert len(examples(texts.ADDFACT_USAGE)) == 1


async def _say_patiently(bot: RunningBot, user_id: int, text: str) -> RecordedCall:
    """`say` over HTTP, waiting as long as a busy machine needs (a new fact reloads the base)."""
    since = bot.api.call_count
    bot.api.push_update(bot.api.private_message(user_id, text))
    return await bot.api.wait_for_call("sendMessage", since=since, timeout=REPLY)


@pytest.mark.http
async def test_the_addfact_example_adds_the_fact_and_the_audit_trail_has_it(
    bot: RunningBot,
) -> None:
    [example] = examples(texts.ADDFACT_USAGE)
    question, answer = (part.strip() for part in example.removeprefix("/addfact").split("|"))

    done = await _say_patiently(bot, OWNER_ID, example)

    assert done.result["text"] == texts.ADDFACT_DONE.format(fact_id="fact_1", question=question)
    fact = bot.services.knowledge.base.fact("fact_1")
    assert fact is not None and fact.answer == answer and fact.questions == (question,)
    [entry] = audit.entries(bot.services.db, audit.ADD_FACT)
    assert entry.user_id == OWNER_ID and entry.fact_id == "fact_1"
    assert entry.after is not None and entry.after["fact"]["answer"] == answer
    history = await _say_patiently(bot, OWNER_ID, "/history fact_1")
    assert texts.ACTION_LABELS["add_fact"] in history.result["text"]
    asked = await _say_patiently(bot, USER_ID, question)
    assert asked.result["text"].startswith(answer)


# Every usage reply of an admin command, with the reply its example gets on a fresh base.
USAGE_EXAMPLES = [
    (texts.ADDQ_USAGE, "✅"),
    (texts.ANSWER_USAGE, texts.ANSWER_PREVIEW.split("{")[0]),
    (texts.DELFACT_USAGE, texts.DELFACT_PREVIEW.split("{")[0]),
    (texts.FACT_USAGE, texts.FACT_TITLE.split("{")[0]),
    (texts.HISTORY_USAGE, texts.HISTORY_EMPTY.split("{")[0]),
    (texts.ADDQUIZ_USAGE, "✅"),
    (texts.EDITQUIZ_USAGE, "✅"),
    (texts.DELQUIZ_USAGE, "🗑"),
    (texts.DELQ_USAGE, "🗑"),
]


@pytest.mark.parametrize(
    ("usage", "reply_start"),
    USAGE_EXAMPLES,
    ids=[examples(usage)[0].split()[0] for usage, _ in USAGE_EXAMPLES],
)
async def test_the_example_of_an_admin_usage_reply_is_accepted(
    bot: RunningBot, usage: str, reply_start: str
) -> None:
    [example] = examples(usage)
    reply = await say(bot.api, OWNER_ID, example)
    assert reply.result["text"].startswith(reply_start), reply.result["text"]
