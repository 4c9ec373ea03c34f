"""Quiz items and phrasings one at a time, the guided /addfact's new ways in, and /admins add
by reply or @username: end to end over the fake Bot API."""

import pytest

from bot import texts
from db import audit, usage
from tests.admin_helpers import base_state, button_data, buttons, press, say
from tests.conftest import GROUP_ID, OWNER_ID, USER_ID, RunningBot, send

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True

TRUE_FALSE = "هل كانت غزوة تبوك في شهر رجب؟"
LONG_ANSWER = "كانت ناقته القصواء في روايات أهل السيرة."


def _quizzes_of(bot: RunningBot, fact_id: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {
        quiz.id: (quiz.question, quiz.options)
        for quiz in bot.services.knowledge.base.quizzes
        if quiz.fact_id == fact_id
    }


async def test_true_false_item_is_added_and_a_duplicate_is_refused(bot: RunningBot) -> None:
    done = await say(bot.api, OWNER_ID, f"/addquiz date {TRUE_FALSE} | صح | خطأ")
    assert done.result["text"] == texts.ADDQUIZ_DONE.format(quiz_id="quiz_1", fact_id="date")
    assert _quizzes_of(bot, "date")["quiz_1"] == (TRUE_FALSE, ("صح", "خطأ"))

    before = base_state(bot.services.db)
    # The same question again, with other diacritics and options, and on another fact.
    again = await say(
        bot.api, OWNER_ID, "/addquiz army_size هَلْ كانت غزوة تبوك في شهر رجب | نعم | لا"
    )
    assert again.result["text"] == texts.ADDQUIZ_DUPLICATE.format(quiz_id="quiz_1", fact_id="date")
    assert base_state(bot.services.db) == before


async def test_editquiz_then_undo_puts_the_item_back(bot: RunningBot) -> None:
    quiz_id, (question, options) = next(iter(_quizzes_of(bot, "date").items()))
    new_question = "في أي شهر خرج الجيش إلى تبوك؟"
    done = await say(bot.api, OWNER_ID, f"/editquiz {quiz_id} {new_question} | رجب | شعبان")
    assert done.result["text"] == texts.EDITQUIZ_DONE.format(quiz_id=quiz_id)
    assert _quizzes_of(bot, "date")[quiz_id] == (new_question, ("رجب", "شعبان"))

    undone = await say(bot.api, OWNER_ID, "/undo")
    assert undone.result["text"] == texts.UNDO_DONE.format(
        action=texts.ACTION_LABELS["edit_quiz"], facts="date"
    )
    assert _quizzes_of(bot, "date")[quiz_id] == (question, options)

    unknown = await say(bot.api, OWNER_ID, f"/editquiz nosuch {new_question} | رجب | شعبان")
    assert unknown.result["text"] == texts.ADMIN_UNKNOWN_QUIZ.format(quiz_id="nosuch")
    usage_reply = await say(bot.api, OWNER_ID, f"/editquiz {quiz_id}")
    assert usage_reply.result["text"] == texts.EDITQUIZ_USAGE


async def test_delquiz_removes_one_item_and_undo_brings_it_back(bot: RunningBot) -> None:
    items = _quizzes_of(bot, "date")
    quiz_id = next(iter(items))
    done = await say(bot.api, OWNER_ID, f"/delquiz {quiz_id}")
    assert done.result["text"] == texts.DELQUIZ_DONE.format(quiz_id=quiz_id, fact_id="date")
    assert quiz_id not in _quizzes_of(bot, "date")
    assert len(_quizzes_of(bot, "date")) == len(items) - 1
    again = await say(bot.api, OWNER_ID, f"/delquiz {quiz_id}")
    assert again.result["text"] == texts.ADMIN_UNKNOWN_QUIZ.format(quiz_id=quiz_id)

    await say(bot.api, OWNER_ID, "/undo")
    assert _quizzes_of(bot, "date") == items


async def test_delq_removes_one_phrasing_and_undo_brings_it_back(bot: RunningBot) -> None:
    fact = bot.services.knowledge.base.fact("date")
    assert fact is not None and len(fact.questions) > 1
    removed = fact.questions[-1]
    done = await say(bot.api, OWNER_ID, f"/delq date {removed}")
    assert done.result["text"] == texts.DELQ_DONE.format(
        text=removed, fact_id="date", count=texts.count(len(fact.questions) - 1, "phrasing")
    )
    after = bot.services.knowledge.base.fact("date")
    assert after is not None and removed not in after.questions
    [entry] = audit.entries(bot.services.db, audit.DELETE_PHRASING)
    assert entry.user_id == OWNER_ID

    await say(bot.api, OWNER_ID, "/undo")
    restored = bot.services.knowledge.base.fact("date")
    assert restored is not None and restored.questions == fact.questions

    missing = await say(bot.api, OWNER_ID, "/delq date سؤال ليس من صيغها")
    assert missing.result["text"] == texts.DELQ_NOT_FOUND.format(
        text="سؤال ليس من صيغها", fact_id="date"
    )


async def test_the_last_phrasing_cannot_be_deleted(bot: RunningBot) -> None:
    await say(bot.api, OWNER_ID, f"/addfact ما اسم ناقة النبي في تبوك | {LONG_ANSWER}")
    before = base_state(bot.services.db)
    last = await say(bot.api, OWNER_ID, "/delq fact_1 ما اسم ناقة النبي في تبوك")
    assert last.result["text"] == texts.DELQ_LAST.format(fact_id="fact_1")
    assert base_state(bot.services.db) == before


async def test_phrasing_without_arabic_and_short_answer_are_refused(bot: RunningBot) -> None:
    before = base_state(bot.services.db)
    latin = await say(bot.api, OWNER_ID, "/addq date when was Tabuk")
    assert latin.result["text"] == texts.ADMIN_PHRASING_NOT_ARABIC.format(text="when was Tabuk")
    short = await say(bot.api, OWNER_ID, "/addfact ما اسم ناقة النبي في تبوك | القصواء")
    assert short.result["text"] == texts.ADMIN_ANSWER_TOO_SHORT.format(minimum="10 أحرف")
    short_edit = await say(bot.api, OWNER_ID, "/answer date في رجب")
    assert short_edit.result["text"] == texts.ADMIN_ANSWER_TOO_SHORT.format(minimum="10 أحرف")
    assert base_state(bot.services.db) == before

    await say(bot.api, OWNER_ID, "/addfact")
    await say(bot.api, OWNER_ID, "123 ؟")
    in_draft = await say(bot.api, OWNER_ID, "ما اسم ناقة النبي في تبوك")
    assert in_draft.result["text"] == texts.ADDFACT_PHRASING_ADDED.format(count=1)
    await say(bot.api, OWNER_ID, "تم")
    short_in_draft = await say(bot.api, OWNER_ID, "القصواء")
    assert short_in_draft.result["text"] == texts.ADMIN_ANSWER_TOO_SHORT.format(minimum="10 أحرف")


async def test_one_line_addfact_takes_the_answer_type_from_the_question_word(
    bot: RunningBot,
) -> None:
    await say(bot.api, OWNER_ID, f"/addfact متى بلغ الجيش عين تبوك | {LONG_ANSWER}")
    fact = bot.services.knowledge.base.fact("fact_1")
    assert fact is not None and fact.answer_type.value == "time"
    await say(bot.api, OWNER_ID, f"/addfact كم يوما سار الجيش إلى تبوك | {LONG_ANSWER}")
    fact = bot.services.knowledge.base.fact("fact_2")
    assert fact is not None and fact.answer_type.value == "number"

    # No question word: the bot asks, with the answer-type buttons, and saves after the preview.
    asked = await say(bot.api, OWNER_ID, f"/addfact اذكر خبر ناقة النبي في تبوك | {LONG_ANSWER}")
    assert asked.result["text"] == texts.ADDFACT_TYPE_UNCLEAR
    assert bot.services.knowledge.base.fact("fact_3") is None
    preview = await send(
        bot.api, bot.api.callback_query(OWNER_ID, asked.result, button_data(asked, "نظرة"))
    )
    assert LONG_ANSWER in preview.result["text"]
    await press(bot.api, OWNER_ID, preview.result, button_data(preview, texts.BUTTON_CONFIRM))
    fact = bot.services.knowledge.base.fact("fact_3")
    assert fact is not None and fact.answer_type.value == "overview"


async def test_addfact_in_the_middle_of_a_draft_asks_before_dropping_it(bot: RunningBot) -> None:
    await say(bot.api, OWNER_ID, "/addfact")
    await say(bot.api, OWNER_ID, "ما اسم ناقة النبي في تبوك")
    ask = await say(bot.api, OWNER_ID, "/addfact")
    assert ask.result["text"] == texts.ADDFACT_DISCARD_ASK.format(count="صيغة واحدة")
    kept = await press(bot.api, OWNER_ID, ask.result, button_data(ask, texts.BUTTON_KEEP))
    assert kept.params["text"] == texts.ADDFACT_KEPT
    # The draft is still there: the next phrasing is its second.
    second = await say(bot.api, OWNER_ID, "على أي ناقة ركب النبي في تبوك")
    assert second.result["text"] == texts.ADDFACT_PHRASING_ADDED.format(count=2)

    ask = await say(bot.api, OWNER_ID, "/addfact")
    assert ask.result["text"] == texts.ADDFACT_DISCARD_ASK.format(count="صيغتان")
    since = bot.api.call_count
    bot.api.push_update(
        bot.api.callback_query(OWNER_ID, ask.result, button_data(ask, texts.BUTTON_DISCARD))
    )
    started = await bot.api.wait_for_call("sendMessage", since=since, timeout=10)
    assert started.result["text"] == texts.ADDFACT_START
    first = await say(bot.api, OWNER_ID, "متى بلغ الجيش عين تبوك")
    assert first.result["text"] == texts.ADDFACT_PHRASING_ADDED.format(count=1)


async def test_new_fact_button_under_an_unanswered_question(bot: RunningBot) -> None:
    asked = "ما اسم ناقة النبي في تبوك"
    await say(bot.api, USER_ID, asked)
    since = bot.api.call_count
    bot.api.push_update(bot.api.private_message(OWNER_ID, "/unanswered"))
    _, item = await bot.api.wait_for_calls("sendMessage", since=since, count=2)
    assert any(b["text"] == texts.BUTTON_NEW_FACT for b in buttons(item))

    started = await send(
        bot.api,
        bot.api.callback_query(OWNER_ID, item.result, button_data(item, texts.BUTTON_NEW_FACT)),
    )
    assert started.result["text"] == texts.ADDFACT_START_WITH.format(text=asked)
    await say(bot.api, OWNER_ID, "تم")
    ask_type = await say(bot.api, OWNER_ID, LONG_ANSWER)
    preview = await send(
        bot.api, bot.api.callback_query(OWNER_ID, ask_type.result, button_data(ask_type, "شيء"))
    )
    await press(bot.api, OWNER_ID, preview.result, button_data(preview, texts.BUTTON_CONFIRM))
    answer = await say(bot.api, USER_ID, asked)
    assert answer.result["text"].startswith(LONG_ANSWER)
    assert all(row["text"] != asked for row in usage.unanswered(bot.services.db))
    # /undo of the new fact puts the question back on the list.
    await say(bot.api, OWNER_ID, "/undo")
    assert [row["text"] for row in usage.unanswered(bot.services.db)] == [asked]


async def test_admins_add_by_reply_in_a_group_and_by_username(bot: RunningBot) -> None:
    member, seen = 6161, 7171
    bot.api.add_user(member, "عضو")
    bot.api.add_user(seen, "عضو آخر", username="Seen_Member")
    # A member's message in the group; the owner replies to it with /admins add.
    said = bot.api.group_message(GROUP_ID, member, "السلام عليكم")
    bot.api.push_update(said)
    reply = bot.api.group_message(
        GROUP_ID,
        OWNER_ID,
        "/admins add",
        reply_to_message_id=said["message"]["message_id"],
    )
    added = await send(bot.api, reply)
    assert added.result["text"] == texts.ADMINS_ADDED.format(user_id=f"عضو ({member})")
    assert bot.services.admin.is_admin(member)
    # The list itself is not shown in a group.
    listing = await send(bot.api, bot.api.group_message(GROUP_ID, OWNER_ID, "/admins"))
    assert listing.result["text"] == texts.ADMIN_PRIVATE_ONLY

    unknown = await say(bot.api, OWNER_ID, "/admins add @Seen_Member")
    assert unknown.result["text"] == texts.ADMINS_UNKNOWN_USERNAME.format(username="Seen_Member")
    # Once the bot has seen the user write, the @username is enough.
    await send(bot.api, bot.api.group_message(GROUP_ID, seen, "/ask متى كانت غزوة تبوك"))
    by_name = await say(bot.api, OWNER_ID, "/admins add @seen_member")
    assert by_name.result["text"] == texts.ADMINS_ADDED.format(user_id=f"عضو آخر ({seen})")
    assert bot.services.admin.is_admin(seen)


async def test_admins_add_by_replying_to_a_forwarded_message(bot: RunningBot) -> None:
    member = 8181
    bot.api.add_user(member, "عضو ثالث")
    forwarded = bot.api.private_message(OWNER_ID, "رسالة من العضو", forward_from_user_id=member)
    await send(bot.api, forwarded)  # read as a question first, and answered
    added = await send(
        bot.api,
        bot.api.private_message(
            OWNER_ID, "/admins add", reply_to_message_id=forwarded["message"]["message_id"]
        ),
    )
    assert added.result["text"] == texts.ADMINS_ADDED.format(user_id=f"عضو ثالث ({member})")
    assert bot.services.admin.is_admin(member)
    # A reply to the owner's own message names an owner, who is fixed by the settings.
    own = bot.api.private_message(OWNER_ID, "متى كانت غزوة تبوك")
    await send(bot.api, own)
    fixed = await send(
        bot.api,
        bot.api.private_message(
            OWNER_ID, "/admins add", reply_to_message_id=own["message"]["message_id"]
        ),
    )
    assert fixed.result["text"] == texts.ADMINS_OWNER_FIXED.format(user_id=OWNER_ID)


async def test_a_true_false_item_is_asked_as_a_two_option_poll(bot: RunningBot) -> None:
    # Only the new item is left to ask.
    with bot.services.db.atomic():
        bot.services.db.execute("UPDATE quizzes SET deleted = 1")
    bot.services.knowledge.reload()
    await say(bot.api, OWNER_ID, f"/addquiz date {TRUE_FALSE} | صح | خطأ")
    since = bot.api.call_count
    bot.api.push_update(bot.api.private_message(OWNER_ID, "/quiz"))
    poll = await bot.api.wait_for_call("sendPoll", since=since, timeout=10)
    assert TRUE_FALSE in poll.params["question"]
    assert [option["text"] for option in poll.result["poll"]["options"]] == ["صح", "خطأ"]
    assert poll.params["correct_option_ids"] == [0]


@pytest.mark.parametrize(
    "command",
    ["/editquiz quiz_1 سؤال | أ | ب", "/delquiz quiz_1", "/delq date متى كانت غزوة تبوك"],
)
async def test_new_commands_refuse_non_admins_and_change_nothing(
    bot: RunningBot, command: str
) -> None:
    before = base_state(bot.services.db)
    refused = await say(bot.api, USER_ID, command)
    assert refused.result["text"] == texts.ADMIN_DENIED
    assert base_state(bot.services.db) == before
    [entry] = audit.entries(bot.services.db, audit.DENIED)
    assert entry.user_id == USER_ID and entry.detail == command.split()[0]
