"""Admins keep the fact base right through bot commands, end to end over the fake Bot API."""

import asyncio
import json
from contextlib import asynccontextmanager

import pytest

from bot import texts
from bot.admin_keyboards import CALLBACK_DATA_MAX
from bot.app import build_application, running
from bot.services import services_of
from db import audit, usage
from tests.admin_helpers import SECOND_ADMIN_ID, button_data, buttons, press, say
from tests.conftest import OWNER_ID, USER_ID, RunningBot, fire_jobs_now, send

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True

NEW_QUESTION = "ما اسم ناقة النبي في تبوك"
NEW_ANSWER = "كانت ناقته القصواء في روايات أهل السيرة."


def _answer_of(bot: RunningBot, fact_id: str) -> str:
    row = next(bot.services.db.query("SELECT answer FROM facts WHERE id = ?", [fact_id]))
    return str(row["answer"])


async def test_owner_adds_an_admin_who_can_edit_and_a_removed_admin_cannot(
    bot: RunningBot,
) -> None:
    bot.api.add_user(SECOND_ADMIN_ID, "مشرف ثان")
    phrasing = "في أي وقت من السنة كانت تبوك"
    refused = await say(bot.api, SECOND_ADMIN_ID, f"/addq date {phrasing}")
    assert refused.result["text"] == texts.ADMIN_DENIED

    added = await say(bot.api, OWNER_ID, f"/admins add {SECOND_ADMIN_ID}")
    assert added.result["text"] == texts.ADMINS_ADDED.format(user_id=SECOND_ADMIN_ID)
    listing = await say(bot.api, OWNER_ID, "/admins")
    assert (
        str(SECOND_ADMIN_ID) in listing.result["text"] and str(OWNER_ID) in listing.result["text"]
    )
    only_owners = await say(bot.api, SECOND_ADMIN_ID, "/admins add 99")
    assert only_owners.result["text"] == texts.ADMIN_OWNERS_ONLY

    done = await say(bot.api, SECOND_ADMIN_ID, f"/addq date {phrasing}")
    assert done.result["text"].startswith("✅")
    assert phrasing in bot.services.knowledge.base.fact("date").questions

    removed = await say(bot.api, OWNER_ID, f"/admins remove {SECOND_ADMIN_ID}")
    assert removed.result["text"] == texts.ADMINS_REMOVED.format(user_id=SECOND_ADMIN_ID)
    again = await say(bot.api, SECOND_ADMIN_ID, "/addq date متى بدأت غزوة تبوك بالضبط")
    assert again.result["text"] == texts.ADMIN_DENIED
    assert "متى بدأت غزوة تبوك بالضبط" not in bot.services.knowledge.base.fact("date").questions
    actions = [entry.action for entry in audit.entries(bot.services.db)]
    assert actions.count(audit.ADMIN_ADDED) == 1 and actions.count(audit.ADMIN_REMOVED) == 1


async def test_one_line_addfact_answers_the_very_next_question(bot: RunningBot) -> None:
    call = await say(bot.api, OWNER_ID, f"/addfact {NEW_QUESTION} | {NEW_ANSWER}")
    assert call.result["text"] == texts.ADDFACT_DONE.format(
        fact_id="fact_1", question=NEW_QUESTION
    )

    reply = await say(bot.api, USER_ID, NEW_QUESTION + "؟")
    assert reply.result["text"].startswith(NEW_ANSWER)
    # Labelled as the admins' own, not quoted as a sentence of the source text.
    assert texts.ADMIN_FACT_NOTE in reply.result["text"]
    assert texts.SOURCE_LABEL not in reply.result["text"]
    row = next(bot.services.db.query("SELECT * FROM facts WHERE id = 'fact_1'"))
    assert row["origin"] == "admin" and row["edited"] == 1 and row["answer_type"] == "thing"
    [entry] = audit.entries(bot.services.db, audit.ADD_FACT)
    assert entry.user_id == OWNER_ID and entry.fact_id == "fact_1" and entry.before is None
    assert entry.after is not None and entry.after["fact"]["answer"] == NEW_ANSWER


