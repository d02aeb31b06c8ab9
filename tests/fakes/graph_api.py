"""A WhatsApp Cloud API (Graph API) server on 127.0.0.1 for tests, and Meta's webhook side.

The gateway sends to it exactly as to graph.facebook.com: ``POST /{version}/{phone-number-id}
/messages`` with ``Authorization: Bearer <token>`` and a JSON body. It checks the token, the
phone number id and the message against WhatsApp's documented limits (text body 1-4,096
characters; interactive body 1-1,024; 1-3 reply buttons with unique titles of at most 20
characters and ids of at most 256; a list with a button label of at most 20, 1-10 sections,
1-10 rows in all, row titles of at most 24, ids of at most 200, descriptions of at most 72),
and answers in Meta's format: ``{"messaging_product": "whatsapp", "contacts": [{"input",
"wa_id"}], "messages": [{"id": "wamid..."}]}``, or ``{"error": {"message", "type", "code",
"fbtrace_id"}}``. Every call is recorded; tests wait on a condition for what they expect,
never on the clock. A test can make the next calls fail (429 with Meta's throughput code
130429, 500 with code 1, or any status and code), for everyone or for one recipient.

`WhatsAppUser` plays Meta's webhook side: it builds webhook bodies in the documented format
(``entry[].changes[].value`` with ``metadata``, ``contacts[]`` and ``messages[]``, or
``statuses[]``) for text, button and list replies, media and other types.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import logging
import re
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

T = TypeVar("T")
log = logging.getLogger(__name__)
WAIT = 60.0
_VERSION = re.compile(r"^v\d+\.\d+$")
BUSINESS_DISPLAY_NUMBER = "15550783881"
BUSINESS_ACCOUNT_ID = "102290129340398"
_MEDIA: dict[str, Callable[[], dict[str, Any]]] = {
    "image": lambda: {"mime_type": "image/jpeg", "sha256": "abc=", "id": "1003383421387256"},
    "audio": lambda: {"mime_type": "audio/mpeg", "sha256": "abc=", "id": "1003383421387257",
                      "voice": False},
    "voice": lambda: {"mime_type": "audio/ogg; codecs=opus", "sha256": "abc=",
                      "id": "1003383421387258", "voice": True},
    "video": lambda: {"mime_type": "video/mp4", "sha256": "abc=", "id": "1003383421387259"},
    "document": lambda: {"mime_type": "application/pdf", "sha256": "abc=",
                         "id": "1003383421387260", "filename": "paper.pdf"},
    "sticker": lambda: {"mime_type": "image/webp", "sha256": "abc=", "id": "1003383421387261",
                        "animated": False},
    "location": lambda: {"latitude": 35.9, "longitude": 14.5, "name": "Harbour",
                         "address": "Harbour road"},
    "contacts": lambda: [{"name": {"formatted_name": "Friend", "first_name": "Friend"},
                          "phones": [{"phone": "+1 555 0100", "type": "CELL"}]}],
}  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def eventually(check: Callable[[], T | None], timeout: float = WAIT, every: float = 0.02) -> T:
    """Until `check` returns something truthy, for state no condition can signal across
    processes (rows in the database a gateway process writes): polled, with a deadline."""
    deadline = time.monotonic() + timeout
    while not (result := check()):
        if time.monotonic() > deadline:
            raise AssertionError(f"not reached within {timeout} s")
        time.sleep(every)  # pacing the poll of a condition, not synchronising on time
    return result


def wamid() -> str:
    """A message id shaped like Meta's ("wamid." + base64)."""
    return "wamid." + base64.b64encode(uuid.uuid4().bytes * 2).decode()


class GraphError(Exception):
    def __init__(self, status: int, code: int, message: str, kind: str = "OAuthException") -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.kind = status, code, message, kind

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "message": self.message,
                "type": self.kind,
                "code": self.code,
                "fbtrace_id": uuid.uuid4().hex[:22],
            }
        }


def _invalid(detail: str) -> GraphError:
    return GraphError(400, 131009, f"(#131009) Parameter value is not valid: {detail}")


