"""Alembic environment: the URL comes from the caller (bot.migrations.upgrade), not an ini file."""

from __future__ import annotations

from alembic import context

import bot.channels.whatsapp_models
import bot.content.models
import bot.conversation.models  # noqa: F401
from bot.database import Base, make_engine

config = context.config
url = config.get_main_option("sqlalchemy.url")
engine = make_engine(url)
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
