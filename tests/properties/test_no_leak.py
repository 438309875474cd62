"""No answer ever shows a document to a room member who may not see it (property-based).

Hypothesis builds small collectivités: services (rooms and named people), roles, people, rooms
with their members (joined or invited, sometimes a room the bot knows nothing of) and
documents. The access rule is written again here, from the issue, as an independent oracle:

- a person sees the documents of a service when they have joined one of its rooms or the
  configuration names them (members, référent, suppléant); a role sees every service
  (`services` None) or the services it lists; everyone sees what they filed; an invitation
  gives no access;
- a message in a room is read by everyone in it, joined or invited, and by the asker: it may
  show a document only if every one of them may see it; a room whose membership the bot does
  not know (no rows, or no row for the bot itself) shows nothing;
- what only the asker may see goes to the asker privately, what the asker may not see is never
  shown anywhere;
- a sensitive document (payslip, health) is seen by its filer, by the people the configuration
  names in its service, by those who joined its service's rooms unless they hold a role, and
  by the roles allowed sensitive documents that cover its service; a role that sees every
  service does not see it by that alone.

Two layers: `place` alone on 1,000 worlds, then the whole `cherche` / `plus` / number exchange
through the harness on SQLite on fewer worlds (each with a fresh copy of a migrated database).
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from storage.db import Database
from tests.fixtures import library
from tests.harness import BOT_ID, Harness
from tests.support.recording import Sent
from workflows.access import Directory, Role, Service
from workflows.audience import Audience, place

PEOPLE = tuple(f"@agent{i}:mairie.fr" for i in range(8))
OUTSIDER = "@ancien-agent:mairie.fr"
"""Someone who filed documents and is no longer anywhere (left the collectivité)."""
ROOMS = tuple(f"!salle{i}:mairie.fr" for i in range(6))
PRIVATE = "!prive:mairie.fr"
"""The asker's private conversation with the bot."""
GHOST = "ancien-service"
"""A service id some documents and roles still name but that the configuration no longer has."""
WORD = "zorglub"

KNOWN, ABSENT, BOTLESS = "known", "absent", "botless"
"""How the bot knows a room: members read with its own row; no rows at all; rows without the
bot's own row (its membership was never read from the room's state)."""


# --- the world, as plain data --------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceSpec:
    id: str
    rooms: tuple[str, ...]
    members: tuple[str, ...]
    referent: str | None
    deputy: str | None


@dataclass(frozen=True)
class RoleSpec:
    id: str
    people: tuple[str, ...]
    services: tuple[str, ...] | None
    sensitive: bool = False


@dataclass(frozen=True)
class Doc:
    """What the access rule reads of a document (the `Visible` protocol)."""

    id: int
    service_id: str | None
    filed_by: str
    sensitive: str | None = None


@dataclass(frozen=True)
class Room:
    state: str
    members: Mapping[str, str]
    """user -> "join" | "invite" (the bot not included)."""


@dataclass(frozen=True)
class World:
    services: tuple[ServiceSpec, ...]
    roles: tuple[RoleSpec, ...]
    people: tuple[str, ...]
    rooms: Mapping[str, Room]
    documents: tuple[Doc, ...]
    asker: str
    room: str
    later: Room | None = None
    """The asked room's membership after the search (someone joined, was invited, left)."""

    def directory(self) -> Directory:
        """The same world as the product's configuration."""
        return Directory(
            tuple(
                Service(s.id, f"Bureau {s.id}", s.rooms, s.members, s.referent, s.deputy)
                for s in self.services
            ),
            tuple(
                Role(r.id, f"Rôle {r.id}", r.people, r.services, r.sensitive) for r in self.roles
            ),
        )


Rows = Mapping[str, Mapping[str, str]]
"""What the database holds: room -> {user: "join" | "invite"}, the bot included."""


