"""Whose devices the bot trusts: those their owner cross-signed, as Element and Tchap do.

In "exclude insecure devices" mode (MSC4153, the spec's recommended client behaviour), a room
key goes only to devices cross-signed by their owner, and what an unsigned device sends is not
acted on. nio knows nothing of cross-signing; it does know three device states that decide
where its room keys go: verified (keys shared), blacklisted (never), and unset (sending
raises, so nothing unjudged ever gets a key). `DeviceTrust` reads every `/keys/query` answer nio
receives (the client hands it the raw JSON), checks the signatures, and sets those states.

With `exclude_insecure` off (rooms of old clients), nothing is blacklisted: every device gets
the keys, as nio's `ignore_unverified_devices` does; decisions still record whether the device
was cross-signed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from nio import AsyncClient

from bot.cross_signing import UserKeys, read_user_keys
from workflows.ports import SenderDevice

log = logging.getLogger("greffier.trust")


class DeviceTrust:
    def __init__(self, own_user_id: str, *, exclude_insecure: bool) -> None:
        self.own_user_id = own_user_id
        self.exclude_insecure = exclude_insecure
        self.users: dict[str, UserKeys] = {}
        self.identities_seen: dict[str, str | None] = {}
        """Master keys read since the bot last recorded them (`take_identities`)."""
        self.own_keys_read = 0
        """How many answers spoke of the bot's own account: a change shows there first."""

    def learn(self, response: Mapping[str, Any]) -> list[str]:
        """Read a `/keys/query` answer; returns the users it was about."""
        users = list((response.get("device_keys") or {}).keys())
        for user_id in users:
            keys = read_user_keys(response, user_id)
            self.users[user_id] = keys
            if user_id != self.own_user_id:
                self.identities_seen[user_id] = keys.master
            else:
                self.own_keys_read += 1
        return users

    def take_identities(self) -> dict[str, str | None]:
        """Identities to record now. One with no session signed yet waits: an identity reset
        publishes the new keys first and signs the session a moment later, and a warning
        sent in between would reach no session able to read it."""
        ready: dict[str, str | None] = {}
        for user_id, master in list(self.identities_seen.items()):
            keys = self.users.get(user_id)
            signed = keys is not None and any(d.cross_signed for d in keys.devices.values())
            if master is None or signed:
                ready[user_id] = master
                del self.identities_seen[user_id]
        return ready

    def apply(self, client: AsyncClient, users: Iterable[str]) -> None:
        """Set nio's state of every device of `users` from what the bot knows of them."""
        own_device = client.device_id
        for user_id in users:
            keys = self.users.get(user_id)
            for device in client.device_store.active_user_devices(user_id):
                if user_id == self.own_user_id and device.id == own_device:
                    continue
                known = keys.devices.get(device.id) if keys else None
                signed = (
                    known is not None and known.cross_signed and known.ed25519 == device.ed25519
                )
                olm = client.olm
                assert olm is not None
                if signed:
                    if not olm.is_device_verified(device):
                        client.verify_device(device)
                elif self.exclude_insecure:
                    if not olm.is_device_blacklisted(device):
                        log.info(
                            "device %s of %s is not cross-signed: no keys", device.id, user_id
                        )
                        client.blacklist_device(device)
                elif olm.is_device_blacklisted(device):
                    client.unblacklist_device(device)

    def forget_judgements(self, client: AsyncClient) -> None:
        """At start, in "exclude insecure devices" mode: devices an earlier version marked
        "ignored" (keys shared though unverified) are judged again before they get a key."""
        if not self.exclude_insecure:
            return
        olm = client.olm
        assert olm is not None
        for device in list(client.device_store):
            if olm.is_device_ignored(device):
                client.unignore_device(device)

    def sender(self, user_id: str, sender_key: str) -> SenderDevice | None:
        """The device that encrypted an event, judged; None when its keys are not known yet."""
        keys = self.users.get(user_id)
        if keys is None:
            return None
        device = keys.by_curve(sender_key)
        if device is None:
            return None
        return SenderDevice(
            device_id=device.device_id, cross_signed=device.cross_signed, identity=keys.master
        )

    def all_sessions(self, user_id: str) -> SenderDevice:
        """A reaction in clear names no session: trusted only when every session the server
        lists for the person is cross-signed (then it came from one of them)."""
        keys = self.users.get(user_id)
        devices = keys.devices.values() if keys else ()
        unverified = tuple(sorted(d.device_id for d in devices if not d.cross_signed))
        return SenderDevice(
            device_id=None,
            cross_signed=bool(devices) and not unverified,
            identity=keys.master if keys else None,
            encrypted=False,
            unverified_sessions=unverified,
        )

    def unknown_sender(self, user_id: str) -> SenderDevice:
        """A device the server does not list for its owner: never trusted."""
        keys = self.users.get(user_id)
        return SenderDevice(
            device_id=None, cross_signed=False, identity=keys.master if keys else None
        )

    def own_device_signed(self, device_id: str) -> bool | None:
        keys = self.users.get(self.own_user_id)
        if keys is None:
            return None
        device = keys.devices.get(device_id)
        return device is not None and device.cross_signed
