"""The webhook router in process (no stack): what it answers when WhatsApp is not configured,
when storing fails, and what it logs about undelivered replies. End to end:
test_whatsapp_gateway.py."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from bot.channels.whatsapp import Inbound, parse_webhook
from bot.gateway import whatsapp_webhook
from bot.settings import Settings
from tests.conftest import (
    WHATSAPP_APP_SECRET,
    WHATSAPP_PHONE_NUMBER_ID,
    WHATSAPP_VERIFY_TOKEN,
    whatsapp_signature,
)
from tests.fakes.graph_api import WhatsAppUser


class FailingWorker:
    """A worker whose database is away, with an error that quotes what it tried to store."""

    def __init__(self) -> None:
        self.settings = Settings(whatsapp_app_secret=WHATSAPP_APP_SECRET)

    async def accept(self, messages: list[Inbound]) -> int:
        raise RuntimeError(f"could not store {messages!r}")


def app_with(worker: Any) -> FastAPI:
    app = FastAPI()
    app.include_router(whatsapp_webhook.router)
    app.state.settings = Settings(whatsapp_verify_token=WHATSAPP_VERIFY_TOKEN)
    app.state.whatsapp = worker
    return app


@pytest.fixture
async def failing() -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app_with(FailingWorker()))
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        yield client


def signed(body: dict[str, Any]) -> dict[str, Any]:
    raw = json.dumps(body).encode()
    return {"content": raw, "headers": {"X-Hub-Signature-256": whatsapp_signature(raw)}}


async def test_without_whatsapp_the_webhook_is_not_there() -> None:
    transport = httpx.ASGITransport(app=app_with(None))
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        _, body = WhatsAppUser(WHATSAPP_PHONE_NUMBER_ID).text("hello")
        assert (await client.post("/webhooks/whatsapp", **signed(body))).status_code == 404


async def test_a_body_that_could_not_be_stored_is_not_acknowledged_nor_logged(
    failing: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    someone = WhatsAppUser(WHATSAPP_PHONE_NUMBER_ID)
    _, body = someone.text("my secret question")
    answer = await failing.post("/webhooks/whatsapp", **signed(body))
    assert answer.status_code == 503  # Meta delivers it again later
    assert "RuntimeError" in caplog.text
    assert someone.wa_id not in caplog.text and "secret question" not in caplog.text


async def test_statuses_are_acknowledged_and_failures_logged_by_code_only(
    failing: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    someone = WhatsAppUser(WHATSAPP_PHONE_NUMBER_ID)
    body = someone.status("wamid.sent-by-us", "failed")
    status = body["entry"][0]["changes"][0]["value"]["statuses"][0]
    status["errors"] = [{"code": 131047, "title": "Re-engagement message"}]
    assert parse_webhook(body).failed_codes == [131047]
    assert (await failing.post("/webhooks/whatsapp", **signed(body))).status_code == 200
    assert "code 131047" in caplog.text
    assert someone.wa_id not in caplog.text and "wamid" not in caplog.text
