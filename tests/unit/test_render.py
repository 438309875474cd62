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


@pytest.mark.parametrize("path", sorted(TEMPLATES_DIR.glob("*.html.j2")), ids=lambda p: p.name)
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
