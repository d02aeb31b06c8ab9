"""A Telegram Bot API server on 127.0.0.1 for tests, speaking the documented wire format.

python-telegram-bot talks to it exactly as to api.telegram.org: ``POST /bot<token>/<method>``
with form-encoded or JSON bodies (non-string values JSON-encoded); answers are
``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code": ..., "description": ...,
"parameters": {"retry_after": N}}``. The npm emulator telegram-test-api answers getMe without
``is_bot``, which python-telegram-bot v22 rejects at start-up: hence this one.

A test plays the users: it injects updates (messages, edits, button taps, voice notes, group
messages). The bot receives them by long polling (getUpdates with offset/timeout/limit; an
update is dropped once a later offset confirms it; a second poller ends the first with 409
Conflict) or, after setWebhook, as POSTs to its webhook carrying the secret header. Every
call is recorded; tests wait on a condition for what they expect, never on the clock. A
test can make the next calls of a method fail (429 with retry_after, 5xx, 400) and hold a
chat's replies to watch what the bot does meanwhile.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import queue
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email import message_from_bytes
from typing import Any, TypeVar
from urllib.parse import parse_qsl

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

T = TypeVar("T")
log = logging.getLogger(__name__)
WAIT = 60.0
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
_MENTION = re.compile(r"(?<!\S)@\w{5,32}")
#: Parameters whose values python-telegram-bot JSON-encodes in form bodies.
_JSON_PARAMS = frozenset(
    {
        "reply_markup",
        "commands",
        "allowed_updates",
        "scope",
        "link_preview_options",
        "reply_parameters",
        "entities",
    }
)
_WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
_OTHER_POLLER = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
_INT_PARAMS = frozenset({"offset", "limit", "timeout", "message_id"})
_MEDIA = {
    "photo": lambda: [
        {"file_id": "ph1", "file_unique_id": "u1", "width": 90, "height": 90, "file_size": 900}
    ],
    "voice": lambda: {"file_id": "vo1", "file_unique_id": "u2", "duration": 3,
                      "mime_type": "audio/ogg"},
    "audio": lambda: {"file_id": "au1", "file_unique_id": "u3", "duration": 30},
    "video": lambda: {"file_id": "vi1", "file_unique_id": "u4", "width": 320, "height": 240,
                      "duration": 5},
    "video_note": lambda: {"file_id": "vn1", "file_unique_id": "u5", "length": 240,
                           "duration": 5},
    "sticker": lambda: {"file_id": "st1", "file_unique_id": "u6", "type": "regular",
                        "width": 512, "height": 512, "is_animated": False, "is_video": False},
    "location": lambda: {"latitude": 35.9, "longitude": 14.5},
    "venue": lambda: {"location": {"latitude": 35.9, "longitude": 14.5}, "title": "Port",
                      "address": "Harbour road"},
    "contact": lambda: {"phone_number": "+10000000000", "first_name": "Friend"},
    "document": lambda: {"file_id": "do1", "file_unique_id": "u7", "file_name": "paper.pdf"},
    "animation": lambda: {"file_id": "an1", "file_unique_id": "u8", "width": 200,
                          "height": 200, "duration": 2},
}  # fmt: skip


def utf16_length(text: str) -> int:
    """Telegram counts text lengths and entity offsets in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass
class Call:
    """One request the bot made, and the HTTP status it got."""

    method: str
    params: dict[str, Any]
    at: float
    status: int = 200


@dataclass
class Sent:
    """A message the bot sent, as the user sees it."""

    message_id: int
    chat_id: int
    text: str
    parse_mode: str | None
    #: Inline keyboard, row by row flattened: (title, callback_data or url).
    buttons: list[tuple[str, str]]
    at: float
    raw: dict[str, Any] = field(repr=False)


def rendered(text: str, parse_mode: str | None) -> str:
    """What the user reads for `text` in `parse_mode`, or the 400 Telegram answers.

    Enough of Telegram's parsers to catch unescaped text: in HTML every `<` opens a
    supported tag and every `&` an entity; in MarkdownV2 reserved characters are escaped.
    """
    if not parse_mode:
        return text
    if parse_mode.upper() == "HTML":
        tags = r"</?(b|strong|i|em|u|ins|s|strike|del|code|pre|a|tg-spoiler|blockquote)\b[^<>]*>"
        stripped = re.sub(tags, "", text)
        if "<" in stripped or ">" in stripped or re.search(r"&(?!(lt|gt|amp|quot);)", text):
            raise ApiError(400, "Bad Request: can't parse entities: unsupported start tag")
        return html.unescape(stripped)
    if parse_mode == "MarkdownV2":
        unescaped = re.search(r"(?<!\\)[_*\[\]()~`>#+\-=|{}.!]", text)
        if unescaped:
            raise ApiError(
                400,
                f"Bad Request: can't parse entities: Character '{unescaped.group(0)}' is "
                "reserved and must be escaped with the preceding '\\'",
            )
        return re.sub(r"\\(.)", r"\1", text)
    raise ApiError(400, f"Bad Request: unsupported parse_mode {parse_mode}")


