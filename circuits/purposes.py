"""What another capability adds to the circuits it starts.

A circuit signs a document; some documents are more than that. A bordereau d'élimination's
last step is the archives' visa, which may refuse some lines (« oui sauf 2 : raison »), and its
end decides which documents are destroyed. The capability that starts such a circuit describes
it here once, as a `CircuitPurpose`, and the command layer installs it at start-up: the engine
asks every installed purpose, so circuits never import the capabilities built on them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from storage.models import Circuit, CircuitTask
from workflows.context import Context
from workflows.ports import Incoming


@dataclass(frozen=True)
class CircuitPurpose:
    name: str
    # Fields added to the message asking an actor to act (None where the purpose has nothing).
    request_fields: Callable[[Context, Circuit, CircuitTask], Awaitable[dict[str, object]]]
    # A reply only this purpose understands: parsed text, or None when it is not one.
    read_reply: Callable[[str], object | None]
    # Acts on such a reply; the task it names when one pending task is unambiguous.
    on_reply: Callable[[Context, Incoming, int | None, object], Awaitable[str]]
    # Called as a circuit closes (signed, refused, cancelled), inside its transaction.
    finished: Callable[[Context, Circuit, str], Awaitable[None]]


_INSTALLED: dict[str, CircuitPurpose] = {}


def install(purpose: CircuitPurpose) -> None:
    """Idempotent: installing the same purpose twice keeps one."""
    _INSTALLED[purpose.name] = purpose


def installed() -> tuple[CircuitPurpose, ...]:
    return tuple(_INSTALLED.values())