FAILURES = {
    429: lambda: GraphError(429, 130429, "(#130429) Rate limit hit"),
    500: lambda: GraphError(500, 1, "An unknown error has occurred."),
}


@dataclass
class Call:
    """One request the gateway made, and the HTTP status it got."""

    to: str
    body: dict[str, Any]
    at: float
    status: int = 200


@dataclass
class Sent:
    """A message WhatsApp accepted, as the user sees it."""

    to: str
    kind: str  # "text", "button" (reply buttons) or "list"
    text: str
    #: Reply buttons or list rows: (id, title), in order.
    options: list[tuple[str, str]]
    raw: dict[str, Any] = field(repr=False)

    @property
    def ids(self) -> list[str]:
        return [option_id for option_id, _ in self.options]


def validate(body: dict[str, Any]) -> Sent:
    """The message as the user would see it, or the error WhatsApp answers for it."""
    if body.get("messaging_product") != "whatsapp":
        raise GraphError(400, 100, "(#100) The parameter messaging_product is required.")
    to = body.get("to")
    if not isinstance(to, str) or not to.lstrip("+").isdigit():
        raise GraphError(400, 100, "(#100) Invalid parameter: to")
    if body.get("type") == "text":
        text = str((body.get("text") or {}).get("body") or "")
        if not 1 <= len(text) <= 4096:
            raise _invalid("text body must be 1-4096 characters")
        return Sent(to, "text", text, [], body)
    if body.get("type") != "interactive":
        raise GraphError(400, 100, "(#100) Invalid parameter: type")
    interactive = body.get("interactive") or {}
    text = str((interactive.get("body") or {}).get("text") or "")
    if not 1 <= len(text) <= 1024:
        raise _invalid("interactive body must be 1-1024 characters")
    action = interactive.get("action") or {}
    if interactive.get("type") == "button":
        buttons = action.get("buttons") or []
        options = [(str(b["reply"]["id"]), str(b["reply"]["title"])) for b in buttons]
        if not 1 <= len(options) <= 3 or any(b.get("type") != "reply" for b in buttons):
            raise _invalid("1-3 reply buttons")
        _check(options, id_limit=256, title_limit=20, unique_titles=True)
        return Sent(to, "button", text, options, body)
    if interactive.get("type") == "list":
        label = str(action.get("button") or "")
        sections = action.get("sections") or []
        rows = [row for section in sections for row in section.get("rows") or []]
        if not 1 <= len(label) <= 20 or not 1 <= len(sections) <= 10 or not 1 <= len(rows) <= 10:
            raise _invalid("list button 1-20 characters, 1-10 sections, 1-10 rows")
        if any(len(str(s.get("title") or "")) > 24 for s in sections):
            raise _invalid("section title over 24 characters")
        if any(len(str(row.get("description") or "")) > 72 for row in rows):
            raise _invalid("row description over 72 characters")
        options = [(str(row["id"]), str(row["title"])) for row in rows]
        _check(options, id_limit=200, title_limit=24, unique_titles=False)
        return Sent(to, "list", text, options, body)
    raise GraphError(400, 100, "(#100) Invalid parameter: interactive.type")


def _check(
    options: list[tuple[str, str]], id_limit: int, title_limit: int, unique_titles: bool
) -> None:
    ids, titles = [i for i, _ in options], [t for _, t in options]
    if any(not 1 <= len(i) <= id_limit for i in ids) or len(set(ids)) != len(ids):
        raise _invalid(f"ids must be unique and 1-{id_limit} characters")
    if any(not 1 <= len(t) <= title_limit for t in titles):
        raise _invalid(f"titles must be 1-{title_limit} characters")
    if unique_titles and len(set(titles)) != len(titles):
        raise _invalid("button titles must be unique")


@dataclass
class _Failure:
    error: GraphError
    to: str | None


