"""People's cryptographic identities as the bot pinned them: `uow.identities`."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import PersonIdentity, utcnow

Observation = Literal["pinned", "same", "changed", "none"]


class Identities:
    def __init__(self, session: AsyncSession, dialect: str) -> None:
        self._s = session
        self._dialect = dialect

    async def get(self, user_id: str) -> PersonIdentity | None:
        return await self._s.get(PersonIdentity, user_id)

    async def _row(self, user_id: str) -> PersonIdentity:
        """The person's row, created empty if needed (two transactions may meet here)."""
        insert = sqlite.insert if self._dialect == "sqlite" else postgresql.insert
        await self._s.execute(
            insert(PersonIdentity)
            .values(user_id=user_id, master_key=None, pinned_at=utcnow(), told_devices=[])
            .on_conflict_do_nothing(index_elements=["user_id"])
        )
        row = await self._s.get(PersonIdentity, user_id, with_for_update=True)
        assert row is not None
        return row

    async def observe(self, user_id: str, master_key: str | None, now: dt.datetime) -> Observation:
        """The server shows `master_key` for this person: pin it at first sight, or record
        that it changed (the pinned one kept in `changed_from` until the person confirms)."""
        if master_key is None:
            return "none"  # no identity (a legacy client): nothing to pin, nothing changed
        row = await self._row(user_id)
        if row.master_key == master_key:
            return "same"
        if row.master_key is None:
            row.master_key = master_key
            row.pinned_at = now
            self._s.add(row)
            await self._s.flush()
            return "pinned"
        if row.changed_from is None:
            row.changed_from = row.master_key
        row.master_key = master_key
        row.changed_at = now
        self._s.add(row)
        await self._s.flush()
        return "changed"

    async def confirm(self, user_id: str, master_key: str, now: dt.datetime) -> bool:
        """The person accepts the identity the server shows now; False if that is not the one
        waiting for confirmation."""
        row = await self._row(user_id)
        if row.changed_from is None or row.master_key != master_key:
            return False
        row.changed_from = None
        row.pinned_at = now
        self._s.add(row)
        await self._s.flush()
        return True

    async def first_notice(self, user_id: str, device_id: str) -> bool:
        """True the first time this device is to be told it is not verified."""
        row = await self._row(user_id)
        if device_id in row.told_devices:
            return False
        row.told_devices = [*row.told_devices, device_id][-50:]
        self._s.add(row)
        await self._s.flush()
        return True