async def test_question_attached_from_unanswered_is_then_answered(bot: RunningBot) -> None:
    asked = "من قائد الروم"
    first = await say(bot.api, USER_ID, asked)
    assert texts.SUGGEST_INTRO in first.result["text"]
    suggested = buttons(first)[0]["callback_data"].split(":")[2]

    since = bot.api.call_count
    bot.api.push_update(bot.api.private_message(OWNER_ID, "/unanswered"))
    title, item = await bot.api.wait_for_calls("sendMessage", since=since, count=2)
    assert title.result["text"].startswith(texts.UNANSWERED_TITLE.split("{")[0])
    assert asked in item.result["text"] and f"/addq المعرّف {asked}" in item.result["text"]
    assert all(len(b["callback_data"].encode()) <= CALLBACK_DATA_MAX for b in buttons(item))
    question = bot.services.knowledge.base.fact(suggested).questions[0]
    data = button_data(item, question[:20])

    # The button first shows the answer the question would get; nothing changes yet.
    fact = bot.services.knowledge.base.fact(suggested)
    preview = await send(bot.api, bot.api.callback_query(OWNER_ID, item.result, data))
    assert preview.result["text"].startswith(
        texts.UNANSWERED_ATTACH_PREVIEW.split("{answer}")[0].format(text=asked, fact_id=suggested)
    )
    assert fact.answer[:40] in preview.result["text"]
    assert asked not in bot.services.knowledge.base.fact(suggested).questions
    assert len(usage.unanswered(bot.services.db)) == 1

    attached = await press(
        bot.api, OWNER_ID, preview.result, button_data(preview, texts.BUTTON_CONFIRM)
    )
    assert attached.params["text"] == texts.UNANSWERED_ATTACHED.format(
        text=asked, fact_id=suggested
    )
    answer = await say(bot.api, USER_ID, asked)
    assert answer.result["text"].startswith(bot.services.knowledge.base.fact(suggested).answer)
    assert usage.unanswered(bot.services.db) == []

    # /undo takes the phrasing away and puts the question back on the list.
    undone = await say(bot.api, OWNER_ID, "/undo")
    assert undone.result["text"] == texts.UNDO_DONE.format(
        action=texts.ACTION_LABELS["attach_question"], facts=suggested
    )
    assert asked not in bot.services.knowledge.base.fact(suggested).questions
    [back] = usage.unanswered(bot.services.db)
    assert back["text"] == asked


async def test_unanswered_question_can_be_dismissed(bot: RunningBot) -> None:
    await say(bot.api, USER_ID, "من هو كعب بن مالك")
    since = bot.api.call_count
    bot.api.push_update(bot.api.private_message(OWNER_ID, "/unanswered"))
    _, item = await bot.api.wait_for_calls("sendMessage", since=since, count=2)
    dismissed = await press(
        bot.api, OWNER_ID, item.result, button_data(item, texts.BUTTON_DISMISS)
    )
    assert dismissed.params["text"] == texts.UNANSWERED_DISMISSED.format(text="من هو كعب بن مالك")
    assert usage.unanswered(bot.services.db) == []
    empty = await say(bot.api, OWNER_ID, "/unanswered")
    assert empty.result["text"] == texts.UNANSWERED_NONE


async def test_unanswered_with_words_after_it_lists_nothing_and_says_it_takes_none(
    bot: RunningBot,
) -> None:
    await say(bot.api, USER_ID, "من هو كعب بن مالك")
    refused = await say(bot.api, OWNER_ID, "/unanswered 10")
    assert refused.result["text"] == texts.UNANSWERED_USAGE
    assert "reply_markup" not in refused.params
    assert len(usage.unanswered(bot.services.db)) == 1


async def test_delete_then_undo_restores_the_fact_and_its_quiz_items(bot: RunningBot) -> None:
    knowledge = bot.services.knowledge
    quizzes_before = [q.id for q in knowledge.base.quizzes if q.fact_id == "date"]
    assert quizzes_before
    preview = await say(bot.api, OWNER_ID, "/delfact date")
    assert "date" in preview.result["text"]
    assert _answer_of(bot, "date")  # nothing happens before the confirm button
    done = await press(
        bot.api, OWNER_ID, preview.result, button_data(preview, texts.BUTTON_CONFIRM)
    )
    assert done.params["text"] == texts.DELFACT_DONE.format(fact_id="date")
    assert knowledge.base.fact("date") is None
    assert not [q for q in knowledge.base.quizzes if q.fact_id == "date"]
    row = next(bot.services.db.query("SELECT deleted, edited FROM facts WHERE id = 'date'"))
    assert row["deleted"] == 1 and row["edited"] == 1
    gone = await say(bot.api, USER_ID, "متى كانت غزوة تبوك؟")
    assert not gone.result["text"].startswith("كانت غزوة تبوك في شهر رجب")

    undone = await say(bot.api, OWNER_ID, "/undo")
    assert undone.result["text"] == texts.UNDO_DONE.format(
        action=texts.ACTION_LABELS["delete_fact"], facts="date"
    )
    assert [q.id for q in knowledge.base.quizzes if q.fact_id == "date"] == quizzes_before
    back = await say(bot.api, USER_ID, "متى كانت غزوة تبوك؟")
    assert back.result["text"].startswith(knowledge.base.fact("date").answer)
    nothing = await say(bot.api, OWNER_ID, "/undo")
    assert nothing.result["text"] == texts.UNDO_NOTHING


