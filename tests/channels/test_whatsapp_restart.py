"""The WhatsApp queue across processes: a message stored by one gateway process is answered by
another after a restart, and a message delivered to two gateways at once is answered once.

Its own module, so no other WhatsApp gateway (tests/channels/test_whatsapp_gateway.py keeps
one for its module) can answer the stored message before the restart.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from bot.channels.whatsapp_models import DONE, PENDING, WhatsAppInbound
from tests.conftest import (
    OFFICIAL_WHATSAPP_NUMBER,
    WHATSAPP_PHONE_NUMBER_ID,
    RunningStack,
    WhatsAppGateway,
    second_gateway,
    whatsapp_settings,
)
from tests.fakes.graph_api import FakeGraphAPI, WhatsAppUser

pytestmark = pytest.mark.stack


def stored(engine: Engine, message_id: str) -> list[tuple[str, str | None]]:
    with engine.connect() as connection:
        query = select(WhatsAppInbound.status, WhatsAppInbound.wa_id).where(
            WhatsAppInbound.message_id == message_id
        )
        return [(row.status, row.wa_id) for row in connection.execute(query)]


def test_a_message_stored_before_a_restart_is_answered_after_it(
    stack: RunningStack, graph_api: FakeGraphAPI, tmp_path: Path
) -> None:
    someone = WhatsAppUser(WHATSAPP_PHONE_NUMBER_ID)
    message_id, body = someone.text("hello, good evening")
    settings = whatsapp_settings(graph_api)
    # A gateway that only stores webhooks (its worker never runs): the 200 means "stored".
    with second_gateway(stack, tmp_path / "a", **settings, whatsapp_worker=False) as receiver:
        assert WhatsAppGateway(receiver, graph_api).deliver(body).status_code == 200
    assert stored(stack.bot_engine, message_id) == [(PENDING, someone.wa_id)]
    assert graph_api.calls_to(someone.wa_id) == []

    with second_gateway(stack, tmp_path / "b", **settings) as restarted:
        note, greeting = graph_api.wait_sent(someone.wa_id, 2)
        assert note.text.startswith("Before we start") and "m:route" in greeting.ids
        # Meta repeats the delivery after the restart: acknowledged, not answered again.
        wa = WhatsAppGateway(restarted, graph_api)
        assert wa.deliver(body).status_code == 200
        _, verify = someone.text("verify")
        assert wa.deliver(verify).status_code == 200
        (answer,) = graph_api.wait_sent(someone.wa_id, 1, after=2)
        assert OFFICIAL_WHATSAPP_NUMBER in answer.text
    assert len(graph_api.sent_to(someone.wa_id)) == 3
    assert stored(stack.bot_engine, message_id) == [(DONE, None)]


async def test_one_message_delivered_to_two_gateways_at_once_is_answered_once(
    stack: RunningStack, graph_api: FakeGraphAPI, tmp_path: Path
) -> None:
    someone = WhatsAppUser(WHATSAPP_PHONE_NUMBER_ID)
    _, body = someone.text("hello, good evening")
    settings = whatsapp_settings(graph_api)
    with (
        second_gateway(stack, tmp_path / "one", **settings) as one,
        second_gateway(stack, tmp_path / "two", **settings) as two,
    ):
        gateways = [WhatsAppGateway(g, graph_api) for g in (one, two, one, two)]
        answers = await asyncio.gather(*(asyncio.to_thread(g.deliver, body) for g in gateways))
        assert [a.status_code for a in answers] == [200] * 4
        await asyncio.to_thread(graph_api.wait_sent, someone.wa_id, 2)
        _, verify = someone.text("verify")
        assert gateways[1].deliver(verify).status_code == 200
        await asyncio.to_thread(graph_api.wait_sent, someone.wa_id, 1, after=2)
    assert len(graph_api.sent_to(someone.wa_id)) == 3
