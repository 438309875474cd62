"""The running bot: wiring, the sync loop, and the handling of one event.

Flow (GUIDE §1): a sync response is normalised into `Incoming` rows that are inserted into the
inbox *together with* the new sync token, in one transaction. Only then are they handed to the
per-conversation workers. Each worker handles one event in one transaction (claim, effect,
audit, replies into the outbox); the sender drains the outbox afterwards.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import logging
import secrets
import time
from functools import partial

from aiohttp import ClientConnectionError
from nio import MegolmEvent, SyncError, SyncResponse

from bot import inbox, jobs
from bot.chat import OutboxChat
from bot.client import MatrixConnection
from bot.clock import clock_from_environment
from bot.config import Config
from bot.dispatcher import Dispatcher
from bot.media import MatrixMedia
from bot.memory import Memory
from bot.metrics import Health, Metrics
from bot.own_identity import IdentityKeeper
from bot.render import Renderer
from bot.sender import Pace, Sender
from bot.settings import settings_from
from bot.tasks import spawn
from bot.undecrypted import Undecrypted
from circuits import delegations
from circuits.signing.service import SignatureService, open_keys
from commands.pipeline import prepare, process
from filing.intake import Intake, Prepared, staged_files
from referentiel.model import Referentiel
from storage import sweeper
from storage.blobs import BlobStore
from storage.db import Database
from storage.uow import UnitOfWork
from workflows import basics, identity
from workflows.context import Context
from workflows.ports import Chat, Incoming
from workflows.runner import Runner
from workflows.spelling import Vocabulary, VocabularyBuilder

log = logging.getLogger("greffier")

SYNC_TOKEN = "sync_token"  # noqa: S105 - a key name, not a secret
TXN_PREFIX = "txn_prefix"
LONG_POLL_MS = 30_000
VOCABULARY_PAGE = 5000  # words read per transaction when the corrector is built at start
MAX_SYNC_BACKOFF_S = 60.0
BACKLOG_WAIT_S = 60.0  # events wait this long at most for the last run's unsent messages


class Greffier:
    def __init__(self, config: Config, referentiel: Referentiel | None = None) -> None:
        self.config = config
        self.db = Database(config.database_url())
        self.renderer = Renderer()
        self.blobs = BlobStore(config.data_dir / "blobs")
        self.metrics = Metrics()
        self.health = Health()
        self.matrix = MatrixConnection(config)
        self.dispatcher = Dispatcher(self.handle_event)
        self.settings = settings_from(config, referentiel)
        self.media = MatrixMedia(config.homeserver.url, lambda: self.matrix.client.access_token)
        self.intake = Intake(self.media, self.blobs, self.settings.filing)
        self.sender: Sender | None = None
        self._backlog_settled = asyncio.Event()
        self.undecrypted = Undecrypted(self.db, self.matrix, self.dispatcher, config.bot.user_id)
        # Events stored by this process, parsed once: the worker needs no read-back. The
        # inbox row stays the truth (after a restart the worker reads it from there).
        self._parsed: dict[str, Incoming] = {}
        self.ready = asyncio.Event()
        self.vocabulary = Vocabulary()
        self.memory = Memory()
        self.signatures: SignatureService | None = None
        self.clock = clock_from_environment()
        self.identity = IdentityKeeper(config, self.matrix, self.health)
        # Every unit of work: an event, a job, an identity seen. Replies reach the sender once
        # their transaction has committed.
        self.runner = Runner(
            self.db,
            self.blobs,
            open_chat=lambda uow, cause: OutboxChat(uow, self.renderer, cause=cause),
            context=self._context,
            committed=self._committed,
        )

    # --- lifecycle -------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        await self.db.migrate()
        async with self.db.unit() as uow:
            prefix = await uow.state.get(TXN_PREFIX)
            if prefix is None:
                prefix = secrets.token_hex(6)
                await uow.state.set(TXN_PREFIX, prefix)
        await self.db.refresh_statistics()
        await self._open_signatures()
        await self._load_vocabulary()
        await self.matrix.login()
        self.matrix.prepare_trust()
        rate = self.config.homeserver.requests_per_second
        self.sender = Sender(
            self.db,
            self.matrix,
            self.metrics,
            prefix,
            self.blobs,
            pace=Pace(rate) if rate else None,
        )
        runner = None
        if self.config.web.enabled:
            from bot import web
            from bot.verifier import DatabaseVerifier

            assert self.signatures is not None
            app = web.make_app(
                self.health,
                self.metrics,
                self.db.ping,
                verifier=DatabaseVerifier(self.db, self.signatures),
                max_upload_bytes=self.config.limits.max_file_mb * 1024 * 1024,
                organisation=self.config.signatures.organisation,
            )
            runner = await web.start(app, self.config.web.host, self.config.web.port)
        # Before any event is handled again nothing is being staged: every file nothing
        # refers to is a crash's leftover, whatever its age.
        await sweeper.sweep_orphans(self.db, self.blobs, older_than=dt.timedelta(0))
        await self._resume()
        scheduler = jobs.start(self.config, self.runner, self.db)
        sender_task = spawn(self.sender.run(), name="outbox sender")
        spawn(self._settle_backlog(self.sender), name="outbox backlog")
        sync_task = spawn(self._sync_loop(), name="sync loop")
        spawn(self._set_display_name(), name="display name")
        try:
            stopper = asyncio.ensure_future(stop.wait())
            await asyncio.wait({stopper, sync_task}, return_when=asyncio.FIRST_COMPLETED)
            stopper.cancel()
        finally:
            log.info("stopping")
            scheduler.shutdown(wait=False)
            sync_task.cancel()
            await asyncio.gather(sync_task, return_exceptions=True)
            try:
                await asyncio.wait_for(self.dispatcher.wait_idle(), timeout=10)
                await asyncio.wait_for(self.sender.drain(), timeout=10)
            except (TimeoutError, Exception):
                log.warning("stopped with work pending; it resumes at next start")
            await self.dispatcher.stop()
            sender_task.cancel()
            await asyncio.gather(sender_task, return_exceptions=True)
            if runner is not None:
                await runner.cleanup()
            await self.matrix.close()
            await self.media.close()
            await self.db.dispose()

    async def _open_signatures(self) -> None:
        """The collectivité's authority and key store, created at the first start (in a
        thread: generating the authority's key takes a moment); then the configuration's
        delegations are written where the evidence can point at them."""
        signatures = self.config.signatures
        keys = await asyncio.to_thread(
            open_keys,
            signatures.keys,
            self.config.data_dir / "signing",
            signatures.organisation,
            passphrase=(
                signatures.passphrase.get_secret_value().encode()
                if signatures.passphrase
                else None
            ),
            pkcs11_module=signatures.pkcs11_module,
            pkcs11_token=signatures.pkcs11_token,
            pkcs11_pin=(
                signatures.pkcs11_pin.get_secret_value() if signatures.pkcs11_pin else None
            ),
        )
        await asyncio.to_thread(keys.trust_roots)
        self.signatures = SignatureService(
            self.blobs,
            keys,
            visible_stamp=signatures.visible_stamp,
            timestamp_url=signatures.timestamp_url,
            location=signatures.location,
        )
        await self.runner.run(
            partial(delegations.sync_config, specs=self.settings.circuits.delegations)
        )

    async def _load_vocabulary(self) -> None:
        """The search corrector is built from the index's words before any event is handled,
        in a thread: a large vocabulary takes seconds, and /healthz must answer meanwhile."""
        started = time.perf_counter()
        builder = VocabularyBuilder()
        after, words = "", 0
        while True:
            async with self.db.unit() as uow:
                page = await uow.search.terms_after(after, VOCABULARY_PAGE)
            if not page:
                break
            await asyncio.to_thread(builder.feed, page)
            after, words = page[-1][0], words + len(page)
        self.vocabulary = await asyncio.to_thread(builder.finish)
        # Hundreds of thousands of long-lived objects: out of the garbage collector's walks,
        # which otherwise cost a full collection 100-170 ms, paid by whichever search ran it.
        gc.collect()
        gc.freeze()
        self.memory.trim(force=True)
        log.info("search vocabulary: %d words in %.1f s", words, time.perf_counter() - started)

    async def _settle_backlog(self, sender: Sender) -> None:
        """Events are handled once the messages the last run left unsent are out (bounded:
        with the homeserver away, they go on without them)."""
        try:
            left = await sender.settle_backlog(BACKLOG_WAIT_S)
            if left:
                log.warning("%d message(s) of the last run still unsent; handling events", left)
        finally:
            self._backlog_settled.set()

    async def _set_display_name(self) -> None:
        try:
            await self.matrix.ensure_display_name()
        except Exception:
            log.warning("could not set the display name")

    async def _resume(self) -> None:
        """After a restart: documents follow the tableau's current start events, then events
        left "new" are handled, undecrypted ones wait again."""
        await jobs.apply_retention_rules(self.runner)
        async with self.db.unit() as uow:
            pending = await uow.events.with_status("new", limit=100_000)
            waiting = await uow.events.with_status("waiting_keys", limit=100_000)
        self.dispatcher.feed((row.event_id, row.conversation_key) for row in pending)
        self.undecrypted.resume(waiting)
        if pending:
            log.info("resuming %d event(s) left unhandled", len(pending))

    # --- sync ------------------------------------------------------------------------------

    async def _sync_loop(self) -> None:
        async with self.db.unit() as uow:
            token = await uow.state.get(SYNC_TOKEN)
        first_start = token is None
        full_state = True  # the first sync of a process learns every room's state again
        delay = 1.0
        while True:
            try:
                response = await self.matrix.sync(
                    token, 0 if full_state else LONG_POLL_MS, full_state
                )
            except (ClientConnectionError, TimeoutError, OSError) as exc:
                self.health.sync_failed(type(exc).__name__)
                log.warning("sync failed (%s); retrying in %.0f s", type(exc).__name__, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_SYNC_BACKOFF_S)
                continue
            if isinstance(response, SyncError):
                self.health.sync_failed(str(response.status_code))
                if response.status_code == "M_UNKNOWN_TOKEN" and self.config.bot.password:
                    await self.matrix.relogin_after_token_loss()
                    continue
                log.warning("sync refused (%s); retrying in %.0f s", response.status_code, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_SYNC_BACKOFF_S)
                continue
            delay = 1.0
            await self._store(response, token, skip_history=first_start, full_state=full_state)
            self.matrix.follow_own_keys(response)
            token = response.next_batch
            first_start = False
            full_state = False
            try:
                await self.matrix.after_sync()
            except (ClientConnectionError, TimeoutError, OSError) as exc:
                log.warning("key exchange failed (%s); retried after next sync", exc)
            self.identity.check()
            await self._record_identities()
            await self.undecrypted.retry()
            self.health.synced()
            self.metrics.last_sync.set_to_current_time()
            self.ready.set()

    async def _record_identities(self) -> None:
        """People's identities the last key queries showed: pinned, or their change warned of
        (one transaction; tried again after the next sync if it fails)."""
        seen = self.matrix.trust.take_identities()
        if not seen:
            return

        async def observe(ctx: Context) -> None:
            for user_id, master_key in seen.items():
                await identity.observe(ctx, user_id, master_key)

        try:
            await self.runner.run(observe)
        except Exception:
            log.exception("identities not recorded; tried again after the next sync")
            self.matrix.trust.identities_seen = {**seen, **self.matrix.trust.identities_seen}

    async def _store(
        self,
        response: SyncResponse,
        since: str | None,
        *,
        skip_history: bool,
        full_state: bool = False,
    ) -> None:
        """Insert the sync's events and move the token, in one transaction.

        On the very first start the timeline is history from before the bot existed: it is
        skipped (pending invitations are still taken). Room membership changes are written in
        the same transaction, so an event is never handled against an older membership than
        the one the homeserver sent with it.
        """
        bot_id = self.config.bot.user_id
        parsed = inbox.invites(response, bot_id, since)
        new_waiting: list[MegolmEvent] = []
        rows = []
        if not skip_history:
            for room_id, info in response.rooms.join.items():
                room = self.matrix.client.rooms.get(room_id)
                if room is None:
                    continue
                for event in info.timeline.events:
                    if isinstance(event, MegolmEvent):
                        if event.sender == bot_id:
                            continue
                        rows.append(self.undecrypted.row(event, room))
                        new_waiting.append(event)
                        continue
                    incoming = inbox.normalize(
                        event.source, room, bot_id, inbox.sender_key_of(event)
                    )
                    if incoming is not None:
                        parsed.append(incoming)
        rows += [inbox.inbox_row(i) for i in parsed]
        changed = inbox.memberships(response, self.matrix.client.rooms, full_state=full_state)
        async with self.db.unit() as uow:
            fresh = set(await uow.events.add(rows))
            for room_id, members in changed.items():
                if members is None:
                    await uow.members.forget(room_id)
                else:
                    await uow.members.replace(room_id, members)
            await uow.state.set(SYNC_TOKEN, response.next_batch)
        for incoming in parsed:
            if incoming.event_id in fresh:
                self._parsed[incoming.event_id] = incoming
        self.dispatcher.feed(
            (row["event_id"], row["conversation_key"])
            for row in rows
            if row["event_id"] in fresh and row["status"] == "new"
        )
        await self.undecrypted.wait_for_keys(e for e in new_waiting if e.event_id in fresh)

    # --- one event -------------------------------------------------------------------------

    async def handle_event(self, event_id: str) -> None:
        """One event: its slow half, then its unit of work (GUIDE §1). A failure is recorded
        and the person told; the event is never handled twice."""
        await self._backlog_settled.wait()
        started = time.perf_counter()
        incoming: Incoming | None = self._parsed.pop(event_id, None)
        prepared: Prepared | None = None
        try:
            if incoming is None:
                incoming = await self._read_incoming(event_id)
                if incoming is None:
                    return
            event = await self._judge_device(incoming)
            incoming = event
            prepared = await prepare(event, self.db, self.intake, self.settings, self.signatures)
            outcome = await self.runner.run(
                lambda ctx: process(event, ctx, prepared),
                cause=event_id,
                staged=staged_files(prepared),
            )
        except Exception as exc:
            outcome = "error"
            self.metrics.errors.inc()
            log.exception("event %s: handling failed", event_id)
            await self._record_failure(event_id, incoming, type(exc).__name__)
        elapsed = time.perf_counter() - started
        self.metrics.events.labels(outcome).inc()
        self.metrics.handling.observe(elapsed)
        log.info(
            "event=%s key=%s outcome=%s ms=%.1f",
            event_id,
            incoming.conversation_key if incoming else "?",
            outcome,
            elapsed * 1000,
        )
        if prepared is not None:
            self.memory.trim()

    async def _judge_device(self, incoming: Incoming) -> Incoming:
        """Which session sent the event, and is it verified: from its Olm key when it was
        encrypted; for a reaction in clear in an encrypted room (Element Web sends them so),
        from all the person's sessions."""
        if incoming.device is not None:
            return incoming
        if incoming.sender_key is not None:
            device = await self.matrix.sender_device(incoming.sender, incoming.sender_key)
        elif incoming.kind == "reaction" and incoming.room_encrypted:
            device = await self.matrix.sessions_of(incoming.sender)
        else:
            return incoming
        return incoming.model_copy(update={"device": device})

    def _committed(self, chat: Chat) -> None:
        if self.sender is not None and isinstance(chat, OutboxChat):
            self.sender.submit(chat.created)

    def _context(self, uow: UnitOfWork, chat: Chat) -> Context:
        """What every transaction's workflow sees: settings, the shared vocabulary, the
        signing machinery."""
        return Context(
            uow,
            chat,
            self.settings,
            clock=self.clock,
            vocabulary=self.vocabulary,
            signatures=self.signatures,
        )

    async def _read_incoming(self, event_id: str) -> Incoming | None:
        async with self.db.unit() as uow:
            row = await uow.events.get(event_id)
            if row is None or row.status != "new":
                return None
            return Incoming.model_validate(row.payload)

    async def _record_failure(self, event_id: str, incoming: Incoming | None, error: str) -> None:
        """Mark the event failed and tell the person, in one transaction of its own."""

        async def record(ctx: Context) -> None:
            await ctx.uow.events.mark_failed(event_id, error)
            if incoming is not None:
                await basics.apologise(ctx, incoming)

        try:
            await self.runner.run(record, cause=event_id)
        except Exception:
            # The database itself is failing: the event stays "new" and is retried at start.
            log.exception("event %s: could not record the failure", event_id)