async def test_undo_walks_back_through_own_changes_in_order(bot: RunningBot) -> None:
    original = bot.services.knowledge.base.fact("date")
    await say(bot.api, OWNER_ID, "/addq date متى تحرك الجيش نحو تبوك")
    await say(bot.api, OWNER_ID, "/addquiz date في أي شهر خرج الجيش؟ | رجب | رمضان | شوال")
    await say(bot.api, OWNER_ID, "/undo")
    await say(bot.api, OWNER_ID, "/undo")
    assert bot.services.knowledge.base.fact("date") == original
    quiz_ids = {q.id for q in bot.services.knowledge.base.quizzes}
    assert "quiz_1" not in quiz_ids


async def test_undo_is_refused_when_another_admin_changed_the_fact_since(bot: RunningBot) -> None:
    bot.api.add_user(SECOND_ADMIN_ID, "مشرف ثان")
    await say(bot.api, OWNER_ID, f"/admins add {SECOND_ADMIN_ID}")
    await say(bot.api, OWNER_ID, "/addq date متى تحرك الجيش نحو تبوك")
    await say(bot.api, SECOND_ADMIN_ID, "/addq date متى عزم النبي على الخروج")
    refused = await say(bot.api, OWNER_ID, "/undo")
    assert refused.result["text"] == texts.UNDO_CONFLICT.format(fact_id="date")
    questions = bot.services.knowledge.base.fact("date").questions
    assert {"متى تحرك الجيش نحو تبوك", "متى عزم النبي على الخروج"} <= set(questions)


async def test_second_confirm_of_a_concurrent_edit_is_refused(bot: RunningBot) -> None:
    bot.api.add_user(SECOND_ADMIN_ID, "مشرف ثان")
    await say(bot.api, OWNER_ID, f"/admins add {SECOND_ADMIN_ID}")
    first = await say(bot.api, OWNER_ID, "/answer date كانت في رجب سنة تسع للهجرة.")
    second = await say(bot.api, SECOND_ADMIN_ID, "/answer date كانت في السنة التاسعة.")
    version = bot.services.db.execute("SELECT version FROM facts WHERE id = 'date'").fetchone()[0]
    for preview in (first, second):
        assert button_data(preview, texts.BUTTON_CONFIRM).endswith(f":{version}")

    ok = await press(bot.api, OWNER_ID, first.result, button_data(first, texts.BUTTON_CONFIRM))
    assert ok.params["text"] == texts.ANSWER_DONE.format(fact_id="date")
    late = await press(
        bot.api, SECOND_ADMIN_ID, second.result, button_data(second, texts.BUTTON_CONFIRM)
    )
    assert late.params["text"] == texts.ADMIN_CONFLICT.format(fact_id="date")
    assert _answer_of(bot, "date") == "كانت في رجب سنة تسع للهجرة."
    assert bot.services.knowledge.base.fact("date").answer == "كانت في رجب سنة تسع للهجرة."


async def test_delete_confirmed_after_an_answer_change_is_refused(bot: RunningBot) -> None:
    delete = await say(bot.api, OWNER_ID, "/delfact date")
    change = await say(bot.api, OWNER_ID, "/answer date كانت في رجب سنة تسع للهجرة.")
    await press(bot.api, OWNER_ID, change.result, button_data(change, texts.BUTTON_CONFIRM))
    late = await press(bot.api, OWNER_ID, delete.result, button_data(delete, texts.BUTTON_CONFIRM))
    assert late.params["text"] == texts.ADMIN_CONFLICT.format(fact_id="date")
    assert bot.services.knowledge.base.fact("date") is not None


