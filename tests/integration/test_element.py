"""The bot as Element users meet it: people played by Element's own crypto engine
(matrix-js-sdk + Rust crypto, tests/support/element.py) in « exclude insecure devices » mode,
against the bot as it ships (`exclude_insecure_devices` on), in encrypted rooms.

Element shows nothing from a session that is not cross-signed and sends it no key, and the bot
applies the same rule: these tests fail if the bot's session is not signed (nothing would be
readable), if it shares a key with an unverified session, or if it counts a decision that
session made.
"""

from __future__ import annotations

import asyncio
import json
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.homeserver import Homeserver
from circuits.signing import pades as signing
from tests.fixtures import documents as fx
from tests.integration.conftest import Bots, Devices
from tests.integration.store import rows
from tests.integration.test_circuits import prepare_documents, task_statuses, trust_roots, until
from tests.support.bot_process import BotProcess
from tests.support.element import ElementEvent, ElementPerson

ACCESS_RULES = "im.vector.room.access_rules"
UNDECRYPTED = ("MEGOLM_KEY_WITHHELD_FOR_UNVERIFIED_DEVICE", "MEGOLM_UNKNOWN_INBOUND_SESSION_ID")


def bot_device(bot: BotProcess) -> str:
    session = json.loads((Path(bot.config["data_dir"]) / "matrix" / "session.json").read_text())
    return str(session["device_id"])


def from_bot(
    bot_user: str, room: str | None = None, *words: str
) -> Callable[[ElementEvent], bool]:
    """A message of the bot, read (decrypted) by this client, holding these words."""

    def matches(event: ElementEvent) -> bool:
        return (
            event.sender == bot_user
            and event.type == "m.room.message"
            and event.decryption_failure is None
            and (room is None or event.room_id == room)
            and all(word in event.body for word in words)
        )

    return matches


def replying_to(bot_user: str, event_id: str) -> Callable[[ElementEvent], bool]:
    def matches(event: ElementEvent) -> bool:
        relates = event.content.get("m.relates_to") or {}
        return (
            event.sender == bot_user
            and event.decryption_failure is None
            and (relates.get("m.in_reply_to") or {}).get("event_id") == event_id
        )

    return matches


async def say(
    person: ElementPerson, room: str, bot_user: str, text: str, **kwargs: Any
) -> ElementEvent:
    """Send in a private room, and return the bot's next message there (in private rooms the
    bot answers with plain messages, not replies)."""
    mark = person.mark()
    await person.send_text(room, text, **kwargs)
    return await person.wait_for(from_bot(bot_user, room), timeout=60, after=mark)


async def say_in_room(person: ElementPerson, room: str, bot_user: str, text: str) -> ElementEvent:
    """Send in a shared room, and return the bot's answer to that very message."""
    mark = person.mark()
    event_id = await person.send_text(room, text)
    return await person.wait_for(replying_to(bot_user, event_id), timeout=60, after=mark)


async def private_room(person: ElementPerson, bot_user: str) -> str:
    """An encrypted DM opened by the person, once the bot has greeted them (readably)."""
    mark = person.mark()
    room = await person.create_room("", [bot_user], direct=True)
    await person.wait_for(from_bot(bot_user, room, "Greffier"), timeout=60, after=mark)
    await person.wait_member(room, bot_user)
    return room


async def test_aide_in_a_private_room_is_read_both_ways(
    matrix_bots: Bots, devices: Devices
) -> None:
    bot = matrix_bots.start(matrix_bots.element_config())
    bot_user = str(bot.config["bot"]["user_id"])
    agnes = await devices.new("agnes")
    room = await private_room(agnes, bot_user)  # the bot's greeting is readable, so...
    status = await agnes.device_status(bot_user, bot_device(bot))
    assert status.known and status.signed_by_owner  # ...its session is signed by its owner
    answer = await say(agnes, room, bot_user, "aide")
    assert "Voici ce que je sais faire" in answer.body
    assert answer.encrypted  # the bot's answer travelled encrypted, and Element read it
    # Nothing the bot sent here stayed unreadable for her.
    assert not [e for e in agnes.seen if e.sender == bot_user and e.decryption_failure]


