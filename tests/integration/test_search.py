"""Finding documents on a real homeserver: a service room, a private conversation, a room shared
by two services, an encrypted file sent back, and a member who leaves.

The documents are put in the bot's database before it starts (as a filing would leave them:
document row, word index, file in the blob store), so the test is about search and access, and
the bot builds its spelling vocabulary from them at start, as in production.
"""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Any

from nio import DownloadResponse
from nio.crypto.attachments import decrypt_attachment

from bot.person import Person, Seen
from storage.blobs import BlobStore
from tests.fixtures import documents as fx
from tests.fixtures import library
from tests.integration.conftest import Bots, PersonFactory
from tests.integration.store import database_of, json_text, rows
from tests.integration.test_filing import answer


async def prepare_library(config: dict[str, Any]) -> dict[str, tuple[str, str, bytes]]:
    """Three documents: two urbanisme permits and one RH letter. Returns name -> (ref, file
    name, bytes)."""
    data_dir = Path(str(config["data_dir"]))
    data_dir.mkdir(parents=True, exist_ok=True)
    blobs = BlobStore(data_dir / "blobs")
    database = database_of(config)
    await database.migrate()
    wanted = {
        "pc_dupond": {
            "title": "Permis de construire de Jean Dupond",
            "service_id": "urbanisme",
            "service_name": "Urbanisme",
            "fields": {"petitionnaire": "Jean Dupond", "adresse": "12 rue des Lilas"},
            "data": fx.permis_de_construire_pdf(),
        },
        "pc_martin": {
            "title": "Permis de construire de Paul Martin",
            "service_id": "urbanisme",
            "service_name": "Urbanisme",
            "fields": {"petitionnaire": "Paul Martin", "adresse": "3 place Foch"},
            "data": fx.deliberation_pdf(),
        },
        "rh_dupond": {
            "title": "Courrier de Lucie Dupond sur son avancement",
            "type_id": "courrier",
            "service_id": "rh",
            "service_name": "Ressources humaines",
            "fields": {},
            "data": fx.facture_pdf(),
        },
    }
    stored: dict[str, tuple[str, str, bytes]] = {}
    async with database.unit() as uow:
        for key, spec in wanted.items():
            data = spec.pop("data")
            assert isinstance(data, bytes)
            blob = blobs.put_bytes(data)
            document, _ = await library.store(uow, sha256=blob.sha256, **spec)  # type: ignore[arg-type]
            stored[key] = (document.ref, document.name, data)
    await database.dispose()
    return stored


async def received_file(person: Person, bot_user: str, room: str, mark: int) -> bytes:
    """The next file the bot sends into `room`, downloaded and decrypted like a client does."""
    seen = await person.wait_for(
        lambda s: s.sender == bot_user and s.room_id == room and s.msgtype == "m.file",
        after=mark,
        timeout=60,
    )
    return await download(person, seen)


async def download(person: Person, seen: Seen) -> bytes:
    encrypted = seen.content.get("file")
    assert encrypted is not None, "a file in an encrypted room must travel encrypted"
    assert "url" not in seen.content
    response = await person.client.download(encrypted["url"])
    assert isinstance(response, DownloadResponse)
    return bytes(
        decrypt_attachment(
            response.body,
            encrypted["key"]["k"],
            encrypted["hashes"]["sha256"],
            encrypted["iv"],
        )
    )


async def ask_privately(person: Person, room: str, bot_user: str, text: str) -> Seen:
    """In a private conversation the bot answers plainly, not as a reply."""
    mark = person.mark()
    await person.send(room, text)
    return await person.reply_from(bot_user, room, mark, timeout=60)


async def joined(person: Person, room: str, bot_user: str, mark: int) -> None:
    """The bot accepted the invitation (its hello arrived)."""
    await person.reply_from(bot_user, room, mark, timeout=90)


