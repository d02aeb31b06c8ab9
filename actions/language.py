"""Choosing the conversation's language. The gateway stores the choice; this only answers."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.replies import AssistantAction, button, category_buttons, say
from bot.i18n import SUPPORTED_LANGUAGES, gettext, language_name


def language_buttons() -> list[dict[str, str]]:
    """Each language named in itself, so a person who cannot read the current one finds theirs."""
    return [button(language_name(code), f"lang:{code}") for code in SUPPORTED_LANGUAGES]


class ActionChooseLanguage(AssistantAction):
    action_name = "action_choose_language"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, language: str
    ) -> list[EventType]:
        text = gettext(language, "Choose your language:")
        say(
            dispatcher,
            topic="meta.language",
            language=language,
            text=text,
            buttons=language_buttons(),
        )
        return []


class ActionSetLanguage(AssistantAction):
    action_name = "action_set_language"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, language: str
    ) -> list[EventType]:
        name = language_name(language, in_sentence=True)
        text = "\n\n".join(
            (
                gettext(language, "From now on I write in {language}.", language=name),
                gettext(
                    language, "What would you like to know? Choose a topic or write your question."
                ),
            )
        )
        say(
            dispatcher,
            topic="meta.language",
            language=language,
            text=text,
            buttons=category_buttons(language),
        )
        return []