def rows_of(rooms: Mapping[str, Room]) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for room_id, room in rooms.items():
        if room.state == KNOWN:
            rows[room_id] = {BOT_ID: "join", **room.members}
        elif room.state == BOTLESS and room.members:
            rows[room_id] = dict(room.members)
    return rows


# --- the oracle: the rule of the issue, written without the product's code ----------------------


def sees(world: World, rows: Rows, person: str, doc: Doc) -> bool:
    if doc.filed_by == person:
        return True
    roles = [r for r in world.roles if person in r.people]
    allowed = [r for r in roles if r.sensitive or not doc.sensitive]
    if any(r.services is None for r in allowed):
        return True
    if doc.service_id is None:
        return False
    if any(doc.service_id in (r.services or ()) for r in allowed):
        return True
    for service in world.services:
        if service.id != doc.service_id:
            continue
        if person in service.members or person in (service.referent, service.deputy):
            return True
        if doc.sensitive and roles:
            continue  # a role holder in the service's room: not for sensitive documents
        for room_id in service.rooms:
            if rows.get(room_id, {}).get(person) == "join":
                return True
    return False


def readers_of(rows: Rows, room_id: str, asker: str) -> frozenset[str] | None:
    """Everyone who reads a message in the room, or None when the bot does not know them."""
    members = rows.get(room_id)
    if not members or members.get(BOT_ID) != "join":
        return None
    return frozenset(user for user in members if user != BOT_ID) | {asker}


def everyone_sees(world: World, rows: Rows, room_id: str, doc: Doc) -> bool:
    readers = readers_of(rows, room_id, world.asker)
    return readers is not None and all(sees(world, rows, p, doc) for p in readers)


# --- worlds --------------------------------------------------------------------------------------
# Strategies are built once: building them inside every draw made generation the slow part.

STATES = st.sampled_from((KNOWN, KNOWN, KNOWN, KNOWN, ABSENT, BOTLESS))
PRIVATE_STATES = st.sampled_from((KNOWN, KNOWN, KNOWN, ABSENT))
STATUS = st.sampled_from(("join", "join", "invite"))
SLOTS = st.sampled_from(("members", "referent", "deputy"))
SERVICE_IDS = tuple(f"svc{n}" for n in range(5))


PERSON = {n: st.sampled_from(PEOPLE[:n]) for n in range(2, 9)}
NAMED = {n: st.lists(PERSON[n], max_size=2, unique=True) for n in PERSON}
ROLE_PEOPLE = {n: st.lists(PERSON[n], min_size=1, max_size=2, unique=True) for n in PERSON}
FILER = {n: st.sampled_from((*PEOPLE[:n], OUTSIDER)) for n in PERSON}
ROOM_STATE = {n: st.builds(Room, STATES, st.dictionaries(PERSON[n], STATUS)) for n in PERSON}
LATER = {n: st.none() | ROOM_STATE[n] for n in PERSON}
ASKED = {n: st.sampled_from((*ROOMS[:n], PRIVATE)) for n in range(2, 7)}
SERVICE_ROOMS = {n: st.lists(st.sampled_from(ROOMS[:n]), max_size=2, unique=True) for n in ASKED}
DOC_SERVICE = {n: st.sampled_from((*SERVICE_IDS[:n], GHOST, None)) for n in range(2, 6)}
SENSITIVITY = st.sampled_from((None, None, None, "personnel", "sante"))
ROLE_SERVICES = {
    n: st.none()
    | st.lists(st.sampled_from((*SERVICE_IDS[:n], GHOST)), max_size=3, unique=True).map(tuple)
    for n in DOC_SERVICE
}


