"""Who may do what: who may bring the bot into a room (`InvitePolicy`), and which services and
roles see which documents (`Directory`, `Reader`)."""

from __future__ import annotations

import fnmatch
from collections.abc import Collection, Iterable, Sequence
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
    """A service of the collectivité: its rooms, its people, its référent for retention.

    Its agents are the members of its rooms (as the homeserver says, kept current) plus the
    people named in the configuration.
    """

    id: str
    name: str
    rooms: Sequence[str] = ()
    members: Sequence[str] = ()
    referent: str | None = None
    deputy: str | None = None
    head: str | None = None
    """The chef de service, who signs the service's bordereaux first (default: the référent)."""
    sensitive: Sequence[str] = ()
    """Kinds of sensitive documents this service owns (« personnel » for the RH): such a
    document is filed under it, wherever it was dropped."""

    @property
    def signer(self) -> str | None:
        return self.head or self.referent

    def names(self, user_id: str) -> bool:
        """The configuration names this person as one of the service's people."""
        return user_id in self.members or user_id in (self.referent, self.deputy)


@dataclass(frozen=True)
class Role:
    """People who see more than their own service: the DGS and the archivist see everything,
    a finance director may see finance and marchés. `services` None means every service."""

    id: str
    name: str
    people: Sequence[str] = ()
    services: Sequence[str] | None = None
    sensitive: bool = False
    """Also sees the sensitive documents (payslips, health…) of the services it covers: a
    role sees them only when the configuration says so."""


@dataclass(frozen=True)
class Reader:
    """One person, with what they may see. Built fresh for every answer from the current room
    membership, so leaving a service's room takes effect on the next message.

    `documents` are documents seen through something else than a service (the circuits the
    person takes part in). A sensitive document is seen by the people of its service, the
    roles allowed sensitive documents, its filer and its circuits' actors; a role that sees
    every service sees the others only, and a role holder in a service's room is not, by
    that alone, one of its people for sensitive documents (`Directory.reader`).
    """

    user_id: str
    services: frozenset[str] = frozenset()
    sees_all: bool = False
    documents: frozenset[int] = frozenset()
    sensitive_services: frozenset[str] = frozenset()
    sees_all_sensitive: bool = False

    def may_see(
        self,
        service_id: str | None,
        filed_by: str,
        document_id: int | None,
        sensitive: str | None = None,
    ) -> bool:
        if filed_by == self.user_id or (document_id is not None and document_id in self.documents):
            return True
        if sensitive:
            return self.sees_all_sensitive or (
                service_id is not None and service_id in self.sensitive_services
            )
        return self.sees_all or (service_id is not None and service_id in self.services)


@dataclass(frozen=True)
class Directory:
    """Services, roles, and who belongs where: decides a document's service and who sees it.

    A document belongs to the service of the room it was filed in; filed in a private
    conversation, to the filer's service. It may be seen by the person who filed it, by the
    people of its service, by the roles that cover that service, and by the actors of its
    circuits; nobody else.
    """

    services: Sequence[Service] = ()
    roles: Sequence[Role] = ()

    def get(self, service_id: str | None) -> Service | None:
        return next((s for s in self.services if s.id == service_id), None)

    def service_of_room(self, room_id: str) -> Service | None:
        return next((s for s in self.services if room_id in s.rooms), None)

    def services_of(self, user_id: str, joined_rooms: Collection[str]) -> list[Service]:
        """The services a person belongs to, in configuration order: by a joined room of the
        service, or by being named in it."""
        return [
            s
            for s in self.services
            if s.names(user_id) or any(room in joined_rooms for room in s.rooms)
        ]

    def service_for(
        self, room_id: str, user_id: str, joined_rooms: Collection[str] = ()
    ) -> Service | None:
        """Where a document filed in this room by this person belongs."""
        by_room = self.service_of_room(room_id)
        if by_room is not None:
            return by_room
        mine = self.services_of(user_id, joined_rooms)
        return mine[0] if mine else None

    def reader(
        self, user_id: str, joined_rooms: Collection[str], documents: Iterable[int] = ()
    ) -> Reader:
        own = {s.id for s in self.services_of(user_id, joined_rooms)}
        services = set(own)
        # A role holder sitting in a service's room (the maire in the urbanisme room) sees its
        # sensitive documents only if named in the service or allowed by the role.
        holds_role = any(user_id in role.people for role in self.roles)
        named = {s.id for s in self.services_of(user_id, ())} if holds_role else own
        sensitive = set(named)
        sees_all = sees_all_sensitive = False
        for role in self.roles:
            if user_id not in role.people:
                continue
            if role.services is None:
                sees_all = True
                sees_all_sensitive = sees_all_sensitive or role.sensitive
            else:
                services.update(role.services)
                if role.sensitive:
                    sensitive.update(role.services)
        return Reader(
            user_id,
            frozenset(services),
            sees_all,
            frozenset(documents),
            frozenset(sensitive),
            sees_all_sensitive,
        )

    def owner_of(self, sensitivity: str) -> Service | None:
        """The service that owns this kind of sensitive document, if one does."""
        return next((s for s in self.services if sensitivity in s.sensitive), None)
