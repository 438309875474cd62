"""Configuration: the example is valid, secrets come from the environment, and every mistake
is one French line naming its key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config, parse_config

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = {
    "homeserver": {"url": "http://127.0.0.1:8008"},
    "bot": {"user_id": "@greffier:mairie.fr", "password": "secret"},
}


def test_example_file_is_valid() -> None:
    config = load_config(ROOT / "config.example.yaml", env={"GREFFIER_BOT_PASSWORD": "x"})
    assert config.bot.user_id.startswith("@")
    assert config.limits.max_file_mb == 50
    assert config.services, "the example documents services"


def test_secrets_from_environment(tmp_path: Path) -> None:
    raw = {
        "homeserver": {"url": "https://matrix.mairie.fr/"},
        "bot": {"user_id": "@greffier:mairie.fr"},
        "database": {"url": "postgresql://greffier@db/greffier"},
    }
    config = parse_config(
        raw, source="t", env={"GREFFIER_BOT_PASSWORD": "pw", "GREFFIER_DATABASE_PASSWORD": "dbpw"}
    )
    assert config.bot.password is not None and config.bot.password.get_secret_value() == "pw"
    assert config.homeserver.url == "https://matrix.mairie.fr"
    assert config.database_url() == "postgresql://greffier:dbpw@db/greffier"
    assert "pw" not in repr(config.bot)


def test_default_database_is_sqlite_in_data_dir(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        "homeserver: {url: 'http://h'}\nbot: {user_id: '@b:h', password: p}\ndata_dir: donnees\n",
        encoding="utf-8",
    )
    config = load_config(path, env={})
    assert config.data_dir == tmp_path / "donnees"
    assert config.database_url() == f"sqlite:///{tmp_path / 'donnees' / 'greffier.db'}"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"homeserver": {}}, "homeserver.url : clé obligatoire absente"),
        ({"homeserver": {"url": "matrix.mairie.fr"}}, "homeserver.url : doit être une adresse"),
        ({"bot": {"user_id": "greffier", "password": "p"}}, "bot.user_id : « greffier »"),
        ({"bot": {"user_id": "@greffier:mairie.fr"}}, "bot.password : mot de passe absent"),
        ({"limits": {"max_file_mb": "beaucoup"}}, "limits.max_file_mb : doit être un nombre"),
        ({"limits": {"max_file_mo": 3}}, "limits.max_file_mo : clé inconnue"),
        (
            {"services": [{"id": "urba", "name": "U", "rooms": ["salle"]}]},
            "services.0.rooms : « salle » n'est pas un identifiant de salon",
        ),
        ({"database": {"url": "mysql://x"}}, "database.url : doit commencer par"),
        ({"log_level": "BAVARD"}, "log_level : valeur non reconnue"),
    ],
)
def test_errors_name_the_key(change: dict[str, object], expected: str) -> None:
    raw = {**MINIMAL, **change}
    with pytest.raises(ConfigError) as caught:
        parse_config(raw, source="config.yaml", env={})
    message = str(caught.value)
    assert message.startswith("configuration invalide (config.yaml) : ")
    assert expected in message
    assert "\n" not in message


def test_bad_yaml_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("homeserver:\n  url: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="YAML mal formé ligne"):
        load_config(path, env={})
    with pytest.raises(ConfigError, match="introuvable"):
        load_config(tmp_path / "absent.yaml", env={})


def test_filing_durations_and_local_referentiel(tmp_path: Path) -> None:
    local = tmp_path / "referentiel-local.yaml"
    local.write_text("rows: []\n", encoding="utf-8")
    path = tmp_path / "config.yaml"
    path.write_text(
        "homeserver: {url: 'http://127.0.0.1:8008'}\n"
        "bot: {user_id: '@greffier:mairie.fr', password: x}\n"
        "filing: {reminder_after: 15min, expire_after: 7j, answer_window: 90, "
        "referentiel: referentiel-local.yaml}\n",
        encoding="utf-8",
    )
    config = load_config(path, env={})
    assert config.filing.reminder_after == dt.timedelta(minutes=15)
    assert config.filing.expire_after == dt.timedelta(days=7)
    assert config.filing.answer_window == dt.timedelta(seconds=90)
    assert config.filing.referentiel == local


def test_bad_duration_names_the_key() -> None:
    raw = {
        "homeserver": {"url": "http://127.0.0.1:8008"},
        "bot": {"user_id": "@greffier:mairie.fr", "password": "x"},
        "filing": {"reminder_after": "bientôt"},
    }
    with pytest.raises(ConfigError) as raised:
        parse_config(raw, source="c.yaml", env={})
    assert "filing.reminder_after" in str(raised.value) and "durée" in str(raised.value)


def test_a_broken_local_referentiel_stops_with_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "local.yaml").write_text(
        "rows:\n  - {id: x, class_code: nowhere, typologie: t, sort: Z, source: s, grade: OFF}\n",
        encoding="utf-8",
    )
    path = tmp_path / "config.yaml"
    path.write_text(
        "homeserver: {url: 'http://127.0.0.1:8008'}\n"
        "bot: {user_id: '@greffier:mairie.fr', password: x}\n"
        "filing: {referentiel: local.yaml}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check-config", "-c", str(path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "référentiel invalide" in lines[0] and "local.yaml" in lines[0]


PEOPLE = [
    {
        "user_id": "@maire:mairie.fr",
        "first_name": "Jean",
        "last_name": "Martin",
        "qualite": "Maire",
    }
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {
                "people": PEOPLE,
                "circuits": [{"id": "a", "name": "A", "steps": [{"visa": ["@x:m.fr"]}]}],
            },
            "absentes de people : @x:m.fr",
        ),
        (
            {"circuits": [{"id": "a", "name": "A", "steps": [{"visa": [], "signature": []}]}]},
            "soit « visa: [...] », soit « signature: [...] »",
        ),
        (
            {"people": [{"user_id": "@maire:mairie.fr", "first_name": "Jean"}]},
            "people.0.last_name",
        ),
        ({"signatures": {"reminder_after": "bientôt"}}, "signatures.reminder_after"),
        ({"signatures": {"keys": "pkcs11"}}, "pkcs11_module"),
        (
            {
                "delegations": [
                    {
                        "delegator": "@a:m.fr",
                        "delegate": "@b:m.fr",
                        "starts": "2026-08-15",
                        "ends": "2026-08-01",
                    }
                ]
            },
            "la fin de la délégation précède son début",
        ),
    ],
)
def test_signature_settings_are_checked(change: dict[str, object], expected: str) -> None:
    with pytest.raises(ConfigError) as error:
        parse_config(MINIMAL | change, source="test", env={})
    assert expected in str(error.value)


def test_signature_settings_from_the_example() -> None:
    from bot.settings import circuit_settings_from

    config = load_config(ROOT / "config.example.yaml", env={"GREFFIER_BOT_PASSWORD": "x"})
    settings = circuit_settings_from(config)
    assert settings.reminder_working_days == 2 and settings.reminder_after is None
    assert [m.id for m in settings.models] == ["arrete-maire", "engagement-depense"]
    assert settings.models[1].steps[0].actors == (
        "@dgs:mairie-exemple.fr",
        "@finances:mairie-exemple.fr",
    )
    maire = settings.person("@maire:mairie-exemple.fr")
    assert maire is not None and maire.described == "Jean Martin, Maire"
    short = parse_config(MINIMAL | {"signatures": {"reminder_after": "30s"}}, source="t", env={})
    assert circuit_settings_from(short).reminder_after == dt.timedelta(seconds=30)
