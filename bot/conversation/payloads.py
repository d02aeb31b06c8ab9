"""Button payloads: short opaque ids the assistant issues, the same on every channel.

The gateway alone turns them into Rasa's ``/intent{...}`` form. Anything else a user
sends is text and goes through NLU (normalize() guarantees it cannot start with
``/``), so nobody can type an intent or skip a confirmation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from bot.content.topics import CATEGORIES, CONTENT_TOPICS
from bot.i18n import SUPPORTED_LANGUAGES


@dataclass(frozen=True)
class Payload:
    rasa_message: str
    #: Set when the payload is an explicit language choice.
    language: str | None = None
    #: /start: the gateway adds the privacy note and the language choice before Rasa's menu.
    start: bool = False


#: Channel commands and events with no arguments -> the trusted Rasa message they stand for.
#: Telegram's /menu, /language, /verify, /delete and /start, WhatsApp's typed "verify",
#: and a voice note or photo (``nontext``) all arrive as one of these ids. A typed "help"
#: is deliberately not one: it may be a call for help, so it goes to the safety net.
COMMANDS = {
    "menu": "/menu",
    "lang": "/choose_language",
    "verify": "/verify",
    "delete": "/delete_data",
    "nontext": "/non_text",
}


def _intent(name: str, **entities: str) -> str:
    return f"/{name}{json.dumps(entities, separators=(',', ':'))}" if entities else f"/{name}"


def parse_payload(text: str) -> Payload | None:
    """The Rasa message for a payload the assistant issued, or None if `text` is not one."""
    key, separator, value = text.strip().partition(":")
    if not separator and key in COMMANDS:
        return Payload(COMMANDS[key])
    if key == "start" and not separator:
        return Payload("/menu", start=True)
    if key == "t" and value in CONTENT_TOPICS:
        return Payload(_intent("ask_topic", topic=value))
    if key == "more" and value in CONTENT_TOPICS:
        return Payload(_intent("more", topic=value))
    if key == "m" and value in CATEGORIES:
        return Payload(_intent("show_category", category=value))
    if key == "lang" and value in SUPPORTED_LANGUAGES:
        return Payload(_intent("set_language", language=value), language=value)
    if key == "del" and value in ("yes", "no"):
        return Payload(_intent("confirm_delete" if value == "yes" else "cancel_delete"))
    return None


def intent_message(intent: str) -> str:
    """A trusted message for an intent the gateway decided itself (the emergency safety net)."""
    return _intent(intent)
