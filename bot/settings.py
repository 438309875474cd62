"""The business settings, read from the operator's configuration.

The configuration (`bot/config.py`) is what an operator writes; the settings
(`workflows/context.py`) are what the workflows read. This is the one place that translates
the first into the second, so no workflow knows the YAML's shape.
"""

from __future__ import annotations

from bot.config import Config, parse_duration
from referentiel.model import Referentiel, load_referentiel
from workflows.access import Directory, InvitePolicy, Role, Service
from workflows.circuit_settings import (
    CircuitModel,
    CircuitSettings,
    DelegationSpec,
    Person,
    StepSpec,
)
from workflows.context import FilingSettings, RetentionSettings, Settings


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
                    sensitive=tuple(s.sensitive),
                )
                for s in config.services
            ),
            tuple(
                Role(
                    id=r.id,
                    name=r.name,
                    people=tuple(r.people),
                    services=None if r.sees == "tout" else tuple(r.sees),
                    sensitive=r.sensitive,
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
