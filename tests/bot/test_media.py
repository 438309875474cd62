"""Attachment download against a small local HTTP server playing the content repository."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from nio.crypto.attachments import encrypt_attachment

from bot.media import MatrixMedia, parse_mxc
from workflows.ports import FileRef, MediaError

BIG = b"x" * 300_000
FILES = web.AppKey("files", dict[str, bytes])


async def download(request: web.Request) -> web.StreamResponse:
    version = "client/v1" if request.path.startswith("/_matrix/client/v1") else "media/v3"
    media_id = request.match_info["media_id"]
    # Tchap's media proxy and antivirus expect the token in the header, never in the address
    # (where proxies log it).
    assert request.headers["Authorization"] == "Bearer secret-token"
    assert "access_token" not in request.query
    if media_id == "legacy-only" and version == "client/v1":
        return web.json_response({"errcode": "M_UNRECOGNIZED"}, status=404)
    if media_id == "infected":
        return web.json_response({"reason": "MCS_MEDIA_NOT_CLEAN"}, status=403)
    if media_id == "gone":
        return web.json_response({"errcode": "M_NOT_FOUND"}, status=404)
    body = request.app[FILES].get(media_id)
    if body is None:
        return web.json_response({"errcode": "M_NOT_FOUND"}, status=404)
    if media_id == "streamed":  # no Content-Length: the cap must hold while reading
        response = web.StreamResponse()
        response.enable_chunked_encoding()
        await response.prepare(request)
        for start in range(0, len(body), 50_000):
            await response.write(body[start : start + 50_000])
        await response.write_eof()
        return response
    return web.Response(body=body)


@pytest.fixture
async def media() -> AsyncIterator[tuple[MatrixMedia, dict[str, bytes]]]:
    app = web.Application()
    files: dict[str, bytes] = {}
    app[FILES] = files
    app.router.add_get("/_matrix/client/v1/media/download/{server}/{media_id}", download)
    app.router.add_get("/_matrix/media/v3/download/{server}/{media_id}", download)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    client = MatrixMedia(f"http://127.0.0.1:{port}", lambda: "secret-token")
    yield client, files
    await client.close()
    await runner.cleanup()


def ref(media_id: str, size: int | None = None, **kw: Any) -> FileRef:
    return FileRef(url=f"mxc://mairie.fr/{media_id}", name="f.pdf", size=size, **kw)


async def test_plain_download_and_legacy_fallback(
    media: tuple[MatrixMedia, dict[str, bytes]],
) -> None:
    client, files = media
    files["doc"] = b"%PDF-1.7 hello"
    files["legacy-only"] = b"%PDF-1.4 old server"
    assert await client.fetch(ref("doc"), 1000) == b"%PDF-1.7 hello"
    assert await client.fetch(ref("legacy-only"), 1000) == b"%PDF-1.4 old server"


async def test_encrypted_attachment_is_decrypted(
    media: tuple[MatrixMedia, dict[str, bytes]],
) -> None:
    client, files = media
    ciphertext, keys = encrypt_attachment(b"%PDF-1.7 secret content")
    files["enc"] = ciphertext
    assert await client.fetch(ref("enc", encryption=keys), 1000) == b"%PDF-1.7 secret content"
    tampered = dict(keys, hashes={"sha256": "AAAA"})
    with pytest.raises(MediaError) as raised:
        await client.fetch(ref("enc", encryption=tampered), 1000)
    assert raised.value.code == "unavailable"


@pytest.mark.parametrize(
    ("media_id", "size", "code"),
    [
        ("doc", 10_000_000, "too_big"),  # announced: refused before any download
        ("big", None, "too_big"),  # Content-Length over the cap
        ("streamed", None, "too_big"),  # no length: cut while reading
        ("infected", None, "refused"),  # content scanner
        ("gone", None, "unavailable"),
    ],
)
async def test_failures_become_codes(
    media: tuple[MatrixMedia, dict[str, bytes]], media_id: str, size: int | None, code: str
) -> None:
    client, files = media
    files["big"] = BIG
    files["streamed"] = BIG
    with pytest.raises(MediaError) as raised:
        await client.fetch(ref(media_id, size), 100_000)
    assert raised.value.code == code


def test_mxc_parsing() -> None:
    assert parse_mxc("mxc://mairie.fr/abc") == ("mairie.fr", "abc")
    for bad in ("https://x/y", "mxc://onlyserver", "mxc:///id", "mxc://a/b/c"):
        with pytest.raises(MediaError):
            parse_mxc(bad)
