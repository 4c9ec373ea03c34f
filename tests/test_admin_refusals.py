"""Refusals: non-admins, groups, and every kind of bad input leave the fact base untouched."""

import logging

import pytest

from bot import texts
from db import audit
from knowledge.models import ANSWER_MAX, PHRASING_MAX, QUIZ_OPTION_MAX, QUIZ_QUESTION_MAX
from tests.admin_helpers import base_state, say
from tests.conftest import GROUP_ID, OWNER_ID, USER_ID, RunningBot, send

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True


DATE_QUESTION = "متى كانت غزوة تبوك؟"
ARMY_QUESTION = "كم كان عدد جيش المسلمين في غزوة تبوك؟"
FIELD = texts.ADMIN_FIELD_NAMES

NON_ADMIN_COMMANDS = [
    "/addfact سؤال جديد عن تبوك | جواب جديد",
    "/addfact",
    "/addq date سؤال جديد عن تبوك",
    "/answer date جواب جديد",
    "/delfact date",
    "/addquiz date سؤال | أ | ب | ج",
    "/undo",
    "/fact date",
    "/facts",
    "/history date",
    "/export",
    "/import",
    "/unanswered",
    "/adminhelp",
]


@pytest.mark.parametrize("command", NON_ADMIN_COMMANDS)
async def test_non_admin_is_refused_nothing_changes_and_it_is_logged(
    bot: RunningBot, caplog: pytest.LogCaptureFixture, command: str
) -> None:
    before = base_state(bot.services.db)
    with caplog.at_level(logging.WARNING, logger="bot.admin_service"):
        call = await say(bot.api, USER_ID, command)
    assert call.result["text"] == texts.ADMIN_DENIED
    assert base_state(bot.services.db) == before
    [entry] = audit.entries(bot.services.db, audit.DENIED)
    assert entry.user_id == USER_ID and entry.detail == command.split()[0]
    assert any(str(USER_ID) in record.getMessage() for record in caplog.records)
    follow = await say(bot.api, USER_ID, "ما اسم ناقة النبي في تبوك")
    assert texts.ADDFACT_PHRASING_ADDED.split("{")[0] not in follow.result["text"]


async def test_non_owner_cannot_add_admins(bot: RunningBot) -> None:
    call = await say(bot.api, USER_ID, f"/admins add {USER_ID}")
    assert call.result["text"] == texts.ADMIN_OWNERS_ONLY
    assert list(bot.services.db.query("SELECT * FROM admins")) == []
    assert audit.entries(bot.services.db, audit.DENIED)[0].detail == "/admins"


async def test_non_admin_button_press_is_refused(bot: RunningBot) -> None:
    preview = await say(bot.api, OWNER_ID, "/delfact date")
    before = base_state(bot.services.db)
    data = preview.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    toast = await send(
        bot.api, bot.api.callback_query(USER_ID, preview.result, data), "answerCallbackQuery"
    )
    assert toast.params["text"] == texts.ADMIN_DENIED
    assert base_state(bot.services.db) == before
    assert audit.entries(bot.services.db, audit.DENIED)[0].user_id == USER_ID


async def test_admin_commands_in_a_group_point_to_the_private_chat(bot: RunningBot) -> None:
    before = base_state(bot.services.db)
    for command in ("/addfact سؤال جديد | جواب جديد", "/delfact date", "/export"):
        call = await send(bot.api, bot.api.group_message(GROUP_ID, OWNER_ID, command))
        assert call.result["text"] == texts.ADMIN_PRIVATE_ONLY
    assert base_state(bot.services.db) == before
    assert not bot.api.calls_to("sendDocument")


async def test_owner_is_not_managed_by_the_admins_command(bot: RunningBot) -> None:
    call = await say(bot.api, OWNER_ID, f"/admins remove {OWNER_ID}")
    assert call.result["text"] == texts.ADMINS_OWNER_FIXED.format(user_id=OWNER_ID)
    bad = await say(bot.api, OWNER_ID, "/admins add abc")
    assert bad.result["text"] == texts.ADMINS_BAD_ID.format(value="abc")
    usage = await say(bot.api, OWNER_ID, "/admins promote 5")
    assert usage.result["text"] == texts.ADMINS_USAGE


