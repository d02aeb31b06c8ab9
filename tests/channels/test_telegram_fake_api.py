"""The fake Bot API answers like Telegram's documented wire format, so the Telegram tests
prove something about the real service: these check the fake itself, with plain HTTP."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.fakes.telegram_api import FakeBot, FakeBotAPI


@pytest.fixture(scope="module")
def api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as running:
        yield running


@pytest.fixture
def bot(api: FakeBotAPI) -> FakeBot:
    return api.add_bot(f"{7200000000 + len(api.bots)}:fake-api-test")


def call(api: FakeBotAPI, bot: FakeBot, method: str, **params: Any) -> httpx.Response:
    """A Bot API call as python-telegram-bot sends it: form-encoded, JSON inside."""
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    return httpx.post(f"{api.url}/bot{bot.token}/{method}", data=form, timeout=30)


def test_get_me_describes_a_bot_and_unknown_tokens_are_unauthorized(
    api: FakeBotAPI, bot: FakeBot
) -> None:
    me = call(api, bot, "getMe").json()
    assert me["ok"] is True
    assert {"id", "is_bot", "first_name", "username", "can_join_groups"} <= set(me["result"])
    assert me["result"]["is_bot"] is True and me["result"]["id"] == bot.id
    answer = httpx.post(f"{api.url}/bot1:unknown/getMe")
    assert answer.status_code == 401
    assert answer.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


def test_get_updates_drops_confirmed_updates_and_long_polls(api: FakeBotAPI, bot: FakeBot) -> None:
    first = bot.inject({"message": bot.message(5, "one")})
    second = bot.inject({"message": bot.message(5, "two")})

    def ids(**params: Any) -> list[int]:
        return [u["update_id"] for u in call(api, bot, "getUpdates", **params).json()["result"]]

    assert ids() == [first, second]
    assert ids(offset=second) == [second]  # `first` is confirmed, and forgotten
    assert ids() == [second]
    assert ids(offset=second + 1) == []

    answers: list[httpx.Response] = []
    poll = threading.Thread(
        target=lambda: answers.append(call(api, bot, "getUpdates", offset=second + 1, timeout=20))
    )
    poll.start()
    bot.wait_call("getUpdates", 4)  # the long poll is waiting on the server
    third = bot.inject({"message": bot.message(5, "three")})
    poll.join(30)
    assert [u["update_id"] for u in answers[0].json()["result"]] == [third]


def test_a_second_poller_ends_the_first_with_409(api: FakeBotAPI, bot: FakeBot) -> None:
    answers: list[httpx.Response] = []
    poll = threading.Thread(target=lambda: answers.append(call(api, bot, "getUpdates", timeout=20)))
    poll.start()
    bot.wait_for(lambda: bot.calls_of("getUpdates"))  # the first poll is waiting
    assert call(api, bot, "getUpdates").status_code == 200
    poll.join(30)
    assert answers[0].status_code == 409
    assert "terminated by other getUpdates request" in answers[0].json()["description"]


def test_get_updates_is_refused_while_a_webhook_is_set(api: FakeBotAPI, bot: FakeBot) -> None:
    assert call(api, bot, "setWebhook", url="http://127.0.0.1:9/hook", secret_token="s_1").json()[
        "result"
    ]
    assert (
        call(api, bot, "setWebhook", url="http://x/", secret_token="no spaces").status_code == 400
    )
    refused = call(api, bot, "getUpdates")
    assert refused.status_code == 409 and "webhook is active" in refused.json()["description"]
    assert call(api, bot, "deleteWebhook").json() == {"ok": True, "result": True}
    assert call(api, bot, "getUpdates").status_code == 200


def test_send_message_returns_a_message_and_checks_what_telegram_checks(
    api: FakeBotAPI, bot: FakeBot
) -> None:
    bot.open_chat(42)
    keyboard = {"inline_keyboard": [[{"text": "Menu", "callback_data": "menu"}]]}
    sent = call(api, bot, "sendMessage", chat_id=42, text="a < b & c", reply_markup=keyboard)
    message = sent.json()["result"]
    assert {"message_id", "date", "chat", "text"} <= set(message)
    assert message["chat"]["id"] == 42 and message["text"] == "a < b & c"
    assert bot.sent_to(42)[0].buttons == [("Menu", "menu")]

    too_long = {"inline_keyboard": [[{"text": "x", "callback_data": "x" * 65}]]}
    for params, description in (
        ({"chat_id": 42, "text": "x", "reply_markup": too_long}, "BUTTON_DATA_INVALID"),
        ({"chat_id": 42, "text": "a < b", "parse_mode": "HTML"}, "can't parse entities"),
        ({"chat_id": 42, "text": "1.5", "parse_mode": "MarkdownV2"}, "can't parse entities"),
        ({"chat_id": 42, "text": "x" * 4097}, "message is too long"),
        ({"chat_id": 43, "text": "x"}, "chat not found"),
    ):
        refused = call(api, bot, "sendMessage", **params)
        assert refused.status_code == 400 and description in refused.json()["description"]


def test_failures_look_like_telegrams(api: FakeBotAPI, bot: FakeBot) -> None:
    bot.open_chat(42)
    bot.fail_next("sendMessage", 1, status=429, retry_after=3)
    refused = call(api, bot, "sendMessage", chat_id=42, text="x")
    assert refused.status_code == 429
    assert refused.json() == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }
    assert call(api, bot, "sendMessage", chat_id=42, text="x").status_code == 200


def test_commands_are_checked_and_kept_per_language(api: FakeBotAPI, bot: FakeBot) -> None:
    commands = [{"command": "start", "description": "Commencer"}]
    assert call(api, bot, "setMyCommands", commands=commands, language_code="fr").status_code == 200
    assert call(api, bot, "getMyCommands", language_code="fr").json()["result"] == commands
    assert call(api, bot, "getMyCommands").json()["result"] == []
    bad = [{"command": "Start!", "description": "x"}]
    assert call(api, bot, "setMyCommands", commands=bad).status_code == 400
