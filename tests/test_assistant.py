"""The real assistant end to end: a trained model in a real Rasa server, the real action
server and gateway, spoken to through /api/chat in English, French and Arabic."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from bot.conversation.models import Conversation
from bot.database import session_scope
from bot.privacy.pseudonyms import stable_pseudonym
from tests.conftest import TEST_KEY, ChatClient, RunningStack

pytestmark = pytest.mark.stack

SCRIPT = {
    "en": {
        "greet": "hello, good evening",
        "route_unnamed": "which route to europe is the most dangerous?",
        "route_named": "is the sea crossing from libya to italy dangerous?",
        "myth": "the smuggler told me the boat is big and safe, is that true?",
        "emergency": "help us, our boat is sinking and water is coming in",
        "out_of_scope": "what is the best recipe for a chocolate cake",
        "delete": "please delete my data",
    },
    "fr": {
        "greet": "bonjour, bonsoir à vous",
        "route_unnamed": "quelle route vers l'europe est la plus dangereuse ?",
        "route_named": "est-ce que la traversée de la libye vers l'italie est dangereuse ?",
        "myth": "le passeur m'a dit que le bateau est grand et sûr, c'est vrai ?",
        "emergency": "au secours notre bateau coule, l'eau rentre dans le bateau",
        "out_of_scope": "quelle est la meilleure recette de gâteau au chocolat",
        "delete": "supprimez mes données s'il vous plaît",
    },
    "ar": {
        "greet": "السلام عليكم، مساء الخير",
        "route_unnamed": "أي طريق إلى أوروبا هو الأخطر؟",
        "route_named": "هل عبور البحر من ليبيا إلى إيطاليا خطير؟",
        "myth": "المهرب قال لي إن القارب كبير وآمن، هل هذا صحيح؟",
        "emergency": "ساعدونا القارب يغرق والماء يدخل",
        "out_of_scope": "ما هي أفضل وصفة لكعكة الشوكولاتة",
        "delete": "احذف بياناتي من فضلك",
    },
}


def _payloads(reply: dict) -> list[str]:
    return [b["payload"] for m in reply["messages"] for b in m["buttons"]]


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
async def test_a_conversation_in_each_language(
    stack: RunningStack, new_user: ChatClient, language: str
) -> None:
    says = SCRIPT[language]

    reply = await new_user.send(says["greet"])
    assert (reply["topic"], reply["language"]) == ("meta.greet", language)
    assert "30" in reply["messages"][0]["text"]  # the privacy note comes first, once
    assert "m:route" in _payloads(reply)

    reply = await new_user.send(says["route_unnamed"])
    assert reply["topic"] == "meta.clarify"
    assert "t:route.central_med" in _payloads(reply)
    reply = await new_user.send("t:route.central_med")
    assert (reply["topic"], reply["content_language"]) == ("route.central_med", language)

    reply = await new_user.send(says["route_named"])
    assert reply["topic"] == "route.central_med"
    assert "30" not in reply["messages"][0]["text"][:40]

    reply = await new_user.send(says["myth"])
    assert reply["topic"] == "myth.safe_boat"

    # In the middle of another topic (a clarifying question is waiting), danger wins.
    assert (await new_user.send(says["route_unnamed"]))["topic"] == "meta.clarify"
    reply = await new_user.send(says["emergency"])
    assert reply["topic"] == "emergency.sea"
    assert "112" in reply["messages"][0]["text"]

    reply = await new_user.send(says["out_of_scope"])
    assert reply["topic"] == "meta.out_of_scope"
    assert reply["language"] == language

    sender = stable_pseudonym(TEST_KEY, "web", f"web:{new_user.user_id}")
    with stack.tracker_engine.connect() as connection:
        count = "SELECT COUNT(*) FROM events WHERE sender_id = :s"
        assert connection.scalar(text(count), {"s": sender}) > 0
    reply = await new_user.send(says["delete"])
    assert reply["topic"] == "meta.delete_data"
    assert _payloads(reply) == ["del:yes", "del:no"]
    reply = await new_user.send("del:yes")
    assert reply["topic"] == "meta.delete_data"
    with stack.tracker_engine.connect() as connection:
        assert connection.scalar(text(count), {"s": sender}) == 0
    with session_scope(stack.bot_engine) as session:
        assert session.get(Conversation, sender) is None


async def test_typed_intents_and_confirmations_are_only_text(
    stack: RunningStack, new_user: ChatClient
) -> None:
    await new_user.send("hello, good evening")
    for attempt in ("/confirm_delete", '/ask_topic{"topic": "route.channel"}', "del:yes"):
        reply = await new_user.send(attempt)
        assert not any("deleted everything" in m["text"] for m in reply["messages"])
    sender = stable_pseudonym(TEST_KEY, "web", f"web:{new_user.user_id}")
    with stack.tracker_engine.connect() as connection:
        intents = set(
            connection.scalars(
                text("SELECT intent_name FROM events WHERE sender_id = :s AND type_name = 'user'"),
                {"s": sender},
            )
        )
    # "del:yes" is an issued payload (it becomes confirm_delete) but, with no question
    # asked, the action refuses it; the typed forms never reach Rasa as intents at all.
    assert "ask_topic" not in intents
    assert intents, "the conversation is still there"


async def test_an_explicit_language_sticks(stack: RunningStack, new_user: ChatClient) -> None:
    reply = await new_user.send("what are the legal ways to come to europe?", language="ar")
    assert (reply["topic"], reply["language"], reply["content_language"]) == (
        "pathway.overview",
        "ar",
        "ar",
    )
    reply = await new_user.send("and how can I study in europe, with a student visa?")
    assert (reply["topic"], reply["language"]) == ("pathway.study", "ar")


async def test_a_first_message_without_language_signal_gets_the_language_choice(
    stack: RunningStack, new_user: ChatClient
) -> None:
    reply = await new_user.send("👍")
    assert reply["topic"] == "meta.language"
    assert _payloads(reply) == ["lang:en", "lang:fr", "lang:ar"]
    reply = await new_user.send("lang:fr")
    assert (reply["topic"], reply["language"]) == ("meta.language", "fr")
    assert reply["messages"][-1]["text"].startswith("À partir de maintenant, j'écris en français.")


async def test_start_gives_the_privacy_note_the_language_choice_then_the_menu(
    stack: RunningStack, new_user: ChatClient
) -> None:
    reply = await new_user.send("start", language="fr")
    note, choice, menu = reply["messages"]
    assert note["text"].startswith("Avant de commencer") and "30" in note["text"]
    assert [b["payload"] for b in choice["buttons"]] == ["lang:en", "lang:fr", "lang:ar"]
    assert "m:route" in [b["payload"] for b in menu["buttons"]]
    assert reply["topic"] == "meta.menu"
    reply = await new_user.send("start")  # a second /start repeats the note: users forget
    assert reply["messages"][0]["text"] == note["text"]


async def test_a_voice_note_leads_with_the_emergency_lines(
    stack: RunningStack, new_user: ChatClient
) -> None:
    await new_user.send("bonjour, j'ai une question")
    reply = await new_user.send("nontext")
    assert (reply["topic"], reply["language"]) == ("meta.non_text", "fr")
    text = reply["messages"][0]["text"]
    assert text.startswith("Si vous êtes en danger maintenant")
    assert "+33 4 86 51 71 61" in text and "112" in text
    assert "m:emergency" in _payloads(reply)


async def test_a_first_contact_by_voice_note_gets_the_emergency_lines_at_once(
    stack: RunningStack, new_user: ChatClient
) -> None:
    reply = await new_user.send("nontext")
    assert reply["topic"] == "meta.non_text"
    assert any("+33 4 86 51 71 61" in m["text"] for m in reply["messages"])


async def test_health_is_green_when_everything_answers(stack: RunningStack, http) -> None:  # type: ignore[no-untyped-def]
    answer = await http.get("/healthz")
    assert answer.status_code == 200
    assert answer.json() == {"rasa": "ok", "actions": "ok", "database": "ok"}


async def test_the_web_chat_page_is_served(stack: RunningStack, http) -> None:  # type: ignore[no-untyped-def]
    page = await http.get("/")
    assert page.status_code == 200
    assert "/api/chat" in page.text


async def test_logs_hold_no_user_id_and_no_message_text(
    stack: RunningStack, new_user: ChatClient
) -> None:
    secret_text = (
        "my name is Amina Yusuf and my number is +218912345678, is the route from libya safe?"
    )
    await new_user.send(secret_text)
    await new_user.send("delete my data")
    await new_user.send("del:yes")
    logs = stack.logs()
    assert logs, "the processes logged nothing at all"
    for needle in (
        new_user.user_id,
        "Amina",
        "+218912345678",
        "912345678",
        "is the route from libya safe",
    ):
        assert needle not in logs


def test_rasa_tracker_schema_is_what_erasing_relies_on(stack: RunningStack) -> None:
    columns = {c["name"] for c in inspect(stack.tracker_engine).get_columns("events")}
    assert {"sender_id", "timestamp", "type_name", "data"} <= columns
