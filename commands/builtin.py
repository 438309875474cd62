"""The commands that exist today. Help is generated from these declarations."""

from __future__ import annotations

from commands.intents import Cancel, Hello, Help, Intent, OpenDirect
from commands.registry import REGISTRY


@REGISTRY.command(
    "aide",
    aliases=("help", "aidez moi", "au secours", "que sais tu faire"),
    summary="ce que je sais faire, avec des exemples",
    examples=("aide",),
)
def _help(rest: str) -> Intent:
    return Help(topic=rest.strip() or None)


@REGISTRY.command(
    "annuler",
    aliases=("annule", "stop", "abandonner", "laisse tomber"),
    summary="abandonner ce qui est en cours (rien n'est enregistré à moitié)",
    examples=("annuler",),
)
def _cancel(rest: str) -> Intent:
    return Cancel()


@REGISTRY.command(
    "privé",
    aliases=("prive", "message privé", "mp", "écris-moi", "ecris moi", "en privé"),
    summary="ouvrir une conversation privée avec moi",
    examples=("privé",),
)
def _direct(rest: str) -> Intent:
    return OpenDirect()


@REGISTRY.command(
    "bonjour",
    aliases=("salut", "hello", "coucou", "ping", "es-tu là", "tu es là"),
    summary="vérifier que je suis là",
    examples=("bonjour",),
    wakes_in_rooms=False,
)
def _hello(rest: str) -> Intent:
    return Hello()
