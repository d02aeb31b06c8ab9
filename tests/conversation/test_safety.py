"""The emergency safety net on messages as people type them (safety_examples/*.yml).

Every emergency example must get its exact topic, and no other example may raise an alarm.
The examples are for tuning; the held-out evaluation set (tests/eval/) is never used here.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
import yaml

from bot.conversation.normalize import normalize
from bot.conversation.safety import LEXICONS, PRECEDENCE, Lexicon, detect_emergency

EXAMPLES = Path(__file__).parent / "safety_examples"
LANGUAGES = ("en", "fr", "ar")
MINIMUM = {
    "emergency.sea": 25,
    "emergency.desert": 20,
    "emergency.general": 25,
    "emergency.self_harm": 20,
    "not_emergency": 80,
}


def _load(language: str) -> dict:
    return yaml.safe_load((EXAMPLES / f"{language}.yml").read_text(encoding="utf-8"))


def _emergencies() -> list[tuple[str, str, str]]:
    return [
        (language, topic, message)
        for language in LANGUAGES
        for topic, messages in _load(language)["emergency"].items()
        for message in messages
    ]


def _non_emergencies() -> list[tuple[str, str]]:
    return [
        (language, message)
        for language in LANGUAGES
        for message in _load(language)["not_emergency"]
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_enough_examples(language: str) -> None:
    examples = _load(language)
    assert set(examples["emergency"]) == set(PRECEDENCE)
    counts = {topic: len(messages) for topic, messages in examples["emergency"].items()}
    counts["not_emergency"] = len(examples["not_emergency"])
    assert all(counts[key] >= minimum for key, minimum in MINIMUM.items()), counts


@pytest.mark.parametrize(("language", "topic", "message"), _emergencies())
def test_emergency_is_detected_with_its_topic(language: str, topic: str, message: str) -> None:
    assert detect_emergency(normalize(message)) == topic


@pytest.mark.parametrize(("language", "message"), _non_emergencies())
def test_no_alarm_on_other_messages(language: str, message: str) -> None:
    assert detect_emergency(normalize(message)) is None


def test_patterns_are_written_in_normal_form() -> None:
    """A pattern with an accent, a hamza on alef or a taa marbuta could never match."""
    kinds = [f.name for f in fields(Lexicon) if f.name not in ("arabic_script", "words")]
    for language, lexicon in LEXICONS.items():
        patterns = [*lexicon.words.values()]
        for kind in kinds:
            patterns.extend(getattr(lexicon, kind))
        for pattern in patterns:
            assert normalize(pattern) == pattern.strip(), (language, pattern)


# --- Precedence -------------------------------------------------------------------------


def test_a_sinking_boat_wins_over_a_kidnapping() -> None:
    text = normalize("they kidnapped my brother and now our boat is sinking")
    assert detect_emergency(text) == "emergency.sea"


def test_thoughts_of_suicide_win_over_violence_on_land() -> None:
    text = normalize("they beat us every day in this prison, i want to kill myself")
    assert detect_emergency(text) == "emergency.self_harm"


def test_a_cry_for_help_takes_the_place_it_names() -> None:
    assert detect_emergency(normalize("help!!")) == "emergency.general"
    assert detect_emergency(normalize("help us we are at sea")) == "emergency.sea"
    assert detect_emergency(normalize("ساعدونا احنا في الصحرا")) == "emergency.desert"
    assert detect_emergency(normalize("can you help us, we are in the desert")) == (
        "emergency.desert"
    )
    assert detect_emergency(normalize("I need help with my asylum papers")) is None
    assert detect_emergency(normalize("can you help us?")) is None


def test_an_engine_that_stopped_is_at_sea_unless_the_desert_is_named() -> None:
    assert detect_emergency(normalize("the engine stopped")) == "emergency.sea"
    assert detect_emergency(normalize("the engine stopped, we are in the sahara")) == (
        "emergency.desert"
    )


# --- Normalised input -------------------------------------------------------------------


def test_stretched_letters_accents_and_punctuation() -> None:
    assert detect_emergency(normalize("Héééélp, le bateau coule !!")) == "emergency.sea"
    assert detect_emergency(normalize("AU SECOURS!!! On est PERDUS dans le DÉSERT")) == (
        "emergency.desert"
    )


def test_arabic_diacritics_tatweel_letter_forms_and_eastern_digits() -> None:
    assert detect_emergency(normalize("سَاعِدُونَا، القـــارب يَغْرَقُ")) == "emergency.sea"
    assert detect_emergency(normalize("ما عندنا ماء من ٣ أيام")) == "emergency.desert"
    assert detect_emergency(normalize("أريد أن أنتحر")) == "emergency.self_harm"
    assert detect_emergency(normalize("خطفوا أخويا؟؟")) == "emergency.general"


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("کمک کنید قایق داره غرق میشه", "emergency.sea"),  # Persian
        ("می‌خواهم بمیرم", "emergency.self_harm"),
        ("ہماری مدد کرو", "emergency.general"),  # Urdu
        ("kashti doob rahi hai bachao", "emergency.sea"),
        ("مرسته وکړئ", "emergency.general"),  # Pashto
        ("naga caawiya doonta", "emergency.sea"),  # Somali
        ("ሓግዙና", "emergency.general"),  # Tigrinya
        ("আমি মরতে চাই", "emergency.self_harm"),  # Bengali
    ],
)
def test_basic_patterns_in_more_languages(message: str, topic: str) -> None:
    assert detect_emergency(normalize(message)) == topic


def test_empty_text() -> None:
    assert detect_emergency("") is None


def test_a_medical_emergency_takes_the_place_it_names() -> None:
    assert detect_emergency(normalize("a pregnant woman is bleeding on the boat")) == (
        "emergency.sea"
    )
    assert detect_emergency(normalize("my friend fainted from the sun, we are in the desert")) == (
        "emergency.desert"
    )
    assert detect_emergency(normalize("my friend is bleeding a lot")) == "emergency.general"


def test_a_question_typed_without_punctuation_ends_where_a_statement_starts() -> None:
    assert detect_emergency(normalize("how can we get help we are sinking near lampedusa")) == (
        "emergency.sea"
    )
    assert detect_emergency(normalize("comment contacter la marine on est en train de couler")) == (
        "emergency.sea"
    )
    assert detect_emergency(normalize("what should i do if we are sinking")) is None
    assert detect_emergency(normalize("do you think we are going to drown")) is None


def test_spoken_arabic_in_latin_letters() -> None:
    assert detect_emergency(normalize("l9areb raho ygher9 sa3dona")) == "emergency.sea"
    assert detect_emergency(normalize("bghit nmout")) == "emergency.self_harm"
    assert detect_emergency(normalize("kifach ndir visa l italia")) is None


def test_the_rules_for_one_script_answer_like_all_the_rules(monkeypatch) -> None:
    """Each message is searched only with the patterns of its script (for speed)."""
    from bot.conversation.safety import detection as safety

    messages = [message for *_, message in _emergencies()]
    messages += [message for _, message in _non_emergencies()]
    expected = [detect_emergency(normalize(message)) for message in messages]
    monkeypatch.setattr(safety, "_rules_for", lambda text: safety._RULESETS[None])
    assert [detect_emergency(normalize(message)) for message in messages] == expected
