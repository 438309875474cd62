"""Attachments: download (streamed, with a size cap) and decryption of encrypted ones.

nio's `download()` reads the whole body into memory before we could look at its size, so a file
whose size was not announced is fetched here with aiohttp, chunk by chunk, and abandoned as soon
as it passes the limit. The authenticated media endpoint (Matrix 1.11) is tried first; older
homeservers only have the legacy one. A content scanner (Tchap's matrix-content-scanner) answers
403 for an infected or refused file: that becomes `MediaError("refused")`, a French message.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any
from urllib.parse import quote

import aiohttp
from nio.crypto.attachments import decrypt_attachment

from workflows.ports import FileRef, MediaError

log = logging.getLogger("greffier.media")

CHUNK = 256 * 1024
ENDPOINTS = ("/_matrix/client/v1/media/download", "/_matrix/media/v3/download")


def parse_mxc(url: str) -> tuple[str, str]:
    if not url.startswith("mxc://"):
        raise MediaError("unavailable", "not an mxc URL")
    server, _, media_id = url[len("mxc://") :].partition("/")
    if not server or not media_id or "/" in media_id:
        raise MediaError("unavailable", "malformed mxc URL")
    return server, media_id


def _decrypt(data: bytes, encryption: dict[str, Any]) -> bytes:
    try:
        key = encryption["key"]["k"]
        digest = encryption["hashes"]["sha256"]
        iv = encryption["iv"]
        return bytes(decrypt_attachment(data, key, digest, iv))
    except (KeyError, TypeError, ValueError) as exc:
        raise MediaError("unavailable", f"cannot decrypt: {type(exc).__name__}") from exc
    except Exception as exc:  # nio's EncryptionError: the hash does not match
        raise MediaError("unavailable", f"cannot decrypt: {type(exc).__name__}") from exc


class MatrixMedia:
    """The `Media` port over the homeserver's content repository."""

    def __init__(self, homeserver_url: str, access_token: Any, session: Any = None) -> None:
        self._base = homeserver_url.rstrip("/")
        self._token = access_token  # a callable returning the current token
        self._session: aiohttp.ClientSession | None = session

    async def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=600))
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def fetch(self, file: FileRef, max_bytes: int) -> bytes:
        if file.size is not None and file.size > max_bytes:
            raise MediaError("too_big", f"announced {file.size} bytes")
        server, media_id = parse_mxc(file.url)
        data = await self._download(server, media_id, max_bytes)
        if file.encryption is not None:
            data = await asyncio.to_thread(_decrypt, data, file.encryption)
        return data

    async def _download(self, server: str, media_id: str, max_bytes: int) -> bytes:
        client = await self._client()
        headers = {"Authorization": f"Bearer {self._token()}"}
        last_status = 0
        for endpoint in ENDPOINTS:
            url = f"{self._base}{endpoint}/{quote(server)}/{quote(media_id)}"
            try:
                async with client.get(
                    url, headers=headers, params={"allow_redirect": "true"}
                ) as r:
                    last_status = r.status
                    if r.status == 200:
                        if r.content_length is not None and r.content_length > max_bytes:
                            raise MediaError("too_big", f"{r.content_length} bytes")
                        return await _read_capped(r, max_bytes)
                    body = await r.text()
                    if r.status in (403,) or "MCS_" in body:
                        raise MediaError("refused", f"HTTP {r.status}")
                    if r.status == 404 and "M_UNRECOGNIZED" in body:
                        continue  # an older homeserver without authenticated media
                    if r.status in (400, 404, 410):
                        raise MediaError("unavailable", f"HTTP {r.status}")
                    if r.status == 413:
                        raise MediaError("too_big", "HTTP 413")
            except (aiohttp.ClientError, TimeoutError) as exc:
                raise MediaError("unavailable", type(exc).__name__) from exc
        raise MediaError("unavailable", f"HTTP {last_status}")


async def _read_capped(response: aiohttp.ClientResponse, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise MediaError("too_big", f"more than {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
