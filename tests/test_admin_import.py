"""/export and /import: a JSON document out, a JSON document back in after a preview."""

import json
from typing import Any

import pytest

from bot import texts
from bot.admin_input import IMPORT_MAX_BYTES
from db import audit
from db import facts as fact_store
from knowledge.base import load_shipped
from tests.admin_helpers import base_state, button_data, press, say
from tests.conftest import OWNER_ID, USER_ID, RunningBot, send

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True


async def _export(bot: RunningBot) -> dict[str, Any]:
    call = await send(bot.api, bot.api.private_message(OWNER_ID, "/export"), "sendDocument")
    document = call.result["document"]
    assert document["file_name"].endswith(".json")
    return json.loads(bot.api.file_bytes(document["file_id"]).decode("utf-8"))


async def _import(bot: RunningBot, data: bytes, *, file_name: str = "base.json"):
    """Send `data` as a document, then reply /import to it; the bot's next message."""
    document = bot.api.add_file(data, file_name, "application/json")
    update = bot.api.private_message(OWNER_ID, document=document)
    hint = await send(bot.api, update)
    assert hint.result["text"] == texts.IMPORT_DOCUMENT_HINT
    reply_to = update["message"]["message_id"]
    return await send(
        bot.api, bot.api.private_message(OWNER_ID, "/import", reply_to_message_id=reply_to)
    )


def _encode(base: dict[str, Any]) -> bytes:
    return json.dumps(base, ensure_ascii=False).encode("utf-8")


@pytest.mark.http  # end to end: over HTTP, as Telegram delivers it
async def test_importing_the_base_as_it_is_changes_nothing_and_asks_nothing(
    bot: RunningBot,
) -> None:
    """A file identical to the base: said plainly, no buttons, no preview kept, no audit."""
    exported = await _export(bot)
    assert exported == fact_store.export_dict(bot.services.db)
    assert exported["facts"] and exported["quizzes"]
    before = base_state(bot.services.db)
    audited = audit.count(bot.services.db)

    for _ in range(2):  # the same file twice: the same plain answer
        summary = await _import(bot, _encode(exported))
        assert summary.result["text"] == texts.IMPORT_NO_CHANGES
        assert not summary.params.get("reply_markup")
    assert not list(bot.services.db.query("SELECT id FROM admin_pending"))
    assert base_state(bot.services.db) == before
    assert audit.count(bot.services.db) == audited


async def test_a_file_that_only_reorders_the_base_is_previewed_as_such(bot: RunningBot) -> None:
    """Same records in another order: an import would apply the order, so it asks first."""
    exported = await _export(bot)
    reordered = {**exported, "facts": exported["facts"][::-1]}
    summary = await _import(bot, _encode(reordered))
    assert summary.result["text"] == texts.IMPORT_ORDER_ONLY
    done = await press(
        bot.api, OWNER_ID, summary.result, button_data(summary, texts.BUTTON_CONFIRM)
    )
    assert done.params["text"] == texts.IMPORT_DONE.format(
        **{name: 0 for name in texts.IMPORT_LABELS}
    )
    assert fact_store.export_dict(bot.services.db)["facts"] == reordered["facts"]


async def test_import_with_changes_shows_them_applies_them_and_can_be_undone(
    bot: RunningBot,
) -> None:
    exported = await _export(bot)
    original = fact_store.export_dict(bot.services.db)
    changed = json.loads(json.dumps(exported))
    date = next(f for f in changed["facts"] if f["id"] == "date")
    date["answer"] = "كانت غزوة تبوك في رجب من السنة التاسعة (جواب مستورد)."
    removed = changed["facts"].pop()
    changed["quizzes"] = [q for q in changed["quizzes"] if q["fact_id"] != removed["id"]]
    changed["facts"].append(
        {
            "id": "camel_name",
            "answer": "القصواء.",
            "questions": ["ما اسم ناقة النبي في تبوك"],
            "keywords": [],
            "answer_type": "thing",
            "source": "أضافه المشرفون",
        }
    )
    summary = await _import(bot, _encode(changed))
    text = summary.result["text"]
    assert "camel_name" in text and "date" in text and removed["id"] in text
    assert texts.IMPORT_LABELS["added_facts"] in text
    assert texts.IMPORT_LABELS["removed_quizzes"] in text or not [
        q for q in exported["quizzes"] if q["fact_id"] == removed["id"]
    ]
    assert fact_store.export_dict(bot.services.db) == original  # nothing before the confirm

    done = await press(
        bot.api, OWNER_ID, summary.result, button_data(summary, texts.BUTTON_CONFIRM)
    )
    assert done.params["text"].startswith("✅")
    reply = await say(bot.api, USER_ID, "ما اسم ناقة النبي في تبوك")
    assert reply.result["text"].startswith("القصواء.")
    assert bot.services.knowledge.base.fact(removed["id"]) is None
    entries = audit.entries(bot.services.db, audit.IMPORT)
    assert {e.fact_id for e in entries} >= {"date", "camel_name", removed["id"]}
    assert len({e.batch for e in entries}) == 1

    undone = await say(bot.api, OWNER_ID, "/undo")
    assert undone.result["text"].startswith("↩️")
    assert fact_store.export_dict(bot.services.db) == original


