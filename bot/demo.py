"""The demo: a local Synapse, demo people and service rooms, and the bot, in one command.

Everything lives in one directory (default `var/demo`): a second run reuses the same accounts,
passwords, rooms and data. `tour()` plays an agent's conversation with a real nio client and
prints it, for someone who has no Matrix client at hand.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import secrets
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import Config, parse_config
from bot.cross_signing import CrossSigningKeys
from bot.homeserver import Homeserver, free_port


@dataclass(frozen=True)
class DemoPerson:
    localpart: str
    name: str
    role: str


BOT = DemoPerson("greffier", "Greffier", "le bot")
PEOPLE = (
    DemoPerson("agnes.martin", "Agnès Martin", "agente, service Urbanisme"),
    DemoPerson("elodie.durand", "Élodie Durand", "maire (élue)"),
    DemoPerson("karim.benali", "Karim Benali", "DGS, référent Ressources humaines"),
    DemoPerson("claire.lefevre", "Claire Lefèvre", "archiviste"),
)
SIGNATORIES = (
    # localpart, first name, last name, qualité
    ("elodie.durand", "Élodie", "Durand", "Maire"),
    ("karim.benali", "Karim", "Benali", "Directeur général des services"),
    ("agnes.martin", "Agnès", "Martin", "Instructrice urbanisme"),
    ("claire.lefevre", "Claire", "Lefèvre", "Archiviste"),
)
SERVICES = (
    # id, name, creator, other members
    ("urbanisme", "Urbanisme", "agnes.martin", ("elodie.durand", "claire.lefevre")),
    ("rh", "Ressources humaines", "karim.benali", ("elodie.durand", "claire.lefevre")),
)


class Demo:
    def __init__(self, directory: Path) -> None:
        self.directory = directory.resolve()
        self.state_file = self.directory / "demo.json"
        self.state = self._load_state()
        self.homeserver = Homeserver(
            self.directory / "synapse",
            port=self.state["synapse_port"],
            shared_secret=self.state["shared_secret"],
        )
        self.started_homeserver = False

    def _load_state(self) -> dict[str, Any]:
        self.directory.mkdir(parents=True, exist_ok=True)
        if self.state_file.exists():
            state: dict[str, Any] = json.loads(self.state_file.read_text(encoding="utf-8"))
            return state
        state = {
            "synapse_port": free_port(8008),
            "web_port": free_port(8080),
            "shared_secret": secrets.token_hex(16),
            "passwords": {p.localpart: secrets.token_urlsafe(9) for p in (BOT, *PEOPLE)},
            "rooms": {},
        }
        self._save(state)
        return state

    def _save(self, state: dict[str, Any]) -> None:
        """Written aside then renamed: whoever reads the file (a person, a test waiting for the
        web port) never sees half of it, and a crash mid-write keeps the previous state."""
        partial = self.state_file.with_name(self.state_file.name + ".tmp")
        partial.write_text(json.dumps(state, indent=2), encoding="utf-8")
        partial.chmod(0o600)
        partial.replace(self.state_file)

    def password(self, localpart: str) -> str:
        return str(self.state["passwords"][localpart])

    def person_keys(self, localpart: str) -> CrossSigningKeys:
        """A demo person's cross-signing keys, kept in the demo directory: each tour signs
        its new sessions with the same identity, so the bot sees no identity change."""
        from bot import identity

        path = self.directory / "people" / f"{localpart}.json"
        user_id = self.homeserver.user_id(localpart)
        passphrase = str(self.state["shared_secret"]).encode()
        keys = identity.load_keys(path, user_id, passphrase)
        if keys is None:
            keys = CrossSigningKeys.generate()
            identity.save_keys(path, keys, user_id, passphrase)
        return keys

    def prepare(self) -> None:
        """Start Synapse if it is not running; accounts and rooms are created once."""
        if not self.homeserver.is_up():
            self.homeserver.start()
            self.started_homeserver = True
        for person in (BOT, *PEOPLE):
            self.homeserver.register(
                person.localpart, self.password(person.localpart), display_name=person.name
            )
        bot_id = self.homeserver.user_id(BOT.localpart)
        for service_id, name, creator, members in SERVICES:
            if service_id in self.state["rooms"]:
                continue
            token = self.homeserver.login(creator, self.password(creator))
            invite = [bot_id, *(self.homeserver.user_id(m) for m in members)]
            self.state["rooms"][service_id] = self.homeserver.create_room(token, name, invite)
            self._save(self.state)

    def config(self) -> Config:
        raw = {
            "homeserver": {"url": self.homeserver.url},
            "bot": {
                "user_id": self.homeserver.user_id(BOT.localpart),
                "password": self.password(BOT.localpart),
                "display_name": BOT.name,
            },
            "data_dir": str(self.directory / "bot"),
            "access": {"allowed_homeservers": [self.homeserver.server_name]},
            "services": [
                {
                    "id": service_id,
                    "name": name,
                    "rooms": [self.state["rooms"][service_id]],
                    "members": [self.homeserver.user_id(p) for p in (creator, *others)],
                    "referent": self.homeserver.user_id(creator),
                }
                for service_id, name, creator, others in SERVICES
            ],
            "web": {"port": self.state["web_port"]},
            # Who may visa and sign, with the qualité a signature shows; one circuit model.
            "people": [
                {
                    "user_id": self.homeserver.user_id(localpart),
                    "first_name": first,
                    "last_name": last,
                    "qualite": qualite,
                }
                for localpart, first, last, qualite in SIGNATORIES
            ],
            "circuits": [
                {
                    "id": "arrete-maire",
                    "name": "Arrêté ou délibération du maire",
                    "steps": [
                        {"visa": [self.homeserver.user_id("karim.benali")]},
                        {"signature": [self.homeserver.user_id("elodie.durand")]},
                    ],
                }
            ],
            "signatures": {"organisation": "Commune de Démo"},
            # Bordereaux d'élimination: the maire signs after the service's référent, and
            # Claire plays the Archives départementales (visa, transfer receipts).
            "retention": {
                "authority": self.homeserver.user_id("elodie.durand"),
                "archives": {
                    "name": "Archives départementales (démo)",
                    "archivist": self.homeserver.user_id("claire.lefevre"),
                },
            },
        }
        return parse_config(raw, source="démo", env={})

    def banner(self) -> str:
        lines = [
            "",
            "Greffier — démonstration locale",
            f"  Serveur Matrix : {self.homeserver.url}  (connectez n'importe quel client Matrix,",
            "                   par exemple Element, avec « serveur personnalisé »)",
            "  Comptes (identifiant / mot de passe) :",
        ]
        for person in PEOPLE:
            lines.append(
                f"    {person.localpart:<15} {self.password(person.localpart):<14} "
                f"{person.name} — {person.role}"
            )
        lines.append(f"  Le bot : {self.homeserver.user_id(BOT.localpart)}")
        lines.append("  Salons chiffrés : " + ", ".join(name for _, name, _, _ in SERVICES))
        lines.append(f"  Santé du bot : http://127.0.0.1:{self.state['web_port']}/healthz")
        lines.append(f"  Données : {self.directory}   (Ctrl-C pour arrêter)")
        lines.append("")
        return "\n".join(lines)

    def bot_running(self) -> bool:
        url = f"http://127.0.0.1:{self.state['web_port']}/healthz"
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except OSError as exc:
            # 503 (degraded) still means a bot answers there.
            return getattr(exc, "code", None) == 503

    def close(self) -> None:
        if self.started_homeserver:
            self.homeserver.stop()


async def serve(directory: Path) -> int:
    from bot.__main__ import run_bot

    demo = Demo(directory)
    try:
        await asyncio.to_thread(demo.prepare)
        print(demo.banner(), flush=True)
        return await run_bot(demo.config())
    finally:
        await asyncio.to_thread(demo.close)


TOUR = (
    "aide",
    "bonjour",
    "anuler",
    "Quelle heure est-il ?",
)


PDF = "application/pdf"
SAMPLE_DELIBERATION = (
    "COMMUNE DE BELLEVILLE",
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
    "Séance du 27 mars 2025",
    "Délibération n° 2025-042",
    "Objet : Approbation du compte administratif 2024",
    "Le conseil municipal, après en avoir délibéré, approuve le compte administratif 2024.",
    "Fait à Belleville, le 28 mars 2025. Le Maire, Élodie Durand",
)


def sample_pdf(lines: tuple[str, ...]) -> bytes:
    """A one-page text PDF written by hand (Helvetica, WinAnsi): the tour needs a document
    to file, and the installed bot carries no PDF generator."""

    def escape(line: str) -> bytes:
        raw = line.encode("cp1252")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    text = (
        b"BT /F1 11 Tf 56 780 Td 16 TL "
        + b"".join(b"(" + escape(line) + b") Tj T* " for line in lines)
        + b"ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


async def tour(directory: Path) -> int:
    """Play an agent's first conversation with the bot in an encrypted DM, and print it."""
    from bot.app import Greffier
    from bot.person import Person

    demo = Demo(directory)
    stop = asyncio.Event()
    bot_task: asyncio.Task[None] | None = None
    agent = PEOPLE[0]
    try:
        await asyncio.to_thread(demo.prepare)
        if not demo.bot_running():
            print("(le bot ne tourne pas encore : je le lance pour la visite)", flush=True)
            greffier = Greffier(demo.config())
            bot_task = asyncio.create_task(greffier.run(stop))
            await asyncio.wait_for(greffier.ready.wait(), timeout=60)
        bot_id = demo.homeserver.user_id(BOT.localpart)
        with tempfile.TemporaryDirectory(prefix="greffier-tour-") as store:
            person = Person(
                demo.homeserver.url,
                demo.homeserver.user_id(agent.localpart),
                demo.password(agent.localpart),
                Path(store),
            )
            await person.start()
            await person.cross_sign(demo.person_keys(agent.localpart))
            signers = [
                Person(
                    demo.homeserver.url,
                    demo.homeserver.user_id(localpart),
                    demo.password(localpart),
                    Path(store) / localpart,
                )
                for localpart in ("karim.benali", "elodie.durand")
            ]
            try:
                room, ref = await _play(person, bot_id, agent.name)
                for signer, localpart in zip(
                    signers, ("karim.benali", "elodie.durand"), strict=True
                ):
                    await signer.start()
                    await signer.cross_sign(demo.person_keys(localpart))
                if ref is not None:
                    await _circuit(person, signers, bot_id, room, ref)
            finally:
                for someone in (person, *signers):
                    with contextlib.suppress(Exception):
                        await someone.close()
        print("Fin de la visite.", flush=True)
        return 0
    finally:
        stop.set()
        if bot_task is not None:
            with contextlib.suppress(Exception):
                await bot_task
        await asyncio.to_thread(demo.close)