async def test_cancel_button_changes_nothing(bot: RunningBot) -> None:
    answer = _answer_of(bot, "date")
    preview = await say(bot.api, OWNER_ID, "/answer date جواب لن يُحفظ أبدًا.")
    cancelled = await press(
        bot.api, OWNER_ID, preview.result, button_data(preview, texts.BUTTON_CANCEL)
    )
    assert cancelled.params["text"] == texts.ADMIN_CANCELLED
    assert _answer_of(bot, "date") == answer
    # The confirm button of a cancelled preview no longer works.
    stale = await press(
        bot.api, OWNER_ID, preview.result, button_data(preview, texts.BUTTON_CONFIRM)
    )
    assert stale.params["text"] == texts.ADMIN_PREVIEW_EXPIRED
    assert _answer_of(bot, "date") == answer


@asynccontextmanager
async def bot_on(api, config):
    """A fresh Application on the same database: what a restart does."""
    application = build_application(config, base_url=api.base_url, base_file_url=api.base_file_url)
    async with running(application, poll_timeout=1):
        yield application


@pytest.mark.slow
async def test_an_edit_survives_a_restart(api, config) -> None:
    new_answer = "كانت غزوة تبوك في رجب من السنة التاسعة، كما عدّلها المشرف."
    async with bot_on(api, config):
        preview = await say(api, OWNER_ID, f"/answer date {new_answer}")
        await press(api, OWNER_ID, preview.result, button_data(preview, texts.BUTTON_CONFIRM))
        await say(api, OWNER_ID, f"/addfact {NEW_QUESTION} | {NEW_ANSWER}")

    async with bot_on(api, config) as application:  # the restart re-syncs the shipped base
        assert services_of(application).knowledge.base.fact("date").answer == new_answer
        reply = await say(api, USER_ID, "متى كانت غزوة تبوك؟")
        assert reply.result["text"].startswith(new_answer)
        added = await say(api, USER_ID, NEW_QUESTION)
        assert added.result["text"].startswith(NEW_ANSWER)
        history = await say(api, OWNER_ID, "/history date")
        assert texts.ACTION_LABELS["set_answer"] in history.result["text"]


async def test_guided_addfact_end_to_end(bot: RunningBot) -> None:
    start = await say(bot.api, OWNER_ID, "/addfact")
    assert start.result["text"] == texts.ADDFACT_START
    first = await say(bot.api, OWNER_ID, NEW_QUESTION)
    assert first.result["text"] == texts.ADDFACT_PHRASING_ADDED.format(count=1)
    repeated = await say(bot.api, OWNER_ID, "ما اسمُ ناقةِ النبيِّ في تبوك")
    assert repeated.result["text"].startswith("أرسلت الصيغة")
    taken = await say(bot.api, OWNER_ID, "متى كانت غزوة تبوك؟")
    assert taken.result["text"] == texts.ADMIN_PHRASING_TAKEN.format(
        text="متى كانت غزوة تبوك؟", fact_id="date"
    )
    second = await say(bot.api, OWNER_ID, "على أي ناقة ركب النبي في تبوك")
    assert second.result["text"] == texts.ADDFACT_PHRASING_ADDED.format(count=2)
    ask_answer = await say(bot.api, OWNER_ID, "تم")
    assert ask_answer.result["text"] == texts.ADDFACT_ASK_ANSWER
    too_long = await say(bot.api, OWNER_ID, "ن" * 4097)
    assert too_long.result["text"].startswith(texts.ADMIN_FIELD_NAMES["answer"])
    ask_type = await say(bot.api, OWNER_ID, NEW_ANSWER)
    assert ask_type.result["text"] == texts.ADDFACT_ASK_TYPE
    assert len(buttons(ask_type)) == len(texts.ANSWER_TYPE_LABELS)
    hint = await say(bot.api, OWNER_ID, "شيء")
    assert hint.result["text"] == texts.ADDFACT_USE_BUTTONS

    preview = await send(
        bot.api,
        bot.api.callback_query(OWNER_ID, ask_type.result, button_data(ask_type, "شيء")),
    )
    assert NEW_ANSWER in preview.result["text"] and NEW_QUESTION in preview.result["text"]
    saved = await press(
        bot.api, OWNER_ID, preview.result, button_data(preview, texts.BUTTON_CONFIRM)
    )
    assert saved.params["text"] == texts.ADDFACT_DONE.format(
        fact_id="fact_1", question=NEW_QUESTION
    )
    fact = bot.services.knowledge.base.fact("fact_1")
    assert fact.questions == (NEW_QUESTION, "على أي ناقة ركب النبي في تبوك")
    assert fact.answer_type.value == "thing"
    # The conversation is over: the admin's next text is a question again.
    reply = await say(bot.api, OWNER_ID, "على أي ناقة ركب النبي في تبوك")
    assert reply.result["text"].startswith(NEW_ANSWER)
    stale = await send(
        bot.api,
        bot.api.callback_query(
            OWNER_ID, preview.result, button_data(preview, texts.BUTTON_CONFIRM)
        ),
        "answerCallbackQuery",
    )
    assert stale.params["text"] == texts.ADMIN_PREVIEW_EXPIRED
    assert len([f for f in bot.services.knowledge.base.facts if f.id.startswith("fact_")]) == 1


