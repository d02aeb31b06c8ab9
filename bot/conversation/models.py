"""What the gateway remembers about a conversation: only what it needs to answer well.

Keyed by the stable pseudonym, never by a phone number or a channel user id.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.database import Base


class Conversation(Base):
    __tablename__ = "conversations"

    pseudonym: Mapped[str] = mapped_column(String(64), primary_key=True)
    language: Mapped[str | None] = mapped_column(String(8))
    #: An explicit choice (button, /language, request field) sticks; detection never overrides it.
    language_explicit: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[dt.datetime] = mapped_column(DateTime)
