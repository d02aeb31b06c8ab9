"""The only way to Rasa: its REST channel, which keeps message metadata.

(Rasa's callback channel drops metadata.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx


class RasaUnavailable(RuntimeError):
    """Rasa or the action server failed, or answered nothing (the REST channel turns an
    action-server error into HTTP 200 with ``[]``, so silence is a failure too)."""


@dataclass
class RasaReply:
    messages: list[dict[str, Any]] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)


class RasaClient:
    def __init__(
        self, base_url: str, timeout: float, client: httpx.AsyncClient | None = None
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.client = client or httpx.AsyncClient(timeout=timeout)

    async def send(self, sender: str, message: str, metadata: dict[str, Any]) -> RasaReply:
        try:
            response = await self.client.post(
                f"{self.base_url}/webhooks/rest/webhook",
                json={"sender": sender, "message": message, "metadata": metadata},
            )
            response.raise_for_status()
            elements = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise RasaUnavailable(type(exc).__name__) from None
        reply = RasaReply()
        for element in elements if isinstance(elements, list) else []:
            if isinstance(element.get("custom"), dict):
                reply.custom.update(element["custom"])
            elif element.get("text") or element.get("buttons"):
                reply.messages.append(
                    {
                        "text": element.get("text") or "",
                        "buttons": [
                            {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
                            for b in element.get("buttons") or []
                        ],
                    }
                )
        if not reply.messages or "topic" not in reply.custom:
            raise RasaUnavailable("empty reply")
        return reply

    async def aclose(self) -> None:
        await self.client.aclose()
