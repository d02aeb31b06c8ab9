"""Deleting and purging Rasa's conversation trackers, with SQL on Rasa's own table.

Rasa's HTTP API cannot delete a tracker, so the project does it here. Rasa's SQL
tracker store keeps every event in one table, ``events``, keyed by ``sender_id``
(our stable pseudonym) with a float ``timestamp``; a test pins that schema, since
this is the one place the two environments meet outside HTTP.
"""

from __future__ import annotations

import time

from sqlalchemy import Engine, text

from bot.database import engine_for


class TrackerStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def from_url(cls, url: str) -> TrackerStore:
        return cls(engine_for(url))

    def erase(self, sender_id: str) -> int:
        with self.engine.begin() as connection:
            result = connection.execute(
                text("DELETE FROM events WHERE sender_id = :sender"), {"sender": sender_id}
            )
        return result.rowcount

    def purge_inactive(self, days: int, *, now: float | None = None) -> int:
        """Delete whole conversations whose last event is older than `days`."""
        cutoff = (now or time.time()) - days * 86400
        with self.engine.begin() as connection:
            result = connection.execute(
                text(
                    "DELETE FROM events WHERE sender_id IN ("
                    " SELECT sender_id FROM events GROUP BY sender_id"
                    " HAVING MAX(timestamp) < :cutoff)"
                ),
                {"cutoff": cutoff},
            )
        return result.rowcount

    def senders(self) -> set[str]:
        with self.engine.connect() as connection:
            return set(connection.scalars(text("SELECT DISTINCT sender_id FROM events")))
