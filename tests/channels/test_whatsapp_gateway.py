"""WhatsApp end to end: the real webhook code in a real gateway process, fed webhook bodies in
Meta's documented format signed with the test app secret, sending to a Graph API on 127.0.0.1
(tests/fakes/graph_api.py), through the real Rasa server and action server to real answers.

Every assertion is about what a WhatsApp user would see (texts, reply buttons, list rows) or
about what is kept. Waiting is on the fake Graph API's record of calls; only database state
written by the gateway process is polled (`eventually`).
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, inspect, select, text

from bot.channels.whatsapp import RLM
from bot.channels.whatsapp_models import DONE, WhatsAppInbound, WhatsAppOutbound
from bot.content.repository import ContentRepository
from bot.i18n import isolate_numbers
from tests.conftest import (
    OFFICIAL_WHATSAPP_NUMBER,
    WHATSAPP_VERIFY_TOKEN,
    RunningStack,
    WhatsAppGateway,
    whatsapp_signature,
)
from tests.fakes.graph_api import Sent, WhatsAppUser, eventually

pytestmark = pytest.mark.stack

ARABIC_GREETING = "السلام عليكم، مساء الخير"
ARABIC_QUESTION = "هل عبور البحر من ليبيا إلى إيطاليا خطير؟"


def send(
    wa: WhatsAppGateway, someone: WhatsAppUser, built: tuple[str, dict[str, Any]], count: int
) -> list[Sent]:
    """Deliver one webhook and return the next `count` messages the user receives."""
    seen = len(wa.graph.sent_to(someone.wa_id))
    assert wa.deliver(built[1]).status_code == 200
    return wa.graph.wait_sent(someone.wa_id, count, after=seen)


def say(wa: WhatsAppGateway, someone: WhatsAppUser, said: str, count: int) -> list[Sent]:
    return send(wa, someone, someone.text(said), count)


def content(stack: RunningStack, topic: str, language: str) -> str:
    answer = ContentRepository(stack.bot_engine).answer(topic, [language])
    assert answer is not None
    return isolate_numbers(answer.text, language)


def inbound(engine: Engine, message_id: str) -> list[Any]:
    """The queue's row(s) for one message id (there is never more than one)."""
    with engine.connect() as connection:
        query = select(WhatsAppInbound.__table__).where(WhatsAppInbound.message_id == message_id)
        return list(connection.execute(query).all())


def waiting_replies(engine: Engine, someone: WhatsAppUser) -> int:
    with engine.connect() as connection:
        query = select(WhatsAppOutbound.id).where(WhatsAppOutbound.wa_id == someone.wa_id)
        return len(connection.execute(query).all())


def settled(engine: Engine, message_id: str, someone: WhatsAppUser) -> bool:
    """The message is answered and every reply to its sender has left the queue."""
    rows = inbound(engine, message_id)
    return bool(rows) and rows[0].status == DONE and waiting_replies(engine, someone) == 0


def test_the_verification_handshake(whatsapp_gateway: WhatsAppGateway) -> None:
    url = f"{whatsapp_gateway.gateway.url}/webhooks/whatsapp"
    ok = {"hub.mode": "subscribe", "hub.verify_token": WHATSAPP_VERIFY_TOKEN,
          "hub.challenge": "1158201444"}  # fmt: skip
    answer = httpx.get(url, params=ok)
    assert (answer.status_code, answer.text) == (200, "1158201444")
    assert answer.headers["content-type"].startswith("text/plain")
    for wrong in (
        {**ok, "hub.verify_token": "guessed"},
        {**ok, "hub.mode": "unsubscribe"},
        {"hub.mode": "subscribe", "hub.challenge": "1"},
        {},
    ):
        assert httpx.get(url, params=wrong).status_code == 403


def test_forged_or_missing_signatures_are_rejected_and_nothing_is_stored(
    whatsapp_gateway: WhatsAppGateway,
) -> None:
    wa = whatsapp_gateway
    someone = wa.user()
    forged_id, body = someone.text("delete my data")
    raw = json.dumps(body).encode()
    assert wa.deliver(raw, **{"X-Hub-Signature-256": ""}).status_code == 401
    other_secret = whatsapp_signature(raw, "not-the-app-secret")
    assert wa.deliver(raw, **{"X-Hub-Signature-256": other_secret}).status_code == 403
    tampered = raw.replace(b"delete my data", b"delete my cats")
    assert (
        wa.deliver(tampered, **{"X-Hub-Signature-256": whatsapp_signature(raw)}).status_code == 403
    )
    assert inbound(wa.gateway.bot_engine, forged_id) == []

    # The same user's first real message is answered as a first contact: nothing came before.
    note, greeting = say(wa, someone, "hello, good evening", 2)
    assert note.text.startswith("Before we start") and "m:route" in greeting.ids
    assert len(wa.graph.sent_to(someone.wa_id)) == 2


