"""`/webhooks/whatsapp`: Meta's verification handshake and the signed message webhook.

- GET: Meta checks the URL with hub.mode=subscribe, hub.verify_token (our
  WHATSAPP_VERIFY_TOKEN) and hub.challenge, which we echo; anything else is a 403.
- POST: Meta signs the raw body with the app secret (X-Hub-Signature-256). Without the header
  (401) or with another signature (403) nothing is parsed or stored: anyone can reach this
  URL, and a forged message would otherwise speak to Rasa as any phone number. The messages
  of a signed body are stored in one transaction, and only then is the 200 sent, so a crash
  afterwards loses nothing; a repeated delivery is acknowledged and not answered again.
  Status callbacks (sent, delivered, read) are acknowledged and ignored.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from fastapi.responses import PlainTextResponse

from bot.channels.whatsapp import parse_webhook, signature_valid
from bot.gateway.deps import SettingsDep, WhatsAppDep

router = APIRouter(tags=["whatsapp"])
log = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Hub-Signature-256"
PATH = "/webhooks/whatsapp"


@router.get(PATH, include_in_schema=False)
async def verify_webhook(
    settings: SettingsDep,
    mode: Annotated[str | None, Query(alias="hub.mode")] = None,
    token: Annotated[str | None, Query(alias="hub.verify_token")] = None,
    challenge: Annotated[str | None, Query(alias="hub.challenge")] = None,
) -> PlainTextResponse:
    expected = settings.whatsapp_verify_token
    if not expected or mode != "subscribe" or token is None or challenge is None:
        raise HTTPException(403, "verification failed")
    if not hmac.compare_digest(token.encode(), expected.encode()):
        raise HTTPException(403, "verification failed")
    return PlainTextResponse(challenge)


@router.post(PATH, include_in_schema=False)
async def receive_webhook(
    request: Request,
    worker: WhatsAppDep,
    signature: Annotated[str | None, Header(alias=SIGNATURE_HEADER)] = None,
) -> Response:
    if worker is None:
        raise HTTPException(404)
    if not signature:
        raise HTTPException(401, "missing signature")
    body = await request.body()
    if not signature_valid(body, signature, worker.settings.whatsapp_app_secret):
        raise HTTPException(403, "wrong signature")
    try:
        webhook = parse_webhook(json.loads(body))
    except ValueError as exc:
        raise HTTPException(400, "not a WhatsApp webhook body") from exc
    if webhook.messages:
        try:
            await worker.accept(webhook.messages)
        except Exception as exc:  # not stored: no 200, so Meta delivers it again later
            # Only the type: a database error's message would quote the number and the text.
            log.warning("whatsapp: storing a webhook failed (%s)", type(exc).__name__)
            raise HTTPException(503, "not stored, deliver again") from None
    for code in webhook.failed_codes:
        log.warning("whatsapp: WhatsApp reports a reply undelivered (code %d)", code)
    return Response(status_code=200)
