from bot.conversation.language import decide, detect


def test_clear_sentences_are_placed() -> None:
    assert detect("is the boat from libya to italy safe") == "en"
    assert detect("est-ce que le bateau de la libye vers l'italie est sûr") == "fr"
    assert detect("هل القارب من ليبيا إلى إيطاليا آمن") == "ar"


def test_no_signal_keeps_nothing() -> None:
    for text in ("ok", "1", "👍", "??"):
        assert detect(text) is None


def test_persian_is_not_taken_for_arabic() -> None:
    assert detect("سلام، من کمک می‌خواهم برای پناهندگی") is None


def test_explicit_choice_sticks_over_detection() -> None:
    assert decide(
        current="ar", explicit=True, requested=None, text="hello how are you doing today"
    ) == ("ar", True)
    assert decide(current="en", explicit=False, requested="fr", text="hello") == ("fr", True)


def test_short_messages_keep_the_current_language() -> None:
    assert decide(current="fr", explicit=False, requested=None, text="ok") == ("fr", False)
    assert decide(current="fr", explicit=False, requested=None, text="Libya") == ("fr", False)


def test_new_user_without_signal_is_asked_unless_the_channel_hints() -> None:
    assert decide(current=None, explicit=False, requested=None, text="ok") == (None, False)
    assert decide(current=None, explicit=False, requested=None, text="ok", hint="ar") == (
        "ar",
        False,
    )
