"""Conversational actions: menu, categories, verify, feedback, language, delete-my-data."""

from __future__ import annotations

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import (
    ActionFallback,
    ActionFeedback,
    ActionGreet,
    ActionNonText,
    ActionShowCategory,
    ActionVerify,
)
from actions.data import ActionAskDeleteData, ActionCancelDelete, ActionDeleteData
from actions.language import ActionChooseLanguage, ActionSetLanguage
from tests.actions.conftest import tracker


def _marker(dispatcher: CollectingDispatcher) -> dict:
    return next(m["custom"] for m in dispatcher.messages if m.get("custom"))


def _message(dispatcher: CollectingDispatcher) -> dict:
    return next(m for m in dispatcher.messages if m.get("text"))


async def test_greeting_offers_the_categories_in_the_users_language() -> None:
    dispatcher = CollectingDispatcher()
    assert await ActionGreet().run(dispatcher, tracker("greet", language="fr"), {}) == []
    message = _message(dispatcher)
    assert message["text"].startswith("Bonjour.")
    assert [b["payload"] for b in message["buttons"]] == [
        "m:emergency", "m:route", "m:risk", "m:myth", "m:pathway", "m:asylum", "m:help",
    ]  # fmt: skip
    assert message["buttons"][0]["title"] == "Urgence"
    assert _marker(dispatcher)["topic"] == "meta.greet"


async def test_a_category_lists_its_topics_with_store_titles() -> None:
    dispatcher = CollectingDispatcher()
    entities = [{"entity": "category", "value": "asylum"}]
    assert (
        await ActionShowCategory().run(dispatcher, tracker("show_category", entities=entities), {})
        == []
    )
    payloads = [b["payload"] for b in _message(dispatcher)["buttons"]]
    assert payloads == [
        "t:asylum.apply", "t:asylum.dublin", "t:asylum.minors", "t:asylum.rejected",
        "t:asylum.voluntary_return", "menu",
    ]  # fmt: skip


