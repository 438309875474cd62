"""Every command people can type, declared once: help is generated from these declarations."""

from __future__ import annotations

from commands.intents import (
    Cancel,
    CancelCircuit,
    Delegate,
    Hello,
    Help,
    Intent,
    OpenDirect,
    RecordEvent,
    Retain,
    Search,
    StartCircuit,
    Status,
    StorageReport,
    Verify,
)
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


@REGISTRY.command(
    "cherche",
    aliases=("chercher", "recherche", "rechercher", "cherches"),
    summary="retrouver un document par quelques mots (nom, type, année…)",
    examples=(
        "cherche permis dupond 2025",
        "cherche délib cantine septembre",
        "cherche mes documents",
    ),
    max_unaddressed_words=10,
    interrupts=("cherche", "chercher", "rechercher", "cherches"),
)
def _search(rest: str) -> Intent:
    return Search(text=rest)


@REGISTRY.command(
    "statut",
    aliases=("où en est", "ou en est", "état", "status", "suivi"),
    summary="où en est un document (par sa référence ou quelques mots)",
    examples=("statut 2025-0012", "où en est le permis dupond"),
    # « où en est le chantier ? » is everyday talk in a room: there, the bot must be named.
    wakes_in_rooms=False,
    interrupts=("où en est", "ou en est"),
)
def _status(rest: str) -> Intent:
    return Status(text=rest)


@REGISTRY.command(
    "circuit",
    aliases=(
        "circuit de signature",
        "faire signer",
        "parapheur",
        "envoyer en signature",
        "mettre en signature",
    ),
    summary="faire viser et signer un document classé (par sa référence)",
    examples=("circuit 2026-0012",),
    wakes_in_rooms=False,
)
def _circuit(rest: str) -> Intent:
    return StartCircuit(text=rest)


@REGISTRY.command(
    "annuler circuit",
    aliases=(
        "annuler le circuit",
        "arreter le circuit",
        "arrêter le circuit",
        "arreter circuit",
        "stopper le circuit",
    ),
    summary="arrêter un circuit de signature que vous avez lancé",
    examples=("annuler le circuit 2026-0012",),
    wakes_in_rooms=False,
)
def _cancel_circuit(rest: str) -> Intent:
    return CancelCircuit(text=rest)


@REGISTRY.command(
    "délégation",
    aliases=("delegation", "déléguer", "deleguer", "délégations", "delegations"),
    summary="confier vos visas et signatures à quelqu'un pour quelques jours",
    examples=("délégation à @adjoint:mairie.fr du 1er au 15 août", "délégations"),
    wakes_in_rooms=False,
)
def _delegate(rest: str) -> Intent:
    return Delegate(text=rest)


@REGISTRY.command(
    "vérifier",
    aliases=("verifier", "vérifie", "verifie", "vérification", "verification"),
    summary="vérifier les signatures d'un PDF (envoyez-le juste après)",
    examples=("vérifier",),
    wakes_in_rooms=False,
)
def _verify(rest: str) -> Intent:
    return Verify()


@REGISTRY.command(
    "prolonger",
    aliases=("prolonge", "prolongation", "garder plus longtemps"),
    summary="garder un document au-delà de sa durée (jusqu'à une date, avec la raison)",
    examples=("prolonger 2026-0012 jusqu'au 31/12/2030 : contentieux en cours",),
    wakes_in_rooms=False,
)
def _extend(rest: str) -> Intent:
    return Retain(action="extend", text=rest)


@REGISTRY.command(
    "geler",
    aliases=("bloquer la destruction", "mettre sous gel"),
    summary="interdire la destruction d'un document (litige, contrôle), avec la raison",
    examples=("geler 2026-0012 : litige avec l'entreprise",),
    wakes_in_rooms=False,
)
def _hold(rest: str) -> Intent:
    return Retain(action="hold", text=rest)


@REGISTRY.command(
    "dégeler",
    aliases=("degeler", "lever le gel", "fin du gel"),
    summary="lever le gel d'un document",
    examples=("dégeler 2026-0012",),
    wakes_in_rooms=False,
)
def _lift(rest: str) -> Intent:
    return Retain(action="lift", text=rest)


@REGISTRY.command(
    "éliminer",
    aliases=("eliminer", "proposer l'élimination", "proposer l elimination", "élimination"),
    summary="préparer le bordereau d'élimination de votre service (visa des Archives requis)",
    examples=("éliminer",),
    wakes_in_rooms=False,
)
def _eliminate(rest: str) -> Intent:
    return Retain(action="eliminate", text=rest)


@REGISTRY.command(
    "verser",
    aliases=("versement", "verser aux archives", "transférer aux archives"),
    summary="envoyer aux Archives les documents à conserver de votre service (paquet SEDA)",
    examples=("verser",),
    wakes_in_rooms=False,
)
def _transfer(rest: str) -> Intent:
    return Retain(action="transfer", text=rest)


@REGISTRY.command(
    "dossier",
    aliases=("marché", "marche", "le dossier", "le marché"),
    summary="dire qu'un dossier est clos ou un marché soldé : sa durée de conservation commence",
    examples=("dossier 2025-0012 soldé le 12/03/2027", "dossier 2026-0031 clos"),
    wakes_in_rooms=False,
)
def _record_event(rest: str) -> Intent:
    return RecordEvent(text=rest)


@REGISTRY.command(
    "stockage",
    aliases=("volume", "place occupée", "espace disque", "rapport de stockage"),
    summary="le volume des documents par service et par type, et ce qu'une élimination libérerait",
    examples=("stockage",),
    wakes_in_rooms=False,
)
def _storage(rest: str) -> Intent:
    return StorageReport()
