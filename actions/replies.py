"""Pure helpers every action uses to speak: the user's language, buttons, the topic marker.

Each reply ends with a ``json_message`` carrying the topic id and languages; the
gateway reads it from Rasa's REST reply (``custom``) to fill the chat API contract.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any, ClassVar

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from bot.content.topics import CATEGORIES
from bot.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, gettext, isolate_numbers
from bot.settings import get_settings

Button = dict[str, str]


def user_language(tracker: Tracker) -> str:
    """The conversation's language, decided by the gateway and sent as message metadata."""
    metadata = tracker.latest_message.get("metadata") or {}
    language = metadata.get("language")
    return language if language in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def language_chain(language: str) -> list[str]:
    return get_settings().fallback_chain(language)


def entity_values(tracker: Tracker, entity: str) -> list[str]:
    return [
        str(e["value"])
        for e in tracker.latest_message.get("entities") or []
        if e.get("entity") == entity
    ]


def button(title: str, payload: str) -> Button:
    return {"title": title, "payload": payload}


def menu_button(language: str) -> Button:
    return button(gettext(language, "Menu"), "menu")


def category_buttons(language: str) -> list[Button]:
    return [button(gettext(language, label), f"m:{key}") for key, (label, _) in CATEGORIES.items()]


def say(
    dispatcher: CollectingDispatcher,
    *,
    topic: str,
    language: str,
    text: str,
    buttons: Sequence[Button] = (),
    content_language: str | None = None,
    **extra: Any,
) -> None:
    """Send one message and the topic marker the gateway reports to the user's channel."""
    dispatcher.utter_message(
        text=isolate_numbers(text, content_language or language), buttons=list(buttons)
    )
    dispatcher.utter_message(
        json_message={
            "topic": topic,
            "language": language,
            "content_language": content_language or language,
            **extra,
        }
    )


class AssistantAction(Action, ABC):
    """An action that answers in the conversation's language: subclasses only `respond`."""

    action_name: ClassVar[str]

    def name(self) -> str:
        return self.action_name

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return self.respond(dispatcher, tracker, user_language(tracker))

    @abstractmethod  # abstract: rasa-sdk registers only concrete actions
    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, language: str
    ) -> list[EventType]: ...