async def test_verify_names_the_official_addresses(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("OFFICIAL_TELEGRAM_HANDLE", "@real_bot")
    from bot.settings import get_settings

    get_settings.cache_clear()
    try:
        dispatcher = CollectingDispatcher()
        assert await ActionVerify().run(dispatcher, tracker("verify"), {}) == []
        assert "@real_bot" in _message(dispatcher)["text"]
        assert _marker(dispatcher)["topic"] == "meta.verify"
    finally:
        get_settings.cache_clear()


async def test_feedback_says_which_answer_it_rates() -> None:
    dispatcher = CollectingDispatcher()
    events = await ActionFeedback().run(
        dispatcher, tracker("feedback", slots={"last_topic": "route.atlantic"}), {}
    )
    assert events == []
    assert _marker(dispatcher) == {
        "topic": "meta.feedback", "language": "en", "content_language": "en",
        "rated_topic": "route.atlantic",
    }  # fmt: skip


async def test_language_buttons_name_each_language_in_itself() -> None:
    dispatcher = CollectingDispatcher()
    assert await ActionChooseLanguage().run(dispatcher, tracker("choose_language"), {}) == []
    assert _message(dispatcher)["buttons"] == [
        {"title": "English", "payload": "lang:en"},
        {"title": "Français", "payload": "lang:fr"},
        {"title": "العربية", "payload": "lang:ar"},
    ]


async def test_a_chosen_language_is_confirmed_in_it() -> None:
    dispatcher = CollectingDispatcher()
    assert (
        await ActionSetLanguage().run(dispatcher, tracker("set_language", language="ar"), {}) == []
    )
    assert _message(dispatcher)["text"].startswith("من الآن فصاعدًا أكتب باللغة العربية.")


ASKED = [
    {"event": "action", "name": "action_listen"},
    {"event": "user", "text": "delete my data", "parse_data": {}},
    {"event": "action", "name": "action_ask_delete_data"},
    {"event": "bot", "text": "Do you want me to delete..."},
    {"event": "action", "name": "action_listen"},
]


async def test_delete_asks_first() -> None:
    dispatcher = CollectingDispatcher()
    assert await ActionAskDeleteData().run(dispatcher, tracker("delete_data"), {}) == []
    assert [b["payload"] for b in _message(dispatcher)["buttons"]] == ["del:yes", "del:no"]
    assert "erase" not in _marker(dispatcher)


async def test_confirmed_right_after_the_question_erases() -> None:
    dispatcher = CollectingDispatcher()
    assert (
        await ActionDeleteData().run(dispatcher, tracker("confirm_delete", events=ASKED), {}) == []
    )
    assert _marker(dispatcher)["erase"] is True
    assert _message(dispatcher)["text"].startswith("Done: I deleted everything")


async def test_a_confirmation_out_of_the_blue_erases_nothing() -> None:
    dispatcher = CollectingDispatcher()
    events = [
        {"event": "action", "name": "action_greet"},
        {"event": "action", "name": "action_listen"},
    ]
    assert (
        await ActionDeleteData().run(dispatcher, tracker("confirm_delete", events=events), {}) == []
    )
    assert "erase" not in _marker(dispatcher)


async def test_cancel_keeps_everything() -> None:
    dispatcher = CollectingDispatcher()
    assert (
        await ActionCancelDelete().run(dispatcher, tracker("cancel_delete", language="fr"), {})
        == []
    )
    assert _message(dispatcher)["text"] == "Rien n'a été effacé."
    assert "erase" not in _marker(dispatcher)


async def test_a_voice_note_gets_the_emergency_lines_first_then_text_only_and_the_menu() -> None:
    dispatcher = CollectingDispatcher()
    assert await ActionNonText().run(dispatcher, tracker("non_text", language="ar"), {}) == []
    message = _message(dispatcher)
    lines, text_only = message["text"].split("\n\n")
    assert lines.startswith("إذا كنت في خطر الآن")
    assert "\u2066+33 4 86 51 71 61\u2069" in lines  # the number stays whole in RTL text
    assert "\u2066112\u2069" in lines
    assert text_only == "لا أستطيع قراءة إلا الرسائل المكتوبة. من فضلك اكتب سؤالك."
    assert message["buttons"][0] == {"title": "طوارئ", "payload": "m:emergency"}
    assert _marker(dispatcher) == {
        "topic": "meta.non_text", "language": "ar", "content_language": "ar",
    }  # fmt: skip


def _unsure(best: str, confidence: float) -> list[tuple[str, float]]:
    return [("nlu_fallback", 0.45), (best, confidence), ("greet", confidence / 2)]


async def test_an_unsure_guess_of_danger_gets_the_emergency_answer() -> None:
    dispatcher = CollectingDispatcher()
    unsure = tracker("nlu_fallback", language="fr", ranking=_unsure("emergency_general", 0.4))
    events = await ActionFallback().run(dispatcher, unsure, {})
    assert events == [SlotSet("last_topic", "emergency.general")]
    assert _marker(dispatcher)["topic"] == "emergency.general"
    assert "112" in _message(dispatcher)["text"]


async def test_an_unsure_guess_of_out_of_scope_says_what_the_assistant_is_for() -> None:
    dispatcher = CollectingDispatcher()
    unsure = tracker("nlu_fallback", ranking=_unsure("out_of_scope", 0.4))
    assert await ActionFallback().run(dispatcher, unsure, {}) == []
    assert _marker(dispatcher)["topic"] == "meta.out_of_scope"
    assert _message(dispatcher)["text"].startswith("I can only answer questions about migration")


async def test_an_unsure_content_guess_is_not_answered() -> None:
    dispatcher = CollectingDispatcher()
    unsure = tracker("nlu_fallback", ranking=_unsure("asylum_dublin", 0.44))
    assert await ActionFallback().run(dispatcher, unsure, {}) == []
    assert _marker(dispatcher)["topic"] == "meta.fallback"
    assert _message(dispatcher)["text"].startswith("Sorry, I did not understand.")


async def test_a_faint_guess_of_danger_is_still_a_fallback() -> None:
    dispatcher = CollectingDispatcher()
    unsure = tracker("nlu_fallback", ranking=_unsure("emergency_sea", 0.05))
    assert await ActionFallback().run(dispatcher, unsure, {}) == []
    assert _marker(dispatcher)["topic"] == "meta.fallback"
