"""Cross-signing without a homeserver: signatures checked by another engine (vodozemac, the
one nio and Element's Rust crypto share), the key file, and the identity's set-up against a
small fake of the server's key endpoints (refusals, a password challenge, keys that differ)."""

from __future__ import annotations

import copy
import json
import stat
from pathlib import Path
from typing import Any

import pytest
import vodozemac

from bot import identity
from bot.cross_signing import (
    CrossSigningKeys,
    SigningKey,
    canonical,
    fingerprint,
    read_user_keys,
    verify,
)
from bot.trust import DeviceTrust

USER = "@greffier:mairie.fr"
DEVICE = "BOTDEVICE"


def device_keys(user: str, device: str, account: vodozemac.Account) -> dict[str, Any]:
    """A device's keys signed by the device itself, as a client uploads them."""
    keys = {
        "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
        "device_id": device,
        "user_id": user,
        "keys": {
            f"curve25519:{device}": account.curve25519_key.to_base64(),
            f"ed25519:{device}": account.ed25519_key.to_base64(),
        },
    }
    signature = account.sign(canonical(keys)).to_base64()
    return {**keys, "signatures": {user: {f"ed25519:{device}": signature}}}


def test_a_signature_is_what_vodozemac_verifies() -> None:
    key = SigningKey.generate()
    signed = key.sign({"user_id": USER, "b": 2, "a": "é", "unsigned": {"x": 1}}, USER)
    raw = signed["signatures"][USER][f"ed25519:{key.public}"]
    vodozemac.Ed25519PublicKey.from_base64(key.public).verify_signature(
        canonical(signed), vodozemac.Ed25519Signature.from_base64(raw)
    )
    assert verify(signed, USER, key.public)
    tampered = {**signed, "b": 3}
    assert not verify(tampered, USER, key.public)
    assert not verify(signed, USER, SigningKey.generate().public)
    assert not verify(signed, "@other:mairie.fr", key.public)


def test_a_key_query_is_read_without_trusting_anything_unchecked() -> None:
    keys = CrossSigningKeys.generate()
    published = keys.published(USER)
    phone = device_keys(USER, "PHONE", vodozemac.Account())
    laptop = device_keys(USER, "LAPTOP", vodozemac.Account())
    forged = device_keys(USER, "FORGED", vodozemac.Account())
    forged["keys"][f"ed25519:{'FORGED'}"] = vodozemac.Account().ed25519_key.to_base64()
    response = {
        "device_keys": {
            USER: {
                "PHONE": keys.sign_device(phone, USER),
                "LAPTOP": laptop,
                "FORGED": keys.sign_device(forged, USER),
            }
        },
        "master_keys": {USER: published["master_key"]},
        "self_signing_keys": {USER: published["self_signing_key"]},
    }
    read = read_user_keys(response, USER)
    assert read.master == keys.master.public
    assert read.self_signing == keys.self_signing.public
    assert {d: v.cross_signed for d, v in read.devices.items()} == {
        "PHONE": True,
        "LAPTOP": False,
    }  # a device whose self-signature fails is not listed at all
    assert read.by_curve(phone["keys"]["curve25519:PHONE"]) == read.devices["PHONE"]
    # A self-signing key the master did not sign makes nothing cross-signed.
    stranger = SigningKey.generate()
    response["self_signing_keys"] = {
        USER: stranger.sign(
            {"user_id": USER, "usage": ["self_signing"], "keys": {"ed25519:x": "x"}}, USER
        )
    }
    assert read_user_keys(response, USER).self_signing is None
    assert not read_user_keys(response, USER).devices["PHONE"].cross_signed
    # Keys filed for another user or with another use count for nothing.
    response["master_keys"] = {USER: {**published["master_key"], "usage": ["self_signing"]}}
    assert read_user_keys(response, USER).master is None


