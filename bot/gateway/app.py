"""The gateway's app factory."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse

from bot.channels.telegram_runner import TelegramRunner
from bot.channels.whatsapp_worker import WhatsAppWorker
from bot.conversation.rasa_client import RasaClient
from bot.conversation.trackers import TrackerStore
from bot.conversation.turn import Conversations
from bot.database import engine_for
from bot.gateway import chat, health, metrics, telegram_webhook, whatsapp_webhook
from bot.gateway.limits import BodyLimit
from bot.logs import configure_logging
from bot.settings import Settings, get_settings

WEB = Path(__file__).parent / "web"
PURGE_EVERY_SECONDS = 3600
log = logging.getLogger(__name__)


async def _purge_periodically(conversations: Conversations) -> None:
    """Retention is a promise made in the privacy note: keep it even if nobody runs a cron job."""
    while True:
        try:
            removed = await asyncio.to_thread(conversations.purge_expired)
            if removed:
                log.info("purged %d tracker events past retention", removed)
        except Exception as exc:  # a failed purge must not stop the gateway; try again later
            log.warning("purge failed: %s", type(exc).__name__)
        await asyncio.sleep(PURGE_EVERY_SECONDS)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        rasa = RasaClient(settings.rasa_url, settings.rasa_timeout_seconds)
        app.state.settings = settings
        app.state.conversations = Conversations(
            settings,
            engine_for(settings.database_url),
            rasa,
            TrackerStore.from_url(settings.tracker_database_url),
        )
        purger = asyncio.create_task(_purge_periodically(app.state.conversations))
        # Telegram connects in the background: an unreachable Bot API never blocks start-up.
        app.state.telegram = TelegramRunner.start_if_configured(settings, app.state.conversations)
        app.state.whatsapp = WhatsAppWorker.start_if_configured(settings, app.state.conversations)
        yield
        if app.state.whatsapp is not None:
            await app.state.whatsapp.stop()
        if app.state.telegram is not None:
            await app.state.telegram.stop()
        purger.cancel()
        await rasa.aclose()

    app = FastAPI(title="Safe-migration assistant", version="0.1.0", lifespan=lifespan)
    app.add_middleware(BodyLimit)
    app.include_router(chat.router)
    app.include_router(health.router)
    app.include_router(telegram_webhook.router)
    app.include_router(whatsapp_webhook.router)
    app.include_router(metrics.router)

    @app.get("/", include_in_schema=False)
    async def web_chat() -> FileResponse:
        return FileResponse(WEB / "index.html")

    return app
