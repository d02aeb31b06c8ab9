"""The durable WhatsApp queue: persist, claim, complete, send-or-drop, purge.

Every gateway process may run a worker against the same database, so work is claimed, not
just read: one UPDATE marks a batch of rows with a random claim token and a lease, guarded
by the row's state, so two processes never hold the same row (on PostgreSQL the candidate
rows are also locked with FOR UPDATE SKIP LOCKED, so workers do not wait on each other;
SQLite serialises writers). A worker that dies leaves rows claimed until the lease lapses;
then another worker claims them again.

Only the oldest open message of each user can be claimed (and, outbound, the oldest reply),
so one user is answered in order while different users are answered at once.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Engine,
    Select,
    Table,
    and_,
    case,
    delete,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.channels.whatsapp import Inbound
from bot.channels.whatsapp_models import (
    DONE,
    FAILED,
    PENDING,
    PROCESSING,
    WhatsAppInbound,
    WhatsAppOutbound,
    WhatsAppUserState,
)
from bot.database import session_scope

INBOUND_LEASE = dt.timedelta(minutes=2)
OUTBOUND_LEASE = dt.timedelta(minutes=2)
#: Customer-service window: free-form replies only within 24 hours of the user's message.
WINDOW = dt.timedelta(hours=24)
#: Meta repeats an unacknowledged webhook for up to 7 days: message ids are kept at least
#: that long, whatever the retention setting, or a late repeat would be answered again.
META_RETRY_DAYS = 7

INBOUND: Table = WhatsAppInbound.__table__  # type: ignore[assignment]
OUTBOUND: Table = WhatsAppOutbound.__table__  # type: ignore[assignment]
USERS: Table = WhatsAppUserState.__table__  # type: ignore[assignment]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class ClaimedInbound:
    id: int
    token: str
    sender: str
    wa_id: str
    text: str
    sent_at: dt.datetime
    attempts: int


@dataclass(frozen=True)
class ClaimedOutbound:
    id: int
    token: str
    sender: str
    wa_id: str
    body: dict[str, Any]
    #: The user's latest message we know of: this reply's own, or a later one.
    last_message_at: dt.datetime
    attempts: int


class LostClaim(Exception):
    """Another worker took the row over (our lease lapsed): its work is not ours to commit."""


def _insert(session: Session) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT (SQLite and PostgreSQL both do)."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


class WhatsAppQueue:
    """The queue's SQL, synchronous (the worker runs it in a thread)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- inbound ---------------------------------------------------------------------------
    def persist(
        self, messages: Iterable[Inbound], pseudonym: Callable[[str], str], now: dt.datetime
    ) -> int:
        """Store messages not seen before, in one transaction; returns how many were new.

        The user's last-message time is kept here, at once, so a later message reopens the
        24-hour window even for replies still waiting to be sent.
        """
        new = 0
        with session_scope(self.engine) as session:
            insert = _insert(session)
            for message in messages:
                sender = pseudonym(message.wa_id)
                added = session.execute(
                    insert(INBOUND)
                    .values(
                        message_id=message.message_id, status=PENDING, attempts=0,
                        sender=sender, wa_id=message.wa_id, text=message.text,
                        sent_at=message.sent_at, received_at=now,
                    )
                    .on_conflict_do_nothing(index_elements=[INBOUND.c.message_id])
                    .returning(INBOUND.c.id)
                ).first()  # fmt: skip
                if added is None:  # seen before: a repeated delivery
                    continue
                new += 1
                seen = insert(USERS).values(pseudonym=sender, last_message_at=message.sent_at)
                later = seen.excluded.last_message_at > USERS.c.last_message_at
                session.execute(
                    seen.on_conflict_do_update(
                        index_elements=[USERS.c.pseudonym],
                        set_={
                            "last_message_at": case(
                                (later, seen.excluded.last_message_at),
                                else_=USERS.c.last_message_at,
                            )
                        },
                    )
                )
        return new

    def _claim(self, table: Table, heads: Select[Any], guard: Any, **values: Any) -> None:
        """Mark the rows `heads` selects as ours, if `guard` still holds for them.

        On PostgreSQL the heads are locked with SKIP LOCKED, so gateways claiming at once
        take different rows instead of waiting on each other; the guard keeps SQLite safe.
        """
        with session_scope(self.engine) as session:
            if session.get_bind().dialect.name == "postgresql":
                heads = heads.with_for_update(skip_locked=True)
            session.execute(
                update(table).where(table.c.id.in_(heads.scalar_subquery()), guard).values(**values)
            )

    def claim_inbound(
        self, limit: int, now: dt.datetime, lease: dt.timedelta = INBOUND_LEASE
    ) -> list[ClaimedInbound]:
        """Claim up to `limit` messages, each the oldest open one of its user."""
        if limit < 1:
            return []
        token = uuid.uuid4().hex
        claimable = or_(
            INBOUND.c.status == PENDING,
            and_(INBOUND.c.status == PROCESSING, INBOUND.c.claimed_until < now),
        )
        earlier = INBOUND.alias("earlier")
        heads = (
            select(INBOUND.c.id)
            .where(
                claimable,
                ~exists().where(
                    earlier.c.sender == INBOUND.c.sender,
                    earlier.c.id < INBOUND.c.id,
                    earlier.c.status.in_((PENDING, PROCESSING)),
                ),
            )
            .order_by(INBOUND.c.id)
            .limit(limit)
        )
        self._claim(
            INBOUND,
            heads,
            claimable,
            status=PROCESSING,
            claim_token=token,
            claimed_until=now + lease,
            attempts=INBOUND.c.attempts + 1,
        )
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(INBOUND).where(INBOUND.c.claim_token == token).order_by(INBOUND.c.id)
            ).all()
        return [
            ClaimedInbound(
                r.id, token, r.sender or "", r.wa_id or "", r.text or "", r.sent_at, r.attempts
            )
            for r in rows
        ]

    def choices(self, sender: str) -> list[str]:
        """The payload ids of the numbered list this user was last sent, if any is open."""
        with self.engine.connect() as connection:
            stored = connection.scalar(select(USERS.c.choices).where(USERS.c.pseudonym == sender))
        return list(json.loads(stored)) if stored else []

    def complete_inbound(
        self,
        item: ClaimedInbound,
        bodies: Sequence[dict[str, Any]],
        now: dt.datetime,
        *,
        choices: list[str] | None = None,
        answered: bool = False,
        erased: bool = False,
    ) -> bool:
        """Mark the message done, wipe its number and text, queue its replies: one transaction.

        `choices` replaces the user's open numbered list; `answered` closes it; `erased`
        (the user deleted their data) removes the user's row. False when the claim was lost:
        then nothing is written, and the worker now holding the message answers it.
        """
        try:
            with session_scope(self.engine) as session:
                done = session.execute(
                    update(INBOUND)
                    .where(
                        INBOUND.c.id == item.id,
                        INBOUND.c.claim_token == item.token,
                        INBOUND.c.status == PROCESSING,
                    )
                    .values(status=DONE, sender=None, wa_id=None, text=None,
                            claim_token=None, claimed_until=None)
                )  # fmt: skip
                if done.rowcount != 1:
                    raise LostClaim
                if bodies:
                    session.execute(
                        OUTBOUND.insert(),
                        [
                            {
                                "sender": item.sender, "wa_id": item.wa_id,
                                "body": json.dumps(body, ensure_ascii=False),
                                "user_message_at": item.sent_at, "attempts": 0,
                                "next_attempt_at": now, "created_at": now,
                            }
                            for body in bodies
                        ],
                    )  # fmt: skip
                user = USERS.c.pseudonym == item.sender
                if erased:
                    session.execute(delete(USERS).where(user))
                elif choices is not None:
                    session.execute(update(USERS).where(user).values(choices=json.dumps(choices)))
                elif answered:
                    session.execute(update(USERS).where(user).values(choices=None))
        except LostClaim:
            return False
        return True

    def release_inbound(
        self,
        item: ClaimedInbound,
        *,
        retry_at: dt.datetime | None = None,
        give_up: bool = False,
    ) -> None:
        """Hand a message back, to be claimed again from `retry_at` (a claim without a token
        that lapses then), or (`give_up`) mark it failed and wipe its number and text."""
        values: dict[str, Any] = {"claim_token": None, "claimed_until": retry_at or utcnow()}
        if give_up:
            values |= {"status": FAILED, "sender": None, "wa_id": None, "text": None}
        with session_scope(self.engine) as session:
            session.execute(
                update(INBOUND)
                .where(INBOUND.c.id == item.id, INBOUND.c.claim_token == item.token)
                .values(**values)
            )

    # -- outbound --------------------------------------------------------------------------
    def claim_outbound(
        self, limit: int, now: dt.datetime, lease: dt.timedelta = OUTBOUND_LEASE
    ) -> list[ClaimedOutbound]:
        """Claim up to `limit` replies that are due, each the oldest waiting one of its user."""
        if limit < 1:
            return []
        token = uuid.uuid4().hex
        free = or_(OUTBOUND.c.claimed_until.is_(None), OUTBOUND.c.claimed_until < now)
        earlier = OUTBOUND.alias("earlier")
        heads = (
            select(OUTBOUND.c.id)
            .where(
                OUTBOUND.c.next_attempt_at <= now,
                free,
                ~exists().where(
                    earlier.c.sender == OUTBOUND.c.sender, earlier.c.id < OUTBOUND.c.id
                ),
            )
            .order_by(OUTBOUND.c.id)
            .limit(limit)
        )
        self._claim(OUTBOUND, heads, free, claim_token=token, claimed_until=now + lease)
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(OUTBOUND, USERS.c.last_message_at.label("user_last"))
                .outerjoin(USERS, USERS.c.pseudonym == OUTBOUND.c.sender)
                .where(OUTBOUND.c.claim_token == token)
                .order_by(OUTBOUND.c.id)
            ).all()
        return [
            ClaimedOutbound(
                r.id, token, r.sender, r.wa_id, json.loads(r.body),
                max(r.user_message_at, r.user_last or r.user_message_at), r.attempts,
            )
            for r in rows
        ]  # fmt: skip

    def finish_outbound(self, item: ClaimedOutbound) -> None:
        """Sent or dropped: the row, and with it the phone number, is gone."""
        with session_scope(self.engine) as session:
            session.execute(
                delete(OUTBOUND).where(
                    OUTBOUND.c.id == item.id, OUTBOUND.c.claim_token == item.token
                )
            )

    def retry_outbound(self, item: ClaimedOutbound, at: dt.datetime) -> None:
        with session_scope(self.engine) as session:
            session.execute(
                update(OUTBOUND)
                .where(OUTBOUND.c.id == item.id, OUTBOUND.c.claim_token == item.token)
                .values(
                    claim_token=None,
                    claimed_until=None,
                    next_attempt_at=at,
                    attempts=OUTBOUND.c.attempts + 1,
                )
            )

    def next_due(self) -> dt.datetime | None:
        """When the earliest reply that is first in its user's line may be sent (the worker
        sleeps until then; replies queued behind it wait for it, whatever their own time)."""
        earlier = OUTBOUND.alias("earlier")
        first_in_line = ~exists().where(
            earlier.c.sender == OUTBOUND.c.sender, earlier.c.id < OUTBOUND.c.id
        )
        with self.engine.connect() as connection:
            return connection.scalar(
                select(func.min(OUTBOUND.c.next_attempt_at)).where(
                    first_in_line, OUTBOUND.c.claim_token.is_(None)
                )
            )

    # -- retention -------------------------------------------------------------------------
    def purge(self, now: dt.datetime, retention_days: int) -> int:
        """Forget what is past retention: message ids (kept at least as long as Meta may
        repeat a delivery), users' rows, and replies that can no longer be sent."""
        cutoff = now - dt.timedelta(days=retention_days)
        dedup_cutoff = now - dt.timedelta(days=max(retention_days, META_RETRY_DAYS))
        with session_scope(self.engine) as session:
            removed = session.execute(
                delete(INBOUND).where(INBOUND.c.received_at < dedup_cutoff)
            ).rowcount
            removed += session.execute(
                delete(OUTBOUND).where(OUTBOUND.c.user_message_at < now - 2 * WINDOW)
            ).rowcount
            removed += session.execute(
                delete(USERS).where(USERS.c.last_message_at < cutoff)
            ).rowcount
        return removed