def test_the_key_file_is_encrypted_and_private(tmp_path: Path) -> None:
    path = tmp_path / "matrix" / "cross_signing.json"
    keys = CrossSigningKeys.generate()
    identity.save_keys(path, keys, USER, b"phrase de passe")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text()
    assert "ENCRYPTED PRIVATE KEY" in text and "BEGIN PRIVATE KEY" not in text
    loaded = identity.load_keys(path, USER, b"phrase de passe")
    assert loaded is not None and loaded.master.public == keys.master.public
    assert identity.load_keys(tmp_path / "absent.json", USER, b"x") is None
    with pytest.raises(identity.IdentityError, match="phrase de passe"):
        identity.load_keys(path, USER, b"mauvaise phrase")
    with pytest.raises(identity.IdentityError, match=r"@autre:mairie\.fr"):
        identity.load_keys(path, "@autre:mairie.fr", b"phrase de passe")
    path.write_text("{pas du json")
    with pytest.raises(identity.IdentityError, match="illisible"):
        identity.load_keys(path, USER, b"phrase de passe")


class FakeServer:
    """The key endpoints of a homeserver, kept to what the identity uses."""

    def __init__(self, *, password: str = "secret", refuse: int | None = None) -> None:  # noqa: S107
        self.password = password
        self.refuse = refuse  # an HTTP status the upload answers
        self.cross_signing: dict[str, Any] = {}
        self.account = vodozemac.Account()
        self.devices = {DEVICE: device_keys(USER, DEVICE, self.account)}
        self.calls: list[str] = []

    async def request(
        self, method: str, path: str, body: dict[str, Any] | None = None
    ) -> tuple[int, dict[str, Any]]:
        self.calls.append(path.rsplit("/", 2)[-2] + "/" + path.rsplit("/", 1)[-1])
        body = copy.deepcopy(body or {})
        if path.endswith("/keys/query"):
            answer: dict[str, Any] = {"device_keys": {USER: copy.deepcopy(self.devices)}}
            if self.cross_signing:
                answer["master_keys"] = {USER: self.cross_signing["master_key"]}
                answer["self_signing_keys"] = {USER: self.cross_signing["self_signing_key"]}
            return 200, answer
        if path.endswith("/device_signing/upload"):
            if self.refuse is not None:
                return self.refuse, {"errcode": "M_FORBIDDEN", "error": "non"}
            auth = body.pop("auth", None)
            if self.cross_signing and body != self.cross_signing:
                if auth is None:
                    return 401, {"flows": [{"stages": ["m.login.password"]}], "session": "s"}
                if auth.get("password") != self.password or auth.get("session") != "s":
                    return 401, {"errcode": "M_FORBIDDEN", "flows": []}
            self.cross_signing = body
            return 200, {}
        if path.endswith("/signatures/upload"):
            for device, signed in body[USER].items():
                mine = self.devices[device]["signatures"][USER]
                mine.update(signed["signatures"][USER])
            return 200, {"failures": {}}
        return 404, {"errcode": "M_UNRECOGNIZED"}


def account(
    server: FakeServer, tmp_path: Path, password: str | None = None
) -> identity.BotAccount:
    return identity.BotAccount(
        api=server,
        key_file=tmp_path / "cross_signing.json",
        user_id=USER,
        device_id=DEVICE,
        passphrase=b"phrase",
        password=password,
    )


async def test_first_start_publishes_signs_and_checks_then_does_nothing_more(
    tmp_path: Path,
) -> None:
    server = FakeServer()
    status = await identity.ensure(account(server, tmp_path))
    assert status.ok and status.device_signed
    kept = identity.load_keys(tmp_path / "cross_signing.json", USER, b"phrase")
    assert kept is not None and kept.master.public == status.server_master
    assert status.fingerprint == fingerprint(kept.master.public)
    assert "device_signing/upload" in server.calls and "signatures/upload" in server.calls
    server.calls.clear()
    assert (await identity.ensure(account(server, tmp_path))).ok
    assert server.calls == ["keys/query"]


async def test_a_new_device_is_signed_with_the_kept_keys(tmp_path: Path) -> None:
    server = FakeServer()
    first = await identity.ensure(account(server, tmp_path))
    server.devices = {"NEWDEVICE": device_keys(USER, "NEWDEVICE", vodozemac.Account())}
    renewed = identity.BotAccount(
        **{**account(server, tmp_path).__dict__, "device_id": "NEWDEVICE"}
    )
    second = await identity.ensure(renewed)
    assert second.ok and second.server_master == first.server_master


