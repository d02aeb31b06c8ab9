"""The one class in front of the content store that the assistant reads answers from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, select

from bot.content.models import Item, Status
from bot.database import session_scope


@dataclass(frozen=True)
class Answer:
    topic: str
    language: str
    title: str
    text: str
    details: str | None
    review_overdue: bool


class ContentRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _published(self, topics: list[str], languages: list[str]) -> list[Item]:
        with session_scope(self.engine) as session:
            return list(
                session.scalars(
                    select(Item).where(
                        Item.topic_id.in_(topics),
                        Item.language.in_(languages),
                        Item.status == Status.PUBLISHED,
                    )
                )
            )

    def answer(
        self, topic: str, languages: list[str], *, today: dt.date | None = None
    ) -> Answer | None:
        """The published item of `topic` in the first language of the chain that has one.

        An item past its review date is still served (a stale answer beats none for
        someone in danger); editors see it flagged instead.
        """
        items = {item.language: item for item in self._published([topic], languages)}
        for language in languages:
            item = items.get(language)
            if item is not None:
                return Answer(
                    topic=topic,
                    language=language,
                    title=item.title,
                    text=item.text,
                    details=item.details,
                    review_overdue=item.review_due < (today or dt.date.today()),
                )
        return None

    def titles(self, topics: list[str], languages: list[str]) -> dict[str, str]:
        """Menu labels of `topics` in the first language of the chain that has each."""
        rank = {language: n for n, language in enumerate(languages)}
        best: dict[str, Item] = {}
        for item in self._published(topics, languages):
            current = best.get(item.topic_id)
            if current is None or rank[item.language] < rank[current.language]:
                best[item.topic_id] = item
        return {topic: best[topic].title for topic in topics if topic in best}
