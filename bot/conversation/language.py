"""Which language to answer in.

An explicit choice (button, /language, the request's ``language``) sticks. Otherwise
the language is detected offline (lingua) from messages with enough signal; "ok",
"1" or an emoji keep the current language, and a new user whose first message
cannot be placed is asked to choose.
"""

from __future__ import annotations

import re
from functools import cache

from lingua import Language, LanguageDetectorBuilder

from bot.i18n import SUPPORTED_LANGUAGES

#: The Latin-script languages we speak. Arabic script is placed before the detector runs
#: (Persian, Urdu and Pashto letters set it apart), so lingua only chooses among these.
_LATIN = (Language.ENGLISH, Language.FRENCH)
#: Function words decide a near tie ("is the balkan route dangerus": "route" looks French).
_FUNCTION_WORDS = {
    "en": frozenset(
        [
            "is",
            "the",
            "a",
            "an",
            "to",
            "of",
            "in",
            "on",
            "my",
            "i",
            "we",
            "you",
            "what",
            "how",
            "where",
            "can",
            "do",
            "does",
            "it",
            "and",
            "or",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "un",
            "une",
            "de",
            "des",
            "du",
            "est",
            "et",
            "je",
            "nous",
            "vous",
            "tu",
            "c",
            "qu",
            "que",
            "quoi",
            "comment",
            "ou",
        ]
    ),
}
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
#: Letters Persian, Urdu or Pashto use and Arabic does not.
_NOT_ARABIC = re.compile("[پچژگکیٹڈڑںےہۀ]")
_WORD = re.compile(r"\w{2,}")


@cache
def _detector():  # type: ignore[no-untyped-def]
    return LanguageDetectorBuilder.from_languages(*_LATIN).build()


def _code(language: Language) -> str:
    return language.iso_code_639_1.name.lower()


def detect(text: str, *, strict: bool = False) -> str | None:
    """A supported language code if `text` says clearly enough which it is, else None.

    `strict` asks for more signal: used before switching an ongoing conversation.
    """
    words = _WORD.findall(text)
    letters = sum(len(w) for w in words)
    if letters < 3 or (strict and (len(words) < 3 or letters < 10)):
        return None
    arabic = len(_ARABIC_SCRIPT.findall(text))
    if arabic * 2 >= letters:
        return None if _NOT_ARABIC.search(text) else "ar"
    values = _detector().compute_language_confidence_values(text)
    if not values:
        return None
    best = values[0]
    code = _code(best.language)
    if strict:
        # Switching an ongoing conversation needs a clear winner.
        return code if best.value >= 0.75 else None
    if best.value < 0.65:
        tokens = [word.lower() for word in words]
        votes = {
            lang: sum(t in vocabulary for t in tokens)
            for lang, vocabulary in _FUNCTION_WORDS.items()
        }
        if max(votes.values()) > 0 and len(set(votes.values())) > 1:
            return max(votes, key=votes.__getitem__)
    return code


def decide(
    *,
    current: str | None,
    explicit: bool,
    requested: str | None,
    text: str | None,
    hint: str | None = None,
) -> tuple[str | None, bool]:
    """(language, explicit) after this message; language None means "ask the user"."""
    if requested:
        return requested, True
    if explicit and current:
        return current, True
    detected = detect(text, strict=current is not None) if text else None
    if detected:
        return detected, False
    if current:
        return current, False
    if hint in SUPPORTED_LANGUAGES:
        return hint, False
    return None, False
