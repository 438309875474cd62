"""The Element harness itself (tests/support/element.py), on a real Synapse and no bot.

An `ElementPerson` is Element's own crypto engine (matrix-js-sdk + Rust crypto) in "exclude
insecure devices" mode, its device cross-signed. These tests show that the harness really
enforces Element's rule: keys only for devices cross-signed by their owner, events from other
devices refused with UNSIGNED_SENDER_DEVICE; and that the rest (files, reactions, identity
changes) works as in Element. Each refusal is shown next to a control that succeeds.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from pathlib import Path
from uuid import uuid4

import pytest
from nio import Api, ShareGroupSessionResponse

from bot.homeserver import Homeserver
from bot.person import Person
from tests.integration.conftest import Devices, PersonFactory
from tests.support.element import (
    ElementEvent,
    ElementPerson,
    ElementPersonError,
    UserIdentity,
)

UNSIGNED = "UNSIGNED_SENDER_DEVICE"


def message(room: str, body: str) -> Callable[[ElementEvent], bool]:
    def matches(event: ElementEvent) -> bool:
        return event.room_id == room and event.type == "m.room.message" and event.body == body

    return matches


def failed(room: str, event_id: str) -> Callable[[ElementEvent], bool]:
    def matches(event: ElementEvent) -> bool:
        return (
            event.room_id == room
            and event.event_id == event_id
            and event.decryption_failure is not None
        )

    return matches


async def shared_room(owner: ElementPerson, *others: ElementPerson | Person) -> str:
    """An encrypted group room created by `owner`, every other one joined (auto-join)."""
    room = await owner.create_room("Salle de test", [p.user_id for p in others])
    for other in others:
        if other.user_id != owner.user_id:
            await owner.wait_member(room, other.user_id)
    return room


async def until_identity(
    person: ElementPerson, user_id: str, master_key: str | None, timeout: float = 20.0
) -> UserIdentity:
    """`person`'s view of `user_id`'s identity, once its master key is `master_key`."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        identity = await person.user_identity(user_id)
        if identity.master_key == master_key:
            return identity
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"{user_id}'s master key never became {master_key}: {identity}")
        await asyncio.sleep(0.2)


# --- (a) two Element users, both cross-signed ----------------------------------------------------


async def test_two_element_people_talk_both_ways_in_an_encrypted_room(devices: Devices) -> None:
    alice, bob = await asyncio.gather(devices.new("alice"), devices.new("bob"))
    assert alice.master_key and bob.master_key and alice.master_key != bob.master_key
    # Synapse lets the first upload of cross-signing keys through without asking the password.
    assert alice.uia == [{"what": "bootstrapCrossSigning", "asked": False}]

    room = await shared_room(alice, bob)
    first = await alice.send_text(room, "Bonjour Bob")
    got = await bob.wait_for(message(room, "Bonjour Bob"))
    assert got.event_id == first and got.sender == alice.user_id
    assert got.encrypted and got.decryption_failure is None

    answer = await bob.send_text(room, "Bonjour Alice", reply_to=first)
    back = await alice.wait_for(message(room, "Bonjour Alice"))
    assert back.event_id == answer and back.sender == bob.user_id and back.decrypted
    assert back.content["m.relates_to"] == {"m.in_reply_to": {"event_id": first}}
    assert back.content["m.mentions"] == {"user_ids": [alice.user_id]}

    seen_by_alice = await alice.device_status(bob.user_id, bob.device_id)
    seen_by_bob = await bob.device_status(alice.user_id, alice.device_id)
    for status in (seen_by_alice, seen_by_bob):
        assert status.known and status.signed_by_owner
        assert not status.cross_signing_verified  # signed by its owner, not verified by us
    identity = await bob.user_identity(alice.user_id)
    assert identity.known and identity.master_key == alice.master_key
    assert not identity.needs_user_approval


# --- (b) files -----------------------------------------------------------------------------------


