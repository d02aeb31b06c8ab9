"""Actions run against a real seeded content store (SQLite), through the action's own repository."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from rasa_sdk import Tracker

from actions import store
from bot.content.repository import ContentRepository
from tests.conftest import seeded_database


@pytest.fixture(autouse=True)
def content_store(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[ContentRepository]:
    engine = seeded_database(sqlite_url)
    repository = ContentRepository(engine)
    monkeypatch.setattr(store, "content", lambda: repository)
    yield repository
    engine.dispose()


def tracker(
    intent: str,
    *,
    language: str = "en",
    entities: list[dict[str, Any]] | None = None,
    events: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
    ranking: list[tuple[str, float]] | None = None,
) -> Tracker:
    """A tracker whose last user message was classified as `intent`.

    `ranking` is NLU's ranking behind it (as Rasa sends it, the fallback first when NLU
    was unsure).
    """
    latest = {
        "intent": {"name": intent, "confidence": 1.0},
        "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking or []],
        "entities": entities or [],
        "text": "...",
        "metadata": {"language": language},
    }
    return Tracker.from_dict(
        {
            "sender_id": "pseudonym",
            "slots": slots or {},
            "latest_message": latest,
            "events": [*(events or []), {"event": "user", "text": "...", "parse_data": latest}],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        }
    )
