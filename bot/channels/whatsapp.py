"""WhatsApp's wire format (Cloud API): webhook bodies in, Graph API message bodies out.

Only the mapping lives here: no HTTP, no database. What a user says becomes the text
`Conversations.turn` gets (channel "whatsapp", the wa_id, which turn() pseudonymises at
once); a `TurnResult` becomes the bodies POSTed to ``/{phone-number-id}/messages``.

Decisions (README, "WhatsApp"):
- In: typed text as text; a tapped reply button (``button_reply.id``), list row
  (``list_reply.id``) or template quick reply (``button.payload``) as the payload id the
  assistant issued. Typed command words ("verify", "menu"...) become their payload ids, since
  WhatsApp has no command menu. Media, locations, contacts, stickers and what WhatsApp itself
  cannot show (``unsupported``) become "nontext": possibly someone in danger who cannot type,
  who gets the emergency lines first, as on Telegram. Reactions and system notices (a number
  changed) are not messages to answer. Messages in groups are not answered either: a
  conversation about someone's route is not for a group to read.
- The profile name in ``contacts[]`` is never read: nothing needs it.
- Out: 1-3 buttons as reply buttons (titles cut to 20 characters), 4-10 as a list (row titles
  cut to 24, the whole title in the row's description), more as numbered text whose numbers
  the user types back (`chosen`; the queue keeps the options per pseudonym). An interactive
  body holds at most 1,024 characters: a longer text goes first as text, then the buttons
  under a short prompt. Text is split at paragraphs above 4,096 characters.
- Right-to-left: a reply in Arabic gets a RIGHT-TO-LEFT MARK in front, so it reads right to
  left even when it starts with a number or a Latin name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.channels.splitting import split_text
from bot.conversation.normalize import normalize
from bot.conversation.turn import TurnResult
from bot.i18n import gettext, is_rtl

log = logging.getLogger(__name__)

CHANNEL = "whatsapp"
MAX_TEXT = 4096
MAX_BODY = 1024
MAX_BUTTON_TITLE = 20
MAX_BUTTON_ID = 256
MAX_BUTTONS = 3
MAX_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_ID = 200
MAX_ROW_DESCRIPTION = 72
MAX_SECTION_TITLE = 24
#: Longest user id stored (phone numbers have at most 15 digits; room for other ids).
MAX_WA_ID = 128
#: What the gateway keeps of a typed message (the chat API's limit too).
MAX_INBOUND_TEXT = 4096
RLM = "\u200f"
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_NUMBER_TYPED = re.compile(r"(\d{1,3})[.)]?")

NON_TEXT = "nontext"
#: Interactive replies that carry the id of what was tapped.
_TAPS = ("button_reply", "list_reply")
#: Message types that are something a person sent us but cannot be read as text.
NON_TEXT_TYPES = frozenset(
    {"image", "audio", "voice", "video", "document", "sticker", "location", "contacts",
     "unsupported", "unknown", "order"}
)  # fmt: skip
#: Notices, not messages: answering a 👍 reaction or "number changed" would be noise.
IGNORED_TYPES = frozenset({"reaction", "system", "request_welcome", "ephemeral"})
#: Typed words that stand for a command (WhatsApp has no command menu), -> payload id.
#: "help" is deliberately not one: it may be a call for help, so it goes to the safety net.
COMMANDS = {
    "verify": "verify",
    "menu": "menu",
    "start": "start",
    "language": "lang",
    "delete": "delete",
}
CHOOSE = "Choose"
OPTIONS = "Options"
PROMPT = "Choose an option:"
NUMBER_HINT = "Reply with the number of your choice."


@dataclass(frozen=True)
class Inbound:
    """One user message, ready for the queue: who, what turn() gets, and when it was sent."""

    message_id: str
    wa_id: str
    text: str
    #: When the user sent it (naive UTC): the 24-hour window counts from here.
    sent_at: dt.datetime


@dataclass
class Webhook:
    """What one webhook body holds for us."""

    messages: list[Inbound] = field(default_factory=list)
    statuses: int = 0
    ignored: int = 0
    #: Meta's error codes of replies reported "failed" (e.g. 131047: outside the window).
    failed_codes: list[int] = field(default_factory=list)


@dataclass
class Rendered:
    """A turn as Graph API message bodies (without ``to``), in the order they are sent."""

    bodies: list[dict[str, Any]] = field(default_factory=list)
    #: Payload ids of a numbered list, in order (option 1 first), when one was sent.
    choices: list[str] | None = None


def signature_valid(body: bytes, header: str, app_secret: str) -> bool:
    """X-Hub-Signature-256 is ``sha256=`` + HMAC-SHA256 of the raw body with the app secret."""
    if not app_secret:
        return False
    expected = "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(header.strip().lower().encode(), expected.encode())


def parse_webhook(data: Any, now: dt.datetime | None = None) -> Webhook:
    """The messages, statuses and ignored items of a webhook body in Meta's format.

    Raises ValueError when `data` is not a webhook body at all; an item of a shape we do not
    know is ignored, never an error: Meta adds fields and types over time.
    """
    if not isinstance(data, dict) or not isinstance(data.get("entry", []), list):
        raise ValueError("not a WhatsApp webhook body")
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    webhook = Webhook()
    changes = [
        change
        for entry in data.get("entry") or []
        if isinstance(entry, dict)
        for change in entry.get("changes") or []
        if isinstance(change, dict)
    ]
    for change in changes:
        value = change.get("value")
        if not isinstance(value, dict):
            continue
        statuses = value.get("statuses") if isinstance(value.get("statuses"), list) else []
        webhook.statuses += len(statuses)
        webhook.failed_codes += [
            error["code"]
            for status in statuses
            if isinstance(status, dict) and status.get("status") == "failed"
            for error in status.get("errors") or []
            if isinstance(error, dict) and isinstance(error.get("code"), int)
        ]
        for message in value.get("messages") or []:
            inbound = _inbound(message, now) if isinstance(message, dict) else None
            if inbound is None:
                webhook.ignored += 1
            else:
                webhook.messages.append(inbound)
    return webhook


def _inbound(message: dict[str, Any], now: dt.datetime) -> Inbound | None:
    message_id, wa_id, kind = message.get("id"), message.get("from"), message.get("type")
    if not isinstance(message_id, str) or not message_id or not isinstance(wa_id, str):
        return None
    if not wa_id or len(wa_id) > MAX_WA_ID or message.get("group_id") or kind in IGNORED_TYPES:
        return None
    text = _text(message, str(kind))
    if text is None:
        return None
    return Inbound(message_id, wa_id, text, _sent_at(message.get("timestamp"), now))


def _text(message: dict[str, Any], kind: str) -> str | None:
    """What turn() gets for this message, or None when it is not for us to answer."""
    if kind == "text":
        body = str((message.get("text") or {}).get("body") or "")[:MAX_INBOUND_TEXT]
        typed = normalize(body)
        if not typed:  # only invisible characters: answered like a photo
            return NON_TEXT
        return COMMANDS.get(typed, body)
    if kind == "interactive":
        interactive = message.get("interactive") or {}
        reply = interactive.get(str(interactive.get("type")))
        tapped = reply.get("id") if isinstance(reply, dict) else None
        return str(tapped) if tapped and interactive.get("type") in _TAPS else NON_TEXT
    if kind == "button":  # a quick-reply button of a template message
        button = message.get("button") or {}
        tapped = button.get("payload") or button.get("text")
        return str(tapped) if tapped else NON_TEXT
    return NON_TEXT  # the known media types, "unsupported", and types added later


def _sent_at(timestamp: Any, now: dt.datetime) -> dt.datetime:
    """The message's own time (Unix seconds as a string); never later than now, so a wrong
    clock cannot stretch the 24-hour window."""
    try:
        sent = dt.datetime.fromtimestamp(int(timestamp), dt.UTC).replace(tzinfo=None)
    except (TypeError, ValueError, OverflowError, OSError):
        return now
    return min(sent, now)


def chosen(text: str, choices: Sequence[str]) -> str | None:
    """The payload of option `text` ("2", "٢", "2.") of a numbered list, or None."""
    match = _NUMBER_TYPED.fullmatch(normalize(text))
    if match is None:
        return None
    number = int(match.group(1))
    return choices[number - 1] if 1 <= number <= len(choices) else None


def render(result: TurnResult) -> Rendered:
    """Every message of a turn as Graph API bodies, in order."""
    language = result.language
    rtl = is_rtl(language)
    rendered = Rendered()
    for message in result.messages:
        text = _directed(str(message.get("text") or "").strip(), rtl)
        buttons = _buttons(message.get("buttons") or [])
        if not buttons:
            rendered.bodies.extend(_texts(text))
        elif len(buttons) > MAX_ROWS:
            lines = [f"{n}. {b['title']}" for n, b in enumerate(buttons, 1)]
            hint = _directed(gettext(language, NUMBER_HINT), rtl)
            numbered = "\n\n".join(part for part in (text, "\n".join(lines), hint) if part)
            rendered.bodies.extend(_texts(numbered))
            rendered.choices = [str(b["payload"]) for b in buttons]
        else:
            body = text
            if not text or len(text) > MAX_BODY:
                rendered.bodies.extend(_texts(text))
                body = _directed(gettext(language, PROMPT), rtl)
            make = _reply_buttons if len(buttons) <= MAX_BUTTONS else _list
            rendered.bodies.append(make(body, buttons, language))
    return rendered


def _buttons(buttons: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """The buttons WhatsApp accepts: ids must be unique, and payload ids are short by design;
    one over WhatsApp's limit would make it refuse the whole message, so it is left out."""
    usable: list[dict[str, str]] = []
    for button in buttons:
        payload = str(button.get("payload") or "")
        if not 1 <= len(payload) <= MAX_ROW_ID:
            log.warning("whatsapp: a button payload over %d characters was left out", MAX_ROW_ID)
        elif payload not in {b["payload"] for b in usable}:
            usable.append({"title": str(button.get("title") or ""), "payload": payload})
    return usable


