"""A task that outlives the update whose context it inherited sends without a sending slot.

PTB's job queue runs its jobs in a context copied where they were scheduled: a quiz's timed
steps, scheduled by the /quiz update, still saw that update's delivery scope after the
update had ended, and each took one of the SENDING_UPDATES slots for it that nothing gave
back. After three quizzes had started, every other reply waited for a slot forever: the
soak benchmark's bot froze with 16 updates waiting in `_take_slot` and hundreds queued.
"""

from __future__ import annotations

import asyncio
import contextvars

import pytest
from telegram.ext import Application, CallbackContext

from bot.delivery import (
    SENDING_UPDATES,
    DeliveryPolicy,
    begin_update,
    current_scope,
    end_update,
)
from tests.conftest import RunningBot, send
from tests.patience import REPLY

# More quizzes at once than there are sending slots (bot.delivery.SENDING_UPDATES).
QUIZ_USERS = [6101, 6102, 6103, 6104]
ASKER = 6200


async def _send(policy: DeliveryPolicy, chat_id: int) -> object:
    async def post() -> dict[str, object]:
        await asyncio.sleep(0)
        return {"message_id": 1}

    return await policy.process_request(post, (), {}, "sendMessage", {"chat_id": chat_id}, None)


@pytest.mark.parametrize("quizzes", [1, SENDING_UPDATES, 10])
async def test_a_question_is_answered_after_quizzes_whose_steps_outlived_their_update(
    quizzes: int,
) -> None:
    policy = DeliveryPolicy(limited=False)
    await policy.initialize()
    steps = []
    for _ in range(quizzes):
        token = begin_update()  # «/quiz»: its handler schedules the quiz's next step
        steps.append(contextvars.copy_context())
        end_update(token)
    for number, step in enumerate(steps):  # the steps send after their updates ended
        sent = step.run(asyncio.ensure_future, _send(policy, -100 - number))
        assert await asyncio.wait_for(sent, REPLY) == {"message_id": 1}
    token = begin_update()  # then a question in a private chat
    try:
        assert await asyncio.wait_for(_send(policy, 7), REPLY) == {"message_id": 1}
    finally:
        end_update(token)


async def test_a_job_scheduled_by_an_update_runs_outside_it() -> None:
    application = Application.builder().token("1:A").build()
    job_queue = application.job_queue
    assert job_queue is not None
    seen: list[object] = []
    ran = asyncio.Event()

    async def step(context: CallbackContext) -> None:  # type: ignore[type-arg]
        seen.append(current_scope())
        ran.set()

    await job_queue.start()
    try:
        token = begin_update()
        assert current_scope() is not None  # (inside the update: its scope)
        job_queue.run_once(step, 0.01)
        end_update(token)
        await asyncio.wait_for(ran.wait(), REPLY)
    finally:
        await job_queue.stop()
    assert seen == [None]


async def test_a_question_is_answered_while_quizzes_run_in_several_chats(
    bot: RunningBot,
) -> None:
    """End to end over the fake Bot API: four quizzes started, each has sent its first
    question (from its timed step), and another user's question still gets its answer."""
    for user in [*QUIZ_USERS, ASKER]:
        bot.api.add_user(user)
    for user in QUIZ_USERS:
        since = bot.api.call_count
        started = await send(bot.api, bot.api.private_message(user, "/quiz"))
        assert started.params["chat_id"] == user
        poll = await bot.api.wait_for_call("sendPoll", since=since, timeout=REPLY)
        assert poll.params["chat_id"] == user
    answer = await send(bot.api, bot.api.private_message(ASKER, "متى كانت غزوة تبوك؟"))
    assert answer.params["chat_id"] == ASKER
    assert "رجب" in answer.params["text"]