async def test_an_encrypted_file_is_downloaded_and_decrypted_by_the_other(
    devices: Devices,
) -> None:
    alice, bob = await asyncio.gather(devices.new("alice"), devices.new("bob"))
    room = await shared_room(alice, bob)
    data = secrets.token_bytes(150_000)
    sent = await alice.send_file(room, data, "délibération.pdf", "application/pdf")

    got = await bob.wait_for(lambda e: e.event_id == sent and e.type == "m.room.message")
    assert got.decrypted and got.msgtype == "m.file" and got.body == "délibération.pdf"
    assert "url" not in got.content
    file = got.content["file"]
    assert file["v"] == "v2" and file["url"].startswith("mxc://")
    assert {"key", "iv", "hashes"} <= file.keys() and "sha256" in file["hashes"]
    assert await bob.download(got.content) == data

    # In a plain room, a plain upload; and pictures are m.image.
    plain = await alice.create_room("Salle en clair", [bob.user_id], encrypted=False)
    await alice.wait_member(plain, bob.user_id)
    png = secrets.token_bytes(2_000)
    image = await alice.send_file(plain, png, "photo.png", "image/png")
    got_image = await bob.wait_for(lambda e: e.event_id == image)
    assert not got_image.encrypted and got_image.msgtype == "m.image"
    assert "file" not in got_image.content and got_image.content["url"].startswith("mxc://")
    assert await bob.download(got_image.content) == png


# --- (c) reactions, in a DM ----------------------------------------------------------------------


async def test_a_reaction_arrives_in_a_direct_room(devices: Devices) -> None:
    alice, bob = await asyncio.gather(devices.new("alice"), devices.new("bob"))
    room = await alice.create_room("", [bob.user_id], direct=True)
    await alice.wait_member(room, bob.user_id)
    target = await alice.send_text(room, "Tu valides ?")
    await bob.wait_for(message(room, "Tu valides ?"))

    reaction = await bob.react(room, target, "👍")
    got = await alice.wait_for(lambda e: e.event_id == reaction)
    # matrix-js-sdk never encrypts reactions, even in an encrypted room (client.js: "there is
    # very little gained by encrypting the entire event"): Element's arrive in the clear.
    assert got.type == "m.reaction" and not got.encrypted and got.sender == bob.user_id
    assert got.content["m.relates_to"] == {
        "rel_type": "m.annotation",
        "event_id": target,
        "key": "👍",
    }
    creation = await bob.wait_for(
        lambda e: e.room_id == room and e.type == "m.room.member" and e.state_key == bob.user_id
    )
    assert creation.content.get("is_direct") is True


# --- (d) a legacy client, never cross-signed -----------------------------------------------------


async def test_a_device_that_never_cross_signs_is_refused_both_ways(
    devices: Devices, people: PersonFactory
) -> None:
    """nio (bot/person.py) never cross-signs. Element in "exclude insecure devices" mode
    refuses its messages and keeps its room keys from it; the legacy mode ("all") is the
    control: same room, same messages, readable."""
    strict, legacy, nio = await asyncio.gather(
        devices.new("strict"), devices.new("legacy", isolation="all"), people("nio")
    )
    room = await shared_room(strict, legacy, nio)
    await nio.wait_member(room, strict.user_id)
    await nio.wait_member(room, legacy.user_id)

    sent = await nio.send(room, "Message depuis nio")
    readable = await legacy.wait_for(message(room, "Message depuis nio"))
    assert readable.event_id == sent and readable.decrypted
    refused = await strict.wait_for(failed(room, sent))
    assert refused.decryption_failure == UNSIGNED
    assert refused.type == "m.room.encrypted" and "body" not in refused.content

    nio_mark = nio.mark()
    await strict.send_text(room, "Message du mode strict")
    await legacy.wait_for(message(room, "Message du mode strict"))
    await legacy.send_text(room, "Message du mode historique")
    got = await nio.wait_for(lambda s: s.body == "Message du mode historique", after=nio_mark)
    await asyncio.sleep(1)  # a few more syncs for nio: the strict message had its chance
    assert [s.body for s in nio.seen[nio_mark:] if s.type == "m.room.message"] == [got.body]
    latest = strict.latest(sent)
    assert latest is not None and latest.decryption_failure == UNSIGNED  # still refused


