"""The scale-out configuration against the real services on this machine: PostgreSQL for
the content store, conversation state and Rasa's trackers; Redis for Rasa's locks."""

from __future__ import annotations

import uuid

import httpx
import pytest
from sqlalchemy import text

from bot.privacy.pseudonyms import stable_pseudonym
from tests.conftest import TEST_KEY, RunningStack

pytestmark = pytest.mark.stack


async def test_a_conversation_on_postgresql_and_redis(production_stack: RunningStack) -> None:
    assert production_stack.bot_engine.dialect.name == "postgresql"
    user = f"prod-{uuid.uuid4().hex[:8]}"
    sender = stable_pseudonym(TEST_KEY, "web", f"web:{user}")
    async with httpx.AsyncClient(base_url=production_stack.url, timeout=60) as client:

        async def send(message: str) -> dict:
            answer = await client.post("/api/chat", json={"user_id": user, "text": message})
            assert answer.status_code == 200, answer.text
            return answer.json()

        assert (await client.get("/healthz")).status_code == 200
        reply = await send("is the crossing from turkey to the greek islands dangerous?")
        assert (reply["topic"], reply["language"]) == ("route.eastern_med", "en")
        count = text("SELECT COUNT(*) FROM events WHERE sender_id = :s")
        with production_stack.tracker_engine.connect() as connection:
            assert connection.scalar(count, {"s": sender}) > 0
        assert (await send("delete my data"))["topic"] == "meta.delete_data"
        await send("del:yes")
        with production_stack.tracker_engine.connect() as connection:
            assert connection.scalar(count, {"s": sender}) == 0
