"""What a bot process stored, read back by the tests through its configured database URL.

The bot's database is SQLite in its data directory by default, or the PostgreSQL database the
run gives it (`GREFFIER_TEST_DATABASE=postgresql`, see tests/conftest.py). Tests write their SQL
once with `?` placeholders; it is sent to either database as it is, bar the placeholders.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from storage.db import Database
from tests.support.bot_process import BotProcess


def database_url(bot: BotProcess | Mapping[str, Any]) -> str:
    """The bot's database, as `bot.config.Settings.database_url` resolves it."""
    config = bot.config if isinstance(bot, BotProcess) else bot
    url = (config.get("database") or {}).get("url")
    if url:
        return str(url)
    return f"sqlite:///{Path(str(config['data_dir'])) / 'greffier.db'}"


def database_of(bot: BotProcess | Mapping[str, Any]) -> Database:
    """The bot's database, to fill before it starts (dispose of it after)."""
    return Database(database_url(bot))


def _run(bot: BotProcess | Mapping[str, Any], sql: str, args: tuple[Any, ...]) -> list[Any]:
    url = make_url(database_url(bot))
    if url.get_backend_name() == "sqlite":
        import sqlite3

        with sqlite3.connect(str(url.database)) as conn:
            cursor = conn.execute(sql, args)
            return list(cursor.fetchall()) if cursor.description else []
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as conn:
        cursor = conn.execute(sql.replace("?", "%s"), args)  # type: ignore[arg-type]
        return [tuple(row) for row in cursor.fetchall()] if cursor.description else []


def rows(bot: BotProcess | Mapping[str, Any], sql: str, *args: Any) -> list[tuple[Any, ...]]:
    """The rows a query returns from the bot's database."""
    return _run(bot, sql, args)


def execute(bot: BotProcess | Mapping[str, Any], sql: str, *args: Any) -> None:
    """Change the bot's database behind its back (a test's tampering), committed at once."""
    _run(bot, sql, args)


def json_text(value: Any) -> str:
    """A JSON column as text, the same on both databases: SQLite hands back the stored text,
    psycopg the decoded value."""
    return json.dumps(json.loads(value) if isinstance(value, str) else value)
