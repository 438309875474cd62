"""The bot's small web server: /healthz for supervisors, /metrics for Prometheus."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.metrics import Health, Metrics


def make_app(
    health: Health, metrics: Metrics, db_ping: Callable[[], Awaitable[bool]]
) -> web.Application:
    async def healthz(_request: web.Request) -> web.Response:
        database_ok = await db_ping()
        sync_ok = health.sync_alive()
        age = health.sync_age()
        body = {
            "status": "ok" if (database_ok and sync_ok) else "degraded",
            "sync": {
                "alive": sync_ok,
                "seconds_since_last": None if age is None else round(age, 1),
                "last_error": health.last_error,
            },
            "database": "ok" if database_ok else "unreachable",
        }
        return web.json_response(body, status=200 if body["status"] == "ok" else 503)

    async def metrics_view(_request: web.Request) -> web.Response:
        return web.Response(
            body=generate_latest(metrics.registry),
            headers={"Content-Type": CONTENT_TYPE_LATEST},
        )

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics_view)
    return app


async def start(app: web.Application, host: str, port: int) -> web.AppRunner:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    return runner
