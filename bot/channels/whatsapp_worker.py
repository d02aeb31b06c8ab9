"""The WhatsApp worker inside the gateway: answers the durable queue, sends the replies.

Started from the gateway's lifespan when WhatsApp is configured (phone number id, access
token and app secret). Three loops:

- inbound: claims the oldest waiting message of each user, runs it through
  `Conversations.turn("whatsapp", wa_id, text)`, and in one transaction marks it done (its
  number and text wiped) and queues its replies;
- outbound: claims the oldest waiting reply of each user and sends it; network errors, 429
  and 5xx are retried with capped exponential backoff (or the Retry-After asked for), other
  4xx are logged (status and code only) and dropped; a reply that would go out more than
  24 hours after the user's last message is dropped and counted, never sent;
- purge: forgets what is past retention, hourly.

A persisted webhook wakes the inbound loop at once; both loops also poll, so work left by
another process, or before a crash, is picked up. Each user's messages and replies keep
their order; different users are served at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import logging
import random
from collections.abc import Coroutine
from typing import Any

from prometheus_client import Counter

from bot.channels.whatsapp import CHANNEL, Inbound, chosen, render
from bot.channels.whatsapp_graph import GraphClient, Outcome
from bot.channels.whatsapp_queue import (
    WINDOW,
    ClaimedInbound,
    ClaimedOutbound,
    WhatsAppQueue,
    utcnow,
)
from bot.conversation.models import Conversation
from bot.conversation.turn import Conversations
from bot.database import session_scope
from bot.settings import Settings

log = logging.getLogger(__name__)

DROPPED = Counter(
    "whatsapp_replies_dropped",
    "WhatsApp replies not sent: outside the 24-hour window, or refused by the Graph API",
    ["reason"],
)
POLL_SECONDS = 5.0
MAX_CONCURRENT = 32
FIRST_RETRY_SECONDS, MAX_RETRY_SECONDS = 1.0, 60.0
#: A message whose handling keeps failing (a bug, not Rasa being down: that is answered
#: with an apology) is given up after this many attempts, so it cannot block its user.
MAX_INBOUND_ATTEMPTS = 8
PURGE_EVERY_SECONDS = 3600
STOP_SECONDS = 10.0


def backoff(attempt: int) -> float:
    """Capped exponential backoff with jitter, so many retries do not arrive together."""
    base = min(FIRST_RETRY_SECONDS * 2 ** max(attempt - 1, 0), MAX_RETRY_SECONDS)
    return base * random.uniform(0.8, 1.2)


def configured(settings: Settings) -> bool:
    return bool(
        settings.whatsapp_phone_number_id
        and settings.whatsapp_access_token
        and settings.whatsapp_app_secret
    )


class WhatsAppWorker:
    def __init__(
        self,
        settings: Settings,
        conversations: Conversations,
        graph: GraphClient | None = None,
        *,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self.settings = settings
        self.conversations = conversations
        self.queue = WhatsAppQueue(conversations.engine)
        self.graph = graph or GraphClient(settings)
        self.poll_seconds = poll_seconds
        self._inbound_ready = asyncio.Event()
        self._outbound_ready = asyncio.Event()
        self._loops: list[asyncio.Task[None]] = []
        self._stopping = False
        self._handling: set[asyncio.Task[None]] = set()
        self._sending: set[asyncio.Task[None]] = set()

    @classmethod
    def start_if_configured(
        cls, settings: Settings, conversations: Conversations
    ) -> WhatsAppWorker | None:
        """The worker when WhatsApp is configured; its loops run unless WHATSAPP_WORKER=false
        (then this gateway only stores webhooks, and other processes answer them)."""
        if not configured(settings):
            return None
        worker = cls(settings, conversations)
        if settings.whatsapp_worker:
            worker.start()
        return worker

    def start(self) -> None:
        self._loops = [
            asyncio.create_task(self._inbound_loop(), name="whatsapp-inbound"),
            asyncio.create_task(self._outbound_loop(), name="whatsapp-outbound"),
            asyncio.create_task(self._purge_loop(), name="whatsapp-purge"),
        ]

    async def stop(self) -> None:
        """Stop claiming; let work in hand finish briefly; hand back what is left."""
        self._stopping = True  # a cancellation swallowed mid-wait still ends the loops
        for loop in self._loops:
            loop.cancel()
        busy = self._handling | self._sending
        if busy:
            _, late = await asyncio.wait(busy, timeout=STOP_SECONDS)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        await asyncio.gather(*self._loops, return_exceptions=True)
        await self.graph.aclose()

    async def accept(self, messages: list[Inbound]) -> int:
        """Store a webhook's messages (before its 200 is sent); returns how many were new."""
        pseudonym = functools.partial(self.conversations.pseudonym, CHANNEL)
        new = await asyncio.to_thread(self.queue.persist, messages, pseudonym, utcnow())
        if len(messages) > new:
            log.info("whatsapp: %d repeated delivery(ies) acknowledged", len(messages) - new)
        if new:
            self._inbound_ready.set()
        return new

    # -- loops -----------------------------------------------------------------------------
    async def _inbound_loop(self) -> None:
        while not self._stopping:
            self._inbound_ready.clear()
            free = MAX_CONCURRENT - len(self._handling)
            try:
                claimed = await asyncio.to_thread(self.queue.claim_inbound, free, utcnow())
            except Exception as exc:  # the database is away: try again at the next poll
                log.warning("whatsapp: claiming messages failed (%s)", type(exc).__name__)
                claimed = []
            for item in claimed:
                self._spawn(self._handle(item), self._handling, self._inbound_ready)
            if not claimed:
                await _wait(self._inbound_ready, self.poll_seconds)

    async def _outbound_loop(self) -> None:
        while not self._stopping:
            self._outbound_ready.clear()
            free = MAX_CONCURRENT - len(self._sending)
            due: dt.datetime | None = None
            try:
                claimed = await asyncio.to_thread(self.queue.claim_outbound, free, utcnow())
                if not claimed:
                    due = await asyncio.to_thread(self.queue.next_due)
            except Exception as exc:
                log.warning("whatsapp: claiming replies failed (%s)", type(exc).__name__)
                claimed = []
            for item in claimed:
                self._spawn(self._deliver(item), self._sending, self._outbound_ready)
            if not claimed:
                timeout = self.poll_seconds
                if due is not None and due > utcnow():  # a retry waiting for its time
                    timeout = min(timeout, (due - utcnow()).total_seconds())
                await _wait(self._outbound_ready, timeout)

    async def _purge_loop(self) -> None:
        days = self.settings.tracker_retention_days
        while not self._stopping:
            try:
                await asyncio.to_thread(self.queue.purge, utcnow(), days)
            except Exception as exc:
                log.warning("whatsapp: purge failed (%s)", type(exc).__name__)
            await asyncio.sleep(PURGE_EVERY_SECONDS)

    def _spawn(
        self,
        work: Coroutine[Any, Any, None],
        tasks: set[asyncio.Task[None]],
        done: asyncio.Event,
    ) -> None:
        task = asyncio.create_task(work)
        tasks.add(task)

        def finished(task: asyncio.Task[None]) -> None:
            tasks.discard(task)
            done.set()

        task.add_done_callback(finished)

    # -- one message, one reply ------------------------------------------------------------
    async def _handle(self, item: ClaimedInbound) -> None:
        if item.attempts > MAX_INBOUND_ATTEMPTS:
            log.error("whatsapp: a message failed %d times and was given up", item.attempts - 1)
            await asyncio.to_thread(self.queue.release_inbound, item, give_up=True)
            return
        try:
            await self._answer(item)
        except asyncio.CancelledError:  # shutting down: another worker takes it at once
            self.queue.release_inbound(item, retry_at=utcnow())
            raise
        except Exception as exc:
            log.warning("whatsapp: handling a message failed (%s)", type(exc).__name__)
            retry_at = utcnow() + dt.timedelta(seconds=backoff(item.attempts))
            await asyncio.to_thread(self.queue.release_inbound, item, retry_at=retry_at)
        self._outbound_ready.set()

    async def _answer(self, item: ClaimedInbound) -> None:
        choices = await asyncio.to_thread(self.queue.choices, item.sender)
        picked = chosen(item.text, choices) if choices else None
        result = await self.conversations.turn(CHANNEL, item.wa_id, picked or item.text)
        rendered = render(result)
        erased = await asyncio.to_thread(self._erased, item.sender)
        complete = functools.partial(
            self.queue.complete_inbound,
            item,
            rendered.bodies,
            utcnow(),
            choices=rendered.choices,
            answered=picked is not None,
            erased=erased,
        )
        if not await asyncio.to_thread(complete):
            log.warning("whatsapp: a message was taken over by another worker")

    def _erased(self, sender: str) -> bool:
        """turn() always keeps a Conversation row; none after the turn: "delete my data"."""
        with session_scope(self.conversations.engine) as session:
            return session.get(Conversation, sender) is None

    async def _deliver(self, item: ClaimedOutbound) -> None:
        try:
            if utcnow() - item.last_message_at > WINDOW:
                await self._drop(item, "window")
                return
            result = await self.graph.send(item.wa_id, item.body)
            if result.outcome is Outcome.SENT:
                await asyncio.to_thread(self.queue.finish_outbound, item)
            elif result.outcome is Outcome.OUTSIDE_WINDOW:
                await self._drop(item, "window")
            elif result.outcome is Outcome.REJECTED:
                log.warning(
                    "whatsapp: the Graph API refused a reply (http %d, code %s)",
                    result.status,
                    result.code,
                )
                await self._drop(item, "rejected")
            else:
                wait = result.retry_after or backoff(item.attempts + 1)
                log.warning(
                    "whatsapp: a send failed (http %d, code %s); retrying in %.1f s",
                    result.status,
                    result.code,
                    wait,
                )
                at = utcnow() + dt.timedelta(seconds=wait)
                await asyncio.to_thread(self.queue.retry_outbound, item, at)
        except asyncio.CancelledError:
            self.queue.retry_outbound(item, utcnow())
            raise
        except Exception as exc:  # the database is away: the claim lapses, it is sent later
            log.warning("whatsapp: sending a reply failed (%s)", type(exc).__name__)

    async def _drop(self, item: ClaimedOutbound, reason: str) -> None:
        await asyncio.to_thread(self.queue.finish_outbound, item)
        DROPPED.labels(reason=reason).inc()
        log.warning("whatsapp: a reply was dropped (%s)", reason)


async def _wait(event: asyncio.Event, timeout: float) -> None:
    """Until `event` is set or `timeout` passes: a wake-up or a poll, whichever comes first."""
    with contextlib.suppress(TimeoutError):
        # asyncio.timeout, not wait_for: Python 3.11's wait_for can swallow a cancellation
        # that arrives as the event is set, and the loop would then never stop.
        async with asyncio.timeout(max(timeout, 0.01)):
            await event.wait()
