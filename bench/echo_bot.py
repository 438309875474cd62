"""The baseline: the barest nio bot that echoes each message back as a notice.

Run by bench/echo.py as `python bench/echo_bot.py HOMESERVER USER PASSWORD STORE_DIR`.
It joins on invite and answers in plain and encrypted rooms, nothing else.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from nio import AsyncClient, AsyncClientConfig, InviteMemberEvent, MatrixRoom, RoomMessageText


async def main(homeserver: str, user: str, password: str, store: str) -> None:
    Path(store).mkdir(parents=True, exist_ok=True)
    client = AsyncClient(
        homeserver,
        user,
        store_path=store,
        config=AsyncClientConfig(store_sync_tokens=True, encryption_enabled=True),
    )
    await client.login(password, device_name="echo")

    async def on_invite(room: MatrixRoom, event: InviteMemberEvent) -> None:
        if event.state_key == client.user_id and event.membership == "invite":
            await client.join(room.room_id)

    async def on_message(room: MatrixRoom, event: RoomMessageText) -> None:
        if event.sender == client.user_id:
            return
        await client.room_send(
            room.room_id,
            "m.room.message",
            {"msgtype": "m.notice", "body": event.body},
            ignore_unverified_devices=True,
        )

    await client.sync(timeout=0, full_state=True)  # skip history
    client.add_event_callback(on_invite, (InviteMemberEvent,))
    client.add_event_callback(on_message, (RoomMessageText,))
    print("ready", flush=True)
    await client.sync_forever(timeout=30000)


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:5]))