async def test_a_pdf_dropped_in_an_encrypted_service_room_is_filed(
    matrix_bots: Bots, devices: Devices
) -> None:
    agnes = await devices.new("agnes")
    config = matrix_bots.element_config()
    bot_user = str(config["bot"]["user_id"])
    room = await agnes.create_room("Urbanisme", [bot_user])
    config["services"] = [
        {"id": "urbanisme", "name": "Urbanisme", "rooms": [room], "members": [agnes.user_id]}
    ]
    bot = matrix_bots.start(config)
    await agnes.wait_for(from_bot(bot_user, room, "je suis"), timeout=60)
    mark = agnes.mark()
    sent = await agnes.send_file(
        room, fx.permis_de_construire_pdf(), "PC-Dupond.pdf", "application/pdf"
    )
    current = await agnes.wait_for(replying_to(bot_user, sent), timeout=120, after=mark)
    assert "De quel type de document" in current.body and "1. Permis de construire" in current.body
    current = await say_in_room(agnes, room, bot_user, "1")
    for _ in range(10):
        if "Je l'enregistre ?" in current.body:
            break
        assert "c'est bien" in current.body, current.body
        current = await say_in_room(agnes, room, bot_user, "oui")
    done = await say_in_room(agnes, room, bot_user, "1")
    found = re.search(r"référence (\d{4}-\d{4})", done.body)
    assert found is not None, done.body
    ((name, service),) = rows(
        bot, "SELECT name, service_id FROM document WHERE ref = ?", found.group(1)
    )
    assert name.startswith("2025-03-12_PC_") and service == "urbanisme"


async def signing_setup(
    matrix_bots: Bots, devices: Devices
) -> tuple[BotProcess, str, ElementPerson, ElementPerson, str, str]:
    """Agnès asks the maire to sign a filed arrêté; returns the bot, its id, Agnès, the maire,
    Agnès's room with the bot and the document's reference."""
    agnes, maire = await asyncio.gather(devices.new("agnes"), devices.new("maire"))
    config = matrix_bots.element_config()
    bot_user = str(config["bot"]["user_id"])
    config["people"] = [
        {"user_id": maire.user_id, "first_name": "Jean", "last_name": "Martin",
         "qualite": "Maire"},
    ]  # fmt: skip
    config["circuits"] = [
        {"id": "arrete", "name": "Arrêté du maire", "steps": [{"signature": [maire.user_id]}]}
    ]
    config["signatures"] = {"organisation": "Commune de Test", "digest_hour": None}
    config["services"] = [{"id": "urbanisme", "name": "Urbanisme", "members": [agnes.user_id]}]
    ref, *_ = await prepare_documents(config, agnes.user_id)
    bot = matrix_bots.start(config)
    room = await private_room(agnes, bot_user)
    for text in (f"circuit {ref}", "1", "1"):
        await say(agnes, room, bot_user, text)
    return bot, bot_user, agnes, maire, room, ref


async def test_a_reaction_signs_and_an_unverified_session_neither_reads_nor_signs(
    matrix_bots: Bots, devices: Devices
) -> None:
    bot, bot_user, agnes, maire, room, ref = await signing_setup(matrix_bots, devices)
    # The maire also has a session he never verified (a tablet, or someone with his password).
    tablet = await devices.another(maire, cross_sign="none")
    request = await maire.wait_for(from_bot(bot_user, None, ref, "Signature demandée"), 90)
    dm = request.room_id
    # The bot opened this private room, with Tchap's access rule for a DM (an external élu
    # cannot open one, but may join it).
    rules = [e.content for e in maire.seen if e.room_id == dm and e.type == ACCESS_RULES]
    assert rules == [{"rule": "direct"}]
    # That session gets no key for anything the bot sends (Element's rule, kept by the bot).
    answer = await say(maire, dm, bot_user, "bonjour")
    assert "Je suis là" in answer.body
    await tablet.wait_for(lambda e: e.event_id == answer.event_id, 60)
    await asyncio.sleep(2)  # time for a key to arrive, were one sent
    on_tablet = tablet.latest(answer.event_id)
    assert on_tablet is not None and on_tablet.decryption_failure in UNDECRYPTED
    # Its 👍 (an approval) does not count, and the maire is told why on his verified session.
    mark = maire.mark()
    await tablet.react(dm, request.event_id, "👍")
    told = await maire.wait_for(from_bot(bot_user, None, "pas tenu compte"), 60, after=mark)
    assert tablet.device_id in told.body
    assert task_statuses(bot, ref) == ["open"]
    # He signs the tablet out; his own tap on the request now signs.
    await tablet.logout()
    mark = agnes.mark()
    await maire.react(dm, request.event_id, "✅")
    await until(lambda: task_statuses(bot, ref) == ["approved"])
    done = await agnes.wait_for(from_bot(bot_user, room, ref, "signé"), 60, after=mark)
    assert "signé" in done.body
    signed_file = await agnes.wait_for(
        lambda e: e.sender == bot_user and e.room_id == room and e.msgtype == "m.file",
        60,
        after=mark,
    )
    assert "file" in signed_file.content and "url" not in signed_file.content  # encrypted
    pdf = await agnes.download(signed_file.content)
    result = await asyncio.to_thread(signing.verify, pdf, trust_roots(bot))
    assert result.intact
    assert [(s.signer_name, s.qualite) for s in result.signatures] == [("Jean Martin", "Maire")]
    ((device_id, verified),) = rows(
        bot, "SELECT device_id, device_verified FROM circuit_task WHERE acted_by = ?",
        maire.user_id,
    )  # fmt: skip
    # A reaction from Element Web is sent in clear: the bordereau says every session was
    # verified rather than naming one.
    assert device_id is None and bool(verified) is True


