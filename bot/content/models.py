"""The content store: topics, their sources, and one item per language.

Editors change the database, not the model: the assistant reads published items
at answer time, so a new text is live at the next message without retraining.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, DateTime, Enum, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.database import Base


class Status(enum.StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class Review(enum.StrEnum):
    UNREVIEWED = "unreviewed"
    REVIEWED = "reviewed"


class Translation(enum.StrEnum):
    ORIGINAL = "original"
    MACHINE = "machine-translated"
    HUMAN_REVIEWED = "human-reviewed"


def _enum(kind: type[enum.StrEnum]) -> Enum:
    return Enum(kind, values_callable=lambda e: [m.value for m in e], native_enum=False, length=32)


class Topic(Base):
    __tablename__ = "content_topics"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    sources: Mapped[list[Source]] = relationship(
        back_populates="topic", order_by="Source.position", cascade="all, delete-orphan"
    )
    items: Mapped[list[Item]] = relationship(
        back_populates="topic", order_by="Item.language", cascade="all, delete-orphan"
    )


class Source(Base):
    __tablename__ = "content_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[str] = mapped_column(ForeignKey("content_topics.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    fact: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(Text)
    date: Mapped[str] = mapped_column(String(32))
    primary: Mapped[bool]

    topic: Mapped[Topic] = relationship(back_populates="sources")


class Item(Base):
    __tablename__ = "content_items"
    __table_args__ = (UniqueConstraint("topic_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[str] = mapped_column(ForeignKey("content_topics.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)
    status: Mapped[Status] = mapped_column(_enum(Status))
    review: Mapped[Review] = mapped_column(_enum(Review))
    translation: Mapped[Translation] = mapped_column(_enum(Translation))
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[dt.date | None] = mapped_column(Date)
    review_due: Mapped[dt.date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)

    topic: Mapped[Topic] = relationship(back_populates="items")
    history: Mapped[list[ItemVersion]] = relationship(
        back_populates="item", order_by="ItemVersion.version", cascade="all, delete-orphan"
    )


class ItemVersion(Base):
    """A snapshot of an item as it was, kept whenever an item's text changes."""

    __tablename__ = "content_item_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("content_items.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)
    status: Mapped[Status] = mapped_column(_enum(Status))
    changed_by: Mapped[str | None] = mapped_column(String(200))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)

    item: Mapped[Item] = relationship(back_populates="history")