async def test_search_respects_rooms_services_and_leaving(
    bots: Bots, people: PersonFactory
) -> None:
    agnes = await people("agnes")  # urbanisme
    karim = await people("karim")  # urbanisme, leaves later
    rose = await people("rose")  # ressources humaines
    config = bots.config()
    bot_user = str(config["bot"]["user_id"])

    # The rooms exist before the bot starts; it accepts the invitations on its first sync.
    marks = {p.user_id: p.mark() for p in (agnes, karim, rose)}
    urba = await agnes.create_room("Urbanisme", [bot_user, karim.user_id], encrypted=True)
    rh = await rose.create_room("RH", [bot_user], encrypted=True)
    shared = await agnes.create_room("Codir", [bot_user, rose.user_id], encrypted=True)
    await karim.wait_room(urba)
    await rose.wait_room(shared)
    await karim.wait_member(urba, karim.user_id)
    await rose.wait_member(shared, rose.user_id)
    config["services"] = [
        {"id": "urbanisme", "name": "Urbanisme", "rooms": [urba]},
        {"id": "rh", "name": "Ressources humaines", "rooms": [rh]},
    ]
    library_docs = await prepare_library(config)
    pc_ref, pc_name, pc_bytes = library_docs["pc_dupond"]
    _, rh_name, _ = library_docs["rh_dupond"]
    bot = bots.start(config)
    await joined(agnes, urba, bot_user, marks[agnes.user_id])
    await joined(rose, rh, bot_user, marks[rose.user_id])
    await joined(agnes, shared, bot_user, marks[agnes.user_id])

    # 1. In the service room, typos and no accents: the permit, then the file, decrypted.
    results = await answer(karim, urba, bot_user, "cherche permi dupont 2025")
    assert pc_name in results.body and pc_ref in results.body
    assert rh_name not in results.body
    mark = karim.mark()
    await karim.send(urba, "1")
    assert await received_file(karim, bot_user, urba, mark) == pc_bytes

    # 2. In the room shared with RH: nothing of urbanisme shown there; Agnès gets it privately.
    mark = agnes.mark()
    results = await answer(agnes, shared, bot_user, "cherche dupond")
    assert pc_name not in results.body and rh_name not in results.body
    assert "1 autre résultat vous est envoyé en message privé" in results.body
    private = await agnes.wait_for(
        lambda s: (
            s.sender == bot_user and s.room_id not in (urba, rh, shared) and pc_name in s.body
        ),
        after=mark,
        timeout=60,
    )
    assert rh_name not in private.body
    mark = agnes.mark()
    await agnes.send(private.room_id, "1")
    assert await received_file(agnes, bot_user, private.room_id, mark) == pc_bytes
    # Rose, in the same shared room, sees only what everyone there may see: not the permit.
    results = await answer(rose, shared, bot_user, "cherche permis dupond")
    assert pc_name not in results.body

    # 3. A private conversation: Rose finds her service's letter, and only it.
    mark = rose.mark()
    dm = await rose.create_room("", [bot_user], encrypted=True, direct=True)
    await rose.reply_from(bot_user, dm, mark, timeout=60)
    results = await ask_privately(rose, dm, bot_user, "cherche dupond")
    assert rh_name in results.body and pc_name not in results.body

    # 4. Karim leaves the urbanisme room: from then on, the permits are not his to see.
    mark = karim.mark()
    karim_dm = await karim.create_room("", [bot_user], encrypted=True, direct=True)
    await karim.reply_from(bot_user, karim_dm, mark, timeout=60)
    results = await ask_privately(karim, karim_dm, bot_user, "cherche martin")
    assert library_docs["pc_martin"][1] in results.body
    await karim.client.room_leave(urba)
    for _ in range(60):  # the bot hears of the leave through its sync
        found = rows(
            bot, "SELECT count(*) FROM room_member WHERE room_id = ? AND user_id = ?",
            urba, karim.user_id,
        )  # fmt: skip
        if found == [(0,)]:
            break
        await asyncio.sleep(0.5)
    results = await ask_privately(karim, karim_dm, bot_user, "cherche martin")
    assert library_docs["pc_martin"][1] not in results.body
    assert "aucun document" in results.body.lower()

    # Every file that left was written down: who, which document, where.
    consulted = rows(
        bot, "SELECT actor, subject, details FROM audit WHERE action = 'document.consulted'"
    )
    assert [(actor, subject) for actor, subject, _ in consulted] == [
        (karim.user_id, pc_ref),
        (agnes.user_id, pc_ref),
    ]
    assert hashlib.sha256(pc_bytes).hexdigest() in json_text(consulted[0][2])
