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
    | {"name": "pc.pdf", "reasons": [["« permis » trouvé"]], "pages": 2, "ocr": True},
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
        "counted_from": "14 février 2025 (règle du tableau : fin de l'exercice)",
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
    },
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
