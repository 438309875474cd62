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
from dataclasses import dataclass
from typing import Any

from aiohttp import ClientConnectionError
from nio import EncryptionError, MegolmEvent, SyncError, SyncResponse

from bot import identity as bot_identity
from bot import inbox
from bot.chat import OutboxChat
from bot.client import MatrixConnection
from bot.clock import clock_from_environment
from bot.config import Config, parse_duration
from bot.dispatcher import Dispatcher
from bot.media import MatrixMedia
from bot.memory import Memory
from bot.metrics import Health, Metrics
from bot.render import Renderer
from bot.sender import Pace, Sender
from bot.tasks import spawn
from circuits import delegations, reminders
from circuits.signing.service import SignatureService, key_passphrase, open_keys
from commands import dialogues
from commands.pipeline import prepare, process
from filing.intake import Intake, Prepared
from referentiel.model import Referentiel, load_referentiel
from retention import digest as retention_digest
from retention import elimination
from storage import sweeper
from storage.blobs import BlobStore
from storage.db import Database
from storage.errors import StaleError
from storage.models import utcnow
from storage.uow import UnitOfWork
from workflows import basics, identity
from workflows.access import Directory, InvitePolicy, Role, Service
from workflows.circuit_settings import (
    CircuitModel,
    CircuitSettings,
    DelegationSpec,
    Person,
    StepSpec,
)
from workflows.context import Context, FilingSettings, RetentionSettings, Settings
from workflows.ports import Incoming
from workflows.spelling import Vocabulary, VocabularyBuilder

log = logging.getLogger("greffier")

SYNC_TOKEN = "sync_token"  # noqa: S105 - a key name, not a secret
TXN_PREFIX = "txn_prefix"
LONG_POLL_MS = 30_000
VOCABULARY_PAGE = 5000  # words read per transaction when the corrector is built at start
MAX_SYNC_BACKOFF_S = 60.0
KEY_WAIT_S = 60.0
IDENTITY_RETRY_S = (5.0, 300.0)  # first and longest wait between tries to publish the identity
BACKLOG_WAIT_S = 60.0  # events wait this long at most for the last run's unsent messages


@dataclass
class _Waiting:
    event: MegolmEvent
    room_id: str
    since: float


def settings_from(config: Config, referentiel: Referentiel | None = None) -> Settings:
    """The business settings, from the configuration. The referential is loaded and checked
    here unless the caller already did (the command line checks it before starting, so a
    mistake in a collectivité's file stops the bot with one French line)."""
    filing_config = config.filing
    return Settings(
        bot_user_id=config.bot.user_id,
        bot_name=config.bot.display_name,
        invites=InvitePolicy(
            tuple(config.access.allowed_inviters), tuple(config.access.allowed_homeservers)
        ),
        directory=Directory(
            tuple(
                Service(
                    id=s.id,
                    name=s.name,
                    rooms=tuple(s.rooms),
                    members=tuple(s.members),
                    referent=s.referent,
                    deputy=s.deputy,
                    head=s.head,
                )
                for s in config.services
            ),
            tuple(
                Role(
                    id=r.id,
                    name=r.name,
                    people=tuple(r.people),
                    services=None if r.sees == "tout" else tuple(r.sees),
                )
                for r in config.roles
            ),
        ),
        filing=FilingSettings(
            max_file_bytes=config.limits.max_file_mb * 1024 * 1024,
            reminder_after=filing_config.reminder_after,
            expire_after=filing_config.expire_after,
            answer_window=filing_config.answer_window,
            ocr_language=filing_config.ocr_language,
        ),
        referentiel=referentiel or load_referentiel(overrides=filing_config.referentiel),
        circuits=circuit_settings_from(config),
        retention=retention_settings_from(config),
        exclude_insecure_devices=config.bot.exclude_insecure_devices,
    )


def retention_settings_from(config: Config) -> RetentionSettings:
    retention = config.retention
    archives = retention.archives
    return RetentionSettings(
        lead_time=retention.lead_time,
        digest_every=retention.digest_every,
        authority=retention.authority,
        archivist=archives.archivist,
        archives_name=archives.name,
        archives_id=archives.identifier,
        transferring_id=archives.transferring_identifier,
        agreement=archives.agreement,
        rule_style=archives.rule_style,
    )


