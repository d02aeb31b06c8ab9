"""WhatsApp's durable queue, in the project's database (migration 0002).

Meta delivers a webhook at least once and repeats it until it gets a 200, so the gateway
stores each message before answering and answers from the store: a crash after the 200
loses nothing, and the unique message id stops a repeated delivery from being answered
twice, across restarts and processes.

Privacy: the phone number (wa_id) and the text live only as long as they are needed.
An inbound row keeps them until its turn is done, then only its message id (a wamid, not
personal data) stays, for deduplication, until retention purges it. An outbound row keeps
the number only until its reply is sent (or dropped), then the row is deleted. The
profile name is never stored. Per-user rows are keyed by the stable pseudonym.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.database import Base

PENDING, PROCESSING, DONE, FAILED = "pending", "processing", "done", "failed"


class WhatsAppInbound(Base):
    __tablename__ = "whatsapp_inbound"
    __table_args__ = (
        Index("ix_whatsapp_inbound_status_id", "status", "id"),
        Index("ix_whatsapp_inbound_sender_id", "sender", "id"),
    )

    #: Arrival order: one user's messages are answered in this order.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: Meta's message id (wamid): the deduplication key, kept after processing.
    message_id: Mapped[str] = mapped_column(String(256), unique=True)
    status: Mapped[str] = mapped_column(String(16), default=PENDING)
    attempts: Mapped[int] = mapped_column(default=0)
    #: Stable pseudonym of the sender while the message waits (orders one user's messages).
    sender: Mapped[str | None] = mapped_column(String(64))
    #: The phone number and what turn() gets: wiped (NULL) once processed.
    wa_id: Mapped[str | None] = mapped_column(String(128))
    text: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    #: Which worker holds the message, and until when (a dead worker's claim lapses).
    claim_token: Mapped[str | None] = mapped_column(String(32))
    claimed_until: Mapped[dt.datetime | None] = mapped_column(DateTime)


class WhatsAppOutbound(Base):
    __tablename__ = "whatsapp_outbound"
    __table_args__ = (Index("ix_whatsapp_outbound_sender_id", "sender", "id"),)

    #: Send order: one user's replies go out in this order.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sender: Mapped[str] = mapped_column(String(64))
    #: The recipient's phone number: the row is deleted once the reply is sent or dropped.
    wa_id: Mapped[str] = mapped_column(String(128))
    #: The Graph API body without "to" (JSON).
    body: Mapped[str] = mapped_column(Text)
    #: When the message this answers was sent: the 24-hour window counts from here.
    user_message_at: Mapped[dt.datetime] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime)
    claim_token: Mapped[str | None] = mapped_column(String(32))
    claimed_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class WhatsAppUserState(Base):
    """What the channel remembers per user: when they last wrote, and open numbered options."""

    __tablename__ = "whatsapp_users"

    pseudonym: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: The user's latest message: replies are sent only within 24 hours of it.
    last_message_at: Mapped[dt.datetime] = mapped_column(DateTime)
    #: Payload ids of the numbered list last sent (JSON list), until answered or replaced.
    choices: Mapped[str | None] = mapped_column(Text)