@st.composite
def worlds(draw: st.DrawFn, max_documents: int = 15) -> World:
    n_people = draw(st.integers(2, 8))
    people = PEOPLE[:n_people]
    n_rooms = draw(st.integers(2, 6))
    rooms = ROOMS[:n_rooms]
    n_services = draw(st.integers(2, 5))
    services: list[ServiceSpec] = []
    for service_id in SERVICE_IDS[:n_services]:
        service_rooms = draw(SERVICE_ROOMS[n_rooms])
        members: list[str] = []
        slots: dict[str, str] = {}
        for person in draw(NAMED[n_people]):
            slot = draw(SLOTS)
            if slot == "members" or slot in slots:
                members.append(person)
            else:
                slots[slot] = person
        services.append(
            ServiceSpec(
                service_id,
                tuple(service_rooms),
                tuple(members),
                slots.get("referent"),
                slots.get("deputy"),
            )
        )
    roles = tuple(
        RoleSpec(
            f"role{n}",
            tuple(draw(ROLE_PEOPLE[n_people])),
            draw(ROLE_SERVICES[n_services]),
            draw(st.booleans()),
        )
        for n in range(draw(st.integers(0, 2)))
    )
    asker = draw(PERSON[n_people])
    memberships: dict[str, Room] = {room_id: draw(ROOM_STATE[n_people]) for room_id in rooms}
    memberships[PRIVATE] = Room(draw(PRIVATE_STATES), {asker: "join"})
    room = draw(ASKED[n_rooms])
    if room != PRIVATE and draw(st.booleans()):  # often the asker has joined the room they ask in
        chosen = memberships[room]
        memberships[room] = Room(chosen.state, {**chosen.members, asker: "join"})
    documents = tuple(
        Doc(n, draw(DOC_SERVICE[n_services]), draw(FILER[n_people]), draw(SENSITIVITY))
        for n in range(1, draw(st.integers(1, max_documents)) + 1)
    )
    later = draw(LATER[n_people]) if room != PRIVATE else None
    return World(tuple(services), roles, people, memberships, documents, asker, room, later)


# --- layer 1: `place` on 1,000 worlds ------------------------------------------------------------


def production_audience(world: World, rows: Rows) -> Audience:
    """The audience as `workflows.audience.audience` builds it from the database rows."""
    directory = world.directory()

    def joined(user: str) -> set[str]:
        return {room_id for room_id, members in rows.items() if members.get(user) == "join"}

    membership = rows.get(world.room, {})
    people = {user for user in membership if user != BOT_ID} | {world.asker}
    asker = directory.reader(world.asker, joined(world.asker))
    if BOT_ID not in membership:
        return Audience(asker, None)
    others = [directory.reader(u, joined(u)) for u in sorted(people) if u != world.asker]
    return Audience(asker, [asker, *others])


def is_subsequence(part: Sequence[Doc], whole: Sequence[Doc]) -> bool:
    remaining = iter(whole)
    return all(any(doc == other for other in remaining) for doc in part)


@settings(max_examples=1000, deadline=None, derandomize=True)
@given(worlds())
def test_place_shows_a_room_only_what_all_its_readers_may_see(world: World) -> None:
    rows = rows_of(world.rooms)
    placement = place(world.documents, production_audience(world, rows))
    readers = readers_of(rows, world.room, world.asker)

    for doc in placement.here:
        assert readers is not None, f"document {doc} shown in a room the bot does not know"
        for person in readers:
            assert sees(world, rows, person, doc), f"{doc} shown to {person} in {world.room}"
    for doc in placement.elsewhere:
        assert sees(world, rows, world.asker, doc), f"{doc} sent to {world.asker}"
    assert not {d.id for d in placement.here} & {d.id for d in placement.elsewhere}

    # Nothing withheld: what the asker may see is placed, in the room when everyone may see it.
    for doc in world.documents:
        if not sees(world, rows, world.asker, doc):
            assert doc not in placement.here and doc not in placement.elsewhere
        elif everyone_sees(world, rows, world.room, doc):
            assert doc in placement.here, f"{doc} withheld from {world.room}"
        else:
            assert doc in placement.elsewhere, f"{doc} not sent to {world.asker}"
    assert is_subsequence(placement.here, world.documents)
    assert is_subsequence(placement.elsewhere, world.documents)


