"""Every fixed phrase reaches a French or Arabic reader in their language, numbers intact."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from bot.i18n import LOCALES, SUPPORTED_LANGUAGES

_NUMBER = re.compile(r"\+?\d[\d ]*\d|\d")


def _catalog(language: str) -> dict[str, str]:
    with (LOCALES / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return {str(m.id): str(m.string) for m in read_po(handle, locale=language) if m.id}


@pytest.mark.parametrize("language", [code for code in SUPPORTED_LANGUAGES if code != "en"])
def test_every_phrase_is_translated_with_the_same_placeholders_and_numbers(language: str) -> None:
    english = _catalog("en")
    translated = _catalog(language)
    assert set(translated) == set(english)
    for message_id, text in translated.items():
        assert text, f"{language}: untranslated {message_id!r}"
        assert sorted(re.findall(r"\{\w+\}", text)) == sorted(re.findall(r"\{\w+\}", message_id))
        # A phone number changed in translation sends someone in danger to the wrong line.
        assert sorted(_NUMBER.findall(text)) == sorted(_NUMBER.findall(message_id)), message_id
