"""`content/` YAML <-> database, losslessly, so content can also live in git.

Import replaces a topic's sources and items with what the file says and keeps a
version snapshot of every item whose text changed; export writes the database
back in the same shape and order, so import -> export gives the same files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bot.content.models import Item, ItemVersion, Review, Source, Status, Topic, Translation
from bot.content.topics import CONTENT_TOPICS

ITEM_FIELDS = (
    "language", "title", "status", "review", "translation", "reviewed_by", "reviewed_at",
    "review_due", "version", "text", "details",
)  # fmt: skip
SOURCE_FIELDS = ("fact", "title", "organisation", "url", "date", "primary")


class ContentError(ValueError):
    """A content file that cannot be imported; the message says which file and why."""


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ContentError(f"{where}: not a date (YYYY-MM-DD): {value!r}") from exc


def _require(data: dict[str, Any], key: str, where: str) -> Any:
    if data.get(key) in (None, ""):
        raise ContentError(f"{where}: missing {key!r}")
    return data[key]


def parse_file(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ContentError(f"{path.name}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ContentError(f"{path.name}: expected a mapping with topic, sources and items")
    topic = _require(data, "topic", path.name)
    if topic not in CONTENT_TOPICS:
        raise ContentError(f"{path.name}: unknown topic id {topic!r} (see shared/TOPICS.md)")
    if path.stem != topic:
        raise ContentError(f"{path.name}: file name must be {topic}.yml")
    return data


def _apply_item(item: Item, raw: dict[str, Any], where: str) -> None:
    item.title = _require(raw, "title", where)
    item.text = _require(raw, "text", where)
    item.details = raw.get("details")
    try:
        item.status = Status(raw.get("status", "draft"))
        item.review = Review(raw.get("review", "unreviewed"))
        item.translation = Translation(raw.get("translation", "original"))
    except ValueError as exc:
        raise ContentError(f"{where}: {exc}") from exc
    item.reviewed_by = raw.get("reviewed_by")
    item.reviewed_at = _date(raw.get("reviewed_at"), where)
    item.review_due = _date(_require(raw, "review_due", where), where)  # type: ignore[assignment]
    item.version = int(raw.get("version", 1))


def import_topic(session: Session, data: dict[str, Any], *, changed_by: str | None = None) -> None:
    topic_id = data["topic"]
    topic = session.get(Topic, topic_id) or Topic(id=topic_id)
    session.add(topic)
    topic.sources = [
        Source(
            position=n,
            fact=raw.get("fact"),
            title=_require(raw, "title", f"{topic_id} source {n}"),
            organisation=_require(raw, "organisation", f"{topic_id} source {n}"),
            url=_require(raw, "url", f"{topic_id} source {n}"),
            date=str(raw.get("date") or "n.d."),
            primary=bool(raw.get("primary", False)),
        )
        for n, raw in enumerate(data.get("sources") or [])
    ]
    existing = {item.language: item for item in topic.items}
    seen: set[str] = set()
    for raw in data.get("items") or []:
        language = _require(raw, "language", topic_id)
        where = f"{topic_id} [{language}]"
        if language in seen:
            raise ContentError(f"{where}: two items for the same language")
        seen.add(language)
        item = existing.get(language)
        if item is None:
            item = Item(language=language)
            topic.items.append(item)
        elif item.text != raw.get("text") or item.details != raw.get("details"):
            item.history.append(
                ItemVersion(
                    version=item.version,
                    title=item.title,
                    text=item.text,
                    details=item.details,
                    status=item.status,
                    changed_by=changed_by,
                    changed_at=dt.datetime.now(dt.UTC),
                )
            )
        _apply_item(item, raw, where)
    for language, item in existing.items():
        if language not in seen:
            topic.items.remove(item)


def import_directory(session: Session, directory: Path) -> list[str]:
    """Import every `<topic>.yml`; all or nothing (the caller's transaction)."""
    topics = []
    for path in sorted(directory.glob("*.yml")):
        data = parse_file(path)
        import_topic(session, data)
        topics.append(data["topic"])
    return topics


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Status | Review | Translation):
        return value.value
    return value


def export_topic(topic: Topic) -> dict[str, Any]:
    items = []
    for item in topic.items:
        raw = {name: _plain(getattr(item, name)) for name in ITEM_FIELDS}
        if raw["details"] is None:
            del raw["details"]
        items.append(raw)
    return {
        "topic": topic.id,
        "sources": [{name: getattr(s, name) for name in SOURCE_FIELDS} for s in topic.sources],
        "items": sorted(items, key=lambda raw: ["en", "fr", "ar"].index(raw["language"])
                        if raw["language"] in ("en", "fr", "ar") else 99),
    }  # fmt: skip


class _Dumper(yaml.SafeDumper):
    pass


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_presenter)


def dump(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def export_directory(session: Session, directory: Path) -> list[str]:
    directory.mkdir(parents=True, exist_ok=True)
    topics = session.scalars(
        select(Topic).options(selectinload(Topic.sources), selectinload(Topic.items))
    ).all()
    for topic in topics:
        (directory / f"{topic.id}.yml").write_text(dump(export_topic(topic)), encoding="utf-8")
    return [topic.id for topic in topics]
