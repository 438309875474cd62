"""Matrix cross-signing: the keys, the signed JSON objects, and what the server says of a user.

Element and Tchap share room keys only with devices their owner has cross-signed, and hide what
an unsigned device sends (MSC4153, "exclude insecure devices"). nio has no cross-signing, so the
bot does it here, as the spec describes it (client-server API, "Cross-signing"): three ed25519
keys (master, self-signing, user-signing), each published as a JSON object signed by the master
key; a device is cross-signed when its device keys carry a signature by the self-signing key.

Everything here is pure: no network, no files. Signatures are made and checked over canonical
JSON with `signatures` and `unsigned` removed; keys and signatures are unpadded base64.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

USAGES = ("master", "self_signing", "user_signing")


def b64(data: bytes) -> str:
    """Matrix's base64: standard alphabet, no padding."""
    return base64.b64encode(data).decode().rstrip("=")


def unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def canonical(obj: Mapping[str, Any]) -> bytes:
    """The bytes a signature covers: the object without `signatures` and `unsigned`, in the
    spec's canonical JSON (sorted keys, no spaces, UTF-8)."""
    stripped = {k: v for k, v in obj.items() if k not in ("signatures", "unsigned")}
    return json.dumps(stripped, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def verify(obj: Mapping[str, Any], user_id: str, public: str, key_name: str | None = None) -> bool:
    """Does `obj` carry a valid signature by the ed25519 key `public` of `user_id`?

    Signatures are filed under "ed25519:<key name>": a cross-signing key's name is the key
    itself, a device's key is named by the device id."""
    signatures = obj.get("signatures")
    if not isinstance(signatures, dict):
        return False
    by_user = signatures.get(user_id)
    key_id = f"ed25519:{key_name or public}"
    signature = by_user.get(key_id) if isinstance(by_user, dict) else None
    if not isinstance(signature, str):
        return False
    try:
        key = Ed25519PublicKey.from_public_bytes(unb64(public))
        key.verify(unb64(signature), canonical(obj))
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


@dataclass(frozen=True)
class SigningKey:
    """One ed25519 key pair of the three."""

    private: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @property
    def public(self) -> str:
        raw = self.private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return b64(raw)

    def sign(self, obj: Mapping[str, Any], user_id: str) -> dict[str, Any]:
        """A copy of `obj` with this key's signature added beside the ones it had."""
        signature = b64(self.private.sign(canonical(obj)))
        signed = dict(obj)
        signatures = {u: dict(s) for u, s in dict(obj.get("signatures") or {}).items()}
        signatures.setdefault(user_id, {})[f"ed25519:{self.public}"] = signature
        signed["signatures"] = signatures
        return signed


def key_object(user_id: str, usage: str, public: str) -> dict[str, Any]:
    """The published form of a cross-signing key (unsigned)."""
    return {"user_id": user_id, "usage": [usage], "keys": {f"ed25519:{public}": public}}


def public_of(obj: Mapping[str, Any], user_id: str, usage: str) -> str | None:
    """The key a published cross-signing object holds, if it is well formed for this use."""
    keys = obj.get("keys")
    usages = obj.get("usage")
    if obj.get("user_id") != user_id or not isinstance(usages, list) or usage not in usages:
        return None
    if not isinstance(keys, dict) or len(keys) != 1:
        return None
    key_id, public = next(iter(keys.items()))
    if not isinstance(public, str) or key_id != f"ed25519:{public}":
        return None
    return public


def fingerprint(public: str) -> str:
    """A master key as people compare it: groups of four characters."""
    return " ".join(public[i : i + 4] for i in range(0, len(public), 4))


@dataclass(frozen=True)
class CrossSigningKeys:
    """The bot's own three keys."""

    master: SigningKey
    self_signing: SigningKey
    user_signing: SigningKey

    @classmethod
    def generate(cls) -> CrossSigningKeys:
        return cls(SigningKey.generate(), SigningKey.generate(), SigningKey.generate())

    def published(self, user_id: str) -> dict[str, dict[str, Any]]:
        """The body of `/keys/device_signing/upload`: the master key, and the two others signed
        by it."""
        master = key_object(user_id, "master", self.master.public)
        ssk = self.master.sign(
            key_object(user_id, "self_signing", self.self_signing.public), user_id
        )
        usk = self.master.sign(
            key_object(user_id, "user_signing", self.user_signing.public), user_id
        )
        return {"master_key": master, "self_signing_key": ssk, "user_signing_key": usk}

    def sign_device(self, device_keys: Mapping[str, Any], user_id: str) -> dict[str, Any]:
        """The device keys as the server gave them, plus the self-signing key's signature."""
        return self.self_signing.sign(device_keys, user_id)


@dataclass(frozen=True)
class DeviceKeys:
    """One device as the server lists it, its self-signature checked."""

    device_id: str
    ed25519: str
    curve25519: str
    cross_signed: bool  # signed by its owner's self-signing key, itself signed by the master


@dataclass(frozen=True)
class UserKeys:
    """What `/keys/query` says of one user: their identity (master key), the self-signing key
    when the master key signed it, and their devices."""

    user_id: str
    master: str | None
    self_signing: str | None
    devices: Mapping[str, DeviceKeys] = field(default_factory=dict)

    def by_curve(self, curve25519: str) -> DeviceKeys | None:
        """The device whose Olm identity key sent an event (megolm sessions name it)."""
        for device in self.devices.values():
            if device.curve25519 == curve25519:
                return device
        return None


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def read_user_keys(response: Mapping[str, Any], user_id: str) -> UserKeys:
    """One user's keys from a `/keys/query` answer. Nothing is trusted unchecked: the
    self-signing key counts only when the master key signed it, a device only when it signed
    its own keys, and it is cross-signed only under that self-signing key."""
    master_obj = _dict(response.get("master_keys")).get(user_id)
    master = public_of(master_obj, user_id, "master") if isinstance(master_obj, dict) else None
    ssk_obj = _dict(response.get("self_signing_keys")).get(user_id)
    ssk: str | None = None
    if master is not None and isinstance(ssk_obj, dict):
        candidate = public_of(ssk_obj, user_id, "self_signing")
        if candidate is not None and verify(ssk_obj, user_id, master):
            ssk = candidate
    devices: dict[str, DeviceKeys] = {}
    for device_id, payload in _dict(_dict(response.get("device_keys")).get(user_id)).items():
        if not isinstance(payload, dict):
            continue
        if payload.get("user_id") != user_id or payload.get("device_id") != device_id:
            continue
        keys = _dict(payload.get("keys"))
        ed = keys.get(f"ed25519:{device_id}")
        curve = keys.get(f"curve25519:{device_id}")
        if not isinstance(ed, str) or not isinstance(curve, str):
            continue
        if not verify(payload, user_id, ed, device_id):
            continue
        signed = ssk is not None and verify(payload, user_id, ssk)
        devices[device_id] = DeviceKeys(device_id, ed, curve, signed)
    return UserKeys(user_id, master, ssk, devices)
