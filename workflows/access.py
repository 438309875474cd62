"""Who may do what. Today: who may bring the bot into a room."""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class InvitePolicy:
    """Invitations are accepted from listed people (glob patterns) or whole homeservers.

    An empty policy accepts nobody: a bot that joins any room it is invited to would hand the
    collectivité's documents to whoever asks.
    """

    allowed_inviters: Sequence[str] = ()
    allowed_homeservers: Sequence[str] = ()

    def may_invite(self, user_id: str) -> bool:
        server = user_id.split(":", 1)[1] if ":" in user_id else ""
        if server and server in self.allowed_homeservers:
            return True
        return any(fnmatch.fnmatchcase(user_id, pattern) for pattern in self.allowed_inviters)


@dataclass(frozen=True)
class Service:
    """A service of the collectivité: its rooms, its people, its référent for retention."""

    id: str
    name: str
    rooms: Sequence[str] = ()
    members: Sequence[str] = ()
    referent: str | None = None
    deputy: str | None = None

    def includes(self, user_id: str) -> bool:
        return user_id in self.members or user_id in (self.referent, self.deputy)


@dataclass(frozen=True)
class Directory:
    """Services and who belongs where: decides a document's service and who may see it.

    A document belongs to the service of the room it was filed in; filed in a private
    conversation, to the filer's service (the first one listing them). It may be seen by the
    person who filed it and by the people of its service, nobody else.
    """

    services: Sequence[Service] = ()

    def get(self, service_id: str | None) -> Service | None:
        return next((s for s in self.services if s.id == service_id), None)

    def service_for(self, room_id: str, user_id: str) -> Service | None:
        by_room = next((s for s in self.services if room_id in s.rooms), None)
        if by_room is not None:
            return by_room
        return next((s for s in self.services if s.includes(user_id)), None)

    def may_see(self, user_id: str, service_id: str | None, filed_by: str) -> bool:
        if user_id == filed_by:
            return True
        service = self.get(service_id)
        return service is not None and service.includes(user_id)