async def test_guided_addfact_cancel_saves_nothing(bot: RunningBot) -> None:
    facts_before = len(bot.services.knowledge.base.facts)
    await say(bot.api, OWNER_ID, "/addfact")
    await say(bot.api, OWNER_ID, NEW_QUESTION)
    await say(bot.api, OWNER_ID, "/done")
    ask_type = await say(bot.api, OWNER_ID, NEW_ANSWER)
    cancelled = await say(bot.api, OWNER_ID, "/cancel")
    assert cancelled.result["text"] == texts.ADDFACT_CANCELLED
    assert len(bot.services.knowledge.base.facts) == facts_before
    # Its type buttons are dead now, and text is a question again.
    stale = await send(
        bot.api,
        bot.api.callback_query(OWNER_ID, ask_type.result, button_data(ask_type, "شيء")),
        "answerCallbackQuery",
    )
    assert stale.params["text"] == texts.ADMIN_PREVIEW_EXPIRED
    reply = await say(bot.api, OWNER_ID, "متى كانت غزوة تبوك؟")
    assert reply.result["text"].startswith(bot.services.knowledge.base.fact("date").answer)
    again = await say(bot.api, OWNER_ID, "/cancel")
    assert again.result["text"] == texts.NOTHING_TO_CANCEL


async def test_guided_addfact_cancel_button_at_the_preview(bot: RunningBot) -> None:
    facts_before = len(bot.services.knowledge.base.facts)
    await say(bot.api, OWNER_ID, "/addfact")
    need = await say(bot.api, OWNER_ID, "تم")
    assert need.result["text"] == texts.ADDFACT_NEED_PHRASING
    await say(bot.api, OWNER_ID, NEW_QUESTION)
    await say(bot.api, OWNER_ID, "تم")
    ask_type = await say(bot.api, OWNER_ID, NEW_ANSWER)
    preview = await send(
        bot.api, bot.api.callback_query(OWNER_ID, ask_type.result, button_data(ask_type, "شخص"))
    )
    assert texts.ANSWER_TYPE_LABELS["person"] in preview.result["text"]
    dropped = await press(
        bot.api, OWNER_ID, preview.result, button_data(preview, texts.BUTTON_CANCEL)
    )
    assert dropped.params["text"] == texts.ADDFACT_CANCELLED
    assert len(bot.services.knowledge.base.facts) == facts_before


async def test_addquiz_adds_an_item_with_the_first_option_correct(bot: RunningBot) -> None:
    call = await say(bot.api, OWNER_ID, "/addquiz date في أي شهر خرج الجيش؟ | رجب | رمضان | شوال")
    assert call.result["text"] == texts.ADDQUIZ_DONE.format(quiz_id="quiz_1", fact_id="date")
    quiz = next(q for q in bot.services.knowledge.base.quizzes if q.id == "quiz_1")
    assert quiz.options == ("رجب", "رمضان", "شوال") and quiz.correct == 0
    assert quiz.fact_id == "date" and len(quiz.explanation) <= 200
    shown = await say(bot.api, OWNER_ID, "/fact date")
    assert "quiz_1" in shown.result["text"] and "✅ رجب" in shown.result["text"]


async def test_fact_shows_phrasings_and_quizzes_split_under_the_message_limit(
    bot: RunningBot,
) -> None:
    long_answer = ("كانت غزوة تبوك في رجب. " * 200)[:4096]
    preview = await say(bot.api, OWNER_ID, f"/answer date {long_answer}")
    assert len(preview.result["text"]) <= 4096
    await press(bot.api, OWNER_ID, preview.result, button_data(preview, texts.BUTTON_CONFIRM))
    since = bot.api.call_count
    bot.api.push_update(bot.api.private_message(OWNER_ID, "/fact date"))
    await bot.api.wait_for_calls("sendMessage", since=since, count=2)
    await asyncio.sleep(0.2)
    parts = [c.result["text"] for c in bot.api.calls_to("sendMessage", since=since)]
    assert all(len(part) <= 4096 for part in parts)
    whole = "\n".join(parts)
    fact = bot.services.knowledge.base.fact("date")
    assert all(question in whole for question in fact.questions)
    quiz_ids = [q.id for q in bot.services.knowledge.base.quizzes if q.fact_id == "date"]
    assert quiz_ids and all(quiz_id in whole for quiz_id in quiz_ids)


