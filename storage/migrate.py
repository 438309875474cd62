"""Alembic, driven from code: the bot upgrades its database at start.

A database stamped with a revision this code does not know was written by a newer Greffier:
starting anyway could corrupt it, so we stop with a clear message instead.

Alembic (with Mako and Pygments, about 12 MB resident) is imported by the calls that use it: the
bot imports this module for `SchemaTooNewError` and, at a start where the schema is already at
head (storage/db.py), never loads Alembic at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine
from sqlalchemy.engine import URL

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class SchemaTooNewError(RuntimeError):
    """The database was migrated by a newer version of Greffier."""


def alembic_config(sync_url: URL | str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    url = sync_url.render_as_string(hide_password=False) if isinstance(sync_url, URL) else sync_url
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def current_revisions(sync_url: URL | str) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    engine = create_engine(sync_url)
    try:
        with engine.connect() as conn:
            return set(MigrationContext.configure(conn).get_current_heads())
    finally:
        engine.dispose()


def upgrade_to_head(sync_url: URL | str) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config(sync_url)
    script = ScriptDirectory.from_config(cfg)
    known = {rev.revision for rev in script.walk_revisions()}
    unknown = current_revisions(sync_url) - known
    if unknown:
        raise SchemaTooNewError(
            "la base de données a été migrée par une version plus récente de Greffier "
            f"(révision {', '.join(sorted(unknown))}) : mettez Greffier à jour"
        )
    command.upgrade(cfg, "head")
