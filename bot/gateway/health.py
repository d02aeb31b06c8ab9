"""`GET /healthz`: 200 only when Rasa, the action server and the database all answer."""

from __future__ import annotations

import httpx
from fastapi import APIRouter, Response
from sqlalchemy import text

from bot.gateway.deps import ConversationsDep, SettingsDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz(
    response: Response, conversations: ConversationsDep, settings: SettingsDep
) -> dict[str, str]:
    checks: dict[str, str] = {}
    async with httpx.AsyncClient(timeout=3) as client:
        for name, url, params in (
            # /status answers only when a model is loaded (and needs the API token).
            ("rasa", f"{settings.rasa_url.rstrip('/')}/status", {"token": settings.rasa_token}),
            ("actions", f"http://127.0.0.1:{settings.actions_port}/health", {}),
        ):
            try:
                answer = await client.get(url, params=params)
                checks[name] = "ok" if answer.status_code == 200 else f"http {answer.status_code}"
            except httpx.HTTPError as exc:
                checks[name] = type(exc).__name__
    try:
        with conversations.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as exc:  # any driver error means "not healthy", never a crash
        checks["database"] = type(exc).__name__
    if any(state != "ok" for state in checks.values()):
        response.status_code = 503
    return checks
