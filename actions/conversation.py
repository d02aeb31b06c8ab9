"""Conversational turns: greeting, menu, verify, feedback, goodbye, out of scope, fallback."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import store
from actions.replies import (
    button,
    category_buttons,
    entity_values,
    language_chain,
    menu_button,
    say,
    user_language,
)
from bot.content.topics import CATEGORIES
from bot.i18n import gettext
from bot.settings import get_settings


class _Reply(Action):
    """A fixed phrase (bot/i18n) with the category menu under it."""

    action_name = ""
    topic = ""
    message = ""
    with_menu = True

    def name(self) -> str:
        return self.action_name

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        language = user_language(tracker)
        say(
            dispatcher,
            topic=self.topic,
            language=language,
            text=gettext(language, self.message),
            buttons=category_buttons(language) if self.with_menu else [],
        )
        return []


class ActionGreet(_Reply):
    action_name = "action_greet"
    topic = "meta.greet"
    message = (
        "Hello. I answer questions about migration routes and their risks, legal ways to Europe "
        "and asylum, with sourced information. If you are in danger now, tell me at once."
    )


class ActionShowMenu(_Reply):
    action_name = "action_show_menu"
    topic = "meta.menu"
    message = "What would you like to know? Choose a topic or write your question."


class ActionOutOfScope(_Reply):
    action_name = "action_out_of_scope"
    topic = "meta.out_of_scope"
    message = (
        "I can only answer questions about migration: routes and risks, smugglers' claims, "
        "legal ways, asylum and where to find help. Choose a topic:"
    )


class ActionFallback(_Reply):
    action_name = "action_fallback"
    topic = "meta.fallback"
    message = "Sorry, I did not understand. Can you say it in other words, or choose a topic?"


class ActionGoodbye(_Reply):
    action_name = "action_goodbye"
    topic = "meta.goodbye"
    message = "Take care. You can write to me again at any time."
    with_menu = False


class ActionFeedback(Action):
    """Thanks the user; the topic being rated travels to the gateway for statistics."""

    def name(self) -> str:
        return "action_feedback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        language = user_language(tracker)
        say(
            dispatcher,
            topic="meta.feedback",
            language=language,
            text=gettext(language, "Thank you for telling me. It helps us improve the answers."),
            buttons=[menu_button(language)],
            rated_topic=tracker.get_slot("last_topic"),
        )
        return []


class ActionShowCategory(Action):
    """The topics of one menu category, each a button."""

    def name(self) -> str:
        return "action_show_category"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        language = user_language(tracker)
        keys = [key for key in entity_values(tracker, "category") if key in CATEGORIES]
        if not keys:
            return await ActionShowMenu().run(dispatcher, tracker, domain)
        topics = list(CATEGORIES[keys[0]][1])
        titles = store.content().titles(topics, language_chain(language))
        say(
            dispatcher,
            topic="meta.menu",
            language=language,
            text=gettext(language, "Choose a topic:"),
            buttons=[button(titles[t], f"t:{t}") for t in topics if t in titles]
            + [menu_button(language)],
        )
        return []


class ActionVerify(Action):
    """How to recognise the official assistant: impostor bots are a real risk."""

    def name(self) -> str:
        return "action_verify"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        settings = get_settings()
        language = user_language(tracker)
        addresses = [
            address
            for address in (
                settings.official_telegram_handle,
                settings.official_whatsapp_number,
                settings.official_web_address,
            )
            if address
        ]
        say(
            dispatcher,
            topic="meta.verify",
            language=language,
            text=gettext(
                language,
                "To know that you are talking to the real assistant: it never asks for money, "
                "your passport or where you are, and it never sells or offers a trip. Its only "
                "official addresses are: {addresses}. Any other account using its name is not us.",
                addresses=", ".join(addresses),
            ),
            buttons=[menu_button(language)],
        )
        return []
