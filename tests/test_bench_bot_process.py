"""The soak's bot is the bot as deployed, and the soak stops it only once it has answered.

`python -m benchmarks.bot_process tabuk` (the bot `throughput` and `soak` measure) used PTB's
`run_polling`, which works through every queued update on SIGTERM: after a soak the process
did not stop within 60 s. It now serves through `bot.runner.serve`, as `python -m bot run`
does, with only the rate limiter off; and the soak waits until the bot's update journal marks
every update pushed done before it sends SIGTERM (stopped earlier, a deployed bot leaves the
rest in its journal for the next start, and the soak would count replies never sent).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

import benchmarks.bot_process as bot_process
from benchmarks.soak import journal_counts, wait_until_handled
from db import journal
from db.connection import open_database


class _Ended(Exception):
    pass


def test_the_tabuk_bot_process_serves_through_the_bots_own_lifecycle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    served: list[dict[str, Any]] = []

    async def serve(config: object, **options: Any) -> None:
        served.append(options)

    def end_process(code: int = 0) -> None:
        raise _Ended

    monkeypatch.setattr(bot_process, "load_config", lambda: object())
    monkeypatch.setattr(bot_process, "serve", serve)
    monkeypatch.setattr(bot_process, "end_process", end_process)
    with pytest.raises(_Ended):  # (the process ends as `python -m bot run` ends it)
        bot_process.main("tabuk")
    assert served == [{"rate_limited": False}]


def test_the_soak_reads_the_bots_journal_without_writing(tmp_path: Path) -> None:
    database = tmp_path / "soak.db"
    assert journal_counts(database) is None  # (the bot has not created it yet)
    assert not database.exists()
    db = open_database(database)
    try:
        journal.admit(db, [(1, "{}"), (2, "{}"), (3, "{}")])
        journal.mark_done(db, 2)
        assert journal_counts(database) == (2, 1)
    finally:
        db.close()


def _waited(
    pushed: int, unfetched: list[int], counts: list[tuple[int, int] | None], timeout: float
) -> tuple[bool, int]:
    """wait_until_handled over a scripted bot: (its result, how many times it looked)."""
    looks = 0

    def count() -> tuple[int, int] | None:
        nonlocal looks
        looks += 1
        return counts[min(looks, len(counts)) - 1]

    def fetched() -> int:
        return unfetched[min(looks, len(unfetched)) - 1]

    done = asyncio.run(wait_until_handled(pushed, fetched, count, timeout, poll_seconds=0))
    return done, looks


@pytest.mark.parametrize(
    ("unfetched", "counts", "looks"),
    [
        # handled at once
        ([0], [(0, 5)], 1),
        # the journal not there yet, then updates fetched but not all handled, then all
        ([3, 0, 0, 0], [None, (2, 3), (0, 4), (0, 5)], 4),
        # nothing pending in the journal while some updates are not fetched yet
        ([2, 2, 0], [(0, 3), (0, 3), (0, 5)], 3),
    ],
)
def test_the_soak_stops_the_bot_only_when_every_update_pushed_is_handled(
    unfetched: list[int], counts: list[tuple[int, int] | None], looks: int
) -> None:
    assert _waited(5, unfetched, counts, timeout=60) == (True, looks)


def test_a_bot_that_never_catches_up_is_stopped_when_the_wait_is_over() -> None:
    done, _ = _waited(5, [0], [(1, 4)], timeout=0)
    assert done is False
