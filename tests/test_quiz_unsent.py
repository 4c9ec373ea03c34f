"""A quiz stopped early uses up only the questions it sent: the rest stay for the cycle.

End to end against the fake Bot API on a real SQLite file, across a restart."""

import asyncio
from contextlib import asynccontextmanager

import pytest

from bot.app import build_application, running
from bot.services import services_of
from db import quiz as store
from db import quiz_chats
from tests.conftest import GROUP_ID, OWNER_ID, USER_ID, FakeClock, fire_jobs_now, send

# Slow: the bot is stopped and started again on the same database.
pytestmark = pytest.mark.slow


@asynccontextmanager
async def bot_on(api, config, clock: FakeClock):
    """A fresh Application on the same database: what a restart does."""
    application = build_application(config, base_url=api.base_url, base_file_url=api.base_file_url)
    services_of(application).quiz.clock = clock
    async with running(application, poll_timeout=1):
        yield application


async def _stored_poll(application, api, since: int):
    """The next poll the bot sends after call `since`, once it is stored."""
    call = await api.wait_for_call("sendPoll", since=since, timeout=10)
    db = services_of(application).db
    for _ in range(500):
        if store.get_poll(db, call.result["poll"]["id"]) is not None:
            return store.get_poll(db, call.result["poll"]["id"])
        await asyncio.sleep(0.01)
    raise AssertionError("the bot did not store the poll it sent")


async def _answer_right(application, api, poll: store.SentPoll) -> None:
    """A member answers the poll correctly (so the item is not due again as missed)."""
    api.push_update(api.poll_answer(poll.poll_id, USER_ID, [poll.correct_option]))
    db = services_of(application).db
    for _ in range(500):
        if store.answer_counts(db, poll.run_id)[poll.position] == 1:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the answer was not counted")


def _asked(application) -> dict[str, int]:
    """The group's item history: each item noted as asked, with its cycle."""
    history = store.item_history(services_of(application).db, GROUP_ID)
    return {item: entry.cycle for item, entry in history.items()}


async def test_a_stopped_quiz_leaves_its_unsent_questions_for_the_next_quiz(api, config) -> None:
    api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    clock = FakeClock()
    async with bot_on(api, config, clock) as application:
        since = api.call_count
        await send(api, api.group_message(GROUP_ID, USER_ID, "/quiz"))
        first = await _stored_poll(application, api, since)
        run = store.get_run(services_of(application).db, first.run_id)
        assert run is not None and len(run.items) == quiz_chats.DEFAULT_QUESTIONS
        await _answer_right(application, api, first)
        await send(api, api.group_message(GROUP_ID, OWNER_ID, "/stopquiz"))
        assert store.get_run(services_of(application).db, run.id).status == store.STATUS_STOPPED
        # Only the question the group saw is used; the four never sent are not.
        assert _asked(application) == {first.quiz_id: 0}

    async with bot_on(api, config, clock) as application:  # the restart
        assert _asked(application) == {first.quiz_id: 0}
        since = api.call_count
        await send(api, api.group_message(GROUP_ID, USER_ID, "/quiz"))
        second = await _stored_poll(application, api, since)
        assert second.quiz_id != first.quiz_id  # the one sent is used for this cycle
        # Exactly the two sent are noted: the unsent ones (but the one now sent) are still
        # unasked in the cycle.
        assert _asked(application) == {first.quiz_id: 0, second.quiz_id: 0}
        # Each later question is noted when it is sent, not before.
        clock.advance(40)
        since = api.call_count
        await fire_jobs_now(application, "quiz-step")
        third = await _stored_poll(application, api, since)
        assert set(_asked(application)) == {first.quiz_id, second.quiz_id, third.quiz_id}


async def test_a_question_whose_send_timed_out_is_not_asked_again_in_the_cycle(
    api, config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server sent the poll but its answer came too late: the group may have seen it,
    so it is noted as asked, and the next quiz of the cycle does not show it again."""
    import bot.app

    monkeypatch.setattr(bot.app, "SEND_READ_TIMEOUT", 1.0)
    clock = FakeClock()
    async with bot_on(api, config, clock) as application:
        api.delay_next("sendPoll", 2.5)  # the first poll goes out; its answer comes late
        since = api.call_count
        await send(api, api.group_message(GROUP_ID, USER_ID, "/quiz"))
        await api.wait_for_call("sendPoll", since=since, timeout=10)
        for _ in range(1000):
            polls = api.calls_to("sendPoll", since=since)
            if len(polls) == 2:
                break
            await asyncio.sleep(0.01)
        db = services_of(application).db
        run = store.running_run(db, GROUP_ID)
        assert run is not None and len(polls) == 2
        late, second = polls
        # The late one is not sent again: the next poll is the run's second question.
        assert late.params["question"] != second.params["question"]
        for _ in range(500):
            if store.get_poll(db, second.result["poll"]["id"]) is not None:
                break
            await asyncio.sleep(0.01)
        assert _asked(application) == {run.items[0]: 0, run.items[1]: 0}


async def _stop_at_first_poll(api, config, clock: FakeClock, *, answer_wrong: bool):
    """Start a quiz, (maybe) answer its first poll wrongly, stop it while that poll is open;
    then restart and start the next quiz. The two runs' stored polls and the new run."""
    api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    async with bot_on(api, config, clock) as application:
        since = api.call_count
        await send(api, api.group_message(GROUP_ID, USER_ID, "/quiz"))
        first = await _stored_poll(application, api, since)
        if answer_wrong:
            wrong = (first.correct_option + 1) % len(first.options)
            api.push_update(api.poll_answer(first.poll_id, USER_ID, [wrong]))
            db = services_of(application).db
            for _ in range(500):
                if store.answer_counts(db, first.run_id)[0] == 1:
                    break
                await asyncio.sleep(0.01)
        since = api.call_count
        await send(api, api.group_message(GROUP_ID, OWNER_ID, "/stopquiz"))
        await api.wait_for_call("stopPoll", since=since, timeout=10)
    async with bot_on(api, config, clock) as application:  # the restart
        history = store.item_history(services_of(application).db, GROUP_ID)
        since = api.call_count
        await send(api, api.group_message(GROUP_ID, USER_ID, "/quiz"))
        second = await _stored_poll(application, api, since)
        run = store.get_run(services_of(application).db, second.run_id)
        return first, history, run


async def test_a_poll_cut_short_by_stopquiz_unanswered_is_not_due_again_first(api, config) -> None:
    """Nobody answered because the owner stopped it, not because the group could not: the
    question is not brought forward as missed; the next quiz draws from the cycle's unasked
    questions in the usual way (the stopped quiz's unsent ones among them, not ahead)."""
    first, history, run = await _stop_at_first_poll(api, config, FakeClock(), answer_wrong=False)
    assert history[first.quiz_id].missed is False
    assert run is not None and first.quiz_id not in run.items
    assert not any(retry for _, retry in run.plan or ())


async def test_a_poll_most_answered_wrongly_before_the_stop_still_comes_back_first(
    api, config
) -> None:
    """A wrong answer before the stop is the group's own: that question is due again."""
    first, history, run = await _stop_at_first_poll(api, config, FakeClock(), answer_wrong=True)
    assert history[first.quiz_id].missed is True
    assert run is not None and run.items[0] == first.quiz_id and run.plan[0][1] is True
