"""Bad input, fuzzed: whatever a person types or sends, the bot answers and stores nothing
half-way.

Two layers, both with Hypothesis:
- the readers of words (router, dates, periods, decisions, queries, naming templates, the
  retention commands) are fed arbitrary text: they answer or decline, never raise;
- the readers of files (`filing.pdf`: sniffing, PDF text, images) are fed mutated real
  documents (bytes flipped, cut, inserted, repeated): they return, or refuse with a
  `DocumentError` the bot turns into a French sentence, nothing else; and a few mutated files
  go through the whole exchange (upload, then « annuler »): a reply in French, no document,
  no file left behind.

The budget: `GREFFIER_FUZZ_EXAMPLES` (default 60 per property in CI). A longer run:
`GREFFIER_FUZZ_EXAMPLES=5000 scripts/test tests/properties/test_fuzz.py`. The counts tried are
printed (`-s`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commands.router import BotIdentity, route
from filing import pdf
from french import periods
from french.dates import parse_date
from referentiel import naming
from retention import commands as retention_commands
from retention import elimination
from retention.dialogue import picked_numbers
from search.query import parse
from storage.db import Database
from tests.fixtures import documents as fx
from tests.harness import Harness
from workflows import decisions
from workflows.context import shipped_referentiel
from workflows.ports import EventId, Incoming, RoomId, UserId

EXAMPLES = int(os.environ.get("GREFFIER_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
BOT = BotIdentity("@greffier:mairie.fr", "Greffier")
TODAY = dt.date(2026, 11, 22)
TRIED: dict[str, int] = {}

# Words people type, mixed with anything: the strategies reach the parsers' real branches.
WORDS = st.sampled_from(
    [
        "cherche", "statut", "circuit", "annuler", "oui", "non", "sauf", "geler", "prolonger",
        "jusqu'au", "31/12/2030", "1er", "août", "2026-0012", "délib", "permis", "dupond", "3",
        "du", "au", ":", "😀", "\u200b", "\x00", "<b>", "{{", "}}", "{%", "%}", "../", "é",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=25).map(" ".join),
)


def tried(name: str) -> None:
    TRIED[name] = TRIED.get(name, 0) + 1


def incoming(text: str, *, direct: bool, reaction: str | None = None) -> Incoming:
    return Incoming(
        event_id=EventId("$e"),
        room_id=RoomId("!r:mairie.fr"),
        sender=UserId("@agent:mairie.fr"),
        ts=0,
        kind="reaction" if reaction is not None else "text",
        text=None if reaction is not None else text,
        reaction=reaction,
        reacts_to=EventId("$x") if reaction is not None else None,
        is_direct=direct,
    )


async def never_ours(_event: str) -> bool:
    return False


@FUZZ
@given(TEXTS, st.booleans())
def test_the_router_reads_any_message(text: str, direct: bool) -> None:
    intent = asyncio.run(route(incoming(text, direct=direct), BOT, never_ours))
    assert intent is not None
    tried("router")


@FUZZ
@given(st.text(max_size=8))
def test_the_router_reads_any_reaction(key: str) -> None:
    assert asyncio.run(route(incoming("", direct=True, reaction=key), BOT, never_ours))
    tried("router-reaction")


@FUZZ
@given(TEXTS)
def test_dates_and_periods_never_raise(text: str) -> None:
    day = parse_date(text, TODAY)
    assert day is None or dt.date(1, 1, 1) <= day <= dt.date(9999, 12, 31)
    period = periods.parse_period(text, TODAY)
    assert period is None or period.start <= period.end
    tried("dates")


@FUZZ
@given(TEXTS)
def test_decisions_and_retention_words_never_raise(text: str) -> None:
    decisions.read_decision(text)
    decisions.starts_like_one(text)
    partial = elimination.read_partial(text)
    assert partial is None or all(n >= 0 for n in partial.refused)
    head, reason = retention_commands.split_reason(text)
    assert reason is None or reason in text
    assert head in text
    numbers = picked_numbers(text, 30)
    assert numbers is None or all(1 <= n <= 30 for n in numbers)
    tried("decisions")


@FUZZ
@given(TEXTS)
def test_queries_never_raise(text: str) -> None:
    parse(text, shipped_referentiel())
    tried("queries")


@functools.cache
def _templates() -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (t.naming, t.title, tuple(f.name for f in t.fields))
        for t in shipped_referentiel().types.values()
    ]


@FUZZ
@given(st.data())
def test_naming_templates_make_safe_names_from_any_value(data: st.DataObject) -> None:
    naming_template, title_template, fields = data.draw(st.sampled_from(_templates()))
    values: dict[str, object] = {
        name: data.draw(st.one_of(TEXTS, st.dates(), st.integers(-(10**12), 10**12)))
        for name in fields
    }
    try:
        name = naming.render_name(naming_template, values)
        naming.render_title(title_template, values)
    except naming.NamingError:
        tried("naming-declined")
        return
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert "\x00" not in name and len(name) <= 255
    tried("naming")


# --- files ---------------------------------------------------------------------------------


@functools.cache
def _seeds() -> dict[str, bytes]:
    return {
        "pdf": fx.arrete_pdf(),
        "deliberation": fx.deliberation_pdf(),
        "encrypted": fx.encrypted_pdf(),
        "photo": fx.phone_photo(["Arrêté n° 2026-12"], seed=3, size=(400, 560)),
    }


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A real document with a few edits: flips, cuts, insertions, a repeated slice."""
    data = bytearray(_seeds()[draw(st.sampled_from(sorted(_seeds())))])
    for _ in range(draw(st.integers(1, 6))):
        edit = draw(st.sampled_from(["flip", "cut", "insert", "repeat", "truncate"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if edit == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif edit == "cut":
            del data[at : at + draw(st.integers(1, 4096))]
        elif edit == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif edit == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 2048))]
        else:
            del data[draw(st.integers(0, len(data))) :]
    return bytes(data)


