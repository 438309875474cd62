"""Configuration: a YAML file validated at start, secrets from the environment.

An invalid file stops the bot with one line that names the key and what is wrong with it, in
French, because the person reading it is often the collectivité's IT contact, not a developer.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

USER_ID_RE = re.compile(r"^@[a-z0-9._=\-/+]+:[A-Za-z0-9.\-]+(:\d+)?$")
ROOM_ID_RE = re.compile(r"^![^\s:]+(:[A-Za-z0-9.\-]+(:\d+)?)?$")  # room v12 ids have no server

ENV_SECRETS = {
    "GREFFIER_BOT_PASSWORD": ("bot", "password"),
    "GREFFIER_BOT_ACCESS_TOKEN": ("bot", "access_token"),
    "GREFFIER_DATABASE_URL": ("database", "url"),
    "GREFFIER_DATABASE_PASSWORD": ("database", "password"),
    "GREFFIER_SIGNING_PASSPHRASE": ("signatures", "passphrase"),
    "GREFFIER_PKCS11_PIN": ("signatures", "pkcs11_pin"),
}


class ConfigError(Exception):
    """The configuration cannot be used; the message is the one line shown to the person."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class HomeserverConfig(_Section):
    url: str
    # At most this many sending calls a second (Tchap asks bots for about one); none: no pace.
    requests_per_second: float | None = Field(default=None, gt=0)

    @field_validator("url")
    @classmethod
    def _http(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("doit être une adresse http:// ou https://")
        return value.rstrip("/")


def _check_user_id(value: str) -> str:
    if not USER_ID_RE.match(value):
        raise ValueError(f"« {value} » n'est pas un identifiant Matrix (forme @nom:serveur)")
    return value


def _check_optional_user_id(value: str | None) -> str | None:
    return None if value is None else _check_user_id(value)


class BotAccountConfig(_Section):
    user_id: str
    password: SecretStr | None = None
    access_token: SecretStr | None = None
    device_name: str = "Greffier"
    display_name: str = "Greffier"
    # Element's "exclude insecure devices": room keys only for sessions their owner verified
    # (cross-signed), and nothing done on what an unverified session sends.
    exclude_insecure_devices: bool = True

    _user = field_validator("user_id")(_check_user_id)


class DatabaseConfig(_Section):
    url: str | None = None
    password: SecretStr | None = None

    @field_validator("url")
    @classmethod
    def _known(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^(sqlite|postgres(ql)?)(\+\w+)?://", value):
            raise ValueError("doit commencer par sqlite:// ou postgresql://")
        return value


class AccessConfig(_Section):
    allowed_inviters: list[str] = Field(default_factory=list)
    allowed_homeservers: list[str] = Field(default_factory=list)
    admins: list[str] = Field(default_factory=list)

    @field_validator("admins")
    @classmethod
    def _admins(cls, value: list[str]) -> list[str]:
        return [_check_user_id(v) for v in value]


class ServiceConfig(_Section):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    rooms: list[str] = Field(default_factory=list)
    members: list[str] = Field(default_factory=list)
    referent: str | None = None
    deputy: str | None = None
    # Chef de service: first signature of the service's bordereaux (default: the référent).
    head: str | None = None
    # Kinds of sensitive documents the service owns (« personnel » for the RH): filed under it
    # wherever they are dropped.
    sensitive: list[str] = Field(default_factory=list)

    _people = field_validator("referent", "deputy", "head")(_check_optional_user_id)

    @field_validator("rooms")
    @classmethod
    def _rooms(cls, value: list[str]) -> list[str]:
        for room in value:
            if not ROOM_ID_RE.match(room):
                raise ValueError(
                    f"« {room} » n'est pas un identifiant de salon (!id ou !id:serveur)"
                )
        return value

    @field_validator("members")
    @classmethod
    def _members(cls, value: list[str]) -> list[str]:
        return [_check_user_id(v) for v in value]


class RoleConfig(_Section):
    """People who see more than their own service's documents (DGS, archiviste...)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    people: list[str] = Field(default_factory=list)
    sees: Literal["tout"] | list[str] = "tout"
    # Also the sensitive documents (payslips, health…) of the services it sees.
    sensitive: bool = False

    @field_validator("people")
    @classmethod
    def _people(cls, value: list[str]) -> list[str]:
        return [_check_user_id(v) for v in value]


class PersonConfig(_Section):
    """Someone who may be asked for a visa or a signature: a signature shows their name,
    first name and qualité (CRPA L.212-3)."""

    user_id: str
    first_name: str = Field(min_length=1)
    last_name: str = Field(min_length=1)
    qualite: str = Field(min_length=1)

    _user = field_validator("user_id")(_check_user_id)


class CircuitStepConfig(_Section):
    visa: list[str] | None = None
    signature: list[str] | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> CircuitStepConfig:
        if (self.visa is None) == (self.signature is None):
            raise ValueError("une étape est soit « visa: [...] », soit « signature: [...] »")
        people = self.visa if self.visa is not None else self.signature
        if not people:
            raise ValueError("une étape nomme au moins une personne")
        for person in people:
            _check_user_id(person)
        return self

    @property
    def kind(self) -> Literal["visa", "signature"]:
        return "visa" if self.visa is not None else "signature"

    @property
    def actors(self) -> list[str]:
        return list(self.visa if self.visa is not None else self.signature or [])


class CircuitModelConfig(_Section):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    types: list[str] = Field(default_factory=list)
    steps: list[CircuitStepConfig] = Field(min_length=1)


class DelegationConfig(_Section):
    delegator: str
    delegate: str
    starts: dt.date
    ends: dt.date

    _people = field_validator("delegator", "delegate")(_check_user_id)

    @model_validator(mode="after")
    def _order(self) -> DelegationConfig:
        if self.ends < self.starts:
            raise ValueError("la fin de la délégation précède son début")
        return self


_WORKING_DAYS_RE = re.compile(r"^\s*(\d+)\s*(?:j|jours?)\s+ouvr[ée]s?\s*$", re.IGNORECASE)


class SignaturesConfig(_Section):
    # Name of the collectivité, in certificates and bordereaux.
    organisation: str = "Collectivité"
    keys: Literal["pkcs12", "pkcs11"] = "pkcs12"
    passphrase: SecretStr | None = None
    pkcs11_module: str | None = None
    pkcs11_token: str = "greffier"  # noqa: S105 - the token's label, not a secret
    pkcs11_pin: SecretStr | None = None
    timestamp_url: str | None = None
    visible_stamp: bool = True
    location: str | None = None
    reminder_after: str = "2 jours ouvrés"
    digest_hour: int | None = Field(default=9, ge=0, le=23)
    escalate_after: int = Field(default=3, ge=1)

    @field_validator("reminder_after")
    @classmethod
    def _reminder(cls, value: str) -> str:
        if not _WORKING_DAYS_RE.match(value):
            parse_duration(value)
        return value

    def reminder_working_days(self) -> int | None:
        found = _WORKING_DAYS_RE.match(self.reminder_after)
        return int(found.group(1)) if found else None


class LimitsConfig(_Section):
    max_file_mb: int = Field(default=50, ge=1, le=2000)
    max_message_chars: int = Field(default=4000, ge=100)


_DURATION_RE = re.compile(r"^\s*(\d+)\s*(s|min|m|h|j|d)\s*$")
_DURATION_UNITS = {"s": 1, "min": 60, "m": 60, "h": 3600, "j": 86400, "d": 86400}


def parse_duration(value: Any) -> dt.timedelta:
    """ "30s", "15min", "4h", "7j" (or "7d"), or a number of seconds."""
    if isinstance(value, dt.timedelta):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return dt.timedelta(seconds=float(value))
    found = _DURATION_RE.match(str(value))
    if not found:
        raise ValueError(f"« {value} » n'est pas une durée (ex. 30s, 15min, 4h, 7j)")
    return dt.timedelta(seconds=int(found.group(1)) * _DURATION_UNITS[found.group(2)])


class FilingConfig(_Section):
    # A collectivité's own plan/tableau/types, over the shipped referentiel/data/ (optional).
    referentiel: Path | None = None
    reminder_after: dt.timedelta = dt.timedelta(hours=4)
    expire_after: dt.timedelta = dt.timedelta(days=7)
    answer_window: dt.timedelta = dt.timedelta(minutes=30)
    ocr_language: str = Field(default="fra", pattern=r"^[a-z_+]+$")
    sweep_every: dt.timedelta = dt.timedelta(seconds=30)

    @field_validator(
        "reminder_after", "expire_after", "answer_window", "sweep_every", mode="before"
    )
    @classmethod
    def _duration(cls, value: Any) -> dt.timedelta:
        return parse_duration(value)


class ArchivesConfig(_Section):
    """The Archives départementales: who gives the visa, where transfers go (SEDA)."""

    # Name of the archives service, on bordereaux and in messages.
    name: str = "Archives départementales"
    # The archivist (directeur des Archives départementales or their delegate), a Matrix
    # account listed in people: gives the visa of elimination, acknowledges transfers.
    archivist: str | None = None
    # SEDA identifiers: of the archives service, of the collectivité, of the transfer
    # agreement (accord de versement), and how AppraisalRule/Rule is written (as@lae wants a
    # duration such as P10Y, Vitam a code of its referential).
    identifier: str = "FRAD000"
    transferring_identifier: str = "COLLECTIVITE"
    agreement: str | None = None
    rule_style: Literal["duration", "code"] = "duration"

    _archivist = field_validator("archivist")(_check_optional_user_id)


class RetentionConfig(_Section):
    # How long before a DUA ends the référent hears of it.
    lead_time: dt.timedelta = dt.timedelta(days=60)
    # At most one digest per service in this period (while something is due).
    digest_every: dt.timedelta = dt.timedelta(days=7)
    # How often the scan runs (it is an indexed query: cheap).
    scan_every: dt.timedelta = dt.timedelta(hours=1)
    # Maire or président: second signature of bordereaux d'élimination (listed in people).
    authority: str | None = None
    archives: ArchivesConfig = Field(default_factory=ArchivesConfig)

    @field_validator("lead_time", "digest_every", "scan_every", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> dt.timedelta:
        return parse_duration(value)

    _authority = field_validator("authority")(_check_optional_user_id)


class WebConfig(_Section):
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    public_url: str | None = None


class Config(_Section):
    homeserver: HomeserverConfig
    bot: BotAccountConfig
    data_dir: Path = Path("var")
    database: DatabaseConfig = Field(default_factory=DatabaseConfig)
    access: AccessConfig = Field(default_factory=AccessConfig)
    services: list[ServiceConfig] = Field(default_factory=list)
    roles: list[RoleConfig] = Field(default_factory=list)
    people: list[PersonConfig] = Field(default_factory=list)
    circuits: list[CircuitModelConfig] = Field(default_factory=list)
    delegations: list[DelegationConfig] = Field(default_factory=list)
    signatures: SignaturesConfig = Field(default_factory=SignaturesConfig)
    limits: LimitsConfig = Field(default_factory=LimitsConfig)
    filing: FilingConfig = Field(default_factory=FilingConfig)
    retention: RetentionConfig = Field(default_factory=RetentionConfig)
    web: WebConfig = Field(default_factory=WebConfig)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @model_validator(mode="after")
    def _roles_name_services(self) -> Config:
        known = {s.id for s in self.services}
        for role in self.roles:
            if isinstance(role.sees, list):
                unknown = [s for s in role.sees if s not in known]
                if unknown:
                    raise ValueError(
                        f"le rôle « {role.id} » voit un service inconnu : {', '.join(unknown)}"
                    )
        people = {p.user_id for p in self.people}
        for model in self.circuits:
            for step in model.steps:
                missing = [a for a in step.actors if a not in people]
                if missing:
                    raise ValueError(
                        f"le circuit « {model.id} » nomme des personnes absentes de people : "
                        f"{', '.join(missing)}"
                    )
        for key, user in (
            ("retention.authority", self.retention.authority),
            ("retention.archives.archivist", self.retention.archives.archivist),
        ):
            if user is not None and user not in people:
                raise ValueError(f"{key} : {user} doit figurer dans people (nom et qualité)")
        if self.signatures.keys == "pkcs11" and not self.signatures.pkcs11_module:
            raise ValueError("signatures.pkcs11_module : chemin du module PKCS#11 obligatoire")
        return self

    def database_url(self) -> str:
        """The URL to connect with: the SQLite file in the data directory unless told."""
        if self.database.url is None:
            return f"sqlite:///{(self.data_dir / 'greffier.db').resolve()}"
        if self.database.password is None:
            return self.database.url
        from sqlalchemy.engine import make_url

        url = make_url(self.database.url).set(password=self.database.password.get_secret_value())
        return url.render_as_string(hide_password=False)


_MESSAGES = {
    "missing": "clé obligatoire absente",
    "extra_forbidden": "clé inconnue (faute de frappe ?)",
    "string_type": "doit être un texte",
    "int_type": "doit être un nombre entier",
    "int_parsing": "doit être un nombre entier",
    "bool_type": "doit être true ou false",
    "bool_parsing": "doit être true ou false",
    "list_type": "doit être une liste",
    "dict_type": "doit être une section (clé: valeur)",
    "model_type": "doit être une section (clé: valeur)",
    "literal_error": "valeur non reconnue",
    "string_pattern_mismatch": "minuscules, chiffres, - et _ seulement",
    "greater_than_equal": "trop petit",
    "less_than_equal": "trop grand",
}


def _describe(error: Any) -> str:
    location = ".".join(str(part) for part in error["loc"]) or "(racine)"
    kind = error["type"]
    if kind == "value_error":
        message = str(error["ctx"]["error"])
    elif kind == "literal_error":
        message = f"valeur non reconnue, attendu : {error['ctx']['expected']}"
    else:
        message = _MESSAGES.get(kind, error["msg"])
    return f"{location} : {message}"


def _apply_env(raw: dict[str, Any], env: dict[str, str]) -> None:
    for variable, (section, key) in ENV_SECRETS.items():
        if env.get(variable):
            target = raw.setdefault(section, {})
            if isinstance(target, dict):
                target[key] = env[variable]


def parse_config(raw: Any, *, source: str, env: dict[str, str] | None = None) -> Config:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"configuration invalide ({source}) : le fichier doit être une section")
    # A section left with only comments reads as null: it means "the defaults".
    raw = {key: value for key, value in raw.items() if value is not None}
    _apply_env(raw, dict(os.environ) if env is None else env)
    try:
        config = Config.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(
            f"configuration invalide ({source}) : {_describe(exc.errors()[0])}"
        ) from None
    if config.bot.password is None and config.bot.access_token is None:
        raise ConfigError(
            f"configuration invalide ({source}) : bot.password : mot de passe absent "
            "(dans le fichier ou la variable GREFFIER_BOT_PASSWORD)"
        )
    return config


def load_config(path: Path, env: dict[str, str] | None = None) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"configuration introuvable : {path}") from None
    except OSError as exc:
        raise ConfigError(f"configuration illisible : {path} ({exc.strerror})") from None
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" ligne {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"configuration invalide ({path}) : YAML mal formé{where}") from None
    config = parse_config(raw, source=str(path), env=env)
    if not config.data_dir.is_absolute():
        config = config.model_copy(update={"data_dir": (path.parent / config.data_dir).resolve()})
    referentiel = config.filing.referentiel
    if referentiel is not None and not referentiel.is_absolute():
        filing = config.filing.model_copy(update={"referentiel": (path.parent / referentiel)})
        config = config.model_copy(update={"filing": filing})
    return config