async def test_a_refused_upload_and_a_wrong_password_are_one_french_line(tmp_path: Path) -> None:
    with pytest.raises(identity.IdentityError, match="refusé les clés d'identité"):
        await identity.ensure(account(FakeServer(refuse=403), tmp_path / "a"))
    assert not (tmp_path / "a" / "cross_signing.json").exists()  # nothing half kept
    # The account already has an identity whose keys are not here: replacing it needs the
    # password.
    server = FakeServer()
    await identity.ensure(account(server, tmp_path / "elsewhere"))
    with pytest.raises(identity.IdentityError, match="GREFFIER_BOT_PASSWORD"):
        await identity.ensure(account(server, tmp_path / "b"))
    with pytest.raises(identity.IdentityError, match="mot de passe du bot refusé"):
        await identity.ensure(account(server, tmp_path / "c", password="faux"))
    assert not (tmp_path / "c" / "cross_signing.json").exists()
    replaced = await identity.ensure(account(server, tmp_path / "d", password="secret"))
    assert replaced.ok


async def test_keys_that_differ_from_the_server_s_are_named_and_reset_mends_them(
    tmp_path: Path,
) -> None:
    server = FakeServer()
    await identity.ensure(account(server, tmp_path))
    await identity.reset(account(server, tmp_path / "other", password="secret"))
    with pytest.raises(identity.IdentityError, match="ne correspondent pas"):
        await identity.ensure(account(server, tmp_path))
    with pytest.raises(identity.IdentityError, match="GREFFIER_BOT_PASSWORD"):
        await identity.reset(account(server, tmp_path))
    status = await identity.reset(account(server, tmp_path, password="secret"))
    assert status.ok
    assert (await identity.ensure(account(server, tmp_path))).ok
    saved = json.loads((tmp_path / "cross_signing.json").read_text())
    assert saved["keys"]["master"]["public"] == status.server_master


def test_device_trust_judges_senders_and_waits_for_a_signed_session() -> None:
    """What the bot makes of a key query: the sender of an event by its Olm key, a reaction in
    clear by all the person's sessions, and an identity recorded only once a session of it
    is signed (a reset publishes the keys before signing the session)."""
    alice = "@alice:mairie.fr"
    keys = CrossSigningKeys.generate()
    published = keys.published(alice)
    phone, tablet = vodozemac.Account(), vodozemac.Account()
    trust = DeviceTrust(USER, exclude_insecure=True)

    def answer(*devices: tuple[str, vodozemac.Account, bool]) -> dict[str, Any]:
        listed = {}
        for name, account, signed in devices:
            device = device_keys(alice, name, account)
            listed[name] = keys.sign_device(device, alice) if signed else device
        return {
            "device_keys": {alice: listed},
            "master_keys": {alice: published["master_key"]},
            "self_signing_keys": {alice: published["self_signing_key"]},
        }

    # The identity is published, the session not signed yet: nothing to record.
    assert trust.learn(answer(("PHONE", phone, False))) == [alice]
    assert trust.take_identities() == {}
    trust.learn(answer(("PHONE", phone, True), ("TABLET", tablet, False)))
    assert trust.take_identities() == {alice: keys.master.public}
    assert trust.take_identities() == {}
    sender = trust.sender(alice, phone.curve25519_key.to_base64())
    assert sender is not None and (sender.device_id, sender.cross_signed) == ("PHONE", True)
    sender = trust.sender(alice, tablet.curve25519_key.to_base64())
    assert sender is not None and (sender.device_id, sender.cross_signed) == ("TABLET", False)
    assert trust.sender(alice, vodozemac.Account().curve25519_key.to_base64()) is None
    assert trust.sender("@inconnu:mairie.fr", "x") is None
    everyone = trust.all_sessions(alice)
    assert (everyone.cross_signed, everyone.unverified_sessions) == (False, ("TABLET",))
    assert not everyone.encrypted
    trust.learn(answer(("PHONE", phone, True)))  # the tablet signed out
    assert trust.all_sessions(alice).cross_signed
    assert not trust.all_sessions("@inconnu:mairie.fr").cross_signed
