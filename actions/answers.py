"""Answer a topic from the content store, in the user's language or the nearest fallback."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import store
from actions.replies import (
    AssistantAction,
    button,
    entity_values,
    language_chain,
    menu_button,
    say,
)
from bot.content.places import candidate_routes, route_for_places
from bot.content.topics import CONTENT_TOPICS, ROUTE_TOPICS, topic_for
from bot.i18n import gettext, language_name


def _not_available(
    dispatcher: CollectingDispatcher, language: str, message: str
) -> list[EventType]:
    text = gettext(language, message)
    say(
        dispatcher,
        topic="meta.fallback",
        language=language,
        text=text,
        buttons=[menu_button(language)],
    )
    return []


def answer_topic(
    dispatcher: CollectingDispatcher, language: str, topic: str, *, details: bool = False
) -> list[EventType]:
    answer = store.content().answer(topic, language_chain(language))
    if answer is None:
        return _not_available(dispatcher, language, "Sorry, I have no answer on this topic yet.")
    text = (answer.details or answer.text) if details else answer.text
    if answer.language != language:
        note = gettext(
            language,
            "This answer is not yet available in {language}. Here it is in {fallback}.",
            language=language_name(language, language, in_sentence=True),
            fallback=language_name(answer.language, language, in_sentence=True),
        )
        text = f"{note}\n\n{text}"
    buttons = []
    if answer.details and not details:
        buttons.append(button(gettext(language, "More"), f"more:{topic}"))
    buttons.append(menu_button(language))
    say(
        dispatcher,
        topic=topic,
        language=language,
        content_language=answer.language,
        text=text,
        buttons=buttons,
    )
    return [SlotSet("last_topic", topic)]


def _topic_entity(tracker: Tracker) -> str | None:
    topics = [t for t in entity_values(tracker, "topic") if t in CONTENT_TOPICS]
    return topics[0] if topics else None


class ActionAnswerTopic(AssistantAction):
    """A content topic: from the intent the user's words were classified as, or a tapped button."""

    action_name = "action_answer_topic"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, language: str
    ) -> list[EventType]:
        intent = tracker.latest_message.get("intent", {}).get("name", "")
        topic = _topic_entity(tracker) if intent == "ask_topic" else topic_for(intent)
        if topic not in CONTENT_TOPICS:
            return _not_available(
                dispatcher,
                language,
                "Sorry, I did not understand. Can you say it in other words, or choose a topic?",
            )
        return answer_topic(dispatcher, language, topic)


class ActionMore(AssistantAction):
    """The details behind a "more" button."""

    action_name = "action_more"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, language: str
    ) -> list[EventType]:
        topic = _topic_entity(tracker)
        if topic is None:
            return ActionAnswerTopic().respond(dispatcher, tracker, language)
        return answer_topic(dispatcher, language, topic, details=True)


class ActionAnswerRoute(AssistantAction):
    """A route question: the places named pick the route; none (or a tie) -> ask which one."""

    action_name = "action_answer_route"

    def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, language: str
    ) -> list[EventType]:
        places = entity_values(tracker, "place")
        route = route_for_places(places)
        if route is not None:
            return answer_topic(dispatcher, language, route)
        routes = candidate_routes(places) or list(ROUTE_TOPICS)
        titles = store.content().titles(routes, language_chain(language))
        say(
            dispatcher,
            topic="meta.clarify",
            language=language,
            text=gettext(language, "Which route do you mean? Choose one:"),
            buttons=[button(titles.get(r, r), f"t:{r}") for r in routes],
        )
        return []
