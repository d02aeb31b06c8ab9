"""Shared fixtures. The `stack` fixture starts the real assistant once per session:
the Procfile's Rasa server (with the model `make test` trained), action server and
gateway, on free ports, with fresh SQLite databases."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import socket
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.async_api import Browser, async_playwright
from sqlalchemy import Engine, create_engine, text

from bot.content.importer import import_directory
from bot.database import make_engine, session_scope
from bot.launcher import Stack
from bot.migrations import upgrade
from bot.settings import ROOT, Settings
from bot.training.model import VAR_MODEL
from tests.fakes.graph_api import FakeGraphAPI, WhatsAppUser
from tests.fakes.telegram_api import FakeBot, FakeBotAPI

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
TEST_KEY = "test-pseudonym-key-" + "x" * 20


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def seeded_database(url: str) -> Engine:
    """A migrated database holding the seed content of content/."""
    upgrade(url)
    engine = make_engine(url)
    with session_scope(engine) as session:
        import_directory(session, ROOT / "content")
    return engine


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/bot.db"


@contextmanager
def fresh_postgres_databases(*purposes: str) -> Iterator[list[str]]:
    """New, empty PostgreSQL databases (URLs), dropped afterwards.

    Each test gets databases of its own, so runs on one server never see or drop each
    other's tables.
    """
    names = [f"sm_{purpose}_{uuid.uuid4().hex[:8]}" for purpose in purposes]
    admin = create_engine(
        POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as connection:
        for name in names:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    base = POSTGRES_URL.rsplit("/", 1)[0]
    try:
        yield [f"{base}/{name}" for name in names]
    finally:
        with admin.connect() as connection:
            for name in names:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on the embedded default and on the production database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/bot.db"
        return
    with fresh_postgres_databases("bot") as (url,):
        yield url


@pytest.fixture
def content_engine(database_url: str) -> Iterator[Engine]:
    engine = seeded_database(database_url)
    yield engine
    engine.dispose()


@dataclass
class RunningStack:
    settings: Settings
    url: str
    log_dir: Path
    bot_engine: Engine
    tracker_engine: Engine
    secrets: dict[str, str]

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.log_dir.glob("*.log")))


def _running(tmp: Path, **overrides: Any) -> Iterator[RunningStack]:
    if not VAR_MODEL.exists():
        pytest.fail("no trained model at var/model.tar.gz: run the tests with `make test`")
    settings = Settings(
        **{
            "database_url": f"sqlite:///{tmp}/bot.db",
            "tracker_database_url": f"sqlite:///{tmp}/tracker.db",
            "rasa_url": f"http://127.0.0.1:{free_port()}",
            "actions_port": free_port(),
            "gateway_port": free_port(),
            "bot_pseudonym_key": TEST_KEY,
            "official_telegram_handle": "@official_test_bot",
            "official_whatsapp_number": OFFICIAL_WHATSAPP_NUMBER,
            **overrides,
        }
    )
    bot_engine = seeded_database(settings.database_url)
    secrets = {"BOT_PSEUDONYM_KEY": TEST_KEY, "RASA_TOKEN": uuid.uuid4().hex}
    with Stack(settings, secrets, tmp / "logs") as running:
        yield RunningStack(
            settings=settings,
            url=f"http://127.0.0.1:{settings.gateway_port}",
            log_dir=running.log_dir,
            bot_engine=bot_engine,
            tracker_engine=make_engine(settings.tracker_database_url),
            secrets=secrets,
        )
    bot_engine.dispose()


@contextmanager
def second_gateway(stack: RunningStack, log_dir: Path, **overrides: Any) -> Iterator[RunningStack]:
    """Another gateway process, with its own settings (a channel's tokens, say), in front of
    the running stack's Rasa server, action server and databases."""
    settings = stack.settings.model_copy(update={"gateway_port": free_port(), **overrides})
    with Stack(settings, stack.secrets, log_dir, only=("gateway",)) as running:
        yield RunningStack(
            settings=settings,
            url=f"http://127.0.0.1:{settings.gateway_port}",
            log_dir=running.log_dir,
            bot_engine=stack.bot_engine,
            tracker_engine=stack.tracker_engine,
            secrets=stack.secrets,
        )


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    """The embedded default, as `make run` starts it: SQLite, in-memory lock store."""
    yield from _running(tmp_path_factory.mktemp("stack"))


@pytest.fixture(scope="module")
def production_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    """The scale-out configuration on the real services: PostgreSQL for content, state and
    Rasa's trackers, Redis for Rasa's lock store (endpoints.production.yml)."""
    with fresh_postgres_databases("bot", "tracker") as (database_url, tracker_database_url):
        yield from _running(
            tmp_path_factory.mktemp("production"),
            database_url=database_url,
            tracker_database_url=tracker_database_url,
            rasa_endpoints="endpoints.production.yml",
            redis_key_prefix=f"test{uuid.uuid4().hex[:8]}",
        )


class ChatClient:
    """Talks to /api/chat as one user."""

    def __init__(self, client: httpx.AsyncClient, user_id: str) -> None:
        self.client = client
        self.user_id = user_id

    async def send(self, text: str, **extra: Any) -> dict[str, Any]:
        answer = await self.client.post(
            "/api/chat", json={"user_id": self.user_id, "text": text, **extra}
        )
        assert answer.status_code == 200, answer.text
        return answer.json()


@pytest.fixture
async def http(stack: RunningStack) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=stack.url, timeout=60) as client:
        yield client