async def test_a_duplicate_delivery_is_answered_once(whatsapp_gateway: WhatsAppGateway) -> None:
    wa = whatsapp_gateway
    someone = wa.user()
    message_id, body = someone.text("hello, good evening")
    # Meta repeats a delivery it is unsure of: twice at once, and again after the answer.
    answers = await asyncio.gather(*(asyncio.to_thread(wa.deliver, body) for _ in range(3)))
    assert [a.status_code for a in answers] == [200, 200, 200]
    await asyncio.to_thread(wa.graph.wait_sent, someone.wa_id, 2)
    assert wa.deliver(body).status_code == 200
    (verify,) = await asyncio.to_thread(say, wa, someone, "verify", 1)  # in order: after
    assert OFFICIAL_WHATSAPP_NUMBER in verify.text
    assert len(wa.graph.sent_to(someone.wa_id)) == 3
    assert [row.status for row in inbound(wa.gateway.bot_engine, message_id)] == [DONE]


def test_an_arabic_conversation_from_greeting_to_an_answer(
    stack: RunningStack, whatsapp_gateway: WhatsAppGateway
) -> None:
    wa = whatsapp_gateway
    someone = wa.user()
    note, greeting = say(wa, someone, ARABIC_GREETING, 2)
    assert note.text.startswith(RLM + "قبل أن نبدأ") and "30" in note.text
    assert greeting.text.startswith(RLM) and greeting.kind == "list"
    assert "m:route" in greeting.ids
    assert greeting.raw["interactive"]["action"]["button"] == "اختر"

    (answer,) = say(wa, someone, ARABIC_QUESTION, 1)
    # The real answer from the content store, in Arabic, right to left, numbers kept whole.
    assert answer.text.startswith(RLM)
    assert content(stack, "route.central_med", "ar")[:60] in answer.text


def test_buttons_map_to_payloads_and_back(
    stack: RunningStack, whatsapp_gateway: WhatsAppGateway
) -> None:
    wa = whatsapp_gateway
    someone = wa.user()
    say(wa, someone, "hello, good evening", 2)
    (menu,) = say(wa, someone, "Menu", 1)  # a typed command word
    assert menu.kind == "list" and 4 <= len(menu.options) <= 10  # 7 categories: a list
    assert all(len(title) <= 24 for _, title in menu.options)

    (category,) = send(wa, someone, someone.pick("m:route", "Routes and risks"), 1)
    assert category.kind == "list" and "t:route.central_med" in category.ids

    (answer,) = send(wa, someone, someone.pick("t:route.central_med", "Central Med"), 1)
    assert content(stack, "route.central_med", "en")[:60] in answer.text

    (choice,) = say(wa, someone, "language", 1)
    assert choice.kind == "button" and choice.ids == ["lang:en", "lang:fr", "lang:ar"]
    assert all(len(title) <= 20 for _, title in choice.options)
    (chosen,) = send(wa, someone, someone.tap("lang:fr", "Français"), 1)
    assert chosen.text.startswith("À partir de maintenant, j'écris en français.")


@pytest.mark.parametrize("kind", ["image", "voice", "location", "sticker", "unsupported"])
def test_a_message_that_is_not_text_leads_with_the_emergency_lines(
    whatsapp_gateway: WhatsAppGateway, kind: str
) -> None:
    wa = whatsapp_gateway
    someone = wa.user()
    say(wa, someone, "bonjour, bonsoir à vous", 2)  # the conversation is in French
    built = someone.unsupported() if kind == "unsupported" else someone.media(kind)
    (answer,) = send(wa, someone, built, 1)
    assert answer.text.startswith("Si vous êtes en danger maintenant")
    assert "+33 4 86 51 71 61" in answer.text and "112" in answer.text
    assert answer.text.index("112") < answer.text.index("Je ne peux lire que des messages écrits")
    assert "m:emergency" in answer.ids


