"""Messages: jinja2 templates (autoescaped HTML) to a Matrix `m.notice` content.

One template gives both forms: the HTML `formatted_body`, and a plain `body` derived from it,
so the two never disagree. People are named with pills (a matrix.to link whose text is their
name) and listed in `m.mentions`, which is what makes their phone ring.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from workflows.ports import Mention, Message

TEMPLATES_DIR = Path(__file__).parent / "templates"
MATRIX_TO = "https://matrix.to/#/"


def pill(user_id: str, name: str | None = None) -> Markup:
    """A link that clients show as the person's name (and that notifies them)."""
    return Markup('<a href="{}{}">{}</a>').format(MATRIX_TO, user_id, name or user_id)


class _PlainText(HTMLParser):
    """Readable text from our own small HTML: paragraphs, line breaks, lists, links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.lists: list[list[int]] = []  # per open list: [next number] or [] for bullets
        self.href: str | None = None
        self.link_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p", "div", "blockquote") and self.parts and not self._ends_blank():
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "ol":
            self._newline()
            self.lists.append([1])
        elif tag == "ul":
            self._newline()
            self.lists.append([])
        elif tag == "li":
            self._newline()
            current = self.lists[-1] if self.lists else []
            if current:
                self.parts.append(f"{current[0]}. ")
                current[0] += 1
            else:
                self.parts.append("• ")
        elif tag == "a":
            self.href = dict(attrs).get("href")
            self.link_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
            self._newline()
        elif tag in ("p", "div", "blockquote"):
            self.parts.append("\n\n")
        elif tag == "a":
            text = "".join(self.link_text)
            href = self.href or ""
            if href.startswith(MATRIX_TO) or not href or href == text:
                self.parts.append(text)
            else:
                self.parts.append(f"{text} ({href})")
            self.href = None

    def handle_data(self, data: str) -> None:
        data = " ".join(data.split()) if "\n" in data else data
        if self.href is not None:
            self.link_text.append(data)
        else:
            self.parts.append(data)

    def _ends_blank(self) -> bool:
        return "".join(self.parts[-2:]).endswith("\n\n")

    def _newline(self) -> None:
        if self.parts and not "".join(self.parts[-1:]).endswith("\n"):
            self.parts.append("\n")

    def text(self) -> str:
        lines = [line.strip() for line in "".join(self.parts).split("\n")]
        out: list[str] = []
        for line in lines:
            if line or (out and out[-1]):
                out.append(line)
        return "\n".join(out).strip()


def html_to_text(html: str) -> str:
    parser = _PlainText()
    parser.feed(html)
    parser.close()
    return parser.text()


class Renderer:
    """Turns a workflow's `Message` into the content of a Matrix `m.notice`."""

    def __init__(self, templates_dir: Path = TEMPLATES_DIR) -> None:
        self.env = Environment(
            loader=FileSystemLoader(templates_dir),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.env.globals["pill"] = pill

    def html(self, message: Message) -> str:
        template = self.env.get_template(f"{message.template}.html.j2")
        body = template.render(**message.context).strip()
        if message.choices:
            items = Markup("").join(
                Markup("<li>{}</li>").format(choice) for choice in message.choices
            )
            body += str(Markup("<ol>{}</ol>").format(items))
        return body

    def content(self, message: Message) -> dict[str, Any]:
        html = self.html(message)
        content: dict[str, Any] = {
            "msgtype": "m.notice",
            "body": html_to_text(html),
            "format": "org.matrix.custom.html",
            "formatted_body": html,
        }
        content["m.mentions"] = mentions_of(message.mentions)
        return content


def mentions_of(mentions: Any) -> dict[str, Any]:
    """``m.mentions``: only the people named, never @room (a bot must not ping everyone)."""
    user_ids = sorted({m.user_id for m in mentions if isinstance(m, Mention)})
    return {"user_ids": user_ids} if user_ids else {}


__all__ = ["Renderer", "escape", "html_to_text", "pill"]
