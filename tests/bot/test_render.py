"""Messages: one template gives the HTML and a readable plain body; user text is escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.chat import relation
from bot.render import TEMPLATES_DIR, Renderer, html_to_text
from commands.handlers import help_entries
from workflows.ports import Mention, Message, UserId

RENDERER = Renderer()


def test_lists_links_and_pills_in_plain_text() -> None:
    html = (
        '<p>Bonjour <a href="https://matrix.to/#/@a:x">Agnès</a>,</p>'
        "<ol><li>oui</li><li>non</li></ol><ul><li>un</li></ul>"
        '<p>voir <a href="https://exemple.fr">le site</a></p>'
    )
    assert html_to_text(html) == (
        "Bonjour Agnès,\n\n1. oui\n2. non\n• un\n\nvoir le site (https://exemple.fr)"
    )


def test_choices_become_a_numbered_list() -> None:
    content = RENDERER.content(Message("hello", {"name": None}, choices=["Oui", "Non"]))
    assert content["msgtype"] == "m.notice"
    assert content["format"] == "org.matrix.custom.html"
    assert "<ol><li>Oui</li><li>Non</li></ol>" in content["formatted_body"]
    assert content["body"].endswith("1. Oui\n2. Non")
    assert content["m.mentions"] == {}


def test_user_text_is_escaped() -> None:
    evil = "<img src=x onerror=alert(1)>{{ 7*7 }}"
    content = RENDERER.content(Message("unknown", {"text": evil, "suggestion": None}))
    assert "<img" not in content["formatted_body"]
    assert "&lt;img" in content["formatted_body"]
    assert "{{ 7*7 }}" in content["body"]  # shown as typed, never evaluated
    assert "49" not in content["body"]


def test_mentions_are_pills_and_listed() -> None:
    message = Message(
        "dm_sent",
        {"user_id": "@agnes:x", "name": "Agnès"},
        mentions=[Mention(UserId("@agnes:x"), "Agnès")],
    )
    content = RENDERER.content(message)
    assert '<a href="https://matrix.to/#/@agnes:x">Agnès</a>' in content["formatted_body"]
    assert content["body"].startswith("Agnès, je vous ai écrit")
    assert content["m.mentions"] == {"user_ids": ["@agnes:x"]}


SAMPLES = {
    "room_hello": {"bot_name": "Greffier", "is_direct": False},
    "help": {"commands": help_entries(), "is_direct": True},
    "hello": {"name": "Agnès"},
    "nothing_to_cancel": {},
    "unknown": {"text": "xyz", "suggestion": "aide"},
    "error": {},
    "undecryptable": {},
    "dm_opened": {},
    "dm_sent": {"user_id": "@a:x", "name": None},
}
_Q = {"problem": None, "detail": None, "words": None, "help": False, "can_go_back": True}
_FIELD = _Q | {
    "name": "pc.pdf",
    "label": "le numéro du permis",
    "question": "Quel est le numéro du permis ?",
    "example": "PC 075 056 25 B0001",
    "optional": True,
    "kind": "reference",
    "type_label": "Permis de construire",
}
SAMPLES |= {
    "filing_photos": _Q | {"name": "IMG.jpg", "count": 2},
    "filing_unreadable": _Q | {"name": "IMG.jpg"},
    "filing_type": _Q
    | {
        "name": "pc.pdf",
        "reasons": [["« permis » trouvé"], [], ["« arrêté » trouvé", "« article 1 » trouvé"]],
        "pages": 2,
        "ocr": True,
    },
    "filing_describe": _Q | {"name": "x", "problem": "nothing", "words": "zzz"},
    "filing_pick": _Q | {"name": "x", "problem": "choice"},
    "filing_confirm_value": _FIELD | {"display": "PC 075", "reason": "lu après « n° »"},
    "filing_ask_value": _FIELD | {"problem": "invalid", "detail": "Écrivez une date."},
    "filing_summary": _Q
    | {
        "name": "pc.pdf",
        "type_label": "Permis de construire",
        "title": "Permis PC 075",
        "file_name": "2025-03-12_PC.pdf",
        "class_label": "10.1 Permis de construire",
        "retention": "à conserver définitivement",
        "counted_from": "31 décembre 2025 (fin de l'exercice)",
        "waiting_for": None,
        "sensitive": "il contient des informations de santé",
        "owner": "Ressources humaines",
        "values": [("le numéro", "PC 075")],
        "warnings": ["texte peu lisible"],
    },
    "filing_done": {
        "ref": "2026-0001",
        "name": "2025-03-12_PC.pdf",
        "title": "Permis PC 075",
        "class_label": "10.1 Permis de construire",
        "retention": "à conserver définitivement",
        "warnings": [],
        "service": "Urbanisme",
        "waiting_for": "date du paiement du solde du marché",
        "tell": "dossier 2025-0012 soldé le JJ/MM/AAAA",
        "sensitive": "c'est un document de type « Bulletin de paie »",
    },
    "filing_done_elsewhere": {"ref": "2026-0001", "why": "il contient un IBAN"},
    "filing_health": _Q | {"name": "transmissions.pdf"},
    "filing_went_private": {"why": "c'est un document de type « Bulletin de paie »"},
    "filing_cancelled": {"name": "pc.pdf"},
    "filing_busy": {"name": "pc.pdf", "photos": False},
    "filing_too_many_photos": {"max": 30},
    "filing_duplicate": {
        "visible": True,
        "ref": "2026-0001",
        "name": "a.pdf",
        "title": "T",
        "class_label": "C",
        "filed_on": "1er mars 2026",
    },
    "filing_refused": {"code": "too_big", "name": "gros.pdf", "limit_mb": 50},
    "filing_reminder": {"user_id": "@a:x", "name": "pc.pdf", "expires_on": "3 avril 2026"},
    "filing_expired": {"user_id": "@a:x", "name": "pc.pdf", "days": 7},
}
REFUSAL_CODES = [
    "too_big", "encrypted", "restricted", "corrupt", "empty", "office_unavailable",
    "conversion_failed", "ocr_failed", "refused", "unavailable", "unsupported",
]  # fmt: skip


@pytest.mark.parametrize("code", REFUSAL_CODES)
def test_each_refusal_has_its_own_words(code: str) -> None:
    body = RENDERER.content(
        Message("filing_refused", {"code": code, "name": "f.pdf", "limit_mb": 5})
    )["body"]
    assert "Rien n'a été enregistré" in body
    others = [
        RENDERER.content(Message("filing_refused", {"code": c, "name": "f.pdf", "limit_mb": 5}))[
            "body"
        ]
        for c in REFUSAL_CODES
        if c != code
    ]
    assert body not in others


_HIT = {
    "n": 1,
    "name": "PC_2025_Dupond_12-rue-des-lilas.pdf",
    "ref": "2025-0012",
    "date": "12 mars 2025",
    "service": "Urbanisme",
    "type": "Permis de construire",
}
_SEARCH = {
    "query": "permis dupont 2025",
    "corrected": {"dupont": "dupond"},
    "filters": ["année 2025"],
    "truncated": True,
}
SAMPLES |= {
    "search_help": {},
    "search_results": _SEARCH
    | {"hits": [_HIT], "total": 6, "more": True, "elsewhere": 2, "in_room": True},
    "search_private": _SEARCH | {"hits": [_HIT], "total": 1, "more": False, "room_name": "Codir"},
    "search_none": _SEARCH
    | {"unknown": ["zorglub"], "many_words": True, "types": ["Permis de construire"]},
    "search_more": {"hits": [_HIT], "more": False, "query": "permis"},
    "search_no_more": {"total": 7},
    "search_bad_number": {"total": 7},
    "search_gone": {},
    "search_not_here": {"asker_may_see": True},
    "status": {
        "ref": "2025-0012",
        "name": "PC_2025_Dupond.pdf",
        "title": "Permis de construire de Jean Dupond",
        "type": "Permis de construire",
        "service": "Urbanisme",
        "filed_on": "12 mars 2025",
        "filed_by": "@agnes:mairie.fr",
        "state": "classé",
        "retention": "à conserver définitivement",
        "others": 2,
    },
    "status_help": {},
    "status_sent_privately": {},
    "status_none": {"query": "permis zorglub", "ref": None},
}

_DOC = {"ref": "2026-0012", "title": "Arrêté de circulation rue des Lilas"}
_STEP = {
    "step": 1,
    "kind": "visa",
    "actor": "Paul Lemaire, DGS",
    "status": "approved",
    "by": "Alice Durand",
    "on_behalf": "pour Paul Lemaire, DGS, par délégation",
    "at": "22 novembre 2026 à 14 h 05",
    "since": "21 novembre 2026 à 9 h 00",
    "reason": None,
}
_LINE = _DOC | {
    "kind": "signature",
    "requester": "Agnès Petit, Instructrice",
    "since": "20 novembre 2026 à 9 h 00",
    "on_behalf": None,
    "reminders": 1,
    "actor": "Jean Martin, Maire",
}
_DELEGATION = {
    "delegator": "Jean Martin, Maire",
    "delegate": "Alice Durand, Première adjointe",
    "starts": "1er août 2026",
    "ends": "15 août 2026",
}
SAMPLES |= {
    "circuit_request": _DOC
    | {
        "kind": "signature",
        "circuit": "Arrêté du maire",
        "requester": "Agnès Petit",
        "step": 2,
        "on_behalf": "pour Jean Martin, Maire, par délégation",
        "others": [],
    },
    "circuit_how": {},
    "circuit_nothing_pending": {},
    "circuit_which": {"items": [_DOC | {"kind": "visa"}, _DOC | {"kind": "signature"}]},
    "circuit_not_yours": {
        "kind": "visa",
        "actor": "Paul Lemaire, DGS",
        "delegation": {"starts": "1er août 2026", "ends": "15 août 2026"},
    },
    "circuit_ask_reason": _DOC | {"requester": "Agnès Petit"},
    "circuit_ask_reason_again": {},
    "circuit_reject_dropped": {},
    "circuit_already": {
        "task_status": "approved",
        "circuit_status": "running",
        "kind": "visa",
        "at": "22 novembre 2026 à 14 h 05",
        "by": "Paul Lemaire",
    },
    "circuit_recorded": _DOC | {"kind": "signature", "on_behalf": None},
    "circuit_no_qualite": {},
    "circuit_rejected_noted": _DOC,
    "circuit_rejected": _DOC
    | {"by": "Paul Lemaire", "on_behalf": None, "kind": "visa", "reason": "pièce manquante"},
    "circuit_stopped": _DOC | {"outcome": "rejected"},
    "circuit_done": _DOC
    | {"steps": [_STEP | {"who": "Jean Martin"}], "verify_url": "https://g.fr/verifier/x"},
    "circuit_none_running": _DOC,
    "circuit_cancel_refused": {"requester": "Agnès Petit"},
    "circuit_cancelled": _DOC,
    "circuit_cancel_which": {"refs": ["2026-0012", "2026-0013"]},
    "circuit_withdrawn": _DOC,
    "circuit_withdraw_too_late": _DOC | {"kind": "signature"},
    "circuit_which_document": {"text": "zorglub"},
    "circuit_running": _DOC,
    "circuit_no_people": {},
    "circuit_refused": {"why": "Les signatures ne sont pas configurées ici."},
    "circuit_ask_model": _DOC | {"problem": None, "number": 1},
    "circuit_ask_kind": _DOC | {"problem": "Je n'ai pas compris.", "number": 2},
    "circuit_ask_actors": _DOC | {"problem": None, "number": 1, "kind": "visa"},
    "circuit_confirm": _DOC
    | {
        "problem": None,
        "number": 3,
        "name": "Arrêté du maire",
        "steps": [
            {"number": 1, "kind": "visa", "parallel": True, "people": ["Paul", "Fanny"]},
            {"number": 2, "kind": "signature", "parallel": False, "people": ["Jean"]},
        ],
    },
    "circuit_setup_gone": {},
    "circuit_setup_cancelled": _DOC,
    "circuit_started": _DOC | {"name": "Arrêté du maire", "first": ["Paul", "Fanny"]},
    "circuit_setup_expired": _DOC,
    "circuit_setup_reminder": _DOC,
    "circuit_digest": {"items": [_LINE, _LINE], "due": 2},
    "circuit_escalation": {"items": [_LINE]},
    "delegation_not_admin": {},
    "delegation_help": {"problem": "dates"},
    "delegation_unknown": {"who": "@x:mairie.fr"},
    "delegation_done": _DELEGATION,
    "delegation_received": _DELEGATION,
    "delegation_set_for_you": _DELEGATION,
    "delegation_list": {"given": [_DELEGATION], "received": [_DELEGATION]},
    "delegation_ended": _DELEGATION,
    "delegation_ended_list": {"ended": [_DELEGATION]},
    "verify_unavailable": {},
    "verify_busy": {},
    "verify_send": {},
    "verify_cancelled": {},
    "verify_refused": {"code": "too_big"},
    "verify_result": {
        "readable": True,
        "intact": False,
        "summary": "Document modifié après signature.",
        "signatures": [
            {
                "name": "Jean Martin",
                "qualite": "Maire",
                "reason": "Signature",
                "at": "22 novembre 2026 à 14 h 05",
                "valid": False,
                "trusted": True,
                "problem": "le document a été modifié après cette signature",
            }
        ],
        "known": None,
        "sha256": "ab" * 32,
    },
}
_LINE = {"number": 1, "typologie": "Factures", "years": "2014–2015", "count": 12}
SAMPLES |= {
    "elimination_impossible": {"why": "le maire n'est pas configuré"},
    "elimination_nothing": {"service": "Urbanisme"},
    "elimination_proposed": {
        "number": "BE-2026-001",
        "ref": "2026-0042",
        "count": 12,
        "lines": 2,
        "signatories": ["Chef de service : Marc Petit", "Maire : Jean Martin"],
    },
    "elimination_partial_misplaced": {},
    "elimination_unknown_lines": {"unknown": [4], "count": 2},
    "elimination_done": {
        "number": "BE-2026-001",
        "destroyed": 9,
        "withdrawn": ["2026-0007"],
        "record": "2026-0050",
    },
    "elimination_which_service": {"services": ["Urbanisme", "RH"], "named": False},
    "retention_withdrawn": {"ref": "2026-0007", "number": "BE-2026-001", "why": "gelé"},
    "retention_digest": {
        "storage": {"total_count": 3, "total": "1 Mo", "added": "1 Mo", "freeable": "0 octets"},
        "service": "Urbanisme",
        "total": 12,
        "today": "22 novembre 2026",
        "horizon": "21 janvier 2027",
        "sections": [
            {
                "label": "à éliminer",
                "count": 9,
                "rows": [_LINE],
                "actions": [{"number": 1, "words": "Proposer l'élimination"}],
            },
            {
                "label": "à verser aux Archives",
                "count": 3,
                "rows": [_LINE],
                "actions": [{"number": 2, "words": "Prolonger"}],
            },
        ],
    },
    "retention_not_yours": {},
    "retention_bad_number": {"count": 6},
    "retention_group_empty": {},
    "retention_ask": {
        "step": "pick",
        "action": "sort",
        "count": 2,
        "listed": [{"number": 1, "ref": "2026-0001", "title": "Courrier", "date": "1 mars 2025"}],
        "more": 1,
        "until": None,
        "problem": None,
    },
    "retention_cancelled": {},
    "retention_applied": {
        "action": "extend",
        "count": 2,
        "until": "31 décembre 2030",
        "reason": "contentieux",
    },
    "retention_sorted": {"kept": 1, "eliminated": 3, "left": 0},
    "retention_expired": {},
    "retention_reminder": {},
    "retention_which": {"action": "hold"},
    "retention_gone": {"ref": "2026-0007", "disposal": "eliminated"},
    "retention_lifted": {"ref": "2026-0007", "lifted": True},
    "retention_extend_how": {"ref": "2026-0007", "missing": "date"},
    "retention_not_later": {"ref": "2026-0007", "end": "1er janvier 2031"},
    "retention_hold_how": {"ref": "2026-0007"},
    "retention_already_held": {"ref": "2026-0007"},
    "retention_event_how": {"name": "2025-0012"},
    "retention_rules_changed": {"service": "Urbanisme", "waiting": 3, "withdrawn": 1, "later": 2},
    "retention_waiting": {
        "service": "Services techniques",
        "items": [
            {
                "name": "2025 MAPA 07",
                "title": "Marché toiture",
                "count": 2,
                "event": "date du paiement du solde du marché",
                "since": "05/2025",
                "example": "dossier 2025 MAPA 07 soldé le JJ/MM/AAAA",
            }
        ],
        "more": 3,
    },
    "retention_event_future": {"name": "2025-0012", "date": "12 mars 2030"},
    "retention_event_none": {"name": "2025-0012"},
    "retention_event_recorded": {
        "name": "2025-0012",
        "verb": "soldé",
        "date": "12 mars 2027",
        "documents": [
            {
                "ref": "2026-0003",
                "title": "Marché Toiture (Toitures du Centre)",
                "retention": "à trier à partir du 1er janvier 2038",
            }
        ],
        "count": 2,
    },
}
SAMPLES |= {
    "transfer_impossible": {"why": "pas d'archiviste"},
    "transfer_nothing": {"service": "Urbanisme"},
    "transfer_invalid": {"errors": ["ligne 3 : Size"]},
    "transfer_request": {
        "number": "BV-2026-001",
        "service": "Urbanisme",
        "organisation": "Commune",
        "count": 3,
        "requester": "René Garnier",
    },
    "transfer_sent": {
        "number": "BV-2026-001",
        "count": 3,
        "left": 0,
        "archives": "Archives départementales",
        "ref": "2026-0060",
    },
    "transfer_how": {"number": "BV-2026-001"},
    "transfer_not_yours": {"number": "BV-2026-001"},
    "transfer_already": {"number": "BV-2026-001", "status": "accepted"},
    "transfer_reason": {"number": "BV-2026-001"},
    "transfer_noted": {"number": "BV-2026-001", "accepted": True},
    "transfer_decided": {
        "number": "BV-2026-001",
        "accepted": False,
        "count": 3,
        "reason": "manque le registre",
        "archives": "Archives départementales",
    },
}
SAMPLES["circuit_request"] = SAMPLES["circuit_request"] | {"visa_lines": [_LINE]}
SAMPLES |= {
    "storage_none": {},
    "storage_report": {
        "total_count": 12,
        "total": "12 Mo",
        "services": [{"name": "Urbanisme", "count": 12, "size": "12 Mo"}],
        "types": [{"name": "Facture", "count": 3, "size": "1 Mo"}],
        "added": "3 Mo",
        "added_count": 4,
        "freeable": "1,2 Mo",
    },
}
SAMPLES["status"] = SAMPLES["status"] | {
    "circuit": {
        "name": "Arrêté du maire",
        "status": "running",
        "started": "20 novembre 2026 à 9 h 00",
        "finished": None,
        "requester": "Agnès Petit",
        "steps": [_STEP, _STEP | {"status": "open"}, _STEP | {"status": "waiting"}],
    },
    "held": True,
    "retention_actions": [
        {
            "kind": "hold",
            "reason": "litige",
            "until": None,
            "at": "2 mars 2026",
            "by": "René Garnier",
            "ended": None,
        }
    ],
}

SAMPLES |= {
    "device_unverified": {"device": "ABCDEFGH", "room": "Urbanisme", "kind": "reaction"},
    "identity_changed": {"fingerprint": "AbCd EfGh IjKl"},
    "identity_how": {},
    "identity_disowned": {},
    "identity_confirm_from_verified": {},
    "identity_confirmed": {"fingerprint": "AbCd EfGh IjKl", "already": False},
    "identity_decision_refused": {"fingerprint": "AbCd EfGh IjKl"},
    "identity_decision_plain_room": {},
    "reaction_unverified": {"sessions": ["ABC", "DEF"], "room": None},
}


def test_an_unverified_session_is_told_how_to_verify_it() -> None:
    body = RENDERER.content(Message("device_unverified", SAMPLES["device_unverified"]))["body"]
    assert "votre réaction dans « Urbanisme »" in body
    assert "session ABCDEFGH" in body
    assert "Paramètres › Sessions" in body


def test_search_results_read_well_as_plain_text() -> None:
    body = RENDERER.content(Message("search_results", SAMPLES["search_results"]))["body"]
    assert "1. PC_2025_Dupond_12-rue-des-lilas.pdf — 12 mars 2025 · Urbanisme" in body
    assert "« dupond » pour « dupont »" in body
    assert "2 autres résultats vous sont envoyés en message privé" in body


@pytest.mark.parametrize(
    "path",
    [p for p in sorted(TEMPLATES_DIR.glob("*.html.j2")) if not p.name.startswith("_")],
    ids=lambda p: p.name,
)
def test_every_template_renders(path: Path) -> None:
    name = path.name.removesuffix(".html.j2")
    assert name in SAMPLES, f"add a sample context for {name}"
    content = RENDERER.content(Message(name, SAMPLES[name]))
    assert content["body"].strip()
    assert "{" not in content["body"]


def test_help_lists_every_visible_command() -> None:
    body = RENDERER.content(Message("help", SAMPLES["help"]))["body"]
    for entry in help_entries():
        assert f"• {entry.name} : {entry.summary}" in body


def test_relations() -> None:
    assert relation(None, None) is None
    assert relation("$q", None) == {"m.in_reply_to": {"event_id": "$q"}}
    threaded = relation("$q", "$root")
    assert threaded is not None
    assert threaded["rel_type"] == "m.thread" and threaded["event_id"] == "$root"
    assert threaded["m.in_reply_to"] == {"event_id": "$q"} and not threaded["is_falling_back"]
    fallback = relation(None, "$root")
    assert fallback is not None and fallback["is_falling_back"] is True


def test_each_type_offered_shows_its_own_reason() -> None:
    body = RENDERER.content(Message("filing_type", SAMPLES["filing_type"]))["body"]
    assert "1. « permis » trouvé" in body
    assert "3. « arrêté » trouvé, « article 1 » trouvé" in body
    assert "2." not in body.split("Ce qui me fait proposer")[1].split("3.")[0]