async def _play(person: Any, bot_id: str, name: str) -> tuple[str, str | None]:
    """Agnès's conversation; returns her private room and the reference of what she filed."""
    print(f"\n{name} ouvre une conversation privée (chiffrée) avec Greffier.\n", flush=True)
    mark = person.mark()
    room = await person.create_room("", [bot_id], encrypted=True, direct=True)
    hello = await person.reply_from(bot_id, room, mark, timeout=60)
    _show("Greffier", hello.body)
    await person.wait_member(room, bot_id)
    for text in TOUR:
        mark = person.mark()
        _show(name, text)
        await person.send(room, text)
        answer = await person.reply_from(bot_id, room, mark)
        _show("Greffier", answer.body)
    print(f"{name} dépose une délibération (PDF) pour la classer.\n", flush=True)
    mark = person.mark()
    await person.send_file(room, sample_pdf(SAMPLE_DELIBERATION), "delib-2025-042.pdf", PDF)
    answer = await person.reply_from(bot_id, room, mark, timeout=60)
    _show("Greffier", answer.body)
    for _ in range(8):
        if "Je l'enregistre ?" in answer.body or "De quel type" in answer.body:
            reply = "1"
        elif "c'est bien" in answer.body:
            reply = "oui"
        else:
            break
        mark = person.mark()
        _show(name, reply)
        await person.send(room, reply)
        answer = await person.reply_from(bot_id, room, mark)
        _show("Greffier", answer.body)
        if "Document enregistré" in answer.body:
            break
    found = re.search(r"référence (\d{4}-\d{4})", answer.body)
    ref = found.group(1) if found else None
    print(f"\n{name} le recherche, avec une faute de frappe, et se le fait envoyer.\n", flush=True)
    for text in ("cherche délib compte administartif", "1"):
        mark = person.mark()
        _show(name, text)
        await person.send(room, text)
        answer = await person.reply_from(bot_id, room, mark)
        _show("Greffier", answer.body if answer.msgtype != "m.file" else f"📎 {answer.body}")
    return room, ref