@pytest.fixture
def new_user(http: httpx.AsyncClient) -> ChatClient:
    return ChatClient(http, f"test-{uuid.uuid4().hex[:12]}")


# --- the web chat in a real browser ------------------------------------------------------


@pytest.fixture(scope="session")
async def browser() -> AsyncIterator[Browser]:
    """Debian's Chromium driven by Playwright (`make test` installs it if missing)."""
    path = os.environ.get("BROWSER_PATH") or next(
        filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None
    )
    if path is None:
        pytest.fail("no Chromium found: run scripts/ensure-browser.sh or set BROWSER_PATH")
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=path, args=["--no-sandbox"])
        yield launched
        await launched.close()


# --- Telegram: a Bot API server of our own on 127.0.0.1, and gateways that use it --------
TELEGRAM_TOKEN = "7100000001:polling-test-token"
TELEGRAM_WEBHOOK_TOKEN = "7100000002:webhook-test-token"
TELEGRAM_WEBHOOK_SECRET = "webhook-secret_0123456789"


@dataclass
class TelegramGateway:
    """A gateway process running python-telegram-bot against the fake Bot API."""

    gateway: RunningStack
    bot: FakeBot


@pytest.fixture(scope="session")
def telegram_api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as api:
        yield api


@pytest.fixture(scope="module")
def telegram_gateway(
    stack: RunningStack, telegram_api: FakeBotAPI, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TelegramGateway]:
    """Polling mode (no webhook URL), connected: getUpdates has been called."""
    bot = telegram_api.add_bot(TELEGRAM_TOKEN)
    with second_gateway(
        stack,
        tmp_path_factory.mktemp("telegram") / "logs",
        telegram_bot_token=TELEGRAM_TOKEN,
        telegram_api_base=f"{telegram_api.url}/bot",
    ) as gateway:
        bot.wait_call("getUpdates")
        yield TelegramGateway(gateway, bot)


@pytest.fixture(scope="module")
def telegram_webhook_gateway(
    stack: RunningStack, telegram_api: FakeBotAPI, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TelegramGateway]:
    """Webhook mode: the fake Bot API POSTs updates to /webhooks/telegram with the secret."""
    bot = telegram_api.add_bot(TELEGRAM_WEBHOOK_TOKEN)
    port = free_port()
    with second_gateway(
        stack,
        tmp_path_factory.mktemp("telegram-webhook") / "logs",
        gateway_port=port,
        telegram_bot_token=TELEGRAM_WEBHOOK_TOKEN,
        telegram_api_base=f"{telegram_api.url}/bot",
        telegram_webhook_url=f"http://127.0.0.1:{port}/webhooks/telegram",
        telegram_webhook_secret=TELEGRAM_WEBHOOK_SECRET,
    ) as gateway:
        bot.wait_call("setWebhook")
        yield TelegramGateway(gateway, bot)


# --- WhatsApp: a Graph API of our own on 127.0.0.1, and a gateway that uses it ------------
WHATSAPP_PHONE_NUMBER_ID = "106540352242922"
WHATSAPP_ACCESS_TOKEN = "EAAtest-whatsapp-access-token"
WHATSAPP_APP_SECRET = "test-whatsapp-app-secret-0123456789"
WHATSAPP_VERIFY_TOKEN = "test-whatsapp-verify-token"
OFFICIAL_WHATSAPP_NUMBER = "+1 555 078 3881"


def whatsapp_signature(body: bytes, secret: str = WHATSAPP_APP_SECRET) -> str:
    """X-Hub-Signature-256 as Meta computes it: HMAC-SHA256 of the raw body, app secret."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def whatsapp_settings(graph_api: FakeGraphAPI) -> dict[str, Any]:
    return {
        "whatsapp_api_base": f"{graph_api.url}/v21.0",
        "whatsapp_phone_number_id": WHATSAPP_PHONE_NUMBER_ID,
        "whatsapp_access_token": WHATSAPP_ACCESS_TOKEN,
        "whatsapp_app_secret": WHATSAPP_APP_SECRET,
        "whatsapp_verify_token": WHATSAPP_VERIFY_TOKEN,
    }


@dataclass
class WhatsAppGateway:
    """A gateway process with WhatsApp configured, sending to the fake Graph API."""

    gateway: RunningStack
    graph: FakeGraphAPI

    def user(self) -> WhatsAppUser:
        return WhatsAppUser(WHATSAPP_PHONE_NUMBER_ID)

    def deliver(self, body: dict[str, Any] | bytes, **headers: str) -> httpx.Response:
        """POST a webhook body as Meta does: signed, unless `headers` say otherwise."""
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        sent = {"Content-Type": "application/json", "X-Hub-Signature-256": whatsapp_signature(raw)}
        sent.update(headers)
        return httpx.post(
            f"{self.gateway.url}/webhooks/whatsapp",
            content=raw,
            headers={k: v for k, v in sent.items() if v},
            timeout=30,
        )


@pytest.fixture(scope="session")
def graph_api() -> Iterator[FakeGraphAPI]:
    with FakeGraphAPI(WHATSAPP_ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID) as api:
        yield api


@pytest.fixture(scope="module")
def whatsapp_gateway(
    stack: RunningStack, graph_api: FakeGraphAPI, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WhatsAppGateway]:
    with second_gateway(
        stack, tmp_path_factory.mktemp("whatsapp") / "logs", **whatsapp_settings(graph_api)
    ) as gateway:
        yield WhatsAppGateway(gateway, graph_api)