# --- layer 2: `cherche`, `plus` and numbers through the harness ----------------------------------


@dataclass
class Exchange:
    """The conversation under test, with the database rows as they are now."""

    world: World
    h: Harness
    rows: dict[str, dict[str, str]]
    by_ref: dict[str, Doc] = field(default_factory=dict)
    by_name: dict[str, Doc] = field(default_factory=dict)
    by_title: dict[str, Doc] = field(default_factory=dict)
    by_sha: dict[str, Doc] = field(default_factory=dict)

    async def write(self, room_id: str, room: Room) -> None:
        """The room's membership as the sync would leave it in the database."""
        if room.state == KNOWN:
            await self.h.members(
                room_id,
                *(u for u, m in room.members.items() if m == "join"),
                invited=tuple(u for u, m in room.members.items() if m == "invite"),
            )
        else:
            async with self.h.db.unit() as uow:
                await uow.members.replace(room_id, room.members if room.state == BOTLESS else {})
        self.rows = {k: v for k, v in self.rows.items() if k != room_id}
        self.rows |= rows_of({room_id: room})

    def mentioned(self, sent: Sent) -> list[Doc]:
        """Every document a message names: by reference, file name or title, anywhere in it."""
        assert sent.message is not None
        found: list[Doc] = []

        def scan(value: Any) -> None:
            if isinstance(value, str):
                for table in (self.by_ref, self.by_name, self.by_title):
                    found.extend(doc for key, doc in table.items() if key in value)
            elif isinstance(value, Mapping):
                for item in value.values():
                    scan(item)
            elif isinstance(value, (list, tuple, set, frozenset)):
                for item in value:
                    scan(item)

        scan(dict(sent.message.context))
        return found

    def check(self, sent: Sequence[Sent]) -> None:
        """Nothing just sent shows a document to someone who may not see it."""
        world, rows = self.world, self.rows
        for s in sent:
            if s.kind == "say":
                assert s.room is not None
                for doc in self.mentioned(s):
                    assert everyone_sees(world, rows, s.room, doc), (
                        f"{s.template} in {s.room} names {doc}; readers "
                        f"{readers_of(rows, s.room, world.asker)}"
                    )
            elif s.kind == "direct":
                assert s.user == world.asker, f"private message to {s.user}"
                for doc in self.mentioned(s):
                    assert sees(world, rows, world.asker, doc), f"{s.template} names {doc}"
            elif s.kind == "file":
                assert s.room is not None and s.key is not None
                doc = self.by_sha[s.key]
                assert everyone_sees(world, rows, s.room, doc), (
                    f"file of {doc} sent into {s.room}; readers "
                    f"{readers_of(rows, s.room, world.asker)}"
                )

    async def say(self, room_id: str, text: str) -> list[Sent]:
        before = len(self.h.chat.sent)
        await self.h.say(self.world.asker, room_id, text, direct=room_id == PRIVATE)
        sent = self.h.chat.sent[before:]
        self.check(sent)
        return sent


def refs(sent: Sent) -> list[str]:
    assert sent.message is not None
    return [hit["ref"] for hit in sent.message.context.get("hits", [])]


async def run_exchange(world: World, fresh: Callable[[Path], str]) -> None:
    """One example on a fresh migrated database of the run's kind."""
    with tempfile.TemporaryDirectory() as directory:
        db = Database(fresh(Path(directory)))
        try:
            h = Harness(db)
            h.with_directory(world.directory())
            x = Exchange(world, h, {})
            for room_id, room in world.rooms.items():
                await x.write(room_id, room)
            for doc in world.documents:
                async with db.unit() as uow:
                    stored, terms = await library.store(
                        uow,
                        title=f"Dossier {WORD} {doc.id}",
                        service_id=doc.service_id,
                        filed_by=doc.filed_by,
                        sensitive=doc.sensitive,
                    )
                h.vocabulary.update(terms)
                x.by_ref[stored.ref] = x.by_name[stored.name] = doc
                x.by_title[stored.title] = x.by_sha[stored.sha256] = doc
            await play(x)
        finally:
            await db.dispose()