async def test_facts_list_pages_with_buttons_and_search(bot: RunningBot) -> None:
    total = len(bot.services.knowledge.base.facts)
    first = await say(bot.api, OWNER_ID, "/facts")
    assert f"{total}" in first.result["text"] and "1" in first.result["text"]
    next_data = button_data(first, texts.BUTTON_NEXT)
    assert len(next_data.encode()) <= CALLBACK_DATA_MAX
    second = await press(bot.api, OWNER_ID, first.result, next_data)
    ids_first = {line.split()[1] for line in first.result["text"].splitlines() if line[:1] == "•"}
    ids_second = {
        line.split()[1] for line in second.params["text"].splitlines() if line[:1] == "•"
    }
    assert ids_first and ids_second and not ids_first & ids_second
    assert any(b["text"] == texts.BUTTON_PREVIOUS for b in buttons(second))

    search = await say(bot.api, OWNER_ID, "/facts عثمان")
    assert "عثمان" in search.result["text"] and "uthman_donation" in search.result["text"]
    none = await say(bot.api, OWNER_ID, "/facts زرافة")
    # The admin's own words come back as typed («زرافة», not the normalised «زرافه»).
    assert none.result["text"] == texts.FACTS_NONE.format(query="زرافة")
    long = await say(bot.api, OWNER_ID, "/facts " + "كلمة " * 10)
    assert long.result["text"] == texts.FACTS_QUERY_TOO_LONG


async def test_history_says_who_changed_what(bot: RunningBot) -> None:
    await say(bot.api, OWNER_ID, "/addq date متى تحرك الجيش نحو تبوك")
    preview = await say(bot.api, OWNER_ID, "/answer date كانت في رجب سنة تسع للهجرة.")
    await press(bot.api, OWNER_ID, preview.result, button_data(preview, texts.BUTTON_CONFIRM))
    history = await say(bot.api, OWNER_ID, "/history date")
    text = history.result["text"]
    assert str(OWNER_ID) in text and "مشرف" in text
    assert (
        texts.ACTION_LABELS["add_phrasing"] in text and texts.ACTION_LABELS["set_answer"] in text
    )
    assert "متى تحرك الجيش نحو تبوك" in text and "كانت في رجب سنة تسع للهجرة." in text
    assert text.index(texts.ACTION_LABELS["set_answer"]) < text.index(
        texts.ACTION_LABELS["add_phrasing"]
    )
    untouched = await say(bot.api, OWNER_ID, "/history army_size")
    assert untouched.result["text"] == texts.HISTORY_EMPTY.format(fact_id="army_size")


async def test_every_change_is_in_the_audit_log_with_snapshots(bot: RunningBot) -> None:
    await say(bot.api, OWNER_ID, "/addq date متى تحرك الجيش نحو تبوك")
    [entry] = audit.entries(bot.services.db, audit.ADD_PHRASING)
    assert entry.user_id == OWNER_ID and entry.created_at
    assert "متى تحرك الجيش نحو تبوك" not in entry.before["fact"]["questions"]
    assert "متى تحرك الجيش نحو تبوك" in entry.after["fact"]["questions"]
    version = bot.services.db.execute("SELECT version FROM facts WHERE id = 'date'").fetchone()[0]
    assert entry.version_after == version == 2
    json.dumps(entry.after)  # plain JSON


async def test_guided_addfact_left_alone_times_out(bot: RunningBot) -> None:
    await say(bot.api, OWNER_ID, "/addfact")
    await say(bot.api, OWNER_ID, NEW_QUESTION)
    since = bot.api.call_count
    assert await fire_jobs_now(bot.application, "_trigger_timeout") == 1
    expired = await bot.api.wait_for_call("sendMessage", since=since)
    assert expired.params["text"] == texts.ADDFACT_TIMEOUT
    reply = await say(bot.api, OWNER_ID, "متى كانت غزوة تبوك؟")
    assert reply.result["text"].startswith(bot.services.knowledge.base.fact("date").answer)
    assert bot.services.knowledge.base.fact("fact_1") is None
