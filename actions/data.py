"""Delete my data: one confirmation, then at once.

The action only confirms; the gateway erases the tracker and its own rows after Rasa
has answered (Rasa writes the tracker at the end of the turn, so erasing earlier
would leave this very turn behind). A typed "yes" or a replayed payload can never
skip the question: deletion runs only right after the question was asked.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.replies import AssistantAction, button, menu_button, say
from bot.i18n import gettext

ASK_ACTION = "action_ask_delete_data"
TOPIC = "meta.delete_data"


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


class ActionAskDeleteData(AssistantAction):
    action_name = ASK_ACTION

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, language: str
    ) -> list[EventType]:
        text = gettext(
            language,
            "Do you want me to delete everything I keep about you now? This cannot be undone. "
            "It does not delete the chat on your phone.",
        )
        buttons = [
            button(gettext(language, "Yes, delete"), "del:yes"),
            button(gettext(language, "No, keep it"), "del:no"),
        ]
        say(dispatcher, topic=TOPIC, language=language, text=text, buttons=buttons)
        return []


class ActionDeleteData(AssistantAction):
    action_name = "action_delete_data"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, language: str
    ) -> list[EventType]:
        if previous_bot_action(tracker) != ASK_ACTION:
            text = gettext(
                language,
                "There is nothing to confirm. If you want me to delete your data, "
                'write "delete my data".',
            )
            say(
                dispatcher,
                topic=TOPIC,
                language=language,
                text=text,
                buttons=[menu_button(language)],
            )
            return []
        text = gettext(
            language,
            "Done: I deleted everything I kept about you. The chat on your phone is still "
            "there; you can delete it in your app.",
        )
        say(dispatcher, topic=TOPIC, language=language, text=text, erase=True)
        return []


class ActionCancelDelete(AssistantAction):
    action_name = "action_cancel_delete"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, language: str
    ) -> list[EventType]:
        text = gettext(language, "Nothing was deleted.")
        say(dispatcher, topic=TOPIC, language=language, text=text, buttons=[menu_button(language)])
        return []