# --- (e) a second device the person never verified -----------------------------------------------


async def test_an_unsigned_second_device_is_not_trusted(devices: Devices) -> None:
    alice, bob = await asyncio.gather(devices.new("alice"), devices.new("bob"))
    room = await shared_room(alice, bob)
    # A second device Alice never verified. In "exclude insecure devices" mode it cannot even
    # send (the Rust crypto refuses to encrypt from an unverified device); in the legacy mode
    # it can, and that is the one whose messages Bob must refuse.
    strict_laptop, laptop = await asyncio.gather(
        devices.another(alice, cross_sign="none"),
        devices.another(alice, cross_sign="none", isolation="all"),
    )
    assert laptop.user_id == alice.user_id and laptop.device_id != alice.device_id
    assert laptop.master_key == alice.master_key  # same identity, this device just not signed
    await laptop.wait_member(room, bob.user_id)

    phone_status = await bob.device_status(alice.user_id, alice.device_id)
    laptop_status = await bob.device_status(alice.user_id, laptop.device_id)
    assert phone_status.known and phone_status.signed_by_owner
    assert laptop_status.known and not laptop_status.signed_by_owner
    own_view = await alice.device_status(alice.user_id, laptop.device_id)
    assert own_view.known and not own_view.signed_by_owner

    with pytest.raises(ElementPersonError, match="your device is not verified"):
        await strict_laptop.send_text(room, "Depuis l'ordinateur non vérifié")

    from_laptop = await laptop.send_text(room, "Depuis l'ordinateur")
    refused = await bob.wait_for(failed(room, from_laptop))
    assert refused.decryption_failure == UNSIGNED
    from_phone = await alice.send_text(room, "Depuis le téléphone")
    assert (await bob.wait_for(message(room, "Depuis le téléphone"))).event_id == from_phone

    # Nor are room keys shared with the unsigned device, by Bob or by Alice's own phone.
    from_bob = await bob.send_text(room, "Réponse de Bob")
    assert (await alice.wait_for(message(room, "Réponse de Bob"))).decrypted
    for event_id in (from_bob, from_phone):
        withheld = await laptop.wait_for(failed(room, event_id))
        assert withheld.decryption_failure == "MEGOLM_KEY_WITHHELD_FOR_UNVERIFIED_DEVICE"

    # A device that signs itself (bootstrap imports the keys from secret storage) is trusted.
    desktop = await devices.another(alice)
    assert desktop.master_key == alice.master_key
    desktop_status = await bob.device_status(alice.user_id, desktop.device_id)
    assert desktop_status.known and desktop_status.signed_by_owner
    from_desktop = await desktop.send_text(room, "Depuis le poste signé")
    assert (await bob.wait_for(message(room, "Depuis le poste signé"))).event_id == from_desktop


# --- (f) a changed identity ----------------------------------------------------------------------


async def test_a_reset_identity_needs_approval_until_pinned(devices: Devices) -> None:
    alice, bob = await asyncio.gather(devices.new("alice"), devices.new("bob"))
    room = await shared_room(alice, bob)
    await alice.send_text(room, "Avant")
    await bob.wait_for(message(room, "Avant"))
    before = await bob.user_identity(alice.user_id)
    assert before.known and before.master_key == alice.master_key
    assert not before.needs_user_approval

    old_key = alice.master_key
    new_key = await alice.reset_identity()
    assert new_key != old_key and alice.master_key == new_key
    # Replacing existing keys is where Synapse asks for the password (UIA).
    assert alice.uia[-1]["what"] == "resetIdentity" and alice.uia[-1]["asked"] is True

    changed = await until_identity(bob, alice.user_id, new_key)
    assert changed.needs_user_approval and not changed.verified
    # Alice's device is signed by her new identity: Bob still reads her.
    after = await alice.send_text(room, "Après")
    assert (await bob.wait_for(message(room, "Après"))).event_id == after
    assert (await bob.device_status(alice.user_id, alice.device_id)).signed_by_owner

    pinned = await bob.pin_identity(alice.user_id)
    assert pinned.master_key == new_key and not pinned.needs_user_approval
    assert not (await bob.user_identity(alice.user_id)).needs_user_approval


