"""Telegram end to end: the real python-telegram-bot code in a real gateway process, against a
Bot API server on 127.0.0.1 that speaks Telegram's wire format (tests/fakes/telegram_api.py),
through the real Rasa server and action server to real answers.

Every assertion is about what a Telegram user would see: the texts, the buttons and their
order. Waiting is on the fake server's record of calls, never on the clock.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import text
from telegram import Bot

from bot.channels.telegram import RLM, send_result
from bot.content.repository import ContentRepository
from bot.conversation.models import Conversation
from bot.conversation.turn import TurnResult
from bot.database import session_scope
from bot.i18n import isolate_numbers
from bot.privacy.pseudonyms import stable_pseudonym
from tests.conftest import (
    TELEGRAM_WEBHOOK_SECRET,
    TEST_KEY,
    RunningStack,
    TelegramGateway,
    second_gateway,
)
from tests.fakes.telegram_api import FakeBot, FakeBotAPI, Sent, free_port, utf16_length

pytestmark = pytest.mark.stack

ARABIC_QUESTION = "هل عبور البحر من ليبيا إلى إيطاليا خطير؟"


def new_chat() -> int:
    """A private chat id nobody else in this session uses (private chat id = user id)."""
    return random.randint(10**10, 10**11)


def payloads(message: Sent) -> list[str]:
    return [value for _, value in message.buttons]


def reply(bot: FakeBot, chat: int, count: int) -> list[Sent]:
    """The next `count` messages the bot sends to `chat` (after all those already seen)."""
    return bot.wait_sent(chat, count, after=len(bot.sent_to(chat)))


def say(bot: FakeBot, chat: int, said: str, count: int, language: str = "en") -> list[Sent]:
    seen = len(bot.sent_to(chat))
    bot.say(chat, said, language_code=language)
    return bot.wait_sent(chat, count, after=seen)


def tap(bot: FakeBot, chat: int, data: str, count: int, language: str = "en") -> list[Sent]:
    seen = len(bot.sent_to(chat))
    query = bot.tap(chat, data, language_code=language)
    messages = bot.wait_sent(chat, count, after=seen)
    assert query in bot.answered  # answerCallbackQuery: the spinner on the button stops
    return messages


def calls_to(bot: FakeBot, chat: int) -> list[object]:
    return [c for c in bot.calls if c.method == "sendMessage" and c.params["chat_id"] == chat]


def tracker_events(stack: RunningStack, chat: int) -> int:
    sender = stable_pseudonym(TEST_KEY, "telegram", str(chat))
    with stack.tracker_engine.connect() as connection:
        query = text("SELECT COUNT(*) FROM events WHERE sender_id = :s")
        return int(connection.scalar(query, {"s": sender}) or 0)


def test_an_arabic_conversation_from_start_to_an_answer(
    stack: RunningStack, telegram_gateway: TelegramGateway
) -> None:
    bot, chat = telegram_gateway.bot, new_chat()

    note, choice, menu = say(bot, chat, "/start", 3, language="ar")
    assert note.text.startswith(RLM + "قبل أن نبدأ") and "30" in note.text
    assert payloads(choice) == ["lang:en", "lang:fr", "lang:ar"]
    assert [title for title, _ in choice.buttons][:2] == ["English", "Français"]
    assert "m:route" in payloads(menu) and menu.text.startswith(RLM)
    assert all(m.parse_mode is None for m in (note, choice, menu))

    (chosen,) = tap(bot, chat, "lang:ar", 1, language="ar")
    assert chosen.text.startswith(RLM) and "العربية" in chosen.text
    assert "m:route" in payloads(chosen)

    (answer,) = say(bot, chat, ARABIC_QUESTION, 1, language="ar")
    content = ContentRepository(stack.bot_engine).answer("route.central_med", ["ar"])
    assert content is not None
    # The real answer from the content store, in Arabic, laid out right to left even
    # where it starts with a number, its numbers kept whole.
    assert answer.text.startswith(RLM)
    assert isolate_numbers(content.text, "ar")[:60] in answer.text


def test_buttons_map_to_their_payloads_and_back(telegram_gateway: TelegramGateway) -> None:
    bot, chat = telegram_gateway.bot, new_chat()
    _note, menu = say(bot, chat, "/menu", 2)
    assert "m:route" in payloads(menu)
    for title, data in menu.buttons:  # short ids, never the text: within 64 bytes
        assert title and len(data.encode()) <= 64 and data != title

    (category,) = tap(bot, chat, "m:route", 1)
    assert "t:route.central_med" in payloads(category)
    (answer,) = tap(bot, chat, "t:route.central_med", 1)
    content = ContentRepository(telegram_gateway.gateway.bot_engine).answer(
        "route.central_med", ["en"]
    )
    assert content is not None and content.text[:60] in answer.text


def test_commands(stack: RunningStack, telegram_gateway: TelegramGateway) -> None:
    bot, chat = telegram_gateway.bot, new_chat()
    _note, menu = say(bot, chat, "/menu", 2)
    assert "m:emergency" in payloads(menu)
    (helped,) = say(bot, chat, "/help", 1)
    assert (helped.text, helped.buttons) == (menu.text, menu.buttons)
    (language,) = say(bot, chat, "/language", 1)
    assert payloads(language) == ["lang:en", "lang:fr", "lang:ar"]
    (verify,) = say(bot, chat, "/verify", 1)
    assert "@official_test_bot" in verify.text and "money" in verify.text

    assert tracker_events(stack, chat) > 0
    (ask,) = say(bot, chat, "/delete", 1)
    assert payloads(ask) == ["del:yes", "del:no"]
    (done,) = tap(bot, chat, "del:yes", 1)
    assert done.text.startswith("Done: I deleted everything")
    assert tracker_events(stack, chat) == 0
    with session_scope(stack.bot_engine) as session:
        sender = stable_pseudonym(TEST_KEY, "telegram", str(chat))
        assert session.get(Conversation, sender) is None


def test_commands_are_registered_in_each_language(telegram_gateway: TelegramGateway) -> None:
    commands = telegram_gateway.bot.wait_for(
        lambda: telegram_gateway.bot.commands if len(telegram_gateway.bot.commands) == 4 else None
    )
    assert set(commands) == {"", "en", "fr", "ar"}
    names = ["start", "menu", "language", "help", "verify", "delete"]
    for language in commands:
        assert [c["command"] for c in commands[language]] == names
    described = {
        lang: {c["command"]: c["description"] for c in cs} for lang, cs in commands.items()
    }
    assert described[""]["delete"] == described["en"]["delete"] == "Delete my data"
    assert described["fr"]["delete"] == "Supprimer mes données"
    assert described["ar"]["delete"] == "احذف بياناتي"


@pytest.mark.parametrize(
    "kind",
    ["voice", "photo", "sticker", "location", "venue", "contact", "document", "audio", "video",
     "video_note", "animation"],
)  # fmt: skip
def test_a_message_that_is_not_text_leads_with_the_emergency_lines(
    telegram_gateway: TelegramGateway, kind: str
) -> None:
    bot, chat = telegram_gateway.bot, new_chat()
    bot.send_media(chat, kind, language_code="fr")
    _note, answer = bot.wait_sent(chat, 2)
    assert answer.text.startswith("Si vous êtes en danger maintenant")
    assert "+33 4 86 51 71 61" in answer.text and "112" in answer.text
    assert answer.text.index("112") < answer.text.index("Je ne peux lire que des messages écrits")
    assert "m:emergency" in payloads(answer)


def test_a_live_location_moving_on_is_not_answered_again(telegram_gateway: TelegramGateway) -> None:
    bot, chat = telegram_gateway.bot, new_chat()
    bot.send_media(chat, "location")
    _note, first = bot.wait_sent(chat, 2)
    assert first.text.startswith("If you are in danger now")
    bot.send_media(chat, "location", edited=True)  # Telegram's update of a live location
    (verify,) = say(bot, chat, "/verify", 1)  # handled after the edit: this chat is in order
    assert "@official_test_bot" in verify.text
    assert len(bot.sent_to(chat)) == 3


def test_an_edited_message_is_answered_like_a_new_one(telegram_gateway: TelegramGateway) -> None:
    bot, chat = telegram_gateway.bot, new_chat()
    message = bot.say(chat, "hello, good evening")
    bot.wait_sent(chat, 2)
    seen = len(bot.sent_to(chat))
    bot.edit(message, "is the sea crossing from libya to italy dangerous?")
    (answer,) = bot.wait_sent(chat, 1, after=seen)
    content = ContentRepository(telegram_gateway.gateway.bot_engine).answer(
        "route.central_med", ["en"]
    )
    assert content is not None and content.text[:60] in answer.text


def test_a_429_is_waited_out_and_nothing_is_dropped_or_reordered(
    telegram_gateway: TelegramGateway,
) -> None:
    bot, chat = telegram_gateway.bot, new_chat()
    bot.fail_next("sendMessage", 1, status=429, retry_after=2)
    note, choice, menu = say(bot, chat, "/start", 3)
    refused = next(
        c for c in bot.calls_of("sendMessage") if c.status == 429 and c.params["chat_id"] == chat
    )
    assert note.at - refused.at >= 2.0  # retry_after honoured
    assert note.text.startswith("Before we start")
    assert payloads(choice) == ["lang:en", "lang:fr", "lang:ar"]
    assert "m:route" in payloads(menu)


def test_a_bot_api_failing_with_5xx_still_gets_the_reply(telegram_gateway: TelegramGateway) -> None:
    bot, chat = telegram_gateway.bot, new_chat()
    bot.fail_next("sendMessage", 2, status=502)
    _note, verify = say(bot, chat, "/verify", 2)
    assert "@official_test_bot" in verify.text


def test_chats_are_answered_concurrently_each_in_order(telegram_gateway: TelegramGateway) -> None:
    bot, slow, fast = telegram_gateway.bot, new_chat(), new_chat()
    say(bot, slow, "/menu", 2)
    bot.hold(slow)  # Telegram does not answer sendMessage for the slow chat for now
    try:
        bot.say(slow, "/verify")
        bot.say(slow, "/language")
        # The slow chat's /verify reply is on its way (and stuck); its /language waits.
        bot.wait_for(lambda: len(calls_to(bot, slow)) == 3)
        bot.say(fast, "/verify")
        _note, verify = bot.wait_sent(fast, 2)  # answered while the slow chat waits
        assert "@official_test_bot" in verify.text
        assert len(calls_to(bot, slow)) == 3 and len(bot.sent_to(slow)) == 2
    finally:
        bot.release(slow)
    verify, language = bot.wait_sent(slow, 2, after=2)
    assert "@official_test_bot" in verify.text
    assert payloads(language) == ["lang:en", "lang:fr", "lang:ar"]


def test_in_groups_the_bot_answers_only_when_addressed_and_only_with_an_invitation(
    stack: RunningStack, telegram_gateway: TelegramGateway
) -> None:
    bot, group, member = telegram_gateway.bot, -(10**12) - new_chat(), new_chat()

    def group_says(said: str, reply_to: Sent | None = None) -> None:
        kind = "supergroup"
        bot.say(group, said, chat_type=kind, user_id=member, language_code="fr", reply_to=reply_to)

    group_says("bonjour à tous, quelqu'un connaît la route par la Libye ?")
    group_says("/start@some_other_bot")
    group_says(f"@{bot.username} est-ce que le bateau est sûr ?")
    (invitation,) = bot.wait_sent(group, 1)
    assert invitation.text.startswith("Pour que vos questions restent privées")
    assert invitation.buttons == [
        ("Ouvrir une conversation privée", f"https://t.me/{bot.username}")
    ]
    group_says(f"/menu@{bot.username}")
    group_says("merci", reply_to=invitation)
    bot.wait_sent(group, 2, after=1)
    # The unaddressed messages came first in this chat's order and got no answer.
    assert len(bot.sent_to(group)) == 3
    for someone in (group, member):
        assert tracker_events(stack, someone) == 0
        with session_scope(stack.bot_engine) as session:
            sender = stable_pseudonym(TEST_KEY, "telegram", str(someone))
            assert session.get(Conversation, sender) is None


async def test_a_5000_character_reply_is_split_at_a_paragraph(telegram_api: FakeBotAPI) -> None:
    fake, chat = telegram_api.add_bot("7100000003:direct-send-token"), new_chat()
    fake.open_chat(chat)
    paragraphs = [f"Paragraph {n}. " + "word " * 90 for n in range(12)]
    long_text = "\n\n".join(p.strip() for p in paragraphs)
    assert len(long_text) > 5000
    result = TurnResult(
        "en", "en", "test", [{"text": long_text, "buttons": [{"title": "Menu", "payload": "menu"}]}]
    )
    async with Bot(fake.token, base_url=f"{telegram_api.url}/bot") as bot:
        await send_result(bot, chat, result)
    first, second = fake.sent_to(chat)
    assert len(first.text) <= 4096 and len(second.text) <= 4096
    assert second.text.startswith("Paragraph ")  # cut between paragraphs
    assert first.text + "\n\n" + second.text == long_text
    assert (first.buttons, payloads(second)) == ([], ["menu"])  # the keyboard under the end


async def test_long_arabic_and_emoji_replies_fit_telegrams_limits(telegram_api: FakeBotAPI) -> None:
    fake, chat = telegram_api.add_bot("7100000004:direct-send-token"), new_chat()
    fake.open_chat(chat)
    arabic = "\n\n".join("112 " + "كلمة " * 300 for _ in range(4))
    emoji = "😀 " * 3000  # 2 UTF-16 units each: Telegram counts those
    result = TurnResult("ar", "ar", "test", [{"text": arabic, "buttons": []}, {"text": emoji}])
    async with Bot(fake.token, base_url=f"{telegram_api.url}/bot") as bot:
        await send_result(bot, chat, result)
    sent = fake.sent_to(chat)
    assert all(utf16_length(m.text) <= 4096 for m in sent)
    arabic_parts, emoji_parts = sent[:2], sent[2:]
    assert all(m.text.startswith(RLM + "112") for m in arabic_parts)  # RTL from the start
    assert " ".join(m.text for m in arabic_parts).replace(RLM, "").split() == arabic.split()
    assert len(emoji_parts) >= 3 and not any(m.text.startswith(RLM) for m in emoji_parts)
    assert " ".join(m.text for m in emoji_parts).split() == emoji.split()


async def test_special_characters_arrive_as_written(telegram_api: FakeBotAPI) -> None:
    fake, chat = telegram_api.add_bot("7100000005:direct-send-token"), new_chat()
    fake.open_chat(chat)
    written = "Fees < 100 & > 50 *not* _guaranteed_ <b>[link](x)</b> `code` \\ #1!"
    result = TurnResult("en", "en", "test", [{"text": written, "buttons": []}])
    async with Bot(fake.token, base_url=f"{telegram_api.url}/bot") as bot:
        fake.fail_next("sendMessage", 1, status=429, retry_after=1)  # without a rate limiter
        await send_result(bot, chat, result)
    (message,) = fake.sent_to(chat)
    assert (message.text, message.parse_mode) == (written, None)


async def test_a_button_payload_over_64_bytes_is_left_out_not_the_message(
    telegram_api: FakeBotAPI,
) -> None:
    fake, chat = telegram_api.add_bot("7100000006:direct-send-token"), new_chat()
    fake.open_chat(chat)
    buttons = [{"title": "ok", "payload": "menu"}, {"title": "long", "payload": "t:" + "x" * 70}]
    result = TurnResult("en", "en", "test", [{"text": "Choose:", "buttons": buttons}])
    async with Bot(fake.token, base_url=f"{telegram_api.url}/bot") as bot:
        await send_result(bot, chat, result)
    (message,) = fake.sent_to(chat)
    assert message.buttons == [("ok", "menu")]


def test_every_payload_the_assistant_issues_fits_in_callback_data() -> None:
    from bot.content.topics import CATEGORIES, CONTENT_TOPICS
    from bot.i18n import SUPPORTED_LANGUAGES

    issued = [f"{kind}:{topic}" for topic in CONTENT_TOPICS for kind in ("t", "more")]
    issued += [f"m:{key}" for key in CATEGORIES] + [f"lang:{c}" for c in SUPPORTED_LANGUAGES]
    assert max(len(p.encode()) for p in issued) <= 64


@pytest.fixture(scope="module")
def webhook(telegram_webhook_gateway: TelegramGateway) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=telegram_webhook_gateway.gateway.url, timeout=30) as client:
        yield client


def test_webhook_updates_without_the_right_secret_are_refused_and_not_processed(
    telegram_webhook_gateway: TelegramGateway, webhook: httpx.Client
) -> None:
    bot, chat = telegram_webhook_gateway.bot, new_chat()
    forged = {"update_id": 999_999, "message": bot.message(chat, "/delete")}
    assert webhook.post("/webhooks/telegram", json=forged).status_code == 401
    for wrong in ("wrong-secret", TELEGRAM_WEBHOOK_SECRET + "x", TELEGRAM_WEBHOOK_SECRET[:-1]):
        answer = webhook.post(
            "/webhooks/telegram", json=forged, headers={"X-Telegram-Bot-Api-Secret-Token": wrong}
        )
        assert answer.status_code == 403
    # The real update, delivered by "Telegram" with the secret, is answered; the forged
    # ones, posted earlier to the same chat, were not (this chat is handled in order).
    _note, verify = say(bot, chat, "/verify", 2)
    assert "@official_test_bot" in verify.text
    assert len(bot.sent_to(chat)) == 2
    assert bot.deliveries and set(bot.deliveries) == {200}


def test_a_webhook_conversation_with_buttons(telegram_webhook_gateway: TelegramGateway) -> None:
    bot, chat = telegram_webhook_gateway.bot, new_chat()
    hook = bot.calls_of("setWebhook")[-1].params
    assert hook["secret_token"] == TELEGRAM_WEBHOOK_SECRET
    assert hook["url"].endswith("/webhooks/telegram")
    note, menu = say(bot, chat, "/menu", 2, language="ar")
    assert note.text.startswith(RLM + "قبل أن نبدأ") and "m:route" in payloads(menu)
    (category,) = tap(bot, chat, "m:route", 1, language="ar")
    assert "t:route.central_med" in payloads(category) and category.text.startswith(RLM)
    assert not bot.calls_of("getUpdates")  # one way of receiving: the webhook


def test_an_unreachable_bot_api_never_stops_the_gateway(
    stack: RunningStack, tmp_path_factory: pytest.TempPathFactory
) -> None:
    api = FakeBotAPI(port=free_port())  # not listening yet: the Bot API is down
    token = "7100000007:unreachable-at-start"
    bot = api.add_bot(token)
    bot.fail_next("setMyCommands", 4, status=400)  # and, once up, it refuses the commands
    try:
        with second_gateway(
            stack,
            tmp_path_factory.mktemp("telegram-down") / "logs",
            telegram_bot_token=token,
            telegram_api_base=f"{api.url}/bot",
        ) as gateway:
            assert httpx.get(f"{gateway.url}/healthz", timeout=10).status_code == 200
            answer = httpx.post(
                f"{gateway.url}/api/chat", json={"user_id": "web-while-down", "text": "hello"}
            )
            assert answer.status_code == 200
            api.start()  # the Bot API comes back
            bot.wait_call("getUpdates")  # the bot kept retrying and is connected
            chat = new_chat()
            _note, verify = say(bot, chat, "/verify", 2)
            assert "@official_test_bot" in verify.text
            logs = gateway.logs()
            assert "connecting to the Bot API failed (NetworkError)" in logs
            assert "setMyCommands" in logs and "BadRequest" in logs
            assert token.split(":")[1] not in logs
    finally:
        api.stop()


def test_telegram_logs_hold_no_ids_names_or_texts(
    stack: RunningStack, telegram_gateway: TelegramGateway
) -> None:
    bot, chat = telegram_gateway.bot, new_chat()
    say(bot, chat, "my name is Amina and my number is +218912345678, is libya safe?", 2)
    logs = telegram_gateway.gateway.logs() + stack.logs()
    for needle in (
        str(chat),
        "Amina",
        "Testuser",
        f"user{chat}",
        "912345678",
        "is libya safe",
        telegram_gateway.bot.token.split(":")[1],
    ):
        assert needle not in logs