def test_statuses_reactions_and_notices_are_acknowledged_and_not_answered(
    whatsapp_gateway: WhatsAppGateway,
) -> None:
    wa = whatsapp_gateway
    someone = wa.user()
    say(wa, someone, "hello, good evening", 2)
    assert wa.deliver(someone.status("wamid.sent-by-us", "read")).status_code == 200
    assert wa.deliver(someone.reaction("wamid.sent-by-us")[1]).status_code == 200
    notice = someone.message(
        "system", {"body": "User changed number", "type": "user_changed_number"}
    )
    assert wa.deliver(notice[1]).status_code == 200
    assert wa.deliver({"object": "whatsapp_business_account", "entry": []}).status_code == 200
    assert wa.deliver(b"not json").status_code == 400
    (verify,) = say(wa, someone, "verify", 1)
    assert OFFICIAL_WHATSAPP_NUMBER in verify.text
    assert len(wa.graph.sent_to(someone.wa_id)) == 3


def test_a_large_delivery_within_metas_limit_is_accepted(whatsapp_gateway: WhatsAppGateway) -> None:
    """Meta's webhook bodies may reach 3 MB; the 64 kB limit of the chat API is not theirs."""
    someone = whatsapp_gateway.user()
    body = someone.status("wamid.sent-by-us")
    value = body["entry"][0]["changes"][0]["value"]
    value["statuses"] = value["statuses"] * 400
    raw = json.dumps(body).encode()
    assert len(raw) > 100 * 1024
    assert whatsapp_gateway.deliver(raw).status_code == 200


def test_429_and_500_from_the_graph_api_are_retried_and_delivered(
    whatsapp_gateway: WhatsAppGateway,
) -> None:
    wa = whatsapp_gateway
    someone = wa.user()
    wa.graph.fail_next(1, 429, to=someone.wa_id)
    wa.graph.fail_next(1, 500, to=someone.wa_id)
    note, greeting = say(wa, someone, "hello, good evening", 2)
    assert note.text.startswith("Before we start") and "m:route" in greeting.ids
    assert [c.status for c in wa.graph.calls_to(someone.wa_id)] == [429, 500, 200, 200]


def test_a_reply_outside_the_24_hour_window_is_not_sent(
    whatsapp_gateway: WhatsAppGateway,
) -> None:
    wa = whatsapp_gateway
    someone = wa.user()
    day_and_more = time.time() - 25 * 3600
    message_id, body = someone.text("hello, good evening", sent=day_and_more)
    assert wa.deliver(body).status_code == 200
    eventually(lambda: settled(wa.gateway.bot_engine, message_id, someone))
    assert wa.graph.calls_to(someone.wa_id) == []


def test_verify_names_the_official_number(whatsapp_gateway: WhatsAppGateway) -> None:
    wa = whatsapp_gateway
    someone = wa.user()
    say(wa, someone, "hello, good evening", 2)
    (verify,) = say(wa, someone, "Verify", 1)
    assert OFFICIAL_WHATSAPP_NUMBER in verify.text and "@official_test_bot" in verify.text
    assert "money" in verify.text


def test_no_phone_number_name_or_text_is_logged_or_kept(
    stack: RunningStack, whatsapp_gateway: WhatsAppGateway
) -> None:
    wa = whatsapp_gateway
    someone = WhatsAppUser(wa.user().phone_number_id, name="Zainab Privacytest")
    script = [
        "good evening to you, hello",
        "is the crossing from libya to italy by sea dangerous for my family?",
        "verify",
    ]
    say(wa, someone, script[0], 2)
    say(wa, someone, script[1], 1)
    send(wa, someone, someone.media("voice"), 1)
    last_id, last = someone.text(script[2])
    assert wa.deliver(last).status_code == 200
    wa.graph.wait_sent(someone.wa_id, 5)
    eventually(lambda: settled(wa.gateway.bot_engine, last_id, someone))

    gateway_log = wa.gateway.logs()
    for secret in (someone.wa_id, someone.name, "Zainab", *script[:2]):
        assert secret not in gateway_log, secret
    for secret in (someone.wa_id, someone.name):
        assert secret not in stack.logs(), secret
    for engine in (stack.bot_engine, stack.tracker_engine):
        dump = dump_tables(engine)
        assert someone.wa_id not in dump and "Zainab" not in dump


def dump_tables(engine: Engine) -> str:
    """Every row of every table, as text: what a copy of the database would reveal."""
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        rows = [
            repr(row)
            for table in tables
            for row in connection.execute(text(f'SELECT * FROM "{table}"'))
        ]
    return "\n".join(rows)