def _directed(text: str, rtl: bool) -> str:
    return RLM + text if rtl and _RTL_LETTER.search(text) and not text.startswith(RLM) else text


def _texts(text: str) -> list[dict[str, Any]]:
    prefix = RLM if text.startswith(RLM) else ""
    parts = split_text(text.removeprefix(prefix), MAX_TEXT - len(prefix))
    return [
        {"type": "text", "text": {"body": prefix + part, "preview_url": False}} for part in parts
    ]


def cut(title: str, limit: int) -> str:
    """`title` within `limit` characters, an ellipsis showing where it was cut."""
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _unique_titles(buttons: Sequence[dict[str, str]], limit: int) -> list[str]:
    """Titles within `limit`; WhatsApp refuses a message whose button titles repeat."""
    titles: list[str] = []
    for number, button in enumerate(buttons, 1):
        title = cut(str(button.get("title") or ""), limit) or str(number)
        if title in titles:
            title = cut(f"{number}. {button.get('title') or ''}", limit)
        titles.append(title)
    return titles


def _reply_buttons(body: str, buttons: Sequence[dict[str, str]], _: str) -> dict[str, Any]:
    titles = _unique_titles(buttons, MAX_BUTTON_TITLE)
    return {
        "type": "interactive",
        "interactive": {
            "type": "button",
            "body": {"text": body},
            "action": {
                "buttons": [
                    {"type": "reply", "reply": {"id": str(b["payload"]), "title": title}}
                    for b, title in zip(buttons, titles, strict=True)
                ]
            },
        },
    }


def _list(body: str, buttons: Sequence[dict[str, str]], language: str) -> dict[str, Any]:
    titles = _unique_titles(buttons, MAX_ROW_TITLE)
    rows = []
    for button, title in zip(buttons, titles, strict=True):
        row = {"id": str(button["payload"]), "title": title}
        whole = " ".join(str(button.get("title") or "").split())
        if whole != title:  # the user still reads the whole title, under the cut one
            row["description"] = cut(whole, MAX_ROW_DESCRIPTION)
        rows.append(row)
    return {
        "type": "interactive",
        "interactive": {
            "type": "list",
            "body": {"text": body},
            "action": {
                "button": cut(gettext(language, CHOOSE), MAX_BUTTON_TITLE),
                "sections": [
                    {"title": cut(gettext(language, OPTIONS), MAX_SECTION_TITLE), "rows": rows}
                ],
            },
        },
    }


def message_body(wa_id: str, body: dict[str, Any]) -> dict[str, Any]:
    """The JSON POSTed to ``/{phone-number-id}/messages`` for one rendered body."""
    return {"messaging_product": "whatsapp", "recipient_type": "individual", "to": wa_id, **body}
