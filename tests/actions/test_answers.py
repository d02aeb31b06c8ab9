"""Answer actions on a rasa-sdk Tracker: the exact events and what the user reads."""

from __future__ import annotations

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import ActionAnswerRoute, ActionAnswerTopic, ActionMore
from bot.content.models import Item, Status
from bot.content.repository import ContentRepository
from bot.database import session_scope
from tests.actions.conftest import tracker


def _marker(dispatcher: CollectingDispatcher) -> dict:
    return next(m["custom"] for m in dispatcher.messages if m.get("custom"))


def _texts(dispatcher: CollectingDispatcher) -> list[dict]:
    return [m for m in dispatcher.messages if m.get("text")]


async def test_a_classified_topic_is_answered_from_the_store(
    content_store: ContentRepository,
) -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerTopic().run(dispatcher, tracker("myth_safe_boat", language="fr"), {})
    assert events == [SlotSet("last_topic", "myth.safe_boat")]
    expected = content_store.answer("myth.safe_boat", ["fr"])
    [message] = _texts(dispatcher)
    assert message["text"] == expected.text
    payloads = [b["payload"] for b in message["buttons"]]
    assert payloads[-1] == "menu"
    if expected.details:
        assert payloads[0] == "more:myth.safe_boat"
    assert _marker(dispatcher) == {
        "topic": "myth.safe_boat",
        "language": "fr",
        "content_language": "fr",
    }


async def test_a_tapped_topic_button_is_answered() -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerTopic().run(
        dispatcher,
        tracker("ask_topic", entities=[{"entity": "topic", "value": "asylum.minors"}]),
        {},
    )
    assert events == [SlotSet("last_topic", "asylum.minors")]
    assert _marker(dispatcher)["topic"] == "asylum.minors"


async def test_missing_language_falls_back_and_says_so(content_store: ContentRepository) -> None:
    with session_scope(content_store.engine) as session:
        session.query(Item).filter_by(
            topic_id="risk.debt", language="ar"
        ).one().status = Status.DRAFT
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerTopic().run(dispatcher, tracker("risk_debt", language="ar"), {})
    assert events == [SlotSet("last_topic", "risk.debt")]
    [message] = _texts(dispatcher)
    english = content_store.answer("risk.debt", ["en"]).text
    assert message["text"].endswith(english)
    assert message["text"].startswith("هذه الإجابة غير متوفرة بعد")
    assert _marker(dispatcher) == {"topic": "risk.debt", "language": "ar", "content_language": "en"}


async def test_more_gives_the_details() -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionMore().run(
        dispatcher, tracker("more", entities=[{"entity": "topic", "value": "route.channel"}]), {}
    )
    assert events == [SlotSet("last_topic", "route.channel")]
    assert "more:route.channel" not in [b["payload"] for b in _texts(dispatcher)[0]["buttons"]]


async def test_a_named_route_is_answered() -> None:
    dispatcher = CollectingDispatcher()
    places = [{"entity": "place", "value": "LY"}, {"entity": "place", "value": "IT"}]
    events = await ActionAnswerRoute().run(dispatcher, tracker("ask_route", entities=places), {})
    assert events == [SlotSet("last_topic", "route.central_med")]
    assert _marker(dispatcher)["topic"] == "route.central_med"


async def test_a_route_question_without_a_route_asks_back_with_every_route() -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerRoute().run(dispatcher, tracker("ask_route", language="ar"), {})
    assert events == []
    [message] = _texts(dispatcher)
    assert message["text"] == "عن أي طريق تسأل؟ اختر واحدًا:"
    assert [b["payload"] for b in message["buttons"]] == [
        "t:route.central_med", "t:route.eastern_med", "t:route.western_med", "t:route.atlantic",
        "t:route.balkans", "t:route.channel", "t:route.sahara",
    ]  # fmt: skip
    assert _marker(dispatcher)["topic"] == "meta.clarify"


async def test_an_ambiguous_place_offers_only_its_routes() -> None:
    dispatcher = CollectingDispatcher()
    await ActionAnswerRoute().run(
        dispatcher, tracker("ask_route", entities=[{"entity": "place", "value": "MA"}]), {}
    )
    assert [b["payload"] for b in _texts(dispatcher)[0]["buttons"]] == [
        "t:route.western_med",
        "t:route.atlantic",
    ]


async def test_an_unknown_topic_is_not_invented() -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerTopic().run(
        dispatcher, tracker("ask_topic", entities=[{"entity": "topic", "value": "route.moon"}]), {}
    )
    assert events == []
    assert _marker(dispatcher)["topic"] == "meta.fallback"
