"""Sending one message through the Graph API, and what its answer means for the reply.

Plain httpx: ``POST {WHATSAPP_API_BASE}/{WHATSAPP_PHONE_NUMBER_ID}/messages`` with the access
token as a bearer token. Errors come in Meta's format, ``{"error": {"message", "type",
"code", ...}}``; only the HTTP status and the numeric code are ever logged (the message may
quote the recipient).

- Sent: a 2xx.
- Retry: a network error, 429, 5xx, and Meta's codes for throttling or a passing fault
  (some come with HTTP 400). Also a refused access token (401, code 190): that is the
  operator's to fix, not the user's fault, and the reply should go out once it is fixed;
  the 24-hour window bounds how long it waits.
- Outside the window: code 131047 (Meta's own 24-hour rule).
- Rejected: any other 4xx will not get better by retrying.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Any

import httpx

from bot.channels.whatsapp import message_body
from bot.settings import Settings

log = logging.getLogger(__name__)

#: Throttling (4, 80007, 130429, 131056) and passing faults (1, 2, 131000, 131016, 133004).
RETRY_CODES = frozenset({1, 2, 4, 80007, 130429, 131000, 131016, 131056, 133004})
TOKEN_CODES = frozenset({190})
OUTSIDE_WINDOW_CODE = 131047
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class Outcome(enum.Enum):
    SENT = "sent"
    RETRY = "retry"
    OUTSIDE_WINDOW = "window"
    REJECTED = "rejected"


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    #: HTTP status (0: no answer) and Meta's error code, for logs without personal data.
    status: int = 0
    code: int | None = None
    #: Seconds the server asked us to wait (Retry-After), if it did.
    retry_after: float | None = None


class GraphClient:
    def __init__(self, settings: Settings, client: httpx.AsyncClient | None = None) -> None:
        base = settings.whatsapp_api_base.rstrip("/")
        self.url = f"{base}/{settings.whatsapp_phone_number_id}/messages"
        self.client = client or httpx.AsyncClient(timeout=TIMEOUT)
        self._headers = {"Authorization": f"Bearer {settings.whatsapp_access_token}"}

    async def send(self, wa_id: str, body: dict[str, Any]) -> SendResult:
        try:
            answer = await self.client.post(
                self.url, json=message_body(wa_id, body), headers=self._headers
            )
        except httpx.TransportError:
            return SendResult(Outcome.RETRY)
        status = answer.status_code
        if 200 <= status < 300:
            return SendResult(Outcome.SENT, status)
        code = _error_code(answer)
        retry_after = _retry_after(answer)
        if status == 401 or code in TOKEN_CODES:
            log.error("whatsapp: the Graph API refused the access token (http %d)", status)
            return SendResult(Outcome.RETRY, status, code, retry_after)
        if status == 429 or status >= 500 or code in RETRY_CODES:
            return SendResult(Outcome.RETRY, status, code, retry_after)
        if code == OUTSIDE_WINDOW_CODE:
            return SendResult(Outcome.OUTSIDE_WINDOW, status, code)
        return SendResult(Outcome.REJECTED, status, code)

    async def aclose(self) -> None:
        await self.client.aclose()


def _error_code(answer: httpx.Response) -> int | None:
    try:
        code = answer.json()["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None
    return code if isinstance(code, int) else None


def _retry_after(answer: httpx.Response) -> float | None:
    try:
        return max(0.0, float(answer.headers["Retry-After"]))
    except (KeyError, ValueError):
        return None