def circuit_settings_from(config: Config) -> CircuitSettings:
    signatures = config.signatures
    working_days = signatures.reminder_working_days()
    public_url = config.web.public_url or f"http://{config.web.host}:{config.web.port}"
    return CircuitSettings(
        people=tuple(
            Person(p.user_id, p.first_name, p.last_name, p.qualite) for p in config.people
        ),
        models=tuple(
            CircuitModel(
                id=m.id,
                name=m.name,
                steps=tuple(StepSpec(s.kind, tuple(s.actors)) for s in m.steps),
                types=tuple(m.types),
            )
            for m in config.circuits
        ),
        delegations=tuple(
            DelegationSpec(d.delegator, d.delegate, d.starts, d.ends) for d in config.delegations
        ),
        admins=tuple(config.access.admins),
        organisation=signatures.organisation,
        public_url=public_url,
        reminder_working_days=working_days or 2,
        reminder_after=None if working_days else parse_duration(signatures.reminder_after),
        digest_hour=signatures.digest_hour,
        escalate_after=signatures.escalate_after,
        visible_stamp=signatures.visible_stamp,
        timestamp_url=signatures.timestamp_url,
    )


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
        self._waiting: dict[str, _Waiting] = {}
        # Events stored by this process, parsed once: the worker needs no read-back. The
        # inbox row stays the truth (after a restart the worker reads it from there).
        self._parsed: dict[str, Incoming] = {}
        self.ready = asyncio.Event()
        self.vocabulary = Vocabulary()
        self.memory = Memory()
        self.signatures: SignatureService | None = None
        self.clock = clock_from_environment()
        self._identity_task: asyncio.Task[None] | None = None
        self._identity_device: str | None = None  # the device the identity last checked
        self._identity_seen = 0  # DeviceTrust.own_keys_read when it was last checked

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
        scheduler = self._start_scheduler()
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
        async with self.db.unit() as uow:
            ctx = Context(uow, OutboxChat(uow, self.renderer), self.settings)
            await delegations.sync_config(ctx, self.settings.circuits.delegations)

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
        """After a restart: events left "new" are handled, undecrypted ones wait again."""
        async with self.db.unit() as uow:
            pending = await uow.events.with_status("new", limit=100_000)
            waiting = await uow.events.with_status("waiting_keys", limit=100_000)
        self.dispatcher.feed((row.event_id, row.conversation_key) for row in pending)
        for row in waiting:
            raw = row.payload.get("raw", {})
            event = MegolmEvent.from_dict(raw)
            if isinstance(event, MegolmEvent):
                event.room_id = row.room_id
                self._waiting[row.event_id] = _Waiting(event, row.room_id, time.monotonic())
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
            self._check_identity()
            await self._record_identities()
            await self._retry_decryption()
            self.health.synced()
            self.metrics.last_sync.set_to_current_time()
            self.ready.set()

    # --- cryptographic identities -----------------------------------------------------------

    def _check_identity(self) -> None:
        """After a sync (the device's own keys are up): make sure the server shows this device
        signed by the bot's identity; again when the device changed (a new login), and when
        the server's keys for the bot changed while something was wrong (`greffier identity
        reset` mended it) or stopped showing the device signed."""
        device = self.matrix.client.device_id
        running = self._identity_task is not None and not self._identity_task.done()
        if running or device is None:
            return
        trust = self.matrix.trust
        changed = trust.own_keys_read != self._identity_seen
        unsigned = trust.own_device_signed(device) is False
        if (
            device != self._identity_device
            or (changed and self.health.identity_problem is not None)
            or (unsigned and self.health.identity_problem is None)
        ):
            self._identity_device = device
            self._identity_seen = trust.own_keys_read
            self._identity_task = spawn(self._ensure_identity(device), name="identity")

    async def _ensure_identity(self, device_id: str) -> None:
        config = self.config
        passphrase = await asyncio.to_thread(
            key_passphrase,
            config.data_dir / "signing",
            (
                config.signatures.passphrase.get_secret_value().encode()
                if config.signatures.passphrase
                else None
            ),
        )
        api = bot_identity.AiohttpApi(
            config.homeserver.url, lambda: self.matrix.client.access_token
        )
        account = bot_identity.BotAccount(
            api=api,
            key_file=bot_identity.key_path(config.data_dir),
            user_id=config.bot.user_id,
            device_id=device_id,
            passphrase=passphrase,
            password=config.bot.password.get_secret_value() if config.bot.password else None,
        )
        wait, longest = IDENTITY_RETRY_S
        try:
            while True:
                try:
                    status = await bot_identity.ensure(account)
                except bot_identity.IdentityNotReadyError as exc:
                    self.health.identity_problem = str(exc)
                except bot_identity.IdentityError as exc:
                    if str(exc) != self.health.identity_problem:  # said once, not at each check
                        log.error("identité du bot : %s", exc)  # noqa: TRY400 - one line
                    self.health.identity_problem = str(exc)
                    return
                except (ClientConnectionError, TimeoutError, OSError) as exc:
                    self.health.identity_problem = f"serveur injoignable ({type(exc).__name__})"
                else:
                    self.health.identity_verified(status.fingerprint)
                    return
                await asyncio.sleep(wait)
                wait = min(wait * 2, longest)
        finally:
            await api.close()

    async def _record_identities(self) -> None:
        """People's identities the last key queries showed: pinned, or their change warned of
        (one transaction; tried again after the next sync if it fails)."""
        seen = self.matrix.trust.take_identities()
        if not seen:
            return
        try:
            async with self.db.unit() as uow:
                chat = OutboxChat(uow, self.renderer)
                ctx = self._context(uow, chat)
                for user_id, master_key in seen.items():
                    await identity.observe(ctx, user_id, master_key)
        except Exception:
            log.exception("identities not recorded; tried again after the next sync")
            self.matrix.trust.identities_seen = {**seen, **self.matrix.trust.identities_seen}
            return
        if self.sender is not None:
            self.sender.submit(chat.created)

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
        new_waiting: list[_Waiting] = []
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
                        placeholder = inbox.undecryptable(event, room)
                        # Waiting rows keep the raw event to decrypt it after a restart.
                        rows.append(inbox.inbox_row(placeholder, "waiting_keys", raw=event.source))
                        event.room_id = room_id
                        new_waiting.append(_Waiting(event, room_id, time.monotonic()))
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
        for waiting in new_waiting:
            if waiting.event.event_id in fresh:
                self._waiting[waiting.event.event_id] = waiting
                await self.matrix.request_key(waiting.event)

    async def _retry_decryption(self) -> None:
        """Room keys often arrive a sync after the message: try again, give up after a minute."""
        for event_id, waiting in list(self._waiting.items()):
            room = self.matrix.client.rooms.get(waiting.room_id)
            if room is None:
                continue
            incoming: Incoming | None
            try:
                decrypted = self.matrix.decrypt(waiting.event)
                incoming = inbox.normalize(
                    decrypted.source,
                    room,
                    self.config.bot.user_id,
                    inbox.sender_key_of(decrypted),
                )
                status = "new" if incoming is not None else "skipped"
            except EncryptionError:
                if time.monotonic() - waiting.since < KEY_WAIT_S:
                    continue
                incoming = inbox.undecryptable(waiting.event, room)
                status = "new"
            async with self.db.unit() as uow:
                if incoming is None:
                    await uow.events.set_status(event_id, status)
                else:
                    row = inbox.inbox_row(incoming)
                    await uow.events.release(event_id, row["payload"], row["kind"])
            del self._waiting[event_id]
            if incoming is not None:
                self.dispatcher.feed([(event_id, incoming.conversation_key)])

    # --- one event -------------------------------------------------------------------------

    async def handle_event(self, event_id: str) -> None:
        await self._backlog_settled.wait()
        started = time.perf_counter()
        chat: OutboxChat | None = None
        incoming: Incoming | None = self._parsed.pop(event_id, None)
        released: set[str] = set()
        handled_file = False
        try:
            if incoming is None:
                incoming = await self._read_incoming(event_id)
                if incoming is None:
                    return
            incoming = await self._judge_device(incoming)
            prepared = await prepare(
                incoming, self.db, self.intake, self.settings, self.signatures
            )
            if prepared is not None:
                released.update(_staged_by(prepared))
                handled_file = True
            for attempt in range(3):
                try:
                    async with self.db.unit() as uow:
                        chat = OutboxChat(uow, self.renderer, cause=event_id)
                        ctx = self._context(uow, chat)
                        outcome = await process(incoming, ctx, prepared)
                    ctx.apply_words()
                    break
                except StaleError:
                    if attempt == 2:
                        raise
                    log.info("event %s: state changed meanwhile, trying again", event_id)
            released |= ctx.released
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
        if self.sender is not None:
            self.sender.submit(chat.created if chat is not None and outcome != "error" else [])
        if released:
            try:
                await sweeper.release(self.db, self.blobs, released)
            except Exception:
                log.exception("event %s: could not remove released files", event_id)
        if handled_file:
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

    def _context(self, uow: UnitOfWork, chat: OutboxChat) -> Context:
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

    # --- time ------------------------------------------------------------------------------

    def _start_scheduler(self) -> Any:
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        scheduler = AsyncIOScheduler(timezone="UTC")
        scheduler.add_job(
            self.sweep_dialogues,
            "interval",
            seconds=self.config.filing.sweep_every.total_seconds(),
            max_instances=1,
            coalesce=True,
            next_run_time=None,
        )
        scheduler.add_job(
            self.send_reminders,
            "interval",
            seconds=self.config.filing.sweep_every.total_seconds(),
            max_instances=1,
            coalesce=True,
        )
        scheduler.add_job(
            self.scan_retention,
            "interval",
            seconds=self.config.retention.scan_every.total_seconds(),
            max_instances=1,
            coalesce=True,
            next_run_time=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5),
        )
        scheduler.add_job(
            self.complete_eliminations,
            "interval",
            seconds=self.config.filing.sweep_every.total_seconds(),
            max_instances=1,
            coalesce=True,
            # At start too: a destruction a stop interrupted completes before anything else.
            next_run_time=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=3),
        )
        scheduler.add_job(
            self.refresh_statistics,
            "cron",
            hour=3,
            minute=17,
            max_instances=1,
            coalesce=True,
        )
        scheduler.start()
        return scheduler

    async def send_reminders(self) -> None:
        """Daily digests of waiting visas and signatures: one transaction for the sweep, so a
        digest and the marks that say it was sent commit together."""
        try:
            async with self.db.unit() as uow:
                chat = OutboxChat(uow, self.renderer)
                ctx = self._context(uow, chat)
                people = await reminders.sweep(ctx)
            if people:
                log.info("reminders: %d digest(s)", people)
            if self.sender is not None:
                self.sender.submit(chat.created)
        except Exception:
            log.exception("reminder sweep failed")

    async def scan_retention(self) -> None:
        """The retention scan: digests to the référents whose period is over (one
        transaction: the digests and the notices that say they were sent commit together)."""
        try:
            async with self.db.unit() as uow:
                chat = OutboxChat(uow, self.renderer)
                told = await retention_digest.scan(self._context(uow, chat))
            if told:
                log.info("retention: %d digest(s)", told)
            if self.sender is not None:
                self.sender.submit(chat.created)
        except Exception:
            log.exception("retention scan failed")

    async def complete_eliminations(self) -> None:
        """Destroy what a visa allowed: one transaction per bordereau, run again after a
        restart until it has committed; the files go once it has."""
        try:
            async with self.db.unit() as uow:
                slips = [
                    s.id
                    for s in await uow.retention.slips_with_status("elimination", "granted")
                    if s.id is not None
                ]
        except Exception:
            log.exception("elimination sweep failed")
            return
        for slip_id in slips:
            try:
                async with self.db.unit() as uow:
                    chat = OutboxChat(uow, self.renderer)
                    ctx = self._context(uow, chat)
                    slip = await uow.retention.slip(slip_id)
                    destroyed = await elimination.complete(ctx, slip) if slip else 0
                log.info("elimination slip=%s destroyed=%d", slip_id, destroyed)
            except Exception:
                log.exception("elimination of slip %s failed", slip_id)
                continue
            ctx.apply_words()
            if self.sender is not None:
                self.sender.submit(chat.created)
            if ctx.released:
                await sweeper.release(self.db, self.blobs, ctx.released)

    async def refresh_statistics(self) -> None:
        """Daily, at night: the planner's statistics follow the growth of the archive."""
        try:
            await self.db.refresh_statistics()
        except Exception:
            log.exception("could not refresh the database statistics")

    async def sweep_dialogues(self) -> None:
        """Reminders and expiry of drafts left alone; one transaction per dialogue."""
        try:
            async with self.db.unit() as uow:
                due = await uow.dialogues.due(utcnow())
                ids = [d.id for d in due]
        except Exception:
            log.exception("dialogue sweep failed")
            return
        for dialogue_id in ids:
            chat: OutboxChat | None = None
            try:
                async with self.db.unit() as uow:
                    dialogue = await uow.dialogues.get_by_id(dialogue_id)
                    now = utcnow()
                    if dialogue is None or not (
                        (dialogue.remind_at is not None and dialogue.remind_at <= now)
                        or dialogue.expires_at <= now
                    ):
                        continue
                    chat = OutboxChat(uow, self.renderer)
                    ctx = self._context(uow, chat)
                    outcome = await dialogues.remind_or_expire(ctx, dialogue)
                log.info("dialogue=%s outcome=%s", dialogue_id, outcome)
            except StaleError:
                continue
            except Exception:
                log.exception("dialogue %s: reminder failed", dialogue_id)
                continue
            if self.sender is not None and chat is not None:
                self.sender.submit(chat.created)
            if chat is not None and ctx.released:
                await sweeper.release(self.db, self.blobs, ctx.released)

    async def _record_failure(self, event_id: str, incoming: Incoming | None, error: str) -> None:
        """Mark the event failed and tell the person, in one transaction of its own."""
        try:
            async with self.db.unit() as uow:
                await uow.events.mark_failed(event_id, error)
                if incoming is not None:
                    ctx = Context(
                        uow, OutboxChat(uow, self.renderer, cause=event_id), self.settings
                    )
                    await basics.apologise(ctx, incoming)
        except Exception:
            # The database itself is failing: the event stays "new" and is retried at start.
            log.exception("event %s: could not record the failure", event_id)


def _staged_by(prepared: Prepared) -> set[str]:
    """Files the slow half staged for this event."""
    from filing.intake import DocumentReady, PhotoReady

    if isinstance(prepared, DocumentReady):
        return {prepared.pdf.sha256}
    if isinstance(prepared, PhotoReady):
        return {prepared.photo.sha256}
    return set()
