"""The scheduler's view of open dialogues: each kind decides what its reminder or expiry does."""

from __future__ import annotations

from circuits import setup as circuit_setup
from circuits import verification
from filing import dialogue as filing
from retention import dialogue as retention_dialogue
from search import lookup
from storage.models import Dialogue
from workflows.context import Context


async def remind_or_expire(ctx: Context, dialogue: Dialogue) -> str:
    if dialogue.kind == lookup.KIND:
        return await lookup.expire(ctx, dialogue)
    if dialogue.kind == circuit_setup.KIND:
        return await circuit_setup.remind_or_expire(ctx, dialogue)
    if dialogue.kind == verification.KIND:
        return await verification.expire(ctx, dialogue)
    if dialogue.kind == retention_dialogue.KIND:
        return await retention_dialogue.remind_or_expire(ctx, dialogue)
    return await filing.remind_or_expire(ctx, dialogue)
