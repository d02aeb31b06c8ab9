"""`POST /webhooks/telegram`: updates from Telegram in webhook mode.

Telegram sends the secret given to setWebhook in X-Telegram-Bot-Api-Secret-Token. Without
it (401) or with another one (403) nothing is parsed or processed: anyone can reach this
URL, and a forged update would otherwise speak to Rasa as any user.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Request, Response

from bot.channels.telegram_runner import TelegramRunner

router = APIRouter(tags=["telegram"])
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@router.post("/webhooks/telegram", include_in_schema=False)
async def telegram_webhook(
    request: Request,
    secret: Annotated[str | None, Header(alias=SECRET_HEADER)] = None,
) -> Response:
    runner: TelegramRunner | None = getattr(request.app.state, "telegram", None)
    if runner is None or not runner.webhook:
        raise HTTPException(404)
    if not secret:
        raise HTTPException(401, "missing secret token")
    expected = runner.settings.telegram_webhook_secret
    if not hmac.compare_digest(secret.encode(), expected.encode()):
        raise HTTPException(403, "wrong secret token")
    data: Any = await _json(request)
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        raise HTTPException(400, "not a Telegram update")
    try:
        accepted = await runner.feed(data)
    except (TypeError, KeyError, ValueError, AttributeError) as exc:
        raise HTTPException(400, "not a Telegram update") from exc
    if not accepted:  # not connected yet: Telegram delivers the update again later
        raise HTTPException(503, "not ready")
    return Response(status_code=200)


async def _json(request: Request) -> Any:
    try:
        return await request.json()
    except ValueError as exc:
        raise HTTPException(400, "body is not JSON") from exc
