"""WhatsApp's wire format: Meta's webhook bodies in, Graph API message bodies out.

The bodies are built by tests/fakes/graph_api.py in Meta's documented format, and what
comes out is checked by the same validator the fake Graph API answers with, so a body
WhatsApp would refuse fails here first.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from bot.channels.whatsapp import (
    NON_TEXT,
    RLM,
    chosen,
    message_body,
    parse_webhook,
    render,
    signature_valid,
)
from bot.conversation.turn import TurnResult
from tests.conftest import WHATSAPP_APP_SECRET, WHATSAPP_PHONE_NUMBER_ID, whatsapp_signature
from tests.fakes.graph_api import Sent, WhatsAppUser, validate


def user() -> WhatsAppUser:
    return WhatsAppUser(WHATSAPP_PHONE_NUMBER_ID)


def buttons(count: int, title: str = "Topic number {n}") -> list[dict[str, str]]:
    return [{"title": title.format(n=n), "payload": f"t:topic.{n}"} for n in range(1, count + 1)]


def turn(*messages: dict[str, Any], language: str = "en") -> TurnResult:
    return TurnResult(language, language, "meta.menu", list(messages))


def shown(result: TurnResult) -> list[Sent]:
    """Every body as WhatsApp would show it (or the error it would answer)."""
    return [validate(message_body("4915550001", body)) for body in render(result).bodies]


# -- in ---------------------------------------------------------------------------------


def test_a_signature_is_the_hmac_of_the_raw_body_with_the_app_secret() -> None:
    body = b'{"object": "whatsapp_business_account", "entry": []}'
    assert signature_valid(body, whatsapp_signature(body), WHATSAPP_APP_SECRET)
    assert signature_valid(body, whatsapp_signature(body).upper().replace("SHA256", "sha256"),
                           WHATSAPP_APP_SECRET)  # fmt: skip
    assert not signature_valid(body + b" ", whatsapp_signature(body), WHATSAPP_APP_SECRET)
    assert not signature_valid(body, whatsapp_signature(body, "other"), WHATSAPP_APP_SECRET)
    assert not signature_valid(body, whatsapp_signature(body), "")
    assert not signature_valid(body, "sha1=abc", WHATSAPP_APP_SECRET)


def test_text_taps_and_picks_become_what_turn_gets() -> None:
    someone = user()
    for (message_id, body), expected in (
        (someone.text("is the boat safe?"), "is the boat safe?"),
        (someone.tap("del:yes", "Yes"), "del:yes"),
        (someone.pick("t:route.central_med", "Central Mediterranean"), "t:route.central_med"),
        (someone.text("Verify"), "verify"),
        (someone.text(" /menu "), "menu"),
        (someone.text("help"), "help"),  # may be a call for help: the safety net decides
        (someone.text("\u200b\u200b"), NON_TEXT),
    ):
        (inbound,) = parse_webhook(body).messages
        assert (inbound.message_id, inbound.wa_id, inbound.text) == (
            message_id,
            someone.wa_id,
            expected,
        )


def test_a_template_quick_reply_is_its_payload() -> None:
    _, body = user().message("button", {"payload": "menu", "text": "Menu"})
    assert [m.text for m in parse_webhook(body).messages] == ["menu"]


@pytest.mark.parametrize(
    "kind", ["image", "audio", "voice", "video", "document", "sticker", "location", "contacts"]
)
def test_media_and_locations_are_non_text(kind: str) -> None:
    (inbound,) = parse_webhook(user().media(kind)[1]).messages
    assert inbound.text == NON_TEXT


def test_unsupported_and_unknown_types_are_non_text_and_notices_are_ignored() -> None:
    someone = user()
    assert [m.text for m in parse_webhook(someone.unsupported()[1]).messages] == [NON_TEXT]
    assert [m.text for m in parse_webhook(someone.message("poll", {"q": 1})[1]).messages] == [
        NON_TEXT
    ]
    reaction = parse_webhook(someone.reaction("wamid.x")[1])
    assert (reaction.messages, reaction.ignored) == ([], 1)
    statuses = parse_webhook(someone.status("wamid.x"))
    assert (statuses.messages, statuses.statuses) == ([], 1)
    _, grouped = someone.text("hello everyone")
    grouped["entry"][0]["changes"][0]["value"]["messages"][0]["group_id"] = "120363"
    assert parse_webhook(grouped).messages == []


def test_shapes_we_do_not_know_are_skipped_and_a_non_body_is_an_error() -> None:
    assert (
        parse_webhook({"object": "page", "entry": [{"changes": [{"value": "x"}]}]}).messages == []
    )
    assert parse_webhook({"entry": [None, {"changes": None}, {"changes": [None]}]}).messages == []
    assert parse_webhook({"entry": [{"changes": [{"value": {"messages": [{"id": 3}]}}]}]}).ignored
    with pytest.raises(ValueError):
        parse_webhook([1, 2])


def test_the_window_counts_from_the_message_time_never_from_the_future() -> None:
    now = dt.datetime(2026, 11, 29, 12, 0)
    old = now - dt.timedelta(hours=30)
    sent = old.replace(tzinfo=dt.UTC).timestamp()
    (inbound,) = parse_webhook(user().text("hello", sent=sent)[1], now).messages
    assert inbound.sent_at == old
    future = (now + dt.timedelta(days=1)).replace(tzinfo=dt.UTC).timestamp()
    (inbound,) = parse_webhook(user().text("hello", sent=future)[1], now).messages
    assert inbound.sent_at == now


def test_the_profile_name_is_never_read() -> None:
    parsed = parse_webhook(user().text("hello")[1])
    assert "Amina" not in repr(parsed)


# -- out --------------------------------------------------------------------------------


def test_text_alone_is_a_text_message_without_link_previews() -> None:
    (message,) = shown(turn({"text": "Hello.", "buttons": []}))
    assert (message.kind, message.text) == ("text", "Hello.")
    assert message.raw["text"]["preview_url"] is False


def test_one_to_three_buttons_are_reply_buttons_with_titles_cut_to_20() -> None:
    (message,) = shown(
        turn({"text": "Delete?", "buttons": buttons(3, "Yes, delete everything {n}")})
    )
    assert message.kind == "button" and message.text == "Delete?"
    assert message.ids == ["t:topic.1", "t:topic.2", "t:topic.3"]
    assert all(len(title) <= 20 for _, title in message.options)
    assert message.options[0][1] == "Yes, delete everyth…"
    assert len({title for _, title in message.options}) == 3  # WhatsApp needs them unique


def test_four_to_ten_buttons_are_a_list_with_titles_cut_to_24() -> None:
    long = [{"title": "Routes and risks of the central Mediterranean", "payload": "m:route"}]
    (message,) = shown(turn({"text": "Choose a topic:", "buttons": long + buttons(9)}))
    assert message.kind == "list" and len(message.options) == 10
    assert message.options[0] == ("m:route", "Routes and risks of the…")
    row = message.raw["interactive"]["action"]["sections"][0]["rows"][0]
    assert row["description"] == "Routes and risks of the central Mediterranean"
    assert message.raw["interactive"]["action"]["button"] == "Choose"


def test_more_than_ten_buttons_are_numbered_text_and_the_numbers_map_back() -> None:
    result = turn({"text": "Which one?", "buttons": buttons(12)})
    (message,) = shown(result)
    assert message.kind == "text"
    assert message.text.startswith("Which one?\n\n1. Topic number 1\n2. Topic number 2")
    assert "12. Topic number 12" in message.text
    assert message.text.endswith("Reply with the number of your choice.")
    choices = render(result).choices
    assert choices is not None
    assert chosen("3", choices) == "t:topic.3"
    assert chosen(" 12. ", choices) == "t:topic.12"
    assert chosen("٣", choices) == "t:topic.3"  # Eastern Arabic digits
    assert chosen("13", choices) is None and chosen("0", choices) is None
    assert chosen("3 please", choices) is None


def test_a_long_text_with_buttons_goes_first_then_the_buttons_under_a_short_prompt() -> None:
    text = "A long answer. " * 100
    first, second = shown(turn({"text": text, "buttons": buttons(2)}))
    assert first.kind == "text" and first.text == text.strip()
    assert second.kind == "button" and second.text == "Choose an option:"


def test_a_5000_character_answer_is_split_at_paragraphs() -> None:
    paragraphs = [f"Paragraph {n}. " + "word " * 90 for n in range(12)]
    text = "\n\n".join(p.strip() for p in paragraphs)
    assert len(text) > 5000
    parts = shown(turn({"text": text, "buttons": []}))
    assert [p.kind for p in parts] == ["text", "text"]
    assert all(len(p.text) <= 4096 for p in parts)
    assert "\n\n".join(p.text for p in parts) == text


def test_arabic_reads_right_to_left_and_its_fixed_phrases_are_arabic() -> None:
    text, menu = shown(
        turn(
            {"text": "112 هو رقم الطوارئ", "buttons": []},
            {"text": "اختر موضوعًا:", "buttons": buttons(5)},
            language="ar",
        )
    )
    assert text.text == RLM + "112 هو رقم الطوارئ"
    assert menu.text.startswith(RLM)
    assert menu.raw["interactive"]["action"]["button"] == "اختر"


def test_duplicate_and_oversized_payloads_are_left_out() -> None:
    doubled = [*buttons(2), buttons(1)[0], {"title": "Too long", "payload": "x" * 300}]
    (message,) = shown(turn({"text": "Pick", "buttons": doubled}))
    assert message.ids == ["t:topic.1", "t:topic.2"]


def test_an_empty_turn_sends_nothing() -> None:
    assert render(turn({"text": "", "buttons": []})).bodies == []
    assert json.dumps(render(turn()).bodies) == "[]"


def test_the_fake_refuses_what_whatsapp_refuses() -> None:
    too_long = {"type": "text", "text": {"body": "x" * 4097}}
    four = {
        "type": "interactive",
        "interactive": {
            "type": "button",
            "body": {"text": "b"},
            "action": {
                "buttons": [
                    {"type": "reply", "reply": {"id": str(n), "title": "t"}} for n in range(4)
                ]
            },
        },
    }
    for body in (too_long, four):
        with pytest.raises(Exception, match="131009"):
            validate(message_body("4915550001", body))
