"""`greffier`: run the bot (or, with no configuration, a local demo), migrate, check a config.

greffier                      the bot with ./config.yaml, or the demo when there is none
greffier run -c config.yaml   the bot
greffier demo [--tour]        local Synapse + demo accounts + the bot; --tour plays a dialogue
greffier check-config -c F    validate a configuration and exit
greffier migrate -c F         bring the database schema up to date and exit
greffier identity [show|reset] the bot's cryptographic identity (cross-signing)
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import Config, ConfigError, load_config

if TYPE_CHECKING:
    from referentiel.model import Referentiel

DEFAULT_CONFIG = Path("config.yaml")


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stderr,
    )
    noisy = ["peewee", "aiohttp.access", "alembic", "apscheduler", "fontTools"]
    if level != "DEBUG":
        noisy.append("nio")  # nio's own INFO lines only help when debugging
    for name in noisy:
        logging.getLogger(name).setLevel(logging.WARNING)


def _config_path(arg: str | None) -> Path | None:
    if arg:
        return Path(arg)
    env = os.environ.get("GREFFIER_CONFIG")
    if env:
        return Path(env)
    return DEFAULT_CONFIG if DEFAULT_CONFIG.exists() else None


async def run_bot(config: Config, referentiel: Referentiel | None = None) -> int:
    from bot.app import Greffier
    from bot.client import LoginFailedError
    from storage.migrate import SchemaTooNewError

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await Greffier(config, referentiel).run(stop)
    except (LoginFailedError, SchemaTooNewError) as exc:
        print(f"greffier : {exc}", file=sys.stderr)
        return 1
    return 0


def _load(arg: str | None) -> Config:
    path = _config_path(arg)
    if path is None:
        raise ConfigError(
            "aucune configuration : passez -c config.yaml (voir config.example.yaml)"
        )
    return load_config(path)


def _check_referentiel(config: Config) -> Referentiel:
    """The plan de classement, tableau de gestion and types (with the collectivité's own file)
    are checked before anything starts: a mistake is one French line, not a failed filing."""
    from referentiel.model import ReferentielError, load_referentiel

    try:
        return load_referentiel(overrides=config.filing.referentiel)
    except ReferentielError as exc:
        raise ConfigError(f"référentiel invalide : {exc}") from None


def _copy_database(config: Config, target: str) -> int:
    from storage.copy import CopyError, copy_database
    from storage.db import Database

    source = Database(config.database_url()).sync_url
    destination = Database(target).sync_url
    try:
        copied = copy_database(source, destination)
    except CopyError as exc:
        print(f"greffier : {exc}", file=sys.stderr)
        return 1
    print(
        f"{copied.rows} lignes copiées ({copied.tables} tables). Mettez maintenant "
        f"database.url: {target} dans la configuration, puis relancez le bot."
    )
    return 0


async def _verify_audit(config: Config) -> int:
    """Walk the audit chain; 0 when intact, 1 naming the first broken entry."""
    from storage.db import Database

    db = Database(config.database_url())
    try:
        async with db.unit() as uow:
            verdict = await uow.audit.verify()
    finally:
        await db.dispose()
    if verdict.intact:
        print(f"journal d'audit intact : {verdict.checked} entrées vérifiées")
        return 0
    where = (
        " : "
        if verdict.broken_seq is None
        else (f" à l'entrée n° {verdict.broken_seq} (id {verdict.broken_id}) : ")
    )
    print(
        f"journal d'audit ROMPU{where}{verdict.reason} ({verdict.checked} entrées intactes avant)",
        file=sys.stderr,
    )
    return 1


RESET_WARNING = """\
Attention : réinitialiser l'identité du bot crée de nouvelles clés de signature croisée.
- Dans Element et Tchap, chaque personne verra « l'identité de {name} a changé » et devra
  l'accepter avant de lui écrire à nouveau dans un salon chiffré.
- L'ancienne identité ne pourra plus être restaurée.
À faire seulement si les clés de data_dir/matrix/cross_signing.json sont perdues ou ne
correspondent plus à celles du serveur. Le serveur demandera le mot de passe du bot
(bot.password ou GREFFIER_BOT_PASSWORD).
Pour confirmer : greffier identity reset --yes"""


async def _identity(config: Config, action: str, confirmed: bool) -> int:
    """Show the bot's identity as the server and data_dir hold it, or make a new one."""
    from bot import identity
    from circuits.signing.service import key_passphrase

    session = identity.stored_session(config.data_dir)
    token = session.get("access_token") if session else None
    if config.bot.access_token is not None:
        token = config.bot.access_token.get_secret_value()
    if session is None or not token:
        print(
            "greffier : le bot ne s'est encore jamais connecté (pas de session dans "
            f"{config.data_dir / 'matrix'}) : lancez-le une première fois.",
            file=sys.stderr,
        )
        return 1
    if action == "reset" and not confirmed:
        print(RESET_WARNING.format(name=config.bot.display_name), file=sys.stderr)
        return 1
    passphrase = key_passphrase(
        config.data_dir / "signing",
        config.signatures.passphrase.get_secret_value().encode()
        if config.signatures.passphrase
        else None,
    )
    api = identity.AiohttpApi(config.homeserver.url, lambda: token)
    account = identity.BotAccount(
        api=api,
        key_file=identity.key_path(config.data_dir),
        user_id=config.bot.user_id,
        device_id=session["device_id"],
        passphrase=passphrase,
        password=config.bot.password.get_secret_value() if config.bot.password else None,
    )
    try:
        if action == "reset":
            status = await identity.reset(account)
        else:
            local = identity.load_keys(account.key_file, account.user_id, passphrase)
            status = await identity.read_status(api, account.user_id, account.device_id, local)
    except identity.IdentityError as exc:
        print(f"greffier : {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"greffier : serveur injoignable ({exc})", file=sys.stderr)
        return 1
    finally:
        await api.close()
    print(identity.describe(status, account.key_file))
    return 0 if status.ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="greffier", description="Greffier, assistant documentaire"
    )
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run", help="lancer le bot")
    run.add_argument("-c", "--config")
    demo = sub.add_parser("demo", help="serveur Matrix local de démonstration + le bot")
    demo.add_argument("--tour", action="store_true", help="jouer une conversation et l'afficher")
    demo.add_argument("--dir", default=os.environ.get("GREFFIER_DEMO_DIR", "var/demo"))
    check = sub.add_parser("check-config", help="valider une configuration")
    check.add_argument("-c", "--config")
    migrate = sub.add_parser("migrate", help="mettre à jour le schéma de la base")
    migrate.add_argument("-c", "--config")
    copy = sub.add_parser(
        "copy-database", help="copier la base SQLite vers PostgreSQL (bot arrêté)"
    )
    copy.add_argument("--to", required=True, help="adresse postgresql://… d'une base vide")
    copy.add_argument("-c", "--config")
    audit = sub.add_parser("audit", help="vérifier que le journal d'audit n'a pas été modifié")
    audit.add_argument("action", choices=["verify"])
    audit.add_argument("-c", "--config")
    ident = sub.add_parser(
        "identity", help="identité cryptographique du bot : l'afficher ou la réinitialiser"
    )
    ident.add_argument("action", choices=["show", "reset"], nargs="?", default="show")
    ident.add_argument("--yes", action="store_true", help="confirmer la réinitialisation")
    ident.add_argument("-c", "--config")
    args = parser.parse_args(argv)

    command = args.command or "run"
    try:
        if command == "demo" or (
            command == "run" and _config_path(getattr(args, "config", None)) is None
        ):
            from bot import demo as demo_module

            _setup_logging("INFO")
            directory = Path(
                getattr(args, "dir", None) or os.environ.get("GREFFIER_DEMO_DIR", "var/demo")
            )
            if getattr(args, "tour", False):
                return asyncio.run(demo_module.tour(directory))
            return asyncio.run(demo_module.serve(directory))
        config = _load(args.config)
        referentiel = _check_referentiel(config)
        if command == "check-config":
            print(f"configuration valide : {config.bot.user_id} sur {config.homeserver.url}")
            return 0
        _setup_logging(config.log_level)
        if command == "migrate":
            from storage.db import Database

            async def _migrate() -> None:
                db = Database(config.database_url())
                await db.migrate()
                await db.dispose()

            asyncio.run(_migrate())
            print("base de données à jour")
            return 0
        if command == "audit":
            return asyncio.run(_verify_audit(config))
        if command == "identity":
            return asyncio.run(_identity(config, args.action, args.yes))
        if command == "copy-database":
            return _copy_database(config, args.to)
        return asyncio.run(run_bot(config, referentiel))
    except ConfigError as exc:
        print(f"greffier : {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