def _date_answer_changed(base: dict[str, Any]) -> dict[str, Any]:
    """The base with one answer edited: a file whose import changes one fact."""
    changed = json.loads(json.dumps(base))
    date = next(f for f in changed["facts"] if f["id"] == "date")
    date["answer"] = "كانت غزوة تبوك في رجب من السنة التاسعة (جواب مستورد)."
    return changed


async def test_import_confirmed_after_another_change_is_refused(bot: RunningBot) -> None:
    exported = await _export(bot)
    summary = await _import(bot, _encode(_date_answer_changed(exported)))
    await say(bot.api, OWNER_ID, "/addq date متى تحرك الجيش نحو تبوك")
    after_edit = base_state(bot.services.db)
    late = await press(
        bot.api, OWNER_ID, summary.result, button_data(summary, texts.BUTTON_CONFIRM)
    )
    assert late.params["text"] == texts.IMPORT_CHANGED
    assert base_state(bot.services.db) == after_edit
    assert "متى تحرك الجيش نحو تبوك" in bot.services.knowledge.base.fact("date").questions


def _base_with(change) -> bytes:
    base = load_shipped().to_dict()
    change(base)
    return _encode(base)


def _empty_answer(base: dict[str, Any]) -> None:
    base["facts"][2]["answer"] = ""


def _unknown_quiz_fact(base: dict[str, Any]) -> None:
    base["quizzes"][1]["fact_id"] = "nosuch"


def _duplicate_question(base: dict[str, Any]) -> None:
    base["facts"][3]["questions"].append(base["facts"][0]["questions"][0])


def _too_many_options(base: dict[str, Any]) -> None:
    base["quizzes"][0]["options"] = ["أ", "ب", "ج", "د", "هـ"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"{not json", texts.IMPORT_BAD_JSON.format(line=1, column=2)),
        (b"\xff\xfe\x00garbage", texts.IMPORT_NOT_TEXT),
        (b"[1, 2, 3]", texts.IMPORT_BAD_SHAPE),
        (b'{"facts": "none"}', texts.IMPORT_BAD_SHAPE),
        (b" " * (IMPORT_MAX_BYTES + 1), texts.IMPORT_TOO_BIG.format(size=1024, limit=1024)),
    ],
)
async def test_unusable_file_is_refused_and_changes_nothing(
    bot: RunningBot, data: bytes, expected: str
) -> None:
    before = base_state(bot.services.db)
    call = await _import(bot, data)
    assert call.result["text"] == expected
    assert base_state(bot.services.db) == before
    assert not call.params.get("reply_markup")


@pytest.mark.parametrize(
    ("change", "record", "problem"),
    [
        (
            _empty_answer,
            texts.IMPORT_RECORD_FACT.format(number=3),
            texts.ADMIN_ERR_EMPTY.format(field=texts.ADMIN_FIELD_NAMES["answer"]),
        ),
        (_unknown_quiz_fact, texts.IMPORT_RECORD_QUIZ.format(number=2), "nosuch"),
        (_duplicate_question, texts.IMPORT_RECORD_FACT.format(number=4), "مكرر"),
        (
            _too_many_options,
            texts.IMPORT_RECORD_QUIZ.format(number=1),
            texts.ADMIN_ERR_TOO_MANY.format(
                field=texts.ADMIN_FIELD_NAMES["options"], count=5, limit=4
            ),
        ),
    ],
)
async def test_invalid_record_is_named_in_arabic_and_nothing_is_imported(
    bot: RunningBot, change, record: str, problem: str
) -> None:
    before = base_state(bot.services.db)
    call = await _import(bot, _base_with(change))
    text = call.result["text"]
    assert text.startswith("لم يُستورد شيء") and record in text and problem in text
    assert base_state(bot.services.db) == before


async def test_document_with_import_caption_is_previewed(bot: RunningBot) -> None:
    exported = await _export(bot)
    changed = _encode(_date_answer_changed(exported))
    document = bot.api.add_file(changed, "base.json", "application/json")
    call = await send(
        bot.api, bot.api.private_message(OWNER_ID, document=document, caption="/import")
    )
    assert call.result["text"].startswith(texts.IMPORT_SUMMARY.split("{")[0])
    assert button_data(call, texts.BUTTON_CONFIRM)


@pytest.mark.parametrize("words", ["كل شيء", "json extra", "json", "date"])
async def test_export_with_words_after_it_sends_nothing_and_says_it_takes_none(
    bot: RunningBot, words: str
) -> None:
    since = bot.api.call_count
    call = await say(bot.api, OWNER_ID, f"/export {words}")
    assert call.result["text"] == texts.EXPORT_USAGE
    assert not bot.api.calls_to("sendDocument", since=since)
    assert (await _export(bot))["facts"]  # alone it still sends the whole base


@pytest.mark.parametrize("words", ["الملف", "json", "--force"])
async def test_import_with_words_after_it_reads_no_file_and_changes_nothing(
    bot: RunningBot, words: str
) -> None:
    exported = await _export(bot)
    document = bot.api.add_file(
        _encode(_date_answer_changed(exported)), "base.json", "application/json"
    )
    before = base_state(bot.services.db)
    for update in (
        bot.api.private_message(OWNER_ID, document=document, caption=f"/import {words}"),
        bot.api.private_message(OWNER_ID, f"/import {words}"),
    ):
        call = await send(bot.api, update)
        assert call.result["text"] == texts.IMPORT_WORDS_USAGE
        assert "reply_markup" not in call.params  # nothing to confirm
    assert base_state(bot.services.db) == before
