"""Who would read an answer, and so which documents an answer may show.

A message in a room is read by every member of the room, not only by the person who asked. So
an answer shows a document only if every member may see it; what only the asker may see goes
to their private conversation. A room whose members the bot does not know is treated as
shared with strangers: nothing is shown there.

`place` is the whole rule, pure, so the property test can throw thousands of worlds at it;
`readers` builds its inputs from the room membership the homeserver reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from storage.uow import UnitOfWork
from workflows.access import Directory, Reader
from workflows.context import Context
from workflows.ports import Incoming


class Visible(Protocol):
    """What the access rule reads of a document."""

    @property
    def id(self) -> int | None: ...

    @property
    def service_id(self) -> str | None: ...

    @property
    def filed_by(self) -> str: ...

    @property
    def sensitive(self) -> str | None: ...


D = TypeVar("D", bound=Visible)


def may_see(reader: Reader, document: Visible) -> bool:
    return reader.may_see(document.service_id, document.filed_by, document.id, document.sensitive)


@dataclass(frozen=True)
class Audience:
    """The people an answer in a room reaches. `members` None: unknown, so nobody is trusted."""

    asker: Reader
    members: Sequence[Reader] | None

    def all_may_see(self, document: Visible) -> bool:
        if self.members is None:
            return False
        return may_see(self.asker, document) and all(may_see(m, document) for m in self.members)


@dataclass(frozen=True)
class Placement(Generic[D]):
    here: list[D]
    """Every member of the room may see these: shown in the room."""
    elsewhere: list[D]
    """Only the asker (and not every member) may see these: sent to the asker privately."""


def place(documents: Sequence[D], audience: Audience) -> Placement[D]:
    """Split search results between the room and the asker's private conversation, keeping
    their order; documents the asker may not see are dropped (never counted, never hinted)."""
    here: list[D] = []
    elsewhere: list[D] = []
    for document in documents:
        if not may_see(audience.asker, document):
            continue
        (here if audience.all_may_see(document) else elsewhere).append(document)
    return Placement(here, elsewhere)


async def reader(uow: UnitOfWork, directory: Directory, user_id: str) -> Reader:
    rooms = await uow.members.joined_rooms([user_id])
    return directory.reader(user_id, rooms[user_id], await uow.circuits.documents_of(user_id))


async def audience(
    uow: UnitOfWork, directory: Directory, room_id: str, asker_id: str, bot_id: str
) -> Audience:
    """The asker and everyone else in the room (joined or invited: an invited person reads the
    room as soon as they join), each with what they may see."""
    membership = await uow.members.of(room_id)
    people = {user for user in membership if user != bot_id} | {asker_id}
    rooms = await uow.members.joined_rooms(people)
    seen = await uow.circuits.documents_of_people(people)
    asker = directory.reader(asker_id, rooms[asker_id], seen[asker_id])
    if bot_id not in membership:
        # The bot's own membership is always in a room it answers in; without it the room's
        # state was never read, and the room is treated as shared with unknown people.
        return Audience(asker, None)
    members = [asker] + [
        directory.reader(user, rooms[user], seen[user])
        for user in sorted(people)
        if user != asker_id
    ]
    return Audience(asker, members)


async def of_message(ctx: Context, incoming: Incoming) -> Audience:
    """Who reads the answer to this message: the asker and the room's members."""
    settings = ctx.settings
    return await audience(
        ctx.uow, settings.directory, incoming.room_id, incoming.sender, settings.bot_user_id
    )
