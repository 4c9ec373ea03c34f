"""Shared fixtures: the real application against the project's fake Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import functools
import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import Application

from bot.app import build_application, running
from bot.config import Config, Secret
from bot.knowledge_service import KnowledgeService, prepare_database
from bot.services import Services, services_of
from db import quiz as quiz_store
from db.connection import open_database
from fake_bot_api import DEFAULT_TOKEN, InProcessRequest, LocalBotApi, RecordedCall
from knowledge.engine import AnswerEngine
from knowledge.english_engine import EnglishEngine
from knowledge.forms import FormAnswerer
from tests.patience import REPLY

OWNER_ID = 777
USER_ID = 4242
GROUP_ID = -1001234567890
BOT_USERNAME = "TabukBot"


_SLOW_MODULE = "\npytestmark = pytest.mark.slow\n"


def _fast_lane(config: pytest.Config) -> bool:
    return bool(config.getoption("markexpr", "") == "not slow")


def pytest_configure(config: pytest.Config) -> None:
    # Only the slow property tests use hypothesis; its plugin would still import it (two
    # seconds) to write its summary at the end of a fast-lane run.
    if _fast_lane(config) and config.pluginmanager.has_plugin("hypothesispytest"):
        config.pluginmanager.unregister(name="hypothesispytest")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """In the fast lane (`-m "not slow"`), a module marked slow as a whole is not imported.

    Every xdist worker collects on its own, and importing those modules (hypothesis alone
    takes two seconds) would cost each worker time for tests it then deselects.
    """
    if not _fast_lane(config) or collection_path.suffix != ".py":
        return None
    if collection_path.name.startswith("test_") and _SLOW_MODULE in collection_path.read_text(
        encoding="utf-8"
    ):
        return True
    return None


class _SharedEngines:
    """Builds an engine once per distinct fact base for the whole test session.

    Building the matchers is most of a bot's start-up (about a second), and most tests start
    a bot on the same shipped base. Engines only read their facts (their reply cache is keyed
    on the question), so a test that changes the base simply gets an engine of its own.
    """

    def __init__(self, real: Any) -> None:
        self._real = real
        self._built: dict[tuple[Any, ...], list[tuple[Any, Any, Any]]] = {}

    def __call__(self, facts: Any, *args: Any, **kwargs: Any) -> Any:
        facts = tuple(facts)
        rest = tuple(tuple(a) if isinstance(a, list | tuple) else a for a in args)
        options = {k: tuple(v) if isinstance(v, list | tuple) else v for k, v in kwargs.items()}
        for known_rest, known_options, engine in self._built.get(facts, []):
            if known_rest == rest and known_options == options:
                return engine
        engine = self._real(facts, *args, **kwargs)
        self._built.setdefault(facts, []).append((rest, options, engine))
        return engine


@pytest.fixture(autouse=True, scope="session")
def _shared_engines() -> Iterator[None]:
    import bot.knowledge_service as knowledge_service

    with pytest.MonkeyPatch.context() as patch:
        for name in ("AnswerEngine", "EnglishEngine"):
            patch.setattr(
                knowledge_service, name, _SharedEngines(getattr(knowledge_service, name))
            )
        # The shipped data files are read once: what they parse to is frozen.
        for name in ("load_shipped", "load_english"):
            patch.setattr(
                knowledge_service, name, functools.cache(getattr(knowledge_service, name))
            )
        yield


@pytest.fixture(autouse=True, scope="session")
def _fresh_database_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A bot starting on a new database file gets a copy of one migrated and seeded once.

    That is what its own first start would write (migrations, then the shipped facts), so
    nothing a test sees changes; only the half second of seeding per started bot is saved.
    """
    import bot.app as app
    from bot.knowledge_service import prepare_database
    from db.connection import open_database

    template = tmp_path_factory.mktemp("template") / "bot.db"
    db = open_database(template)
    prepare_database(db)
    db.close()
    assert not template.with_name("bot.db-wal").exists()  # all of it is in the one file

    def open_new_as_template(path: str | Path, **kwargs: Any) -> Any:
        if not Path(path).exists():
            shutil.copyfile(template, path)
        return open_database(path, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(app, "open_database", open_new_as_template)
        yield


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    # PTB 22.8 warns when durations are read as numbers; warnings are errors in tests.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture(scope="session")
def shipped_service(
    _shared_engines: None, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[KnowledgeService]:
    """The knowledge service exactly as the bot builds it at start-up: the shipped facts
    seeded into a new database, read back, and built into the engines by the bot's own code
    (bot.knowledge_service.load). Table tests read messages with its engines, so they test
    what ships and cannot drift from it."""
    db = open_database(tmp_path_factory.mktemp("shipped") / "bot.db")
    prepare_database(db)
    yield KnowledgeService(db)
    db.close()


@pytest.fixture(scope="module")
def answerer(shipped_service: KnowledgeService) -> FormAnswerer:
    """The message answerer the bot ships, one per test module (its reply cache is the
    module's own): what the table tests of message forms read messages with."""
    return FormAnswerer(shipped_service.engine)


@pytest.fixture(scope="session")
def arabic_engine(shipped_service: KnowledgeService) -> AnswerEngine:
    """The Arabic engine the bot ships (one question at a time, without the message forms)."""
    return shipped_service.engine


@pytest.fixture(scope="session")
def english_engine(shipped_service: KnowledgeService) -> EnglishEngine:
    """The English engine the bot ships: the shipped facts, their English texts and the known
    gaps whose nearest facts are live (what English table tests read messages with)."""
    return shipped_service.english


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return Config(
        token=Secret(DEFAULT_TOKEN),
        database_path=tmp_path / "bot.db",
        admin_ids=frozenset({OWNER_ID}),
    )


@pytest.fixture
async def api() -> AsyncIterator[LocalBotApi]:
    # Privacy mode off, so that the bot itself must decide to ignore group chatter.
    async with LocalBotApi(bot_username=BOT_USERNAME, privacy_mode=False) as server:
        server.add_user(USER_ID, "طالب")
        server.add_user(OWNER_ID, "مشرف")
        yield server


@dataclass
class RunningBot:
    api: LocalBotApi
    application: Application  # type: ignore[type-arg]

    @property
    def services(self) -> Services:
        return services_of(self.application)


@pytest.fixture
async def bot(
    api: LocalBotApi, config: Config, request: pytest.FixtureRequest
) -> AsyncIterator[RunningBot]:
    """The bot, talked to through `bot.api`: long-polling the fake Bot API over HTTP, or,
    in a module that sets `WITHOUT_HTTP = True`, its handlers alone, as PTB's own tests run
    them: updates go straight into the application's queue and its calls into the fake
    in the same event loop (fake_bot_api.InProcessRequest). End-to-end tests use HTTP, and
    so does a test marked `http` (one that needs a server to finish a call its client gave up).
    """
    wants_http = request.node.get_closest_marker("http") is not None
    if wants_http or not getattr(request.module, "WITHOUT_HTTP", False):
        application = build_application(
            config, base_url=api.base_url, base_file_url=api.base_file_url
        )
        async with running(application, poll_timeout=1):
            yield RunningBot(api, application)
        return
    application = build_application(
        config,
        base_url=api.base_url,
        base_file_url=api.base_file_url,
        transport=InProcessRequest(api),
    )
    async with application:
        if application.post_init is not None:
            await application.post_init(application)
        await application.start()
        api.deliver_to(
            lambda raw: application.update_queue.put_nowait(Update.de_json(raw, application.bot))
        )
        try:
            yield RunningBot(api, application)
        finally:
            api.deliver_to(None)
            await application.stop()


async def send(api: LocalBotApi, update: dict, method: str = "sendMessage") -> RecordedCall:
    """Push an update and wait for the bot's next call of `method`.

    The wait returns as soon as the call comes; its ceiling is patience's REPLY, not a fixed
    10 s: a reply right after the fact base reloads (an admin's edit, a restart) took longer
    than 10 s on a loaded machine and failed tests that were right."""
    since = api.call_count
    api.push_update(update)
    return await api.wait_for_call(method, since=since, timeout=REPLY)


async def recorded_poll(bot: RunningBot, since: int) -> RecordedCall:
    """The bot's next quiz poll after call `since`, once it has stored it (answers count
    from then on)."""
    call = await bot.api.wait_for_call("sendPoll", since=since, timeout=10)
    for _ in range(500):
        if quiz_store.get_poll(bot.services.db, call.result["poll"]["id"]) is not None:
            return call
        await asyncio.sleep(0.01)
    raise AssertionError("the bot did not record the poll it sent")


class FakeClock:
    """A clock the tests move by hand; the quiz service reads time only from it."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(bot: RunningBot) -> FakeClock:
    """The running bot's quiz service on a FakeClock: quiz tests move time by hand."""
    fake = FakeClock()
    bot.services.quiz.clock = fake
    return fake


async def fire_jobs_now(
    application: Application,  # type: ignore[type-arg]
    prefix: str,
    timeout: float = 5.0,
) -> int:
    """Make pending JobQueue jobs whose name starts with `prefix` run right away.

    Waits (up to `timeout`) for such a job to exist: the bot schedules the next quiz step
    only after Telegram answered its sendPoll.
    """
    assert application.job_queue is not None
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        jobs = [job for job in application.job_queue.jobs() if (job.name or "").startswith(prefix)]
        if jobs or asyncio.get_running_loop().time() > deadline:
            break
        await asyncio.sleep(0.02)
    for job in jobs:
        job.job.modify(next_run_time=datetime.now(UTC))
    return len(jobs)
