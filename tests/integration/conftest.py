"""A real Synapse on loopback for the whole session, real nio clients as people, and the bot
as a child process (so restarts and kill -9 are real)."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.homeserver import Homeserver, free_port
from bot.person import Person
from tests.conftest import RUN_DATABASE, fresh_pg_database
from tests.support.bot_process import BotProcess
from tests.support.element import CrossSign, ElementPerson, Isolation

_counter = itertools.count(1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/integration/" in str(item.fspath):
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def homeserver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Homeserver]:
    server = Homeserver(tmp_path_factory.mktemp("synapse"), port=free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def unique(prefix: str) -> str:
    return f"{prefix}{next(_counter)}{secrets.token_hex(2)}"


class Bots:
    """Start bots with a fresh account and data directory (or a given config).

    With `pg_server`, each bot gets an empty database of its own on that PostgreSQL server and
    migrates it at start, as a new installation does; without, SQLite in its data directory.
    """

    def __init__(self, homeserver: Homeserver, root: Path, pg_server: str | None = None) -> None:
        self.homeserver = homeserver
        self.root = root
        self.pg_server = pg_server
        self.running: list[BotProcess] = []

    def config(self, **overrides: Any) -> dict[str, Any]:
        localpart = unique("greffier")
        password = secrets.token_hex(8)
        self.homeserver.register(localpart, password)
        config: dict[str, Any] = {
            "homeserver": {"url": self.homeserver.url},
            # nio plays the people here: a client without cross-signing, as old clients are;
            # the Element-engine tests turn the rule back on (element_config).
            "bot": {
                "user_id": self.homeserver.user_id(localpart),
                "password": password,
                "exclude_insecure_devices": False,
            },
            "data_dir": str(self.root / localpart / "data"),
            "access": {"allowed_homeservers": [self.homeserver.server_name]},
            "web": {"port": free_port()},
            "log_level": "INFO",
        }
        if self.pg_server:
            config["database"] = {"url": fresh_pg_database(self.pg_server)}
        config.update(overrides)
        return config

    def element_config(self, **overrides: Any) -> dict[str, Any]:
        """A bot as it ships: Element's rule on (« exclude insecure devices »)."""
        config = self.config(**overrides)
        config["bot"] = {**config["bot"], "exclude_insecure_devices": True}
        return config

    def start(self, config: dict[str, Any] | None = None, *, healthy: bool = True) -> BotProcess:
        config = config or self.config()
        localpart = config["bot"]["user_id"][1:].split(":")[0]
        bot = BotProcess(config, self.root / localpart)
        bot.start(healthy=healthy)
        self.running.append(bot)
        return bot

    def stop_all(self) -> None:
        for bot in self.running:
            bot.stop()


@pytest.fixture
def run_pg_server(request: pytest.FixtureRequest) -> str | None:
    """The PostgreSQL server of the run's bots, or None when they run on SQLite."""
    if RUN_DATABASE == "postgresql":
        return str(request.getfixturevalue("postgres_server"))
    return None


@contextlib.contextmanager
def stopped_after(manager: Bots) -> Iterator[Bots]:
    """The bots stop at the end of the test, and their last log lines are printed."""
    try:
        yield manager
    finally:
        manager.stop_all()
        for bot in manager.running:
            print(f"--- {bot.config_path.parent.name} log ---\n{bot.log_tail(30)}")


@pytest.fixture
def bots(homeserver: Homeserver, tmp_path: Path, run_pg_server: str | None) -> Iterator[Bots]:
    """The bots of a test, on the run's database (tests/conftest.py)."""
    with stopped_after(Bots(homeserver, tmp_path / "bots", run_pg_server)) as manager:
        yield manager


@pytest.fixture
def matrix_bots(homeserver: Homeserver, tmp_path: Path) -> Iterator[Bots]:
    """Bots for tests of what crosses Matrix (identities, sessions, Element's rules), whose
    storage the other tests cover: SQLite, and not run again in the PostgreSQL pass."""
    with stopped_after(Bots(homeserver, tmp_path / "bots")) as manager:
        yield manager


PersonFactory = Callable[[str], Awaitable[Person]]


@pytest.fixture
async def people(homeserver: Homeserver, tmp_path: Path) -> AsyncIterator[PersonFactory]:
    started: list[Person] = []

    async def make(name: str) -> Person:
        localpart = unique(name)
        password = secrets.token_hex(8)
        homeserver.register(localpart, password)
        person = Person(
            homeserver.url,
            homeserver.user_id(localpart),
            password,
            tmp_path / "people" / localpart,
        )
        await person.start()
        started.append(person)
        return person

    yield make
    for person in started:
        await person.close()


@dataclass(frozen=True)
class Account:
    user_id: str
    password: str


class Devices:
    """Element devices of a test: new accounts, or more devices of an existing one."""

    def __init__(self, homeserver: Homeserver, root: Path) -> None:
        self.homeserver = homeserver
        self.root = root
        self.started: list[ElementPerson] = []
        self.accounts: dict[str, Account] = {}
        self._serial = itertools.count(1)

    async def new(
        self,
        name: str,
        *,
        cross_sign: CrossSign = "bootstrap",
        isolation: Isolation = "only_signed",
    ) -> ElementPerson:
        localpart = unique(name)
        password = secrets.token_hex(8)
        user_id = self.homeserver.register(localpart, password)
        self.accounts[user_id] = Account(user_id, password)
        return await self._start(self.accounts[user_id], cross_sign, isolation)

    async def another(
        self,
        person: ElementPerson,
        *,
        cross_sign: CrossSign = "bootstrap",
        isolation: Isolation = "only_signed",
    ) -> ElementPerson:
        """A further device of `person`'s account (a new login)."""
        return await self._start(self.accounts[person.user_id], cross_sign, isolation)

    async def _start(
        self, account: Account, cross_sign: CrossSign, isolation: Isolation
    ) -> ElementPerson:
        workdir = self.root / f"{account.user_id[1:].split(':')[0]}-{next(self._serial)}"
        person = await ElementPerson.start(
            self.homeserver.url,
            account.user_id,
            account.password,
            workdir,
            cross_sign=cross_sign,
            isolation=isolation,
            device_name=f"Element {cross_sign}/{isolation}",
        )
        self.started.append(person)
        return person

    async def close(self) -> None:
        await asyncio.gather(*(person.close() for person in self.started))


@pytest.fixture
async def devices(homeserver: Homeserver, tmp_path: Path) -> AsyncIterator[Devices]:
    manager = Devices(homeserver, tmp_path / "element")
    try:
        yield manager
    finally:
        await manager.close()