class FakeGraphAPI:
    """The server: one business phone number and its access token."""

    def __init__(self, access_token: str, phone_number_id: str, port: int | None = None) -> None:
        self.access_token = access_token
        self.phone_number_id = phone_number_id
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.condition = threading.Condition()
        self.calls: list[Call] = []
        self.sent: list[Sent] = []
        self._failures: deque[_Failure] = deque()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.app = Starlette(
            routes=[
                Route("/{version}/{phone_number_id}/messages", self._endpoint, methods=["POST"])
            ]
        )

    # -- the test's side -----------------------------------------------------------------
    def fail_next(
        self, count: int, status: int, *, to: str | None = None, code: int | None = None
    ) -> None:
        """The next `count` sends (to `to` only, if given) fail with `status` in Meta's format."""
        with self.condition:
            for _ in range(count):
                error = FAILURES[status]() if code is None else GraphError(status, code, "failed")
                self._failures.append(_Failure(error, to))

    def calls_to(self, to: str) -> list[Call]:
        with self.condition:
            return [c for c in self.calls if c.to == to]

    def sent_to(self, to: str) -> list[Sent]:
        with self.condition:
            return [s for s in self.sent if s.to == to]

    def wait_for(self, check: Callable[[], T | None], timeout: float = WAIT) -> T:
        with self.condition:
            result = self.condition.wait_for(check, timeout)
        if not result:
            raise AssertionError(f"the fake Graph API did not see what was expected in {timeout} s")
        return result

    def wait_sent(
        self, to: str, count: int, *, after: int = 0, timeout: float = WAIT
    ) -> list[Sent]:
        """The messages accepted for `to` after the first `after`, once there are `count`."""

        def check() -> list[Sent] | None:
            messages = [s for s in self.sent if s.to == to][after:]
            return messages if len(messages) >= count else None

        return self.wait_for(check, timeout)[:count]

    # -- the server's side ---------------------------------------------------------------
    async def _endpoint(self, request: Request) -> JSONResponse:
        try:
            body = await self._handle(request)
        except GraphError as error:
            return JSONResponse(error.body(), status_code=error.status)
        except Exception:  # a bug in the fake: answer as Meta would, and say so loudly
            log.exception("fake Graph API failed")
            return JSONResponse(FAILURES[500]().body(), status_code=500)
        return JSONResponse(body)

    async def _handle(self, request: Request) -> dict[str, Any]:
        if request.headers.get("authorization") != f"Bearer {self.access_token}":
            raise GraphError(401, 190, "Invalid OAuth access token - Cannot parse access token")
        if not _VERSION.match(request.path_params["version"]):
            raise GraphError(400, 2500, "Unknown path components", "GraphMethodException")
        if request.path_params["phone_number_id"] != self.phone_number_id:
            raise GraphError(400, 100, "Unsupported post request.", "GraphMethodException")
        try:
            body = json.loads(await request.body())
        except ValueError as exc:
            raise GraphError(400, 100, "(#100) The request body is not JSON") from exc
        call = Call(str(body.get("to") or ""), body, time.monotonic())
        with self.condition:
            self.calls.append(call)
            failure = next((f for f in self._failures if f.to in (None, call.to)), None)
            if failure is not None:
                self._failures.remove(failure)
                call.status = failure.error.status
            self.condition.notify_all()
        if failure is not None:
            raise failure.error
        try:
            sent = validate(body)
        except GraphError as error:
            with self.condition:
                call.status = error.status
                self.condition.notify_all()
            raise
        with self.condition:
            self.sent.append(sent)
            self.condition.notify_all()
        return {
            "messaging_product": "whatsapp",
            "contacts": [{"input": sent.to, "wa_id": sent.to}],
            "messages": [{"id": wamid()}],
        }

    def start(self) -> FakeGraphAPI:
        ready = threading.Event()
        config = uvicorn.Config(
            self.app, host="127.0.0.1", port=self.port, log_level="warning",
            access_log=False, lifespan="off",
        )  # fmt: skip
        self._server = _Server(config, ready)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        if not ready.wait(30):
            raise RuntimeError(f"the fake Graph API did not start on port {self.port}")
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=30)

    def __enter__(self) -> FakeGraphAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, ready: threading.Event) -> None:
        super().__init__(config)
        self.ready = ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(16))
        await super().startup(sockets)
        self.ready.set()