@FUZZ
@given(mutated())
def test_file_readers_return_or_refuse_in_words(data: bytes) -> None:
    try:
        kind = pdf.sniff(data)
        if kind == "pdf":
            text = pdf.read_pdf(data, max_pages=3)
            assert text.pages >= 0
        elif kind in ("jpeg", "png", "heic", "webp", "tiff", "gif"):
            pdf.check_image(data)
        tried(f"file-{kind}")
    except pdf.DocumentError as refused:
        assert refused.code
        tried("file-refused")


@settings(max_examples=max(5, EXAMPLES // 6), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])  # fmt: skip
@given(data=mutated())
def test_a_mutated_upload_gets_french_and_leaves_nothing(
    data: bytes,
    run_databases: Callable[[Path], str],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The whole exchange, on a fresh migrated database (of the run's kind) each time."""
    work = tmp_path_factory.mktemp("fuzz")
    url = run_databases(work)

    async def exchange() -> None:
        db = Database(url)
        h = Harness(db, blob_dir=work / "blobs")
        try:
            await h.upload("@agent:mairie.fr", "!dm:mairie.fr", data, "scan.pdf")
            assert h.chat.sent and h.chat.sent[-1].message is not None
            await h.say("@agent:mairie.fr", "!dm:mairie.fr", "annuler")
            async with db.unit() as uow:
                assert await uow.documents.count() == 0
                assert await uow.dialogues.all() == []
            assert h.blobs is not None and h.blobs.list_with_mtime() == []
        finally:
            await db.dispose()

    asyncio.run(exchange())
    tried("upload")


def test_zz_report_what_was_tried() -> None:
    """Printed with -s; the suite's log shows how many inputs each property saw."""
    print("fuzz inputs tried:", dict(sorted(TRIED.items())), "total", sum(TRIED.values()))
    assert sum(TRIED.values()) >= EXAMPLES, TRIED
