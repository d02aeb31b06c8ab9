"""The durable WhatsApp queue and its worker, on SQLite and on PostgreSQL.

Repository level: deduplication, per-user order, claims that several processes can share,
leases that lapse when a worker dies, wiping the phone number, retention. Worker level: the
real worker against the fake Graph API on 127.0.0.1, with a scripted conversation instead of
Rasa (the end-to-end tests use the real one): numbered options typed back, the 24-hour window,
retries, refusals, "delete my data".
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast

import pytest
from prometheus_client import REGISTRY
from sqlalchemy import Engine, select

from bot.channels.whatsapp import Inbound, parse_webhook
from bot.channels.whatsapp_models import (
    DONE,
    PENDING,
    WhatsAppInbound,
    WhatsAppOutbound,
    WhatsAppUserState,
)
from bot.channels.whatsapp_queue import INBOUND_LEASE, WhatsAppQueue
from bot.channels.whatsapp_worker import WhatsAppWorker
from bot.conversation.models import Conversation
from bot.conversation.turn import Conversations, TurnResult
from bot.database import make_engine, session_scope
from bot.migrations import upgrade
from bot.privacy.pseudonyms import stable_pseudonym
from bot.settings import Settings
from tests.conftest import TEST_KEY, whatsapp_settings
from tests.fakes.graph_api import FakeGraphAPI, WhatsAppUser, eventually, wamid

NOW = dt.datetime(2026, 11, 29, 12, 0)


def pseudonym(wa_id: str) -> str:
    return stable_pseudonym(TEST_KEY, "whatsapp", wa_id)


def message(wa_id: str, text: str = "hello", at: dt.datetime = NOW, **kw: Any) -> Inbound:
    return Inbound(kw.get("message_id") or wamid(), wa_id, text, at)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    upgrade(database_url)
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def queue(engine: Engine) -> WhatsAppQueue:
    return WhatsAppQueue(engine)


def rows(engine: Engine, model: type[Any]) -> list[Any]:
    with session_scope(engine) as session:
        return list(session.scalars(select(model)))


# -- repository ---------------------------------------------------------------------------


def test_a_message_id_is_stored_once(queue: WhatsAppQueue, engine: Engine) -> None:
    first = message("4915550001", message_id="wamid.A")
    assert queue.persist([first, first], pseudonym, NOW) == 1
    assert queue.persist([first], pseudonym, NOW) == 0
    (row,) = rows(engine, WhatsAppInbound)
    assert (row.message_id, row.status, row.wa_id, row.sender) == (
        "wamid.A",
        PENDING,
        "4915550001",
        pseudonym("4915550001"),
    )


def test_the_latest_message_time_per_user_is_kept(queue: WhatsAppQueue, engine: Engine) -> None:
    later, earlier = NOW, NOW - dt.timedelta(hours=3)
    queue.persist([message("4915550001", at=later)], pseudonym, NOW)
    queue.persist([message("4915550001", at=earlier)], pseudonym, NOW)  # arrived late
    (user,) = rows(engine, WhatsAppUserState)
    assert (user.pseudonym, user.last_message_at) == (pseudonym("4915550001"), later)


def test_each_user_is_answered_in_order_and_users_at_once(queue: WhatsAppQueue) -> None:
    queue.persist(
        [message("4915550001", "a1"), message("4915550001", "a2"), message("4915550002", "b1")],
        pseudonym,
        NOW,
    )
    claimed = queue.claim_inbound(10, NOW)
    assert sorted(item.text for item in claimed) == ["a1", "b1"]
    assert queue.claim_inbound(10, NOW) == []  # a2 waits until a1 is done
    first = next(item for item in claimed if item.text == "a1")
    assert queue.complete_inbound(first, [], NOW)
    (second,) = queue.claim_inbound(10, NOW)
    assert (second.text, second.wa_id, second.attempts) == ("a2", "4915550001", 1)


def test_concurrent_claims_never_share_a_message(queue: WhatsAppQueue) -> None:
    queue.persist([message(f"49155501{n:02d}") for n in range(40)], pseudonym, NOW)
    with ThreadPoolExecutor(4) as pool:
        batches = list(pool.map(lambda _: queue.claim_inbound(15, NOW), range(4)))
    ids = [item.id for batch in batches for item in batch]
    assert len(ids) == len(set(ids)) == 40


def test_a_dead_workers_claim_lapses_and_its_late_work_is_not_committed(
    queue: WhatsAppQueue, engine: Engine
) -> None:
    queue.persist([message("4915550001")], pseudonym, NOW)
    (dead,) = queue.claim_inbound(1, NOW)
    assert queue.claim_inbound(1, NOW + INBOUND_LEASE / 2) == []
    (alive,) = queue.claim_inbound(1, NOW + INBOUND_LEASE + dt.timedelta(seconds=1))
    assert (alive.id, alive.attempts) == (dead.id, 2)
    assert not queue.complete_inbound(dead, [{"type": "text"}], NOW)  # lost: nothing written
    assert rows(engine, WhatsAppOutbound) == []
    assert queue.complete_inbound(alive, [{"type": "text"}], NOW)
    assert len(rows(engine, WhatsAppOutbound)) == 1


def test_a_released_message_waits_for_its_retry_time(queue: WhatsAppQueue) -> None:
    queue.persist([message("4915550001")], pseudonym, NOW)
    (item,) = queue.claim_inbound(1, NOW)
    queue.release_inbound(item, retry_at=NOW + dt.timedelta(seconds=30))
    assert queue.claim_inbound(1, NOW + dt.timedelta(seconds=10)) == []
    assert len(queue.claim_inbound(1, NOW + dt.timedelta(seconds=31))) == 1


def test_done_wipes_the_number_and_text_and_a_sent_reply_takes_the_number_with_it(
    queue: WhatsAppQueue, engine: Engine
) -> None:
    queue.persist([message("4915550001", "secret question")], pseudonym, NOW)
    (item,) = queue.claim_inbound(1, NOW)
    bodies = [{"type": "text", "text": {"body": f"part {n}"}} for n in (1, 2)]
    assert queue.complete_inbound(item, bodies, NOW, choices=["t:a", "t:b"])
    (inbound,) = rows(engine, WhatsAppInbound)
    assert (inbound.status, inbound.wa_id, inbound.text, inbound.sender) == (DONE, None, None, None)
    assert queue.choices(pseudonym("4915550001")) == ["t:a", "t:b"]

    (first,) = queue.claim_outbound(10, NOW)  # one user's replies leave in order
    assert (first.wa_id, first.body["text"]["body"]) == ("4915550001", "part 1")
    queue.finish_outbound(first)
    (second,) = queue.claim_outbound(10, NOW)
    assert second.body["text"]["body"] == "part 2"
    queue.finish_outbound(second)
    assert rows(engine, WhatsAppOutbound) == []


def test_a_retried_reply_waits_and_keeps_the_next_one_behind_it(queue: WhatsAppQueue) -> None:
    queue.persist([message("4915550001")], pseudonym, NOW)
    (item,) = queue.claim_inbound(1, NOW)
    queue.complete_inbound(item, [{"n": 1}, {"n": 2}], NOW)
    (first,) = queue.claim_outbound(10, NOW)
    later = NOW + dt.timedelta(seconds=4)
    queue.retry_outbound(first, later)
    assert queue.claim_outbound(10, NOW + dt.timedelta(seconds=1)) == []
    assert queue.next_due() == later  # the second reply is due, but waits behind the first
    (again,) = queue.claim_outbound(10, later)
    assert (again.body, again.attempts) == ({"n": 1}, 1)


def test_retention_forgets_ids_users_and_stale_replies(
    queue: WhatsAppQueue, engine: Engine
) -> None:
    old = NOW - dt.timedelta(days=40)
    queue.persist([message("4915550001", at=old)], pseudonym, old)
    (item,) = queue.claim_inbound(1, old)
    queue.complete_inbound(item, [{"n": 1}], old)
    queue.persist([message("4915550002")], pseudonym, NOW - dt.timedelta(days=3))
    assert queue.purge(NOW, retention_days=1) == 3  # the old id, reply and user
    assert [r.wa_id for r in rows(engine, WhatsAppInbound)] == ["4915550002"]  # within 7 days
    assert [u.pseudonym for u in rows(engine, WhatsAppUserState)] == [pseudonym("4915550002")]
    assert rows(engine, WhatsAppOutbound) == []


# -- the worker, against the fake Graph API -------------------------------------------------


class ScriptedConversations:
    """Stands in for Conversations: records what turn() got, answers from a script."""

    def __init__(self, engine: Engine, answer: Callable[[str], TurnResult]) -> None:
        self.engine = engine
        self.answer = answer
        self.heard: list[str] = []

    def pseudonym(self, channel: str, raw_user_id: str) -> str:
        return stable_pseudonym(TEST_KEY, channel, raw_user_id)

    async def turn(self, channel: str, raw_user_id: str, text: str, **_: Any) -> TurnResult:
        self.heard.append(text)
        sender = self.pseudonym(channel, raw_user_id)
        with session_scope(self.engine) as session:
            state = session.get(Conversation, sender)
            if text == "del:yes" and state is not None:
                session.delete(state)
            elif state is None and text != "del:yes":
                session.add(Conversation(pseudonym=sender, created_at=NOW, last_seen_at=NOW))
        return self.answer(text)


def answer(text: str) -> TurnResult:
    if text == "options":
        buttons = [{"title": f"Topic {n}", "payload": f"t:topic.{n}"} for n in range(1, 13)]
        return TurnResult("en", "en", "meta.menu", [{"text": "Which one?", "buttons": buttons}])
    return TurnResult("en", "en", "meta.echo", [{"text": f"you said {text}", "buttons": []}])


@pytest.fixture
async def worker(
    engine: Engine, graph_api: FakeGraphAPI, database_url: str
) -> AsyncIterator[WhatsAppWorker]:
    settings = Settings(
        database_url=database_url, bot_pseudonym_key=TEST_KEY, **whatsapp_settings(graph_api)
    )
    conversations = ScriptedConversations(engine, answer)
    running = WhatsAppWorker(settings, cast(Conversations, conversations), poll_seconds=0.5)
    running.start()
    yield running
    await running.stop()


def heard(worker: WhatsAppWorker) -> list[str]:
    return cast(ScriptedConversations, worker.conversations).heard


async def say(worker: WhatsAppWorker, someone: WhatsAppUser, text: str, **kw: Any) -> str:
    message_id, body = someone.text(text, **kw)
    await worker.accept(parse_webhook(body).messages)
    return message_id


async def replies(graph: FakeGraphAPI, someone: WhatsAppUser, count: int, after: int) -> list[Any]:
    return await asyncio.to_thread(graph.wait_sent, someone.wa_id, count, after=after)


def dropped(reason: str) -> float:
    return REGISTRY.get_sample_value("whatsapp_replies_dropped_total", {"reason": reason}) or 0.0


async def test_numbered_options_are_typed_back_until_answered(
    worker: WhatsAppWorker, graph_api: FakeGraphAPI
) -> None:
    someone = WhatsAppUser(worker.settings.whatsapp_phone_number_id)
    await say(worker, someone, "options")
    (listed,) = await replies(graph_api, someone, 1, after=0)
    assert listed.kind == "text" and "12. Topic 12" in listed.text
    await say(worker, someone, "٣")
    (picked,) = await replies(graph_api, someone, 1, after=1)
    assert picked.text == "you said t:topic.3"
    await say(worker, someone, "3")  # answered: a number is text again
    (again,) = await replies(graph_api, someone, 1, after=2)
    assert again.text == "you said 3"
    assert heard(worker)[-3:] == ["options", "t:topic.3", "3"]


async def test_a_reply_outside_the_24_hour_window_is_dropped_and_counted(
    worker: WhatsAppWorker, graph_api: FakeGraphAPI, engine: Engine
) -> None:
    someone = WhatsAppUser(worker.settings.whatsapp_phone_number_id)
    before = dropped("window")
    stale = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=25)).timestamp()
    await say(worker, someone, "too late", sent=stale)
    await asyncio.to_thread(eventually, lambda: dropped("window") == before + 1)
    assert heard(worker)[-1] == "too late"  # the turn ran (a deletion asked for still happens)
    assert graph_api.calls_to(someone.wa_id) == []
    assert rows(engine, WhatsAppOutbound) == []


async def test_a_later_message_reopens_the_window_for_a_late_reply(
    worker: WhatsAppWorker, graph_api: FakeGraphAPI
) -> None:
    someone = WhatsAppUser(worker.settings.whatsapp_phone_number_id)
    stale = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=25)).timestamp()
    await say(worker, someone, "delivered late", sent=stale)
    await say(worker, someone, "just now")
    first, second = await replies(graph_api, someone, 2, after=0)
    assert (first.text, second.text) == ("you said delivered late", "you said just now")


async def test_429_and_500_are_retried_and_a_refusal_is_dropped(
    worker: WhatsAppWorker, graph_api: FakeGraphAPI
) -> None:
    someone = WhatsAppUser(worker.settings.whatsapp_phone_number_id)
    graph_api.fail_next(1, 429, to=someone.wa_id)
    graph_api.fail_next(1, 500, to=someone.wa_id)
    await say(worker, someone, "first")
    (reply,) = await replies(graph_api, someone, 1, after=0)
    assert reply.text == "you said first"
    assert [c.status for c in graph_api.calls_to(someone.wa_id)] == [429, 500, 200]

    before = dropped("rejected")
    graph_api.fail_next(1, 400, to=someone.wa_id, code=131026)  # undeliverable: no retry
    await say(worker, someone, "second")
    await say(worker, someone, "third")
    (after,) = await replies(graph_api, someone, 1, after=1)
    assert after.text == "you said third"
    assert dropped("rejected") == before + 1


async def test_delete_my_data_removes_the_users_row_and_still_confirms(
    worker: WhatsAppWorker, graph_api: FakeGraphAPI, engine: Engine
) -> None:
    someone = WhatsAppUser(worker.settings.whatsapp_phone_number_id)
    await say(worker, someone, "options")
    await replies(graph_api, someone, 1, after=0)
    assert queue_choices(engine, someone)
    await say(worker, someone, "del:yes")
    (confirmed,) = await replies(graph_api, someone, 1, after=1)
    assert confirmed.text == "you said del:yes"
    with session_scope(engine) as session:
        assert session.get(WhatsAppUserState, pseudonym(someone.wa_id)) is None
        inbound = session.execute(select(*WhatsAppInbound.__table__.columns)).all()
    assert someone.wa_id not in json.dumps([list(row) for row in inbound], default=str)


def queue_choices(engine: Engine, someone: WhatsAppUser) -> list[str]:
    return WhatsAppQueue(engine).choices(pseudonym(someone.wa_id))
