"""Imports that would hurt: empty, removing most of the base, or files no parser should trust."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest

from bot import texts
from db import audit
from db import facts as fact_store
from knowledge.base import MAX_DEPTH, MAX_NUMBER_DIGITS, load_shipped
from tests.admin_helpers import base_state, button_data, buttons, press
from tests.conftest import OWNER_ID, RunningBot

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True


def _encode(base: Any) -> bytes:
    return json.dumps(base, ensure_ascii=False).encode("utf-8")


async def _import(bot: RunningBot, data: bytes, timeout: float = 10):
    document = bot.api.add_file(data, "base.json", "application/json")
    since = bot.api.call_count
    bot.api.push_update(bot.api.private_message(OWNER_ID, document=document, caption="/import"))
    return await bot.api.wait_for_call("sendMessage", since=since, timeout=timeout)


def _keep_first(count: int) -> dict[str, Any]:
    """The shipped base with only its first `count` facts (and their quiz items)."""
    base = load_shipped().to_dict()
    base["facts"] = base["facts"][:count]
    kept = {fact["id"] for fact in base["facts"]}
    base["quizzes"] = [quiz for quiz in base["quizzes"] if quiz["fact_id"] in kept]
    return base


def _nested(depth: int) -> bytes:
    return ('{"facts": ' + "[" * depth + "]" * depth + "}").encode()


def _surrogate() -> bytes:
    base = load_shipped().to_dict()
    base["facts"][0]["answer"] = "PLACEHOLDER"
    # A lone high surrogate written as a JSON escape (valid UTF-8 bytes, invalid text).
    return _encode(base).replace(b"PLACEHOLDER", b"\\ud83d \xd8\xac\xd9\x88\xd8\xa7\xd8\xa8")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"facts": []}', texts.IMPORT_EMPTY),
        (b'{"facts": [], "quizzes": []}', texts.IMPORT_EMPTY),
        (_nested(200), texts.IMPORT_TOO_DEEP.format(depth=MAX_DEPTH)),
        (
            b'{"facts": [], "n": ' + b"7" * 5000 + b"}",
            texts.IMPORT_LONG_NUMBER.format(digits=MAX_NUMBER_DIGITS),
        ),
        (_surrogate(), texts.IMPORT_SURROGATE),
    ],
    ids=["empty", "empty-with-quizzes", "nested-200", "5000-digits", "lone-surrogate"],
)
async def test_a_file_that_cannot_be_a_base_is_refused_clearly(
    bot: RunningBot, data: bytes, expected: str
) -> None:
    before = base_state(bot.services.db)
    call = await _import(bot, data)
    assert call.result["text"] == expected
    assert not call.params.get("reply_markup")
    assert base_state(bot.services.db) == before


async def test_removing_most_of_the_base_needs_a_second_confirmation(bot: RunningBot) -> None:
    db = bot.services.db
    live = fact_store.counts(db)
    small = _keep_first(5)
    before = base_state(db)
    summary = await _import(bot, _encode(small))
    removed_facts = live["facts"] - 5
    removed_quizzes = live["quizzes"] - len(small["quizzes"])
    counts = texts.removal_counts(removed_facts, live["facts"], removed_quizzes, live["quizzes"])
    assert texts.IMPORT_DRASTIC_WARNING.format(**counts) in summary.result["text"]

    first = button_data(summary, texts.BUTTON_CONFIRM)
    asked = await press(bot.api, OWNER_ID, summary.result, first)
    assert asked.params["text"] == texts.IMPORT_DRASTIC_CONFIRM.format(**counts)
    assert base_state(db) == before
    # Pressing the first button again (a double tap) does not apply it either.
    again = await press(bot.api, OWNER_ID, summary.result, first)
    assert again.params["text"] == texts.ADMIN_PREVIEW_EXPIRED
    assert base_state(db) == before

    labels = [button["text"] for button in buttons(asked)]
    assert texts.BUTTON_CONFIRM_REMOVAL in labels
    done = await press(
        bot.api, OWNER_ID, asked.result, button_data(asked, texts.BUTTON_CONFIRM_REMOVAL)
    )
    assert done.params["text"].startswith(texts.IMPORT_DONE.split("{")[0])
    assert fact_store.counts(db)["facts"] == 5
    assert len(bot.services.knowledge.base.facts) == 5
    rows = audit.entries(db, audit.IMPORT)
    assert len({row.batch for row in rows}) == 1 and {row.user_id for row in rows} == {OWNER_ID}


async def test_cancel_on_the_second_confirmation_changes_nothing(bot: RunningBot) -> None:
    before = base_state(bot.services.db)
    summary = await _import(bot, _encode(_keep_first(3)))
    asked = await press(
        bot.api, OWNER_ID, summary.result, button_data(summary, texts.BUTTON_CONFIRM)
    )
    cancelled = await press(
        bot.api, OWNER_ID, asked.result, button_data(asked, texts.BUTTON_CANCEL)
    )
    assert cancelled.params["text"] == texts.ADMIN_CANCELLED
    assert base_state(bot.services.db) == before


async def test_removing_less_than_half_needs_one_confirmation(bot: RunningBot) -> None:
    live = fact_store.counts(bot.services.db)
    keep = live["facts"] - live["facts"] // 4
    summary = await _import(bot, _encode(_keep_first(keep)))
    assert "⚠️" not in summary.result["text"]
    done = await press(
        bot.api, OWNER_ID, summary.result, button_data(summary, texts.BUTTON_CONFIRM)
    )
    assert done.params["text"].startswith(texts.IMPORT_DONE.split("{")[0])
    assert fact_store.counts(bot.services.db)["facts"] == keep


@pytest.mark.slow
async def test_an_import_while_another_process_holds_the_lock_says_so(
    bot: RunningBot, config
) -> None:
    """A writer holding the lock past the busy timeout: a clear reply, nothing changed."""
    exported = fact_store.export_dict(bot.services.db)
    exported["facts"][0]["answer"] = "جواب معدل للتجربة."
    holder = sqlite3.connect(config.database_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        # The update journal, then the import, each wait out the 5 s busy timeout.
        summary = await _import(bot, _encode(exported), timeout=30)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert summary.result["text"] == texts.IMPORT_BUSY
    summary = await _import(bot, _encode(exported))
    assert button_data(summary, texts.BUTTON_CONFIRM)
