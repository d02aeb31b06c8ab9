"""Keyed pseudonyms: the only user ids Rasa, logs and statistics ever see.

The stable pseudonym is Rasa's sender id, so a conversation survives restarts and
"delete my data" finds every row; the rotating one changes every period, so
statistics cannot follow one person over time. Both are HMAC-SHA256 of
``channel:raw_id``: without the key nobody can go back from a pseudonym to a number.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac


def _hmac(key: str, message: str) -> str:
    return hmac.new(key.encode(), message.encode(), hashlib.sha256).hexdigest()


def stable_pseudonym(key: str, channel: str, raw_id: str) -> str:
    if not key:
        raise ValueError("BOT_PSEUDONYM_KEY is not set")
    return _hmac(key, f"{channel}:{raw_id}")


def rotating_pseudonym(
    key: str, channel: str, raw_id: str, *, day: dt.date, period_days: int = 30
) -> str:
    """Same within one period of `period_days`, unlinkable across periods."""
    period = day.toordinal() // period_days
    period_key = _hmac(key, f"stats-period:{period}")
    return _hmac(period_key, f"{channel}:{raw_id}")[:32]