# --- (g) a room key that arrives after its event ------------------------------------------------


async def test_a_late_room_key_reemits_the_event_with_its_final_state(
    devices: Devices, people: PersonFactory
) -> None:
    """nio encrypts a message with a fresh Megolm session and sends it, and only then shares
    the session. Each Element client first reports the event undecryptable (no key yet), then
    reports it again when the key arrives: readable in the legacy mode, refused for its
    unsigned sender in "exclude insecure devices" mode."""
    strict, legacy, nio = await asyncio.gather(
        devices.new("strict"), devices.new("legacy", isolation="all"), people("nio")
    )
    room = await shared_room(strict, legacy, nio)
    await nio.wait_member(room, strict.user_id)
    await nio.wait_member(room, legacy.user_id)

    olm = nio.client.olm
    assert olm is not None
    olm.create_outbound_group_session(room)
    unshared = olm.outbound_group_sessions[room]
    # Encrypt with a copy (message index 0), and keep the original, at index 0, to share later.
    early = type(unshared).from_pickle(unshared.pickle())
    early.shared = True
    olm.outbound_group_sessions[room] = early
    payload = {"type": "m.room.message", "content": {"msgtype": "m.text", "body": "Clé tardive"}}
    content = olm.group_encrypt(room, payload)
    olm.outbound_group_sessions[room] = unshared
    method, path, data = Api.room_send(
        nio.client.access_token, room, "m.room.encrypted", content, uuid4()
    )
    response = await nio.client.send(method, path, data)
    assert response.status == 200
    event_id = (await response.json())["event_id"]

    for person in (legacy, strict):
        early_state = await person.wait_for(failed(room, event_id))
        assert early_state.decryption_failure == "MEGOLM_UNKNOWN_INBOUND_SESSION_ID"

    if nio.client.should_query_keys:
        await nio.client.keys_query()
    shared = await nio.client.share_group_session(room, ignore_unverified_devices=True)
    assert isinstance(shared, ShareGroupSessionResponse)

    late = await legacy.wait_for(message(room, "Clé tardive"))
    assert late.event_id == event_id and late.decrypted
    states = [e.decryption_failure for e in legacy.seen if e.event_id == event_id]
    assert states == ["MEGOLM_UNKNOWN_INBOUND_SESSION_ID", None]
    final = await strict.wait_for(
        lambda e: e.event_id == event_id and e.decryption_failure == UNSIGNED
    )
    assert "body" not in final.content
    states = [e.decryption_failure for e in strict.seen if e.event_id == event_id]
    assert states == ["MEGOLM_UNKNOWN_INBOUND_SESSION_ID", UNSIGNED]


# --- the harness's own failures ------------------------------------------------------------------


async def test_failures_carry_the_end_of_the_node_log(
    devices: Devices, homeserver: Homeserver, tmp_path: Path
) -> None:
    with pytest.raises(ElementPersonError, match="last lines of node stderr") as refused:
        await ElementPerson.start(
            homeserver.url, "@personne:localhost", "mauvais", tmp_path / "nobody", timeout=30
        )
    assert "M_FORBIDDEN" in str(refused.value)

    alice = await devices.new("alice")
    alice.kill()
    with pytest.raises(ElementPersonError, match="node exited"):
        await alice.send_text("!nulle-part:localhost", "perdu")
    with pytest.raises(ElementPersonError, match="node exited"):
        await alice.wait_for(lambda e: False, timeout=5)
