"""What the assistant reads from the store, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from bot.content.models import Item, Status
from bot.content.repository import ContentRepository
from bot.database import session_scope


def _set(engine: Engine, topic: str, language: str, **values: object) -> None:
    with session_scope(engine) as session:
        item = session.query(Item).filter_by(topic_id=topic, language=language).one()
        for name, value in values.items():
            setattr(item, name, value)


def test_answer_in_the_users_language(content_engine: Engine) -> None:
    answer = ContentRepository(content_engine).answer("myth.safe_boat", ["fr", "en"])
    assert answer is not None
    assert answer.language == "fr"
    assert answer.topic == "myth.safe_boat"


def test_unpublished_language_falls_back_along_the_chain(content_engine: Engine) -> None:
    _set(content_engine, "myth.safe_boat", "ar", status=Status.DRAFT)
    repository = ContentRepository(content_engine)
    assert repository.answer("myth.safe_boat", ["ar", "fr", "en"]).language == "fr"
    assert repository.answer("myth.safe_boat", ["ps", "fa", "en"]).language == "en"


def test_nothing_published_means_no_answer(content_engine: Engine) -> None:
    for language in ("en", "fr", "ar"):
        _set(content_engine, "pathway.study", language, status=Status.ARCHIVED)
    assert ContentRepository(content_engine).answer("pathway.study", ["en", "fr", "ar"]) is None


def test_overdue_review_is_still_served_but_flagged(content_engine: Engine) -> None:
    _set(content_engine, "emergency.sea", "en", review_due=dt.date(2020, 1, 1))
    answer = ContentRepository(content_engine).answer("emergency.sea", ["en"])
    assert answer is not None and answer.review_overdue


def test_menu_titles_fall_back_per_topic(content_engine: Engine) -> None:
    _set(content_engine, "route.balkans", "ar", status=Status.DRAFT)
    titles = ContentRepository(content_engine).titles(
        ["route.balkans", "route.channel"], ["ar", "en"]
    )
    assert set(titles) == {"route.balkans", "route.channel"}
    assert (
        titles["route.balkans"]
        == ContentRepository(content_engine).answer("route.balkans", ["en"]).title
    )
