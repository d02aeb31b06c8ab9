"""The action server's handle on the content store (read at answer time: no retraining)."""

from __future__ import annotations

from functools import cache

from bot.content.repository import ContentRepository
from bot.database import engine_for
from bot.settings import get_settings


@cache
def content() -> ContentRepository:
    return ContentRepository(engine_for(get_settings().database_url))
