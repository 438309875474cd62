"""Everything a workflow needs for one event, handed in by whoever owns the transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from storage.uow import UnitOfWork
from workflows.access import InvitePolicy
from workflows.ports import Chat, Clock, SystemClock


@dataclass(frozen=True)
class Settings:
    """The parts of the configuration that business rules read."""

    bot_user_id: str
    bot_name: str = "Greffier"
    invites: InvitePolicy = field(default_factory=InvitePolicy)


@dataclass
class Context:
    uow: UnitOfWork
    chat: Chat
    settings: Settings
    clock: Clock = field(default_factory=SystemClock)