BAD_INPUTS = [
    # Malformed one-line forms.
    ("/addfact سؤال بلا جواب", texts.ADDFACT_USAGE),
    ("/addfact | جواب بلا سؤال", texts.ADDFACT_USAGE),
    ("/addfact سؤال | جواب | زيادة", texts.ADDFACT_USAGE),
    ("/addq date", texts.ADDQ_USAGE),
    ("/answer date", texts.ANSWER_USAGE),
    ("/delfact", texts.DELFACT_USAGE),
    ("/delfact date army_size", texts.DELFACT_USAGE),
    ("/addquiz date سؤال بلا خيارات", texts.ADDQUIZ_USAGE),
    ("/fact", texts.FACT_USAGE),
    ("/history", texts.HISTORY_USAGE),
    ("/import", texts.IMPORT_USAGE),
    # Empty or overlong text.
    (
        f"/addfact {'س' * (PHRASING_MAX + 1)} | جواب",
        texts.ADMIN_ERR_ITEM_TOO_LONG.format(field=FIELD["questions"], limit=PHRASING_MAX),
    ),
    (
        f"/addfact سؤال جديد عن تبوك | {'ج' * (ANSWER_MAX + 1)}",
        texts.ADMIN_ERR_TOO_LONG.format(
            field=FIELD["answer"], length=ANSWER_MAX + 1, limit=ANSWER_MAX
        ),
    ),
    (
        "/addfact سؤال جديد عن تبوك | just English",
        texts.ADMIN_ERR_NOT_ARABIC.format(field=FIELD["answer"]),
    ),
    (
        f"/addq date {'س' * (PHRASING_MAX + 1)}",
        texts.ADMIN_ERR_ITEM_TOO_LONG.format(field=FIELD["questions"], limit=PHRASING_MAX),
    ),
    (
        f"/answer date {'ج' * (ANSWER_MAX + 1)}",
        texts.ADMIN_ERR_TOO_LONG.format(
            field=FIELD["answer"], length=ANSWER_MAX + 1, limit=ANSWER_MAX
        ),
    ),
    (
        f"/addquiz date {'س' * (QUIZ_QUESTION_MAX + 1)} | أ | ب | ج",
        texts.ADMIN_ERR_TOO_LONG.format(
            field=FIELD["question"], length=QUIZ_QUESTION_MAX + 1, limit=QUIZ_QUESTION_MAX
        ),
    ),
    (
        f"/addquiz date سؤال | {'أ' * (QUIZ_OPTION_MAX + 1)} | ب | ج",
        texts.ADMIN_ERR_ITEM_TOO_LONG.format(field=FIELD["options"], limit=QUIZ_OPTION_MAX),
    ),
    (
        "/addquiz date سؤال | صحيح",
        texts.ADMIN_ERR_TOO_FEW.format(field=FIELD["options"], count=2),
    ),
    (
        "/addquiz date سؤال | أ | ب | ج | د | هـ",
        texts.ADMIN_ERR_TOO_MANY.format(field=FIELD["options"], count=5, limit=4),
    ),
    ("/addquiz date سؤال | أ | ب |  | د", texts.ADMIN_ERR_EMPTY.format(field=FIELD["options"])),
    ("/addquiz date سؤال | رجب | رجب | شوال", texts.ADMIN_ERR_OPTIONS_SAME),
    ("/addquiz date | أ | ب | ج", texts.ADMIN_ERR_EMPTY.format(field=FIELD["question"])),
    # Unknown ids.
    ("/addq nosuch سؤال جديد", texts.ADMIN_UNKNOWN_FACT.format(fact_id="nosuch")),
    ("/answer nosuch جواب جديد", texts.ADMIN_UNKNOWN_FACT.format(fact_id="nosuch")),
    ("/delfact nosuch", texts.ADMIN_UNKNOWN_FACT.format(fact_id="nosuch")),
    ("/addquiz nosuch سؤال | أ | ب | ج", texts.ADMIN_UNKNOWN_FACT.format(fact_id="nosuch")),
    ("/fact nosuch", texts.ADMIN_UNKNOWN_FACT.format(fact_id="nosuch")),
    ("/history nosuch", texts.ADMIN_UNKNOWN_FACT.format(fact_id="nosuch")),
    # A phrasing that already belongs to a fact (compared in normalised form).
    (
        f"/addfact {DATE_QUESTION} | جواب آخر عن موعد الغزوة",
        texts.ADMIN_PHRASING_TAKEN.format(text=DATE_QUESTION, fact_id="date"),
    ),
    (
        f"/addq date {ARMY_QUESTION}",
        texts.ADMIN_PHRASING_TAKEN.format(text=ARMY_QUESTION, fact_id="army_size"),
    ),
    (
        "/addq date مَتَى كَانَتْ غَزْوَةُ تَبُوك",
        texts.ADMIN_PHRASING_EXISTS.format(text="مَتَى كَانَتْ غَزْوَةُ تَبُوك"),
    ),
    # Nothing to change.
    ("/undo", texts.UNDO_NOTHING),
]


@pytest.mark.parametrize(("command", "error"), BAD_INPUTS)
async def test_bad_input_gets_its_error_and_changes_nothing(
    bot: RunningBot, command: str, error: str
) -> None:
    before = base_state(bot.services.db)
    call = await say(bot.api, OWNER_ID, command)
    assert call.result["text"] == error.strip()
    assert not call.params.get("reply_markup")
    assert base_state(bot.services.db) == before
    assert audit.entries(bot.services.db) == []


async def test_same_answer_is_not_a_change(bot: RunningBot) -> None:
    answer = bot.services.knowledge.base.fact("date").answer
    call = await say(bot.api, OWNER_ID, f"/answer date {answer}")
    assert call.result["text"] == texts.ADMIN_ANSWER_SAME


async def test_deleted_fact_cannot_be_edited(bot: RunningBot) -> None:
    preview = await say(bot.api, OWNER_ID, "/delfact date")
    data = preview.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    await send(bot.api, bot.api.callback_query(OWNER_ID, preview.result, data), "editMessageText")
    before = base_state(bot.services.db)
    call = await say(bot.api, OWNER_ID, "/addq date سؤال جديد عن تبوك")
    assert call.result["text"] == texts.ADMIN_FACT_DELETED.format(fact_id="date")
    assert base_state(bot.services.db) == before
