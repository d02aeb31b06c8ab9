"""Running the Telegram bot inside the gateway's event loop, whatever the Bot API does.

The gateway's lifespan starts it when TELEGRAM_BOT_TOKEN is set. Start-up runs in a
background task: when the Bot API cannot be reached it retries with capped exponential
backoff while the rest of the gateway (web chat, WhatsApp, /healthz) serves as usual.

- Polling when TELEGRAM_WEBHOOK_URL is empty. Exactly one process may poll a bot: Telegram
  ends a second poller's getUpdates with 409 Conflict (logged here as such).
- Webhook mode otherwise: setWebhook(url, secret_token) and updates arrive through
  bot/gateway/telegram_webhook.py, which checks the secret; any number of gateways can
  serve the webhook behind a load balancer.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram import Bot, BotCommand, Update
from telegram.error import (
    BadRequest,
    Conflict,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.channels.telegram import (
    ALLOWED_UPDATES,
    COMMAND_DESCRIPTIONS,
    MAX_RETRY_SECONDS,
    build_application,
    retry_after_seconds,
)
from bot.conversation.turn import Conversations
from bot.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, gettext
from bot.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")

FIRST_BACKOFF_SECONDS = 1.0
#: Long-polling timeout of getUpdates: Telegram holds the request open this long.
POLL_TIMEOUT_SECONDS = 10
#: How long shutdown waits for replies still being sent.
STOP_SECONDS = 10.0


async def register_commands(bot: Bot) -> None:
    """The command menu, in each language we speak plus a default (English) for the rest.

    A Bot API that refuses it costs users the menu, not the commands: logged, not fatal.
    """
    for language in (None, *SUPPORTED_LANGUAGES):
        commands = [
            BotCommand(name, gettext(language or DEFAULT_LANGUAGE, description))
            for name, description in COMMAND_DESCRIPTIONS.items()
        ]
        try:
            await bot.set_my_commands(commands, language_code=language)
        except TelegramError as exc:
            scope = language or "default"
            log.warning("telegram: setMyCommands (%s) refused: %s", scope, type(exc).__name__)


class TelegramRunner:
    """The bot's lifecycle: connect (retrying), receive updates, stop cleanly."""

    def __init__(self, settings: Settings, conversations: Conversations) -> None:
        self.settings = settings
        self.application = build_application(settings, conversations)
        self.webhook = bool(settings.telegram_webhook_url)
        self._task: asyncio.Task[None] | None = None

    @classmethod
    def start_if_configured(
        cls, settings: Settings, conversations: Conversations
    ) -> TelegramRunner | None:
        """A started runner, or None when Telegram is not configured (or misconfigured)."""
        if not settings.telegram_bot_token:
            return None
        if settings.telegram_webhook_url and not settings.telegram_webhook_secret:
            log.error(
                "telegram: TELEGRAM_WEBHOOK_URL needs TELEGRAM_WEBHOOK_SECRET (anyone could post "
                "updates otherwise); the Telegram channel is not started"
            )
            return None
        runner = cls(settings, conversations)
        runner._task = asyncio.create_task(runner._run(), name="telegram")
        return runner

    @property
    def accepting(self) -> bool:
        """Whether updates can be processed now (the application is running)."""
        return self.application.running

    async def feed(self, data: dict[str, Any]) -> bool:
        """Queue one webhook update for the handlers; False when not running yet."""
        if not self.accepting:
            return False
        update = Update.de_json(data, self.application.bot)
        await self.application.update_queue.put(update)
        return True

    async def _run(self) -> None:
        application = self.application
        try:
            await _retrying("connecting to the Bot API", application.initialize)
            await register_commands(application.bot)
            await application.start()
            if self.webhook:
                await _retrying(
                    "setting the webhook",
                    functools.partial(
                        application.bot.set_webhook,
                        self.settings.telegram_webhook_url,
                        secret_token=self.settings.telegram_webhook_secret,
                        allowed_updates=ALLOWED_UPDATES,
                    ),
                )
            else:
                assert application.updater is not None
                await application.updater.start_polling(
                    timeout=POLL_TIMEOUT_SECONDS,
                    bootstrap_retries=-1,  # deleteWebhook: retried like everything else
                    allowed_updates=ALLOWED_UPDATES,
                    error_callback=_polling_error,
                )
            log.info("telegram: connected (%s)", "webhook" if self.webhook else "polling")
        except InvalidToken:
            log.error("telegram: the Bot API refused TELEGRAM_BOT_TOKEN; the bot is not started")
        except BadRequest as exc:  # e.g. a webhook URL Telegram will not call
            log.error("telegram: the Bot API refused the set-up: %s", exc.message)

    async def stop(self) -> None:
        """Stop receiving, give replies in flight a moment, release the HTTP clients.

        The webhook stays set: Telegram keeps the updates for the next start (or another
        gateway), and nobody's message is lost to a restart.
        """
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        application = self.application
        try:
            if application.updater is not None and application.updater.running:
                await application.updater.stop()
            if application.running:
                await asyncio.wait_for(application.stop(), STOP_SECONDS)
        except TimeoutError:
            log.warning("telegram: replies still in flight were cut off at shutdown")
        except TelegramError as exc:
            log.warning("telegram: stopping failed: %s", type(exc).__name__)
        if not application.running:
            await application.shutdown()


async def _retrying(what: str, action: Callable[[], Awaitable[T]]) -> T:
    """`action` until it succeeds: network errors back off exponentially, capped."""
    backoff = FIRST_BACKOFF_SECONDS
    while True:
        try:
            return await action()
        except RetryAfter as exc:
            wait, reason = retry_after_seconds(exc), "RetryAfter"
        except BadRequest:
            raise
        except NetworkError as exc:  # unreachable, timed out, 5xx
            wait, reason = backoff, type(exc).__name__
            backoff = min(backoff * 2, MAX_RETRY_SECONDS)
        log.warning("telegram: %s failed (%s); retrying in %.0f s", what, reason, wait)
        await asyncio.sleep(wait)


def _polling_error(error: TelegramError) -> None:
    """python-telegram-bot retries polling by itself; say why, without the request's URL."""
    if isinstance(error, Conflict):
        log.error(
            "telegram: another process polls this bot (409 Conflict): exactly one process may "
            "poll; with several gateways use webhook mode (TELEGRAM_WEBHOOK_URL)"
        )
    else:
        log.warning("telegram: polling failed (%s); retrying", type(error).__name__)