class FakeBot:
    """One bot token's state on the fake server; the test's handle on that bot."""

    def __init__(self, api: FakeBotAPI, token: str, username: str) -> None:
        self.api = api
        self.token = token
        self.id = int(token.split(":", 1)[0])
        self.username = username
        self.calls: list[Call] = []
        self.sent: list[Sent] = []
        self.commands: dict[str, list[dict[str, str]]] = {}
        self.webhook_url = ""
        self.webhook_secret = ""
        #: HTTP status of every webhook delivery attempt, in order.
        self.deliveries: list[int] = []
        self._updates: list[dict[str, Any]] = []
        self._next_update = 1
        self._allowed: list[str] = []
        self._polls = 0
        self._failures: dict[str, deque[ApiError]] = {}
        self._held: dict[int, threading.Event] = {}
        self._chats: dict[int, dict[str, Any]] = {}
        self._message_ids: dict[int, int] = {}
        self._callbacks: set[str] = set()
        self.answered: list[str] = []
        self._queries = 0
        self._outbox: queue.Queue[dict[str, Any] | None] | None = None

    # -- the users' side ---------------------------------------------------------------
    def user(self, user_id: int, *, language_code: str | None = "en") -> dict[str, Any]:
        user: dict[str, Any] = {
            "id": user_id,
            "is_bot": False,
            "first_name": "Amina",
            "last_name": "Testuser",
            "username": f"user{user_id}",
        }
        if language_code:
            user["language_code"] = language_code
        return user

    def open_chat(self, chat_id: int, chat_type: str = "private") -> dict[str, Any]:
        """The chat object Telegram uses for `chat_id` (known to the server from now on)."""
        with self.api.condition:
            if chat_id not in self._chats:
                if chat_type == "private":
                    chat = {
                        "id": chat_id,
                        "type": "private",
                        "first_name": "Amina",
                        "username": f"user{chat_id}",
                    }
                else:
                    chat = {"id": chat_id, "type": chat_type, "title": "Travellers"}
                self._chats[chat_id] = chat
            return self._chats[chat_id]

    def _message(
        self,
        chat_id: int,
        user_id: int | None,
        language_code: str | None,
        chat_type: str,
        **content: Any,
    ) -> dict[str, Any]:
        chat = self.open_chat(chat_id, chat_type)
        return {
            "message_id": self._new_message_id(chat_id),
            "from": self.user(user_id or chat_id, language_code=language_code),
            "chat": chat,
            "date": int(time.time()),
            **content,
        }

    def message(
        self,
        chat_id: int,
        text: str,
        *,
        language_code: str | None = "en",
        chat_type: str = "private",
        user_id: int | None = None,
        reply_to: Sent | None = None,
    ) -> dict[str, Any]:
        """A user's text message as Telegram sends it: commands and @mentions as entities."""
        entities = []
        if text.startswith("/"):
            length = utf16_length(text.split()[0])
            entities.append({"type": "bot_command", "offset": 0, "length": length})
        for match in _MENTION.finditer(text):
            offset = utf16_length(text[: match.start()])
            length = utf16_length(match.group(0))
            entities.append({"type": "mention", "offset": offset, "length": length})
        content: dict[str, Any] = {"text": text}
        if entities:
            content["entities"] = entities
        if reply_to is not None:
            content["reply_to_message"] = reply_to.raw
        return self._message(chat_id, user_id, language_code, chat_type, **content)

    def say(
        self,
        chat_id: int,
        text: str,
        *,
        language_code: str | None = "en",
        chat_type: str = "private",
        user_id: int | None = None,
        reply_to: Sent | None = None,
    ) -> dict[str, Any]:
        """A user writes `text` and Telegram has an update for the bot."""
        message = self.message(
            chat_id,
            text,
            language_code=language_code,
            chat_type=chat_type,
            user_id=user_id,
            reply_to=reply_to,
        )
        self.inject({"message": message})
        return message

    def edit(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        edited = {**message, "text": text, "edit_date": int(time.time())}
        edited.pop("entities", None)
        self.inject({"edited_message": edited})
        return edited

    def send_media(
        self, chat_id: int, kind: str, *, language_code: str | None = "en", edited: bool = False
    ) -> dict[str, Any]:
        """A voice note, photo, sticker, location... (`kind` is the Message field's name)."""
        content: dict[str, Any] = {kind: _MEDIA[kind]()}
        if kind == "animation":
            content["document"] = _MEDIA["document"]()
        message = self._message(chat_id, None, language_code, "private", **content)
        if edited:  # a live location moving on: Telegram sends it as an edit
            message["edit_date"] = message["date"]
        self.inject({"edited_message" if edited else "message": message})
        return message

    def tap(self, chat_id: int, data: str, *, language_code: str | None = "en") -> str:
        """The user taps the button carrying `data` on the latest message that has one."""
        with self.api.condition:
            message = next(
                (
                    s
                    for s in reversed(self.sent)
                    if s.chat_id == chat_id and any(value == data for _, value in s.buttons)
                ),
                None,
            )
            assert message is not None, f"no button {data!r} was ever shown in chat {chat_id}"
            self._queries += 1
            query_id = f"cbq{self._queries}"
            self._callbacks.add(query_id)
        self.inject(
            {
                "callback_query": {
                    "id": query_id,
                    "from": self.user(chat_id, language_code=language_code),
                    "message": message.raw,
                    "chat_instance": f"ci{chat_id}",
                    "data": data,
                }
            }
        )
        return query_id

    def inject(self, body: dict[str, Any]) -> int:
        """Telegram received an update for this bot: queue it for getUpdates or the webhook."""
        with self.api.condition:
            update = {"update_id": self._next_update, **body}
            self._next_update += 1
            if self.webhook_url and self._outbox is not None:
                self._outbox.put(update)
            else:
                self._updates.append(update)
            self.api.condition.notify_all()
            return int(update["update_id"])

    # -- what the test checks ------------------------------------------------------------
    def fail_next(
        self, method: str, times: int = 1, *, status: int = 429, retry_after: int | None = None
    ) -> None:
        """The next `times` calls of `method` fail like Telegram fails them."""
        descriptions = {
            429: f"Too Many Requests: retry after {retry_after}",
            400: "Bad Request: not allowed here",
            500: "Internal Server Error",
            502: "Bad Gateway",
        }
        with self.api.condition:
            self._failures.setdefault(method, deque()).extend(
                ApiError(status, descriptions.get(status, "Error"), retry_after)
                for _ in range(times)
            )

    def hold(self, chat_id: int) -> None:
        """Answer no sendMessage to `chat_id` until release(): a slow chat."""
        with self.api.condition:
            self._held[chat_id] = threading.Event()

    def release(self, chat_id: int) -> None:
        with self.api.condition:
            event = self._held.pop(chat_id, None)
        if event is not None:
            event.set()

    def calls_of(self, method: str) -> list[Call]:
        with self.api.condition:
            return [c for c in self.calls if c.method == method]

    def sent_to(self, chat_id: int) -> list[Sent]:
        with self.api.condition:
            return [s for s in self.sent if s.chat_id == chat_id]

    def wait_for(self, check: Callable[[], T | None], timeout: float = WAIT) -> T:
        """Block until `check()` (run under the server's lock) returns something truthy."""
        result: list[T] = []

        def ready() -> bool:
            value = check()
            if value:
                result.append(value)
            return bool(value)

        with self.api.condition:
            if not self.api.condition.wait_for(ready, timeout):
                raise TimeoutError(f"the bot did not do it within {timeout} s")
        return result[0]

    def wait_sent(
        self, chat_id: int, count: int, *, after: int = 0, timeout: float = WAIT
    ) -> list[Sent]:
        """The messages sent to `chat_id` after the first `after`, once there are `count`."""

        def check() -> list[Sent] | None:
            messages = [s for s in self.sent if s.chat_id == chat_id][after:]
            return messages if len(messages) >= count else None

        return self.wait_for(check, timeout)[:count]

    def wait_call(self, method: str, count: int = 1, timeout: float = WAIT) -> list[Call]:
        def check() -> list[Call] | None:
            calls = [c for c in self.calls if c.method == method and c.status == 200]
            return calls if len(calls) >= count else None

        return self.wait_for(check, timeout)

    # -- the server's side ---------------------------------------------------------------
    def _new_message_id(self, chat_id: int) -> int:
        with self.api.condition:
            self._message_ids[chat_id] = self._message_ids.get(chat_id, 0) + 1
            return self._message_ids[chat_id]

    def bot_user(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "is_bot": True,
            "first_name": "Safe Migration Test",
            "username": self.username,
        }

    async def handle(self, method: str, params: dict[str, Any]) -> Any:
        call = Call(method, params, time.monotonic())
        with self.api.condition:
            self.calls.append(call)
            failures = self._failures.get(method)
            failure = failures.popleft() if failures else None
            if failure is not None:
                call.status = failure.code
            self.api.condition.notify_all()
        if failure is not None:
            raise failure
        handler = getattr(self, f"_api_{method.lower()}", None)
        if handler is None:
            call.status = 404
            raise ApiError(404, "Not Found")
        try:
            return await handler(params)
        except ApiError as error:
            with self.api.condition:
                call.status = error.code
                self.api.condition.notify_all()
            raise

    async def _api_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **self.bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _api_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset, limit = params.get("offset"), int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        with self.api.condition:
            if self.webhook_url:
                raise ApiError(409, _WEBHOOK_ACTIVE)
            if "allowed_updates" in params:
                self._allowed = list(params["allowed_updates"] or [])
            self._polls += 1
            mine = self._polls
            if offset is not None:
                offset = int(offset)
                if offset < 0:
                    self._updates = self._updates[offset:]
                else:
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if self._allowed:  # updates of other kinds are never delivered
                self._updates = [u for u in self._updates if set(u) & set(self._allowed)]

        def waiting() -> bool:
            return bool(self._updates) or self._polls != mine or self.api.closing

        if timeout > 0:
            await asyncio.to_thread(self.api.wait, waiting, timeout)
        with self.api.condition:
            if self._polls != mine:
                raise ApiError(409, _OTHER_POLLER)
            return self._updates[:limit]

    async def _api_deletewebhook(self, params: dict[str, Any]) -> bool:
        with self.api.condition:
            self.webhook_url = self.webhook_secret = ""
            if _truthy(params.get("drop_pending_updates")):
                self._updates.clear()
        return True

    async def _api_setwebhook(self, params: dict[str, Any]) -> bool:
        url, secret = str(params.get("url") or ""), str(params.get("secret_token") or "")
        if secret and not _SECRET.match(secret):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        with self.api.condition:
            self.webhook_url, self.webhook_secret = url, secret
            if "allowed_updates" in params:
                self._allowed = list(params["allowed_updates"] or [])
            if url:
                if self._outbox is None:
                    self._outbox = queue.Queue()
                    threading.Thread(target=self._deliver, daemon=True).start()
                for update in self._updates:
                    self._outbox.put(update)
                self._updates.clear()
        return True

    async def _api_getwebhookinfo(self, params: dict[str, Any]) -> dict[str, Any]:
        with self.api.condition:
            return {
                "url": self.webhook_url,
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            }

    async def _api_setmycommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or not commands or len(commands) > 100:
            raise ApiError(400, "Bad Request: commands must be a non-empty list")
        for command in commands:
            if not _COMMAND.match(str(command.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        with self.api.condition:
            self.commands[str(params.get("language_code") or "")] = commands
        return True

    async def _api_getmycommands(self, params: dict[str, Any]) -> list[dict[str, str]]:
        with self.api.condition:
            return self.commands.get(str(params.get("language_code") or ""), [])

    async def _api_answercallbackquery(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        with self.api.condition:
            if query_id not in self._callbacks:
                raise ApiError(
                    400,
                    "Bad Request: query is too old and response timeout "
                    "expired or query ID is invalid",
                )
            self._callbacks.discard(query_id)
            self.answered.append(query_id)
            self.api.condition.notify_all()
        return True

    async def _api_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        try:
            chat_id = int(params["chat_id"])
        except (KeyError, ValueError) as exc:
            raise ApiError(400, "Bad Request: chat_id is empty") from exc
        text = str(params.get("text") or "")
        parse_mode = params.get("parse_mode") or None
        shown = rendered(text, parse_mode)
        if not shown.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_length(shown) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        markup = params.get("reply_markup") or {}
        buttons = []
        for row in markup.get("inline_keyboard", []):
            for button in row:
                value = button.get("callback_data") or button.get("url")
                if not button.get("text") or not value:
                    raise ApiError(400, "Bad Request: inline keyboard button is invalid")
                if "callback_data" in button and not 1 <= len(value.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                buttons.append((str(button["text"]), str(value)))
        with self.api.condition:
            chat = self._chats.get(chat_id)
            held = self._held.get(chat_id)
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        if held is not None:
            await asyncio.to_thread(held.wait, WAIT)
        message: dict[str, Any] = {
            "message_id": self._new_message_id(chat_id),
            "from": self.bot_user(),
            "chat": chat,
            "date": int(time.time()),
            "text": shown,
        }
        if markup:
            message["reply_markup"] = markup
        with self.api.condition:
            self.sent.append(
                Sent(
                    message["message_id"],
                    chat_id,
                    shown,
                    parse_mode,
                    buttons,
                    time.monotonic(),
                    message,
                )
            )
            self.api.condition.notify_all()
        return message

    async def _api_close(self, params: dict[str, Any]) -> bool:
        return True

    def _deliver(self) -> None:
        """Telegram's side of a webhook: POST each update, in order, with the secret header."""
        assert self._outbox is not None
        with httpx.Client(timeout=30) as client:
            while (update := self._outbox.get()) is not None:
                headers = {"X-Telegram-Bot-Api-Secret-Token": self.webhook_secret}
                for _attempt in range(5):  # Telegram repeats a failed delivery
                    try:
                        status = client.post(self.webhook_url, json=update, headers=headers)
                        code = status.status_code
                    except httpx.HTTPError:
                        code = 0
                    with self.api.condition:
                        self.deliveries.append(code)
                        self.api.condition.notify_all()
                    if 200 <= code < 300 or self.api.closing:
                        break
                    time.sleep(1)  # Telegram's own pause between attempts, not test timing


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() == "true"


async def _params(request: Request) -> dict[str, Any]:
    """A method's parameters from the query string and a JSON, form or multipart body."""
    params: dict[str, Any] = dict(request.query_params)
    kind = request.headers.get("content-type", "")
    if "application/json" in kind:
        body = await request.body()
        params.update(json.loads(body) if body else {})
        return params
    if "application/x-www-form-urlencoded" in kind:
        params.update(parse_qsl((await request.body()).decode(), keep_blank_values=True))
    elif "multipart/form-data" in kind:  # how files are sent; text fields are kept
        head = f"Content-Type: {kind}\r\n\r\n".encode()
        for part in message_from_bytes(head + await request.body()).get_payload():
            if part.get_filename() is None:
                params[str(part.get_param("name", header="content-disposition"))] = (
                    part.get_payload(decode=True).decode()
                )
    for name in _JSON_PARAMS & params.keys():
        if isinstance(params[name], str):
            params[name] = json.loads(params[name])
    chat_id = params.get("chat_id")
    if isinstance(chat_id, str) and re.fullmatch(r"-?\d+", chat_id):
        params["chat_id"] = int(chat_id)  # or "@channelusername", left as it is
    for name in _INT_PARAMS & params.keys():
        if isinstance(params[name], str) and params[name]:
            params[name] = int(float(params[name]))
    return params


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, ready: threading.Event) -> None:
        super().__init__(config)
        self.ready = ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        # Long polls and held replies wait in threads: more than the default handful.
        asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(64))
        await super().startup(sockets)
        self.ready.set()


class FakeBotAPI:
    """The server: any number of bots, each known by its token (unknown tokens get 401)."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.condition = threading.Condition()
        self.closing = False
        self.bots: dict[str, FakeBot] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.app = Starlette(
            routes=[Route("/bot{token}/{method}", self._endpoint, methods=["GET", "POST"])]
        )

    def add_bot(self, token: str, username: str = "safe_migration_test_bot") -> FakeBot:
        with self.condition:
            self.bots[token] = FakeBot(self, token, username)
            return self.bots[token]

    def wait(self, check: Callable[[], bool], timeout: float) -> bool:
        with self.condition:
            return self.condition.wait_for(check, timeout)

    async def _endpoint(self, request: Request) -> JSONResponse:
        bot = self.bots.get(request.path_params["token"])
        try:
            if bot is None:
                raise ApiError(401, "Unauthorized")
            result = await bot.handle(request.path_params["method"], await _params(request))
        except ApiError as error:
            return JSONResponse(error.body(), status_code=error.code)
        except Exception:  # a bug in the fake: answer as Telegram would, and say so loudly
            log.exception("fake Bot API failed")
            return JSONResponse(ApiError(500, "Internal Server Error").body(), status_code=500)
        return JSONResponse({"ok": True, "result": result})

    def start(self) -> FakeBotAPI:
        ready = threading.Event()
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            access_log=False,
            lifespan="off",
        )
        self._server = _Server(config, ready)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        if not ready.wait(30):
            raise RuntimeError(f"the fake Bot API did not start on port {self.port}")
        return self

    def stop(self) -> None:
        with self.condition:
            self.closing = True
            self.condition.notify_all()
            for bot in self.bots.values():
                if bot._outbox is not None:
                    bot._outbox.put(None)
                for event in bot._held.values():
                    event.set()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=30)

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