async def _circuit(person: Any, signers: list[Any], bot_id: str, room: str, ref: str) -> None:
    """The filed délibération goes through visa (Karim, by word) and signature (Élodie, by a
    reaction), each in their own encrypted conversation with the bot."""
    print(f"\nAgnès Martin la fait viser puis signer ({ref}).\n", flush=True)
    for text in (f"circuit {ref}", "1", "1"):
        mark = person.mark()
        _show("Agnès Martin", text)
        await person.send(room, text)
        answer = await person.reply_from(bot_id, room, mark)
        _show("Greffier", answer.body)
    karim, elodie = signers
    request = await karim.wait_for(
        lambda s: s.sender == bot_id and "Visa demandé" in s.body, timeout=60
    )
    _show("Greffier (à Karim Benali)", request.body)
    mark = karim.mark()
    _show("Karim Benali", "oui")
    await karim.send(request.room_id, "oui")
    _show("Greffier", (await karim.reply_from(bot_id, request.room_id, mark)).body)
    request = await elodie.wait_for(
        lambda s: s.sender == bot_id and "Signature demandée" in s.body, timeout=60
    )
    _show("Greffier (à Élodie Durand)", request.body)
    mark = person.mark()
    _show("Élodie Durand", "✅ (réaction sur la demande)")
    await elodie.react(request.room_id, request.event_id, "✅")
    done = await person.wait_for(
        lambda s: s.sender == bot_id and s.room_id == room and "est signé" in s.body,
        after=mark,
        timeout=60,
    )
    _show("Greffier", done.body)


def _show(who: str, text: str) -> None:
    lines = text.splitlines() or [""]
    print(f"{who} > {lines[0]}")
    for line in lines[1:]:
        print(f"{' ' * len(who)}   {line}")
    print(flush=True)
