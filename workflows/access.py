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
