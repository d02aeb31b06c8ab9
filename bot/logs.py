"""Logging that never carries personal data.

Our own log lines hold no user id, phone number, name or message text. Libraries that
log URLs or payloads (httpx logs request URLs, which for Telegram contain the bot
token; uvicorn's access log carries query strings) are kept at WARNING.
"""

from __future__ import annotations

import logging

QUIET = ("httpx", "httpcore", "uvicorn.access", "telegram", "apscheduler", "hpack")


def configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        force=True,
    )
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
