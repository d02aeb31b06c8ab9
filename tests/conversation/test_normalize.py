from bot.conversation.normalize import normalize


def test_one_spelling_for_accents_letter_forms_digits_and_stretching() -> None:
    assert normalize("Héééélp!!  Le bateau COULE") == "help!! le bateau coule"
    assert normalize("ساعدووووني، القارب يغرق؟") == "ساعدوني, القارب يغرق?"
    assert normalize("مُسَاعَدَة ـ ٣ أشخاص") == normalize("مساعدة 3 اشخاص")
    assert normalize("کمک می\u200cخواهم") == "كمك ميخواهم"


def test_vowel_signs_of_other_scripts_survive() -> None:
    assert normalize("আমি সাহায্য চাই") == "আমি সাহায্য চাই"


def test_typed_text_can_never_become_a_rasa_intent() -> None:
    for attempt in (
        "/greet",
        "  /confirm_delete",
        '/ask_topic{"topic": "x"}',
        "//menu",
        "\u200b/menu",
    ):
        assert not normalize(attempt).startswith("/")


def test_whitespace_only_is_empty() -> None:
    assert normalize(" \t\u200b\n ") == ""


def test_numbers_stay_whole_and_left_to_right_in_arabic() -> None:
    from bot.i18n import isolate_numbers

    text = isolate_numbers("و1,372 مفقود، اتصل +33 4 86 51 71 61 أو 116 000.", "ar")
    lri, pdi = "\u2066", "\u2069"
    assert text == f"و{lri}1,372{pdi} مفقود، اتصل {lri}+33 4 86 51 71 61{pdi} أو {lri}116 000{pdi}."
    assert isolate_numbers("call 112", "en") == "call 112"