# -- Meta's webhook side -------------------------------------------------------------------
_numbers = itertools.count(1)


class WhatsAppUser:
    """A WhatsApp user writing to the business number: builds webhook bodies as Meta sends them.

    Each method returns ``(message id, body)``; the body is a dict ready to be JSON-encoded and
    signed. Phone numbers are unique per test session, in the documented digits-only form.
    """

    def __init__(self, phone_number_id: str, name: str = "Amina Test") -> None:
        self.phone_number_id = phone_number_id
        self.wa_id = f"4915{int(time.time()) % 10**6:06d}{next(_numbers):04d}"
        self.name = name

    def _body(self, value: dict[str, Any]) -> dict[str, Any]:
        return {
            "object": "whatsapp_business_account",
            "entry": [
                {
                    "id": BUSINESS_ACCOUNT_ID,
                    "changes": [
                        {
                            "value": {
                                "messaging_product": "whatsapp",
                                "metadata": {
                                    "display_phone_number": BUSINESS_DISPLAY_NUMBER,
                                    "phone_number_id": self.phone_number_id,
                                },
                                **value,
                            },
                            "field": "messages",
                        }
                    ],
                }
            ],
        }

    def message(
        self, kind: str, content: Any, *, message_id: str | None = None, sent: float | None = None
    ) -> tuple[str, dict[str, Any]]:
        message_id = message_id or wamid()
        message = {
            "from": self.wa_id,
            "id": message_id,
            "timestamp": str(int(time.time() if sent is None else sent)),
            "type": kind,
            kind: content,
        }
        contacts = [{"profile": {"name": self.name}, "wa_id": self.wa_id}]
        return message_id, self._body({"contacts": contacts, "messages": [message]})

    def text(self, text: str, **extra: Any) -> tuple[str, dict[str, Any]]:
        return self.message("text", {"body": text}, **extra)

    def tap(
        self, button_id: str, title: str = "Button", **extra: Any
    ) -> tuple[str, dict[str, Any]]:
        """A tap on a reply button."""
        reply = {"type": "button_reply", "button_reply": {"id": button_id, "title": title}}
        return self.message("interactive", reply, **extra)

    def pick(self, row_id: str, title: str = "Row", **extra: Any) -> tuple[str, dict[str, Any]]:
        """A row chosen in a list message."""
        reply = {"type": "list_reply", "list_reply": {"id": row_id, "title": title}}
        return self.message("interactive", reply, **extra)

    def media(self, kind: str, **extra: Any) -> tuple[str, dict[str, Any]]:
        return self.message(kind, _MEDIA[kind](), **extra)

    def unsupported(self) -> tuple[str, dict[str, Any]]:
        """What Meta sends for a message type the Cloud API does not support (e.g. a poll)."""
        message_id, body = self.message("unsupported", None)
        message = body["entry"][0]["changes"][0]["value"]["messages"][0]
        del message["unsupported"]
        message["errors"] = [
            {
                "code": 131051,
                "title": "Message type unknown",
                "message": "Message type unknown",
                "error_data": {"details": "Message type is currently not supported."},
            }
        ]
        return message_id, body

    def reaction(self, to_message: str, emoji: str = "👍") -> tuple[str, dict[str, Any]]:
        return self.message("reaction", {"message_id": to_message, "emoji": emoji})

    def status(self, message_id: str, status: str = "delivered") -> dict[str, Any]:
        """A status callback for a message the business sent to this user."""
        return self._body(
            {
                "statuses": [
                    {
                        "id": message_id,
                        "status": status,
                        "timestamp": str(int(time.time())),
                        "recipient_id": self.wa_id,
                        "conversation": {
                            "id": uuid.uuid4().hex,
                            "origin": {"type": "service"},
                        },
                        "pricing": {
                            "billable": False,
                            "pricing_model": "PMP",
                            "category": "service",
                        },
                    }
                ]
            }
        )
