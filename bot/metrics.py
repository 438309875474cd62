"""Prometheus metrics, in a registry of the bot's own (tests may run several bots at once)."""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.events = Counter(
            "greffier_events_handled",
            "Events handled, by outcome",
            ["outcome"],
            registry=self.registry,
        )
        self.errors = Counter(
            "greffier_event_errors", "Events whose handling failed", registry=self.registry
        )
        self.handling = Histogram(
            "greffier_event_handling_seconds",
            "Time to handle one event (transaction included)",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=self.registry,
        )
        self.outbox_sent = Counter(
            "greffier_outbox_sent",
            "Outbox rows sent, by action",
            ["action"],
            registry=self.registry,
        )
        self.outbox_failed = Counter(
            "greffier_outbox_failed",
            "Outbox rows given up, by action",
            ["action"],
            registry=self.registry,
        )
        self.last_sync = Gauge(
            "greffier_last_sync_timestamp_seconds",
            "Unix time of the last successful sync",
            registry=self.registry,
        )

    def sent(self, action: str) -> None:
        self.outbox_sent.labels(action).inc()

    def failed(self, action: str) -> None:
        self.outbox_failed.labels(action).inc()


class Health:
    """Is the sync loop alive? It is when a sync succeeded within the long-poll window and
    the last attempt did not fail: a homeserver that went away shows at once, not after the
    window."""

    SYNC_STALE_AFTER_S = 90.0

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.last_sync: float | None = None
        self.last_error: str | None = None
        self.identity_problem: str | None = "identité du bot pas encore vérifiée"
        """Why the server does not show the bot's session cross-signed (None: it does)."""
        self.identity_fingerprint: str | None = None

    def synced(self) -> None:
        self.last_sync = time.monotonic()
        self.last_error = None

    def identity_verified(self, fingerprint: str | None) -> None:
        self.identity_problem = None
        self.identity_fingerprint = fingerprint

    def sync_failed(self, error: str) -> None:
        self.last_error = error

    def sync_alive(self) -> bool:
        return (
            self.last_error is None
            and self.last_sync is not None
            and time.monotonic() - self.last_sync < self.SYNC_STALE_AFTER_S
        )

    def sync_age(self) -> float | None:
        return None if self.last_sync is None else time.monotonic() - self.last_sync
