"""Choosing the conversation's language. The gateway stores the choice; this only answers."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.replies import button, category_buttons, say, user_language
from bot.i18n import SUPPORTED_LANGUAGES, gettext, language_name


def language_buttons() -> list[dict[str, str]]:
    """Each language named in itself, so a person who cannot read the current one finds theirs."""
    return [button(language_name(code), f"lang:{code}") for code in SUPPORTED_LANGUAGES]


class ActionChooseLanguage(Action):
    def name(self) -> str:
        return "action_choose_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        language = user_language(tracker)
        say(
            dispatcher,
            topic="meta.language",
            language=language,
            text=gettext(language, "Choose your language:"),
            buttons=language_buttons(),
        )
        return []


class ActionSetLanguage(Action):
    def name(self) -> str:
        return "action_set_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        language = user_language(tracker)
        say(
            dispatcher,
            topic="meta.language",
            language=language,
            text=gettext(
                language,
                "From now on I write in {language}.",
                language=language_name(language, in_sentence=True),
            )
            + "\n\n"
            + gettext(
                language, "What would you like to know? Choose a topic or write your question."
            ),
            buttons=category_buttons(language),
        )
        return []