async def play(x: Exchange) -> None:
    world = x.world
    room = world.room
    here = [d for d in world.documents if everyone_sees(world, x.rows, room, d)]
    mine = [d for d in world.documents if sees(world, x.rows, world.asker, d)]
    elsewhere = [d for d in mine if d not in here]

    # The search: the room's list is exactly what everyone may see, the rest goes privately.
    sent = await x.say(room, f"cherche {WORD}")
    answer = next(s for s in sent if s.kind == "say")
    private = [s for s in sent if s.kind == "direct"]
    assert answer.message is not None
    if not mine:
        assert answer.template == "search_none" and not private, answer
        return
    context = answer.message.context
    assert answer.template == "search_results", answer
    assert (context["total"], context["elsewhere"]) == (len(here), len(elsewhere)), (
        f"{context['total']} shown and {context['elsewhere']} sent privately, expected "
        f"{[d.id for d in here]} and {[d.id for d in elsewhere]}"
    )
    assert {x.by_ref[r] for r in refs(answer)} <= set(here)
    assert len(refs(answer)) == min(5, len(here))
    assert len(private) == (1 if elsewhere else 0)
    if private:
        assert {x.by_ref[r] for r in refs(private[0])} <= set(elsewhere)

    # Someone joins, is invited or leaves before the next answers: access is checked again.
    if world.later is not None:
        await x.write(room, world.later)

    for _ in range(3):  # « plus » until the list is exhausted
        await x.say(room, "plus")
    files: list[Sent] = []
    for n in range(1, len(here) + 2):  # each number, and one too many
        files += [s for s in await x.say(room, str(n)) if s.kind == "file"]
    # Sent: exactly the listed documents everyone in the room may see now (after `later`).
    now = [d.id for d in here if everyone_sees(world, x.rows, room, d)]
    assert sorted(x.by_sha[s.key or ""].id for s in files) == now
    if room != PRIVATE:  # the private list is answered from the private conversation
        files = []
        for n in range(1, len(elsewhere) + 1):
            files += [s for s in await x.say(PRIVATE, str(n)) if s.kind == "file"]
        now = [d.id for d in elsewhere if everyone_sees(world, x.rows, PRIVATE, d)]
        assert sorted(x.by_sha[s.key or ""].id for s in files) == now


def long_list(later: Room | None) -> World:
    """Eight documents everyone in the urbanisme room may see: « plus » has a second page
    (random worlds seldom give more than five shareable hits). With `later`, someone from
    another service is invited between the list and « plus »."""
    agnes, karim, _ = PEOPLE[:3]
    urbanisme, rh = ROOMS[:2]
    return World(
        services=(
            ServiceSpec("svc0", (urbanisme,), (), None, None),
            ServiceSpec("svc1", (rh,), (), None, None),
        ),
        roles=(),
        people=PEOPLE[:3],
        rooms={
            urbanisme: Room(KNOWN, {agnes: "join", karim: "join"}),
            rh: Room(KNOWN, {PEOPLE[2]: "join"}),
            PRIVATE: Room(KNOWN, {agnes: "join"}),
        },
        documents=tuple(Doc(n, "svc0", karim) for n in range(1, 9)),
        asker=agnes,
        room=urbanisme,
        later=later,
    )


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(worlds(max_documents=12))
@example(long_list(None))
@example(long_list(Room(KNOWN, {PEOPLE[0]: "join", PEOPLE[1]: "join", PEOPLE[2]: "invite"})))
def test_cherche_plus_and_numbers_never_show_a_room_what_a_reader_may_not_see(
    run_databases: Callable[[Path], str], world: World
) -> None:
    asyncio.run(run_exchange(world, run_databases))
