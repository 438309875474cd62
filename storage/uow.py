"""The unit of work: one transaction and the repositories that act inside it.

A workflow receives a `UnitOfWork`, changes state through its repositories, and returns; the
caller commits. The event's "handled" mark, the state change, the audit entry and the replies
(outbox) therefore land together or not at all.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from storage.audit_repos import AuditLog
from storage.circuit_repos import Circuits, Delegations, Digests
from storage.conversation_repos import (
    BotStateStore,
    Dialogues,
    DirectRooms,
    InboundEvents,
    Outbox,
    RoomMembers,
)
from storage.document_repos import Counters, Documents, TypeStats
from storage.identity_repos import Identities
from storage.retention_repos import Retention
from storage.search_repos import SearchIndex


class UnitOfWork:
    """One open transaction and its repositories."""

    def __init__(self, session: AsyncSession, dialect: str) -> None:
        self.session = session
        self.events = InboundEvents(session, dialect)
        self.outbox = Outbox(session)
        self.state = BotStateStore(session, dialect)
        self.direct_rooms = DirectRooms(session)
        self.audit = AuditLog(session)
        self.dialogues = Dialogues(session, dialect)
        self.documents = Documents(session)
        self.type_stats = TypeStats(session, dialect)
        self.counters = Counters(session, dialect)
        self.search = SearchIndex(session, dialect)
        self.members = RoomMembers(session)
        self.circuits = Circuits(session, dialect)
        self.delegations = Delegations(session)
        self.digests = Digests(session)
        self.retention = Retention(session, dialect)
        self.identities = Identities(session, dialect)
