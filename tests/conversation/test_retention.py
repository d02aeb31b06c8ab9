"""Retention and "delete my data" on Rasa's tracker table, on SQLite and PostgreSQL.

The table is created exactly as Rasa's SQL tracker store creates it (columns pinned by
tests/test_assistant.py against a real Rasa server)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, insert

from bot.conversation.trackers import TrackerStore
from bot.database import make_engine

RASA_EVENTS = Table(
    "events",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False, index=True),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)


def _store(url: str) -> TrackerStore:
    engine = make_engine(url)
    RASA_EVENTS.drop(engine, checkfirst=True)
    RASA_EVENTS.create(engine)
    return TrackerStore(engine)


def _add(store: TrackerStore, sender: str, when: dt.datetime) -> None:
    with store.engine.begin() as connection:
        connection.execute(
            insert(RASA_EVENTS),
            [
                {
                    "sender_id": sender,
                    "type_name": "user",
                    "timestamp": when.timestamp(),
                    "data": "{}",
                }
            ],
        )


def test_erase_removes_one_conversation_only(database_url: str) -> None:
    store = _store(database_url)
    now = dt.datetime.now(dt.UTC)
    for sender in ("alice", "alice", "bob"):
        _add(store, sender, now)
    assert store.erase("alice") == 2
    assert store.senders() == {"bob"}


def test_purge_forgets_whole_conversations_idle_past_retention(database_url: str) -> None:
    store = _store(database_url)
    now = dt.datetime(2026, 11, 28, tzinfo=dt.UTC)
    _add(store, "old", now - dt.timedelta(days=45))
    _add(store, "old", now - dt.timedelta(days=31))
    _add(store, "active", now - dt.timedelta(days=40))
    _add(store, "active", now - dt.timedelta(days=2))
    assert store.purge_inactive(30, now=now.timestamp()) == 2
    assert store.senders() == {"active"}
