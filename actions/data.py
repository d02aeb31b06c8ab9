"""Delete my data: one confirmation, then at once.

The action only confirms; the gateway erases the tracker and its own rows after Rasa
has answered (Rasa writes the tracker at the end of the turn, so erasing earlier
would leave this very turn behind). A typed "yes" or a replayed payload can never
skip the question: deletion runs only right after the question was asked.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.replies import button, menu_button, say, user_language
from bot.i18n import gettext

ASK_ACTION = "action_ask_delete_data"


def previous_bot_action(tracker: Tracker) -> str | None:
    """The last action the assistant ran before the user's latest message."""
    events = list(tracker.events)
    for index in range(len(events) - 1, -1, -1):
        if events[index].get("event") == "user":
            break
    else:
        return None
    for event in reversed(events[:index]):
        if event.get("event") == "action" and event.get("name") != "action_listen":
            return event.get("name")
    return None


class ActionAskDeleteData(Action):
    def name(self) -> str:
        return ASK_ACTION

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        language = user_language(tracker)
        say(
            dispatcher,
            topic="meta.delete_data",
            language=language,
            text=gettext(
                language,
                "Do you want me to delete everything I keep about you now? This cannot be undone. "
                "It does not delete the chat on your phone.",
            ),
            buttons=[
                button(gettext(language, "Yes, delete"), "del:yes"),
                button(gettext(language, "No, keep it"), "del:no"),
            ],
        )
        return []


class ActionDeleteData(Action):
    def name(self) -> str:
        return "action_delete_data"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        language = user_language(tracker)
        if previous_bot_action(tracker) != ASK_ACTION:
            say(
                dispatcher,
                topic="meta.delete_data",
                language=language,
                text=gettext(
                    language,
                    "There is nothing to confirm. If you want me to delete your data, "
                    'write "delete my data".',
                ),
                buttons=[menu_button(language)],
            )
            return []
        say(
            dispatcher,
            topic="meta.delete_data",
            language=language,
            text=gettext(
                language,
                "Done: I deleted everything I kept about you. The chat on your phone is still "
                "there; you can delete it in your app.",
            ),
            erase=True,
        )
        return []


class ActionCancelDelete(Action):
    def name(self) -> str:
        return "action_cancel_delete"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        language = user_language(tracker)
        say(
            dispatcher,
            topic="meta.delete_data",
            language=language,
            text=gettext(language, "Nothing was deleted."),
            buttons=[menu_button(language)],
        )
        return []
