from bot.conversation.payloads import intent_message, parse_payload


def test_issued_payloads_map_to_rasa_intents() -> None:
    assert (
        parse_payload("t:route.central_med").rasa_message
        == '/ask_topic{"topic":"route.central_med"}'
    )
    assert parse_payload("more:myth.safe_boat").rasa_message == '/more{"topic":"myth.safe_boat"}'
    assert parse_payload("m:asylum").rasa_message == '/show_category{"category":"asylum"}'
    assert parse_payload("menu").rasa_message == "/menu"
    assert parse_payload("del:yes").rasa_message == "/confirm_delete"
    assert parse_payload("del:no").rasa_message == "/cancel_delete"
    chosen = parse_payload("lang:ar")
    assert chosen.rasa_message == '/set_language{"language":"ar"}'
    assert chosen.language == "ar"


def test_anything_else_is_text_not_a_payload() -> None:
    for text in ("t:not.a.topic", "lang:xx", "m:", "del:maybe", "/greet", "menu please", "t:"):
        assert parse_payload(text) is None


def test_payload_values_cannot_smuggle_json() -> None:
    assert parse_payload('t:route.central_med"}') is None


def test_safety_net_message() -> None:
    assert intent_message("emergency_sea") == "/emergency_sea"


def test_channel_commands_are_trusted_payloads() -> None:
    assert parse_payload("menu").rasa_message == "/menu"
    assert parse_payload("lang").rasa_message == "/choose_language"
    assert parse_payload("verify").rasa_message == "/verify"
    assert parse_payload("delete").rasa_message == "/delete_data"
    assert parse_payload("nontext").rasa_message == "/non_text"
    start = parse_payload("start")
    assert start.start and start.rasa_message == "/menu"


def test_a_typed_help_is_text_for_the_safety_net_not_the_menu() -> None:
    assert parse_payload("help") is None
    assert parse_payload("start:x") is None
