"""Answer a topic from the content store, in the user's language or the nearest fallback."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import store
from actions.replies import (
    button,
    entity_values,
    language_chain,
    menu_button,
    say,
    user_language,
)
from bot.content.places import candidate_routes, route_for_places
from bot.content.topics import CONTENT_TOPICS, ROUTE_TOPICS, topic_for
from bot.i18n import gettext, language_name


def answer_topic(
    dispatcher: CollectingDispatcher, tracker: Tracker, topic: str, *, details: bool = False
) -> list[EventType]:
    language = user_language(tracker)
    answer = store.content().answer(topic, language_chain(language))
    if answer is None:
        say(
            dispatcher,
            topic="meta.fallback",
            language=language,
            text=gettext(language, "Sorry, I have no answer on this topic yet."),
            buttons=[menu_button(language)],
        )
        return []
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


class ActionAnswerTopic(Action):
    """A content topic: from the intent the user's words were classified as, or a tapped button."""

    def name(self) -> str:
        return "action_answer_topic"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        intent = tracker.latest_message.get("intent", {}).get("name", "")
        topic = topic_for(intent)
        if intent == "ask_topic":
            topics = entity_values(tracker, "topic")
            topic = topics[0] if topics else None
        if topic not in CONTENT_TOPICS:
            language = user_language(tracker)
            say(
                dispatcher,
                topic="meta.fallback",
                language=language,
                text=gettext(
                    language,
                    "Sorry, I did not understand. "
                    "Can you say it in other words, or choose a topic?",
                ),
                buttons=[menu_button(language)],
            )
            return []
        return answer_topic(dispatcher, tracker, topic)


class ActionMore(Action):
    """The details behind a "more" button."""

    def name(self) -> str:
        return "action_more"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        topics = [t for t in entity_values(tracker, "topic") if t in CONTENT_TOPICS]
        if not topics:
            return await ActionAnswerTopic().run(dispatcher, tracker, domain)
        return answer_topic(dispatcher, tracker, topics[0], details=True)


class ActionAnswerRoute(Action):
    """A route question: the places named pick the route; none (or a tie) -> ask which one."""

    def name(self) -> str:
        return "action_answer_route"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        places = entity_values(tracker, "place")
        route = route_for_places(places)
        if route is not None:
            return answer_topic(dispatcher, tracker, route)
        language = user_language(tracker)
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