async def test_a_reset_identity_is_warned_and_cannot_sign_until_confirmed(
    matrix_bots: Bots, devices: Devices
) -> None:
    bot, bot_user, _agnes, maire, _room, ref = await signing_setup(matrix_bots, devices)
    request = await maire.wait_for(from_bot(bot_user, None, ref, "Signature demandée"), 90)
    dm = request.room_id
    old_key = maire.master_key
    mark = maire.mark()
    new_key = await maire.reset_identity()
    assert new_key != old_key
    warning = await maire.wait_for(
        from_bot(bot_user, dm, "identité de sécurité Matrix vient de changer"), 60, after=mark
    )
    # His tap is refused, with the reason; nothing is recorded.
    mark = maire.mark()
    await maire.react(dm, request.event_id, "✅")
    refused = await maire.wait_for(from_bot(bot_user, dm, "Rien n'a été enregistré"), 60, mark)
    assert "pas encore confirmée" in refused.body
    assert task_statuses(bot, ref) == ["open"]
    # He confirms, from this session of his new identity, by answering the warning.
    confirmed = await say(maire, dm, bot_user, "oui", reply_to=warning.event_id)
    assert "est confirmée" in confirmed.body
    # His ✅ is still on the request (Element sends the same reaction once): he answers it.
    await maire.send_text(dm, "oui", reply_to=request.event_id)
    await until(lambda: task_statuses(bot, ref) == ["approved"])
    actions = [a for (a,) in rows(bot, "SELECT action FROM audit ORDER BY seq")]
    assert actions.count("identity.changed") == 1 and "identity.confirmed" in actions


@pytest.fixture
def demo_dir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "demo"


def _start_demo(directory: Path, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "demo", "--dir", str(directory)],
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )


def _demo_healthy(directory: Path, process: subprocess.Popen[bytes], log: Path) -> dict[str, Any]:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the demo stopped:\n{log.read_text()[-3000:]}")
        state_file = directory / "demo.json"
        if state_file.exists():
            state = json.loads(state_file.read_text())
            url = f"http://127.0.0.1:{state['web_port']}/healthz"
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if json.loads(response.read())["status"] == "ok":
                        return state  # type: ignore[no-any-return]
            except OSError:
                pass
        time.sleep(0.3)
    raise AssertionError(f"the demo never became healthy:\n{log.read_text()[-3000:]}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


async def test_the_demo_bot_is_cross_signed_at_once_and_after_losing_its_session(
    demo_dir: Path, tmp_path: Path
) -> None:
    """`scripts/run` with no configuration, as on a fresh machine: an Element client sees the
    bot's session signed by its owner; again after a restart without `session.json`."""
    log = tmp_path / "demo.log"
    seen: list[str] = []
    for round_ in range(2):
        process = _start_demo(demo_dir, log)
        try:
            state = await asyncio.to_thread(_demo_healthy, demo_dir, process, log)
            server = Homeserver(demo_dir / "synapse", port=state["synapse_port"])
            bot_user = server.user_id("greffier")
            session = json.loads((demo_dir / "bot" / "matrix" / "session.json").read_text())
            agnes = await ElementPerson.start(
                server.url,
                server.user_id("agnes.martin"),
                state["passwords"]["agnes.martin"],
                tmp_path / f"agnes-{round_}",
            )
            try:
                room = await private_room(agnes, bot_user)
                status = await agnes.device_status(bot_user, session["device_id"])
                assert status.known and status.signed_by_owner, status
                assert "Je suis là" in (await say(agnes, room, bot_user, "bonjour")).body
            finally:
                await agnes.close()
            seen.append(session["device_id"])
        finally:
            await asyncio.to_thread(_stop, process)
        (demo_dir / "bot" / "matrix" / "session.json").unlink()
    assert seen[0] != seen[1]  # a new session the second time, signed all the same
